// SPDX-License-Identifier: GPL-2.0
/*
 * mm/page_alloc.c - the buddy allocator: physical pages in blocks of
 * 2^order pages, order 0 .. MAX_PAGE_ORDER.
 * Linux: mm/page_alloc.c (__rmqueue_smallest, expand, __free_one_page,
 * free_pages_prepare, bad_page), one zone, no per-CPU lists.
 *
 * free_area[order] lists the free blocks of that order by their first
 * page, marked PG_buddy. A block of order n at page index i (counted from
 * PHYS_OFFSET) always has i aligned to 2^n; its "buddy" is the block at
 * i ^ 2^n, the other half of the order n + 1 block that holds both.
 *   allocating: take the smallest free block that is big enough and split
 *               it, putting back the upper halves (expand);
 *   freeing:    while the buddy is free and of the same order, merge with
 *               it and go up one order (__free_one_page).
 *
 * A free that does not match an allocation (double free, wrong order, a
 * page in the middle of a block, a reserved page) is refused with a
 * "BUG: Bad page state" message rather than corrupting the lists.
 */
#include <linux/gfp.h>
#include <linux/interrupt.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/string.h>

struct page *mem_map;
unsigned long max_mapnr;
unsigned long totalram_pages;
unsigned long nr_bad_pages;
struct free_area free_area[NR_PAGE_ORDERS];

/*
 * mem_map comes from memblock, so it reserves itself. Every page starts
 * reserved; memblock_free_all() then frees the ones nobody reserved.
 */
void free_area_init(unsigned long nr_pages)
{
	mem_map = memblock_alloc(PAGE_ALIGN(nr_pages * sizeof(struct page)), PAGE_SIZE);
	if (!mem_map)
		panic("free_area_init: no memory for %lu struct pages", nr_pages);
	max_mapnr = nr_pages;
	for (unsigned long i = 0; i < nr_pages; i++)
		mem_map[i].flags = PG_reserved;
}

static void add_to_free_list(struct page *page, unsigned int order)
{
	page->flags = PG_buddy;
	page->order = order;
	page_list_add(&free_area[order].free_list, page);
	free_area[order].nr_free++;
}

static void del_page_from_free_list(struct page *page, unsigned int order)
{
	page_list_del(&free_area[order].free_list, page);
	page->flags = 0;
	free_area[order].nr_free--;
}

/* Is the block at page free, whole, and of this order? */
static bool page_is_buddy(const struct page *page, unsigned int order)
{
	return (page->flags & PG_buddy) && page->order == order;
}

/* Put a free block of 2^order pages back, merging it with free buddies. */
static void __free_one_page(struct page *page, unsigned int order)
{
	unsigned long idx = page - mem_map;

	while (order < MAX_PAGE_ORDER) {
		unsigned long buddy_idx = idx ^ (1UL << order);

		if (buddy_idx >= max_mapnr || !page_is_buddy(&mem_map[buddy_idx], order))
			break;
		del_page_from_free_list(&mem_map[buddy_idx], order);
		idx &= buddy_idx;	/* the merged block starts at the lower half */
		order++;
	}
	add_to_free_list(&mem_map[idx], order);
}

/*
 * Split a free block of order high down to order low: keep the lowest
 * 2^low pages, give each upper half back to the free lists.
 */
static void expand(struct page *page, unsigned int low, unsigned int high)
{
	while (high > low) {
		high--;
		add_to_free_list(page + (1UL << high), high);
	}
}

static struct page *__rmqueue_smallest(unsigned int order)
{
	for (unsigned int o = order; o <= MAX_PAGE_ORDER; o++) {
		struct page *page = free_area[o].free_list;

		if (!page)
			continue;
		del_page_from_free_list(page, o);
		expand(page, order, o);
		return page;
	}
	return NULL;
}

/*
 * The free lists are shared by every task. With interrupts off no other
 * task can run in the middle of an update on Tern's one CPU, even with
 * CONFIG_PREEMPT (Linux: spin_lock_irqsave(&zone->lock)).
 */
