// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/initramfs.c - find a file in the built-in cpio archive.
 * Linux: init/initramfs.c unpacks the archive into a RAM file system;
 * Tern has no file system, so it reads files straight out of the
 * archive, which kernel/initramfs_data.S linked into the kernel.
 *
 * cpio "newc" format: each file is a 110-byte ASCII header ("070701" and
 * thirteen 8-digit hex fields), its name, padding to 4 bytes, its data,
 * padding to 4 bytes. The name "TRAILER!!!" ends the archive.
 */
#include <linux/initramfs.h>
#include <linux/string.h>

extern const u8 __initramfs_start[], __initramfs_end[];

#define CPIO_HDR_LEN	110
#define S_IFMT		0170000
#define S_IFREG		0100000

/* Field n (0 = ino ... 12 = check) of a newc header; -1 if not hex. */
static long cpio_field(const u8 *hdr, int n)
{
	/* LAB exec BEGIN
	 * The 8 hexadecimal digits of field n start at hdr + 6 + 8 * n (after
	 * the magic "070701"). Upper- and lower-case digits; -1 if any other
	 * character.
	 * STUB:
	 *	(void)hdr;
	 *	(void)n;
	 *	return -1;
	 */
	unsigned long v = 0;

	for (int i = 0; i < 8; i++) {
		u8 c = hdr[6 + 8 * n + i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
	/* LAB exec END */
}

/* "/bin/hello", "./bin/hello" and "bin/hello" name the same file. */
static const char *skip_root(const char *name)
{
	while (*name == '/' || (name[0] == '.' && name[1] == '/'))
		name += *name == '/' ? 1 : 2;
	return name;
}

const u8 *initramfs_find(const char *path, size_t *size)
{
	const u8 *p = __initramfs_start, *end = __initramfs_end;

	path = skip_root(path);
	while (end - p >= CPIO_HDR_LEN && !memcmp(p, "070701", 6)) {
		long mode = cpio_field(p, 1), filesize = cpio_field(p, 6);
		long namesize = cpio_field(p, 11);
		const char *name = (const char *)p + CPIO_HDR_LEN;
		const u8 *data = p + ((CPIO_HDR_LEN + namesize + 3) & ~3);

		if (mode < 0 || filesize < 0 || namesize <= 0 ||
		    data > end || filesize > end - data || name[namesize - 1])
			return NULL;		/* a corrupt archive: stop looking */
		if (!strcmp(name, "TRAILER!!!"))
			return NULL;
		if ((mode & S_IFMT) == S_IFREG && !strcmp(skip_root(name), path)) {
			*size = filesize;
			return data;
		}
		p = data + ((filesize + 3) & ~3);
	}
	return NULL;
}
