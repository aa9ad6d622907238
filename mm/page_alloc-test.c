// SPDX-License-Identifier: GPL-2.0
/*
 * mm/page_alloc-test.c - self-tests of the buddy allocator, suite "mm"
 * (boot with ktest=mm). Linux has no single counterpart; the checks are
 * those of mm/page_alloc.c's debug options (alignment, merging, bad page
 * detection) made into KTAP cases.
 *
 * Cases compare the free lists before and after: freeing every page that
 * was allocated must give back exactly the same blocks, because eager
 * buddy merging makes the free blocks a function of the free pages.
 */
#include <linux/fdt.h>
#include <linux/gfp.h>
#include <linux/ktest.h>
#include <linux/string.h>
#include <asm/setup.h>
#include "mm-test.h"

extern char _end[];

struct buddy_snapshot {
	unsigned long nr_free[NR_PAGE_ORDERS];
};

static void take_snapshot(struct buddy_snapshot *s)
{
	for (unsigned int o = 0; o < NR_PAGE_ORDERS; o++)
		s->nr_free[o] = free_area[o].nr_free;
}

static void expect_snapshot(struct ktest *t, const struct buddy_snapshot *before)
{
	struct buddy_snapshot now;

	take_snapshot(&now);
	for (unsigned int o = 0; o < NR_PAGE_ORDERS; o++)
		KTEST_EXPECT_EQ(t, now.nr_free[o], before->nr_free[o]);
}

static bool is_aligned_block(const void *p, unsigned int order)
{
	return ((unsigned long)p & ((PAGE_SIZE << order) - 1)) == 0;
}

/* Every order: naturally aligned, in RAM, first page marked allocated. */
static void alloc_order_alignment(struct ktest *t)
{
	struct buddy_snapshot before;

	take_snapshot(&before);
	for (unsigned int order = 0; order <= MAX_PAGE_ORDER; order++) {
		void *p = alloc_pages(order);

		KTEST_EXPECT_TRUE(t, p != NULL);
		if (!p)
			continue;
		KTEST_EXPECT_TRUE(t, is_aligned_block(p, order));
		KTEST_EXPECT_TRUE(t, virt_addr_valid(p));
		KTEST_EXPECT_EQ(t, virt_to_page(p)->flags, PG_head);
		KTEST_EXPECT_EQ(t, virt_to_page(p)->order, order);
		KTEST_EXPECT_TRUE(t, page_address(virt_to_page(p)) == p);
		free_pages(p, order);
	}
	KTEST_EXPECT_TRUE(t, alloc_pages(MAX_PAGE_ORDER + 1) == NULL);
	expect_snapshot(t, &before);
}

/* Live blocks of mixed orders each keep what was written into them. */
static void alloc_no_overlap(struct ktest *t)
{
	enum { N = 48 };
	void *blocks[N];
	struct buddy_snapshot before;

	take_snapshot(&before);
	for (unsigned int i = 0; i < N; i++) {
		blocks[i] = alloc_pages(i % 4);
		KTEST_EXPECT_TRUE(t, blocks[i] != NULL);
		if (blocks[i])
			memset(blocks[i], i + 1, PAGE_SIZE << (i % 4));
	}
	for (unsigned int i = 0; i < N; i++) {
		if (!blocks[i])
			continue;
		KTEST_EXPECT_TRUE(t, mm_test_check(blocks[i], PAGE_SIZE << (i % 4), i + 1));
		free_pages(blocks[i], i % 4);
	}
	expect_snapshot(t, &before);
}

static bool blocks_overlap(const void *a, unsigned int order_a,
			   const void *b, unsigned int order_b)
{
	unsigned long sa = (unsigned long)a, sb = (unsigned long)b;

	return sa < sb + (PAGE_SIZE << order_b) && sb < sa + (PAGE_SIZE << order_a);
}

/* 1000 random allocations and frees of orders 0..5, 32 live at most. */
static void alloc_free_cycles(struct ktest *t)
{
	enum { SLOTS = 32, CYCLES = 1000 };
	void *addr[SLOTS] = { NULL };
	unsigned int order[SLOTS];
	unsigned long free_before = nr_free_pages();
	unsigned int overlaps = 0, misaligned = 0, failed = 0;
	struct buddy_snapshot before;
	u32 seed = 0x2545f491;

	take_snapshot(&before);
	for (unsigned int n = 0; n < CYCLES; n++) {
		u32 r = mm_test_rand(&seed);
		unsigned int s = r % SLOTS;

		if (addr[s]) {
			free_pages(addr[s], order[s]);
			addr[s] = NULL;
			continue;
		}
		order[s] = (r >> 8) % 6;
		addr[s] = alloc_pages(order[s]);
		if (!addr[s]) {
			failed++;
			continue;
		}
		misaligned += !is_aligned_block(addr[s], order[s]);
		for (unsigned int i = 0; i < SLOTS; i++)
			overlaps += i != s && addr[i] &&
				    blocks_overlap(addr[s], order[s], addr[i], order[i]);
	}
	for (unsigned int s = 0; s < SLOTS; s++)
		free_pages(addr[s], order[s]);
	KTEST_EXPECT_EQ(t, failed, 0);
	KTEST_EXPECT_EQ(t, misaligned, 0);
	KTEST_EXPECT_EQ(t, overlaps, 0);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
	expect_snapshot(t, &before);
}