static struct page *rmqueue(unsigned int order)
{
	unsigned long flags = local_irq_save();
	struct page *page = __rmqueue_smallest(order);

	if (page) {
		page->flags = PG_head;
		page->order = order;
		atomic_set(&page->_refcount, 1);
	}
	local_irq_restore(flags);
	return page;
}

void *alloc_pages(unsigned int order)
{
	struct page *page;

	if (order > MAX_PAGE_ORDER) {
		pr_warn("alloc_pages: order %u > MAX_PAGE_ORDER (%u)\n", order, MAX_PAGE_ORDER);
		return NULL;
	}
	page = rmqueue(order);
	if (!page) {
		pr_warn("alloc_pages: page allocation failure: order:%u, %lu pages free\n",
			order, nr_free_pages());
		return NULL;
	}
	return page_address(page);
}

void *get_zeroed_page(void)
{
	void *addr = alloc_pages(0);

	if (addr)
		memset(addr, 0, PAGE_SIZE);
	return addr;
}

static void bad_page(const void *addr, unsigned int order, const struct page *page,
		     const char *reason)
{
	nr_bad_pages++;
	pr_err("BUG: Bad page state at %p, order %u: %s\n", addr, order, reason);
	if (page)
		pr_err("page: pfn:0x%05lx flags:0x%02x order:%u\n",
		       page_to_pfn(page), page->flags, page->order);
}

/* Linux: free_page_is_bad(). Why this block must not be freed, or NULL. */
static const char *free_page_is_bad(const struct page *page, unsigned int order)
{
	if (page->flags & PG_buddy)
		return "page is already free (double free?)";
	if (page->flags & PG_reserved)
		return "page is reserved";
	if (page->flags & PG_slab)
		return "page belongs to kmalloc (use kfree)";
	if (!(page->flags & PG_head))
		return "page is not the start of an allocated block (double free?)";
	if (page->order != order)
		return order < page->order ? "order is smaller than allocated"
					   : "order is larger than allocated";
	return NULL;
}

void free_pages(void *addr, unsigned int order)
{
	struct page *page;
	const char *reason;
	unsigned long flags;

	if (!addr)
		return;
	if (!virt_addr_valid(addr) || !PAGE_ALIGNED(addr)) {
		bad_page(addr, order, NULL, "not the address of a page of RAM");
		return;
	}
	page = virt_to_page(addr);
	flags = local_irq_save();	/* see rmqueue() */
	reason = order > MAX_PAGE_ORDER ? "order too large" : free_page_is_bad(page, order);
	if (!reason) {
		page->flags = 0;
		__free_one_page(page, order);
	}
	local_irq_restore(flags);
	if (reason)
		bad_page(addr, order, page, reason);
}

void split_page(struct page *page, unsigned int order)
{
	if (!(page->flags & PG_head) || page->order != order) {
		bad_page(page_address(page), order, page, "split_page: not an allocated block of this order");
		return;
	}
	for (unsigned long i = 0; i < (1UL << order); i++) {
		page[i].flags = PG_head;
		page[i].order = 0;
		atomic_set(&page[i]._refcount, 1);
	}
}

/* Linux: put_page() of an order-0 page: the last user frees it. */
void put_page(struct page *page)
{
	if (atomic_dec_and_test(&page->_refcount))
		free_pages(page_address(page), 0);
}

/* memblock_free_all() hands over one free block of RAM at boot. */
void memblock_free_pages(struct page *page, unsigned int order)
{
	for (unsigned long i = 0; i < (1UL << order); i++)
		page[i].flags = 0;
	totalram_pages += 1UL << order;
	__free_one_page(page, order);
}

unsigned long nr_free_pages(void)
{
	unsigned long pages = 0;

	for (unsigned int o = 0; o <= MAX_PAGE_ORDER; o++)
		pages += free_area[o].nr_free << o;
	return pages;
}
