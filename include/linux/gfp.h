/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/gfp.h - the page allocator's interface (mm/page_alloc.c).
 * Linux: include/linux/gfp.h.
 *
 * Differences from Linux, deliberate: there are no GFP flags (Tern never
 * sleeps for memory and has one zone), and alloc_pages() returns the
 * block's kernel virtual address, as Linux's __get_free_pages() does,
 * not its struct page.
 *
 * A block of order n is 2^n contiguous pages, aligned to its size:
 * order 1 (8 KiB) suits a kernel stack, order 2 (16 KiB) a first-level
 * page table.
 */
#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H

#include <linux/mm.h>

void *alloc_pages(unsigned int order);		/* NULL when out of memory */
void free_pages(void *addr, unsigned int order);	/* free_pages(NULL, n): no-op */
void *get_zeroed_page(void);
unsigned long nr_free_pages(void);

/* Pages the last failed checks refused to free ("BUG: Bad page state"). */
extern unsigned long nr_bad_pages;

#define alloc_page()		alloc_pages(0)
#define free_page(addr)		free_pages((addr), 0)

/* The smallest order whose block holds size bytes (asm-generic/getorder.h). */
static inline unsigned int get_order(unsigned long size)
{
	unsigned int order = 0;

	while (((unsigned long)PAGE_SIZE << order) < size)
		order++;
	return order;
}

#endif /* _LINUX_GFP_H */
