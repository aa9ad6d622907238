/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/slab.h - kmalloc, kzalloc, kfree (mm/slab.c).
 * Linux: include/linux/slab.h, without GFP flags.
 *
 * Sizes up to KMALLOC_MAX_CACHE_SIZE come from power-of-two size classes
 * (16, 32, ... 2048 bytes), each object aligned to its class size; bigger
 * ones are whole page blocks from alloc_pages(). kmalloc(0) returns
 * ZERO_SIZE_PTR, which kfree() accepts, as does NULL.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/types.h>

#define KMALLOC_SHIFT_LOW	4			/* 16 bytes */
#define KMALLOC_SHIFT_HIGH	11			/* 2048 bytes */
#define KMALLOC_MIN_SIZE	(1UL << KMALLOC_SHIFT_LOW)
#define KMALLOC_MAX_CACHE_SIZE	(1UL << KMALLOC_SHIFT_HIGH)

#define ZERO_SIZE_PTR		((void *)16)
#define ZERO_OR_NULL_PTR(x)	((unsigned long)(x) <= (unsigned long)ZERO_SIZE_PTR)

void *kmalloc(size_t size);	/* NULL when out of memory */
void *kzalloc(size_t size);	/* the same, zeroed */
void kfree(const void *objp);

/* Objects the last checks refused to free ("BUG kmalloc-N: ..."). */
extern unsigned long nr_bad_kfrees;

#endif /* _LINUX_SLAB_H */
