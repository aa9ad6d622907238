/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/bitops.h - bitmaps: arrays of unsigned long, bit nr in
 * word nr / BITS_PER_LONG. Linux: include/asm-generic/bitops/non-atomic.h
 * (__set_bit, __test_and_set_bit), include/linux/bitmap.h (bitmap_zero),
 * lib/find_bit.c (find_next_zero_bit).
 *
 * The non-atomic versions (the leading "__"): the caller holds a lock.
 */
#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <linux/string.h>
#include <linux/types.h>

#define BITS_PER_LONG		32
#define BITS_TO_LONGS(nr)	(((nr) + BITS_PER_LONG - 1) / BITS_PER_LONG)
#define BIT_MASK(nr)		(1UL << ((nr) % BITS_PER_LONG))
#define BIT_WORD(nr)		((nr) / BITS_PER_LONG)

static inline void __set_bit(unsigned int nr, unsigned long *map)
{
	map[BIT_WORD(nr)] |= BIT_MASK(nr);
}

static inline bool test_bit(unsigned int nr, const unsigned long *map)
{
	return map[BIT_WORD(nr)] & BIT_MASK(nr);
}

/* Set bit nr; was it set before? */
static inline bool __test_and_set_bit(unsigned int nr, unsigned long *map)
{
	bool old = test_bit(nr, map);

	__set_bit(nr, map);
	return old;
}

static inline void bitmap_zero(unsigned long *map, unsigned int nbits)
{
	memset(map, 0, BITS_TO_LONGS(nbits) * sizeof(unsigned long));
}

/* The first clear bit at or after offset, or size if there is none. */
static inline unsigned int find_next_zero_bit(const unsigned long *map, unsigned int size,
					      unsigned int offset)
{
	for (; offset < size; offset++)
		if (!test_bit(offset, map))
			return offset;
	return size;
}

#endif /* _LINUX_BITOPS_H */
