// SPDX-License-Identifier: GPL-2.0
/*
 * lib/string.c - memory and string primitives in portable C.
 *
 * Linux: lib/string.c (the generic versions; arch/arm/lib/ has assembly
 * ones Tern does not copy). memcpy and memset move a machine word at a
 * time once the pointers are aligned, because the kernel copies and zeroes
 * whole pages with them; everything else goes a byte at a time.
 *
 * gcc may recognise a byte loop as "this is memset" and replace it with a
 * call to memset -- inside memset that is endless recursion. -fno-builtin
 * does not stop it; __no_libcall_loops (the optimize attribute below) does.
 */
#include <linux/string.h>

#define __no_libcall_loops __attribute__((optimize("no-tree-loop-distribute-patterns")))

/* A machine word that may alias any other type (like -fno-strict-aliasing). */
typedef unsigned long __attribute__((__may_alias__)) word_t;

#define WORD_SIZE	sizeof(word_t)
#define WORD_MASK	(WORD_SIZE - 1)

static inline bool word_aligned(uintptr_t addr)
{
	return (addr & WORD_MASK) == 0;
}

/* memcpy - copy count bytes; the areas must not overlap. */
__no_libcall_loops
void *memcpy(void *dest, const void *src, size_t count)
{
	u8 *d = dest;
	const u8 *s = src;

	/* Words only help if both pointers can be aligned at the same time. */
	if (word_aligned((uintptr_t)d ^ (uintptr_t)s)) {
		while (count && !word_aligned((uintptr_t)d)) {
			*d++ = *s++;
			count--;
		}
		while (count >= 4 * WORD_SIZE) {
			word_t *dw = (word_t *)d;
			const word_t *sw = (const word_t *)s;

			dw[0] = sw[0];
			dw[1] = sw[1];
			dw[2] = sw[2];
			dw[3] = sw[3];
			d += 4 * WORD_SIZE;
			s += 4 * WORD_SIZE;
			count -= 4 * WORD_SIZE;
		}
		while (count >= WORD_SIZE) {
			*(word_t *)d = *(const word_t *)s;
			d += WORD_SIZE;
			s += WORD_SIZE;
			count -= WORD_SIZE;
		}
	}
	while (count--)
		*d++ = *s++;
	return dest;
}

/* memmove - copy count bytes; the areas may overlap. */
__no_libcall_loops
void *memmove(void *dest, const void *src, size_t count)
{
	u8 *d = dest;
	const u8 *s = src;

	if ((uintptr_t)d <= (uintptr_t)s) {
		/* Destination below the source: forwards never overwrites unread bytes. */
		while (count--)
			*d++ = *s++;
	} else {
		/* Destination above the source: copy from the top down. */
		d += count;
		s += count;
		while (count--)
			*--d = *--s;
	}
	return dest;
}

/* memset - fill count bytes with the byte c. */
__no_libcall_loops
void *memset(void *s, int c, size_t count)
{
	u8 *p = s;
	/* c copied into every byte of a word: 0x01010101 * c. */
	word_t pattern = ((word_t)-1 / 0xff) * (u8)c;

	while (count && !word_aligned((uintptr_t)p)) {
		*p++ = (u8)c;
		count--;
	}
	while (count >= 4 * WORD_SIZE) {
		word_t *w = (word_t *)p;

		w[0] = pattern;
		w[1] = pattern;
		w[2] = pattern;
		w[3] = pattern;
		p += 4 * WORD_SIZE;
		count -= 4 * WORD_SIZE;
	}
	while (count >= WORD_SIZE) {
		*(word_t *)p = pattern;
		p += WORD_SIZE;
		count -= WORD_SIZE;
	}
	while (count--)
		*p++ = (u8)c;
	return s;
}

/* memcmp - compare as unsigned bytes; <0, 0 or >0 like the first difference. */
__no_libcall_loops
int memcmp(const void *cs, const void *ct, size_t count)
{
	const u8 *a = cs;
	const u8 *b = ct;

	for (; count; a++, b++, count--)
		if (*a != *b)
			return *a - *b;
	return 0;
}

/* strlen - the number of bytes before the terminating NUL. */
__no_libcall_loops
size_t strlen(const char *s)
{
	const char *sc = s;

	while (*sc)
		sc++;
	return sc - s;
}

/* strnlen - like strlen, but look at no more than count bytes. */
__no_libcall_loops
size_t strnlen(const char *s, size_t count)
{
	const char *sc = s;

	while (count-- && *sc)
		sc++;
	return sc - s;
}

/* strcmp - compare two strings as unsigned bytes. */
__no_libcall_loops
int strcmp(const char *cs, const char *ct)
{
	const u8 *a = (const u8 *)cs;
	const u8 *b = (const u8 *)ct;

	while (*a == *b && *a) {
		a++;
		b++;
	}
	return *a - *b;
}

/* strncmp - compare at most count bytes of two strings. */
__no_libcall_loops
int strncmp(const char *cs, const char *ct, size_t count)
{
	const u8 *a = (const u8 *)cs;
	const u8 *b = (const u8 *)ct;

	for (; count; a++, b++, count--)
		if (*a != *b || !*a)
			return *a - *b;
	return 0;
}

/* strchr - first c in s; searching for '\0' finds the terminator. */
__no_libcall_loops
char *strchr(const char *s, int c)
{
	for (; *s != (char)c; s++)
		if (!*s)
			return NULL;
	return (char *)s;
}

/* strcpy - copy src, NUL included; dest must be large enough. */
__no_libcall_loops
char *strcpy(char *dest, const char *src)
{
	char *d = dest;

	while ((*d++ = *src++) != '\0')
		;
	return dest;
}

/*
 * strlcpy - copy at most size - 1 bytes and always NUL-terminate (if size
 * is not 0). Returns strlen(src), so a result >= size means truncation.
 */
size_t strlcpy(char *dest, const char *src, size_t size)
{
	size_t ret = strlen(src);

	if (size) {
		size_t len = ret >= size ? size - 1 : ret;

		memcpy(dest, src, len);
		dest[len] = '\0';
	}
	return ret;
}
