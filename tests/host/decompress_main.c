// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/decompress_main.c - host driver for lib/inflate.c, lib/lz4.c
 * and lib/crc32.c, built under AddressSanitizer by
 * tests/test_lib_decompress.py.
 *
 * Linux: none (Linux tests these through the boot itself).
 *
 * Every buffer is malloc()ed at its exact size, so ASan reports any read
 * past the input or write past out_max.
 *
 *   decompress_main gunzip|unlz4 IN OUT SIZE
 *	decompress IN into a SIZE-byte buffer; write the result to OUT, or
 *	print "error: <reason>" and exit 1.
 *   decompress_main crc32 IN
 *	print crc32_le of IN, then of IN fed in two pieces (must be equal).
 *   decompress_main mutate-gunzip|mutate-unlz4 IN ORIG SEED COUNT
 *	COUNT times: flip a random byte of IN, or truncate it, and decode into
 *	a buffer the size of ORIG.  A success must give exactly ORIG for
 *	gunzip (its CRC is checked); LZ4 has no checksum, so any clean return
 *	is accepted.  Prints a summary; exits 1 on a wrong success.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/crc32.h>
#include <linux/gunzip.h>
#include <linux/unlz4.h>

static u8 *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	u8 *buf;
	long n;

	if (!f || fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET)) {
		perror(path);
		exit(2);
	}
	buf = malloc(n ? n : 1);
	if (!buf || fread(buf, 1, n, f) != (size_t)n) {
		perror(path);
		exit(2);
	}
	fclose(f);
	*len = n;
	return buf;
}

/* Decode with the named decoder into an exactly out_max-byte buffer. */
static int decode(const char *how, const u8 *in, size_t in_len, u8 *out,
		  size_t out_max, size_t *out_len, const char **err)
{
	void *ws;
	int ret;

	if (!strcmp(how, "unlz4"))
		return unlz4(in, in_len, out, out_max, out_len, err);
	ws = malloc(gunzip_workspace_size());
	ret = gunzip(in, in_len, out, out_max, out_len, ws, err);
	free(ws);
	return ret;
}

static int do_decode(const char *how, const char *in_path,
		     const char *out_path, size_t size)
{
	size_t in_len, out_len = 0;
	u8 *in = read_file(in_path, &in_len);
	u8 *out = malloc(size ? size : 1);
	const char *err = NULL;
	int ret = 0;
	FILE *f;

	if (decode(how, in, in_len, out, size, &out_len, &err)) {
		printf("error: %s (after %zu bytes)\n", err, out_len);
		ret = 1;
	} else {
		f = fopen(out_path, "wb");
		if (!f || fwrite(out, 1, out_len, f) != out_len || fclose(f)) {
			perror(out_path);
			exit(2);
		}
		printf("ok: %zu bytes\n", out_len);
	}
	free(in);
	free(out);
	return ret;
}

static int do_crc32(const char *in_path)
{
	size_t len;
	u8 *in = read_file(in_path, &len);
	size_t half = len / 3;

	printf("%08x %08x\n", crc32_le(0, in, len),
	       crc32_le(crc32_le(0, in, half), in + half, len - half));
	free(in);
	return 0;
}

/* A small fixed PRNG (xorshift32) so runs are reproducible. */
static u32 rnd(u32 *state)
{
	u32 x = *state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *state = x;
}

static int do_mutate(const char *how, const char *in_path,
		     const char *orig_path, u32 seed, int count)
{
	size_t in_len, orig_len, out_len, len;
	u8 *in = read_file(in_path, &in_len);
	u8 *orig = read_file(orig_path, &orig_len);
	bool gz = !strcmp(how + 7, "gunzip");
	int i, errors = 0, same = 0, differ = 0;
	const char *err;

	for (i = 0; i < count; i++) {
		u8 *buf, *out = malloc(orig_len ? orig_len : 1);
		bool trunc = i & 1;

		len = trunc ? rnd(&seed) % in_len : in_len;
		buf = malloc(len ? len : 1);
		memcpy(buf, in, len);
		if (!trunc)
			buf[rnd(&seed) % len] ^= 1 + rnd(&seed) % 255;
		if (decode(how + 7, buf, len, out, orig_len, &out_len, &err))
			errors++;
		else if (out_len == orig_len && !memcmp(out, orig, orig_len))
			same++;
		else
			differ++;
		free(buf);
		free(out);
	}
	printf("mutations: %d errors, %d decoded to the original, "
	       "%d decoded to something else\n", errors, same, differ);
	free(in);
	free(orig);
	return gz && differ ? 1 : 0;
}

int main(int argc, char **argv)
{
	if (argc == 5 && (!strcmp(argv[1], "gunzip") || !strcmp(argv[1], "unlz4")))
		return do_decode(argv[1], argv[2], argv[3], strtoul(argv[4], NULL, 0));
	if (argc == 3 && !strcmp(argv[1], "crc32"))
		return do_crc32(argv[2]);
	if (argc == 6 && (!strcmp(argv[1], "mutate-gunzip") ||
			  !strcmp(argv[1], "mutate-unlz4")))
		return do_mutate(argv[1], argv[2], argv[3],
				 strtoul(argv[4], NULL, 0), atoi(argv[5]));
	fprintf(stderr, "usage: see the comment at the top of %s\n", __FILE__);
	return 2;
}
