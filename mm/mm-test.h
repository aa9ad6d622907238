/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mm/mm-test.h - helpers shared by the allocator self-tests
 * (page_alloc-test.c, slab-test.c): a repeatable pseudo-random sequence
 * and a check that an allocation still holds the bytes written into it.
 */
#ifndef _MM_TEST_H
#define _MM_TEST_H

#include <linux/types.h>

/* xorshift32: the same sequence on every boot. */
static inline u32 mm_test_rand(u32 *state)
{
	u32 x = *state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *state = x;
}

/* Is every byte tag? memset() an allocation with a tag, check it later. */
static inline bool mm_test_check(const void *p, size_t size, u8 tag)
{
	const u8 *b = p;

	for (size_t i = 0; i < size; i++)
		if (b[i] != tag)
			return false;
	return true;
}

#endif /* _MM_TEST_H */