/* The order of the free block that holds page, or -1 if it is not free. */
static int free_block_order(const struct page *page)
{
	unsigned long idx = page - mem_map;

	for (unsigned int o = 0; o <= MAX_PAGE_ORDER; o++) {
		const struct page *head = &mem_map[idx & ~((1UL << o) - 1)];

		if ((head->flags & PG_buddy) && head->order >= o)
			return head->order;
	}
	return -1;
}

/*
 * Allocate an order-k block, split it into 2^k single pages, free those
 * in a scrambled order: the pages must merge back into one order >= k
 * block, and the free lists must be as before.
 */
static void buddy_merge(struct ktest *t)
{
	for (unsigned int k = 1; k <= 6; k++) {
		struct buddy_snapshot before;
		unsigned int n = 1U << k;
		char *block;

		take_snapshot(&before);
		block = alloc_pages(k);
		KTEST_EXPECT_TRUE(t, block != NULL);
		if (!block)
			return;
		split_page(virt_to_page(block), k);
		/* i * 5 mod 2^k visits every page once (5 is odd). */
		for (unsigned int i = 0; i < n; i++) {
			free_page(block + ((i * 5) % n) * PAGE_SIZE);
			if (i + 1 < n)
				KTEST_EXPECT_TRUE(t, free_block_order(virt_to_page(block)) < (int)k);
		}
		KTEST_EXPECT_TRUE(t, free_block_order(virt_to_page(block)) >= (int)k);
		expect_snapshot(t, &before);
	}
}

/* Is [phys, phys + PAGE_SIZE) in something memblock had to reserve? */
static bool page_is_reserved_memory(unsigned long phys)
{
	unsigned long dtb = initial_boot_params_phys & PAGE_MASK;
	unsigned long dtb_end = PAGE_ALIGN(initial_boot_params_phys +
					   fdt_totalsize(initial_boot_params));
	unsigned long map = __pa(mem_map);
	unsigned long map_end = __pa(mem_map + max_mapnr);

	return phys < __pa(_end) ||		/* page table, kernel image */
	       (phys >= dtb && phys < dtb_end) ||
	       (phys + PAGE_SIZE > map && phys < map_end);
}

/*
 * Take every free page one by one, chaining them through their first
 * word: there are exactly nr_free_pages() of them, none is reserved
 * memory, and giving them back restores the free lists.
 */
static void alloc_all_memory(struct ktest *t)
{
	unsigned long free_before = nr_free_pages(), count = 0, bad = 0;
	struct buddy_snapshot before;
	void **chain = NULL, **p;

	take_snapshot(&before);
	while ((p = alloc_page())) {
		bad += page_is_reserved_memory(__pa(p));
		*p = chain;
		chain = p;
		count++;
	}
	KTEST_EXPECT_EQ(t, count, free_before);
	KTEST_EXPECT_EQ(t, nr_free_pages(), 0);
	KTEST_EXPECT_EQ(t, bad, 0);
	while (chain) {
		p = chain;
		chain = *chain;
		free_page(p);
	}
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
	expect_snapshot(t, &before);
}

static void get_zeroed_page_zeroes(struct ktest *t)
{
	void *dirty = alloc_page();
	void *p;

	KTEST_EXPECT_TRUE(t, dirty != NULL);
	memset(dirty, 0xff, PAGE_SIZE);
	free_page(dirty);
	p = get_zeroed_page();		/* most likely the same page */
	KTEST_EXPECT_TRUE(t, p != NULL);
	KTEST_EXPECT_TRUE(t, mm_test_check(p, PAGE_SIZE, 0));
	free_page(p);
}

/* Each wrong free is reported once, and changes nothing. */
static void expect_refused(struct ktest *t, void *addr, unsigned int order)
{
	unsigned long bad = nr_bad_pages, free = nr_free_pages();

	free_pages(addr, order);
	KTEST_EXPECT_EQ(t, nr_bad_pages, bad + 1);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free);
}

/* Five "BUG: Bad page state" reports are expected here (tests/test_mm.py). */
static void bad_free_refused(struct ktest *t)
{
	char *one = alloc_page();
	char *four = alloc_pages(2);
	struct buddy_snapshot before;

	KTEST_EXPECT_TRUE(t, one && four);
	if (!one || !four)
		return;
	free_page(one);
	take_snapshot(&before);
	expect_refused(t, one, 0);			/* double free */
	expect_refused(t, four, 1);			/* wrong order */
	expect_refused(t, four + PAGE_SIZE, 0);		/* inside a block */
	expect_refused(t, (void *)PAGE_OFFSET, 0);	/* reserved */
	expect_refused(t, (void *)0x1000, 0);		/* not RAM */
	expect_snapshot(t, &before);
	free_pages(four, 2);
}

static const struct ktest_case page_alloc_cases[] = {
	KTEST_CASE(alloc_order_alignment),
	KTEST_CASE(alloc_no_overlap),
	KTEST_CASE(alloc_free_cycles),
	KTEST_CASE(buddy_merge),
	KTEST_CASE(alloc_all_memory),
	KTEST_CASE(get_zeroed_page_zeroes),
	KTEST_CASE(bad_free_refused),
	{}
};
KTEST_SUITE(page_alloc_suite, "mm", page_alloc_cases);
