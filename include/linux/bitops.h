/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/bitops.h - bitmaps of unsigned longs.
 * Linux: include/linux/bitops.h and asm-generic/bitops/non-atomic.h.
 */
#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <linux/types.h>

#define BITS_PER_LONG		(8 * sizeof(long))
#define BIT_MASK(nr)		(1UL << ((nr) % BITS_PER_LONG))
#define BIT_WORD(nr)		((nr) / BITS_PER_LONG)

static inline bool test_bit(unsigned int nr, const unsigned long *addr)
{
	return addr[BIT_WORD(nr)] & BIT_MASK(nr);
}

#endif /* _LINUX_BITOPS_H */
