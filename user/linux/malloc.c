// SPDX-License-Identifier: GPL-2.0
/*
 * user/linux/malloc.c - "malloc": glibc's allocator on the heap that brk
 * grows: many small blocks, each filled and checked, freed in another
 * order; calloc's zeroes; realloc keeping its contents; the break moving.
 * Every block stays below glibc's mmap threshold (128 KiB): brk only.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "t_glibc.h"

#define NR_BLOCKS	500

static int check(const unsigned char *p, size_t len, unsigned char val)
{
	for (size_t i = 0; i < len; i++)
		if (p[i] != val)
			return 0;
	return 1;
}

int t_malloc(int argc, char **argv)
{
	static unsigned char *blocks[NR_BLOCKS];
	void *brk0 = sbrk(0), *brk1;
	unsigned char *z, *r;
	int bad = 0;

	(void)argc, (void)argv;
	for (int i = 0; i < NR_BLOCKS; i++) {
		size_t len = 1 + (i * 37) % 1000;

		blocks[i] = malloc(len);
		if (!blocks[i]) {
			printf("malloc: block %d of %zu bytes failed\n", i, len);
			return 1;
		}
		memset(blocks[i], i & 0xff, len);
	}
	for (int i = 0; i < NR_BLOCKS; i++)
		bad += !check(blocks[i], 1 + (i * 37) % 1000, i & 0xff);
	printf("malloc: %d blocks of 1 to 1000 bytes, %d corrupted\n", NR_BLOCKS, bad);
	brk1 = sbrk(0);
	printf("malloc: the break moved up: %s\n", brk1 > brk0 ? "yes" : "no");
	for (int i = 0; i < NR_BLOCKS; i += 2)
		free(blocks[i]);
	for (int i = 1; i < NR_BLOCKS; i += 2)
		free(blocks[i]);
	z = calloc(1000, 10);
	printf("calloc: 10000 bytes, all zero: %s\n", z && check(z, 10000, 0) ? "yes" : "no");
	memset(z, 0x5a, 10000);
	r = realloc(z, 60000);
	printf("realloc: to 60000 bytes, contents kept: %s\n", r && check(r, 10000, 0x5a) ? "yes" : "no");
	free(r);
	printf("malloc(0) is %s\n", malloc(0) ? "a unique pointer" : "NULL");
	printf("malloc: aligned to 8: %s\n", ((uintptr_t)malloc(3) & 7) == 0 ? "yes" : "no");
	return 0;
}
