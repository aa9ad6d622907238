// SPDX-License-Identifier: GPL-2.0
/*
 * mm/slab-test.c - self-tests of kmalloc/kfree, suite "slab" (boot with
 * ktest=slab). Linux: lib/slub_kunit.c, in spirit.
 *
 * Every case ends with as many free pages as it started with: a slab whose
 * objects are all freed goes back to the page allocator.
 */
#include <linux/gfp.h>
#include <linux/ktest.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "mm-test.h"

/* The class kmalloc(size) uses: the next power of two, at least 16. */
static unsigned long kmalloc_class(size_t size)
{
	unsigned long class = KMALLOC_MIN_SIZE;

	while (class < size)
		class <<= 1;
	return class;
}

/* Each size class, and sizes just above: right class, aligned to it. */
static void kmalloc_each_class(struct ktest *t)
{
	unsigned long free_before = nr_free_pages();

	for (size_t size = 1; size <= KMALLOC_MAX_CACHE_SIZE; size = size * 2 + 1) {
		char *p = kmalloc(size);
		struct page *page;

		KTEST_EXPECT_TRUE(t, p != NULL);
		if (!p)
			continue;
		page = virt_to_page(p);
		KTEST_EXPECT_EQ(t, page->flags, PG_slab);
		KTEST_EXPECT_EQ(t, (unsigned long)p % kmalloc_class(size), 0);
		memset(p, 0x5a, size);
		KTEST_EXPECT_TRUE(t, mm_test_check(p, size, 0x5a));
		kfree(p);
	}
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
}

/* Above 2048 bytes: a page block of the smallest order that fits. */
static void kmalloc_large(struct ktest *t)
{
	static const size_t sizes[] = { 2049, 4096, 4097, 8192, 65536, 1 << 20, 4 << 20 };
	unsigned long free_before = nr_free_pages();

	for (unsigned int i = 0; i < ARRAY_SIZE(sizes); i++) {
		char *p = kmalloc(sizes[i]);

		KTEST_EXPECT_TRUE(t, p != NULL);
		if (!p)
			continue;
		KTEST_EXPECT_TRUE(t, PAGE_ALIGNED(p));
		KTEST_EXPECT_EQ(t, virt_to_page(p)->flags, PG_head);
		KTEST_EXPECT_EQ(t, virt_to_page(p)->order, get_order(sizes[i]));
		p[0] = p[sizes[i] - 1] = 1;
		kfree(p);
	}
	KTEST_EXPECT_TRUE(t, kmalloc((PAGE_SIZE << MAX_PAGE_ORDER) + 1) == NULL);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
}

/* 300 live 64-byte objects (several slabs): distinct, intact, all freed. */
static void kfree_round_trip(struct ktest *t)
{
	enum { N = 300, SIZE = 64 };
	unsigned long free_before = nr_free_pages();
	u8 *objs[N];

	for (unsigned int i = 0; i < N; i++) {
		objs[i] = kmalloc(SIZE);
		KTEST_EXPECT_TRUE(t, objs[i] != NULL);
		if (objs[i])
			memset(objs[i], i & 0xff, SIZE);
	}
	KTEST_EXPECT_TRUE(t, nr_free_pages() < free_before);
	/* Free the even ones, then the odd ones: slabs empty out late. */
	for (unsigned int pass = 0; pass < 2; pass++)
		for (unsigned int i = pass; i < N; i += 2) {
			KTEST_EXPECT_TRUE(t, objs[i] && mm_test_check(objs[i], SIZE, i & 0xff));
			kfree(objs[i]);
		}
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
}

/* 1000 random kmalloc/kfree of 1..5000 bytes, 64 live at most. */
static void kmalloc_free_cycles(struct ktest *t)
{
	enum { SLOTS = 64, CYCLES = 1000 };
	u8 *obj[SLOTS] = { NULL };
	size_t size[SLOTS];
	unsigned long free_before = nr_free_pages();
	unsigned int corrupted = 0;
	u32 seed = 0x9e3779b9;

	for (unsigned int n = 0; n < CYCLES; n++) {
		u32 r = mm_test_rand(&seed);
		unsigned int s = r % SLOTS;

		if (obj[s]) {
			corrupted += !mm_test_check(obj[s], size[s], s);
			kfree(obj[s]);
			obj[s] = NULL;
			continue;
		}
		size[s] = 1 + (r >> 8) % 5000;
		obj[s] = kmalloc(size[s]);
		KTEST_EXPECT_TRUE(t, obj[s] != NULL);
		if (obj[s])
			memset(obj[s], s, size[s]);
	}
	for (unsigned int s = 0; s < SLOTS; s++) {
		corrupted += obj[s] && !mm_test_check(obj[s], size[s], s);
		kfree(obj[s]);
	}
	KTEST_EXPECT_EQ(t, corrupted, 0);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
}

static void kzalloc_zeroes(struct ktest *t)
{
	for (size_t size = 16; size <= 8192; size *= 4) {
		u8 *dirty = kmalloc(size);
		u8 *p;

		KTEST_EXPECT_TRUE(t, dirty != NULL);
		if (dirty)
			memset(dirty, 0xff, size);
		kfree(dirty);
		p = kzalloc(size);	/* most likely the same memory */
		KTEST_EXPECT_TRUE(t, p && mm_test_check(p, size, 0));
		kfree(p);
	}
}

static void kfree_null_and_zero_size(struct ktest *t)
{
	unsigned long free_before = nr_free_pages();
	unsigned long bad = nr_bad_kfrees + nr_bad_pages;

	KTEST_EXPECT_TRUE(t, kmalloc(0) == ZERO_SIZE_PTR);
	kfree(NULL);
	kfree(ZERO_SIZE_PTR);
	KTEST_EXPECT_EQ(t, nr_bad_kfrees + nr_bad_pages, bad);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
}

/*
 * Two "BUG kmalloc-64" reports are expected here (tests/test_mm.py). A
 * second object keeps the slab alive, so the double free meets the slab.
 */
static void kfree_bad_refused(struct ktest *t)
{
	u8 *a = kmalloc(64), *b = kmalloc(64);
	unsigned long bad = nr_bad_kfrees;

	KTEST_EXPECT_TRUE(t, a && b && virt_to_page(a) == virt_to_page(b));
	if (!a || !b)
		return;
	kfree(a);
	kfree(a);			/* double free */
	KTEST_EXPECT_EQ(t, nr_bad_kfrees, bad + 1);
	kfree(b + 8);			/* inside an object */
	KTEST_EXPECT_EQ(t, nr_bad_kfrees, bad + 2);
	/* The slab is still sound: a comes back, then b, then a new one. */
	KTEST_EXPECT_TRUE(t, kmalloc(64) == a);
	kfree(a);
	kfree(b);
}

static const struct ktest_case slab_cases[] = {
	KTEST_CASE(kmalloc_each_class),
	KTEST_CASE(kmalloc_large),
	KTEST_CASE(kfree_round_trip),
	KTEST_CASE(kmalloc_free_cycles),
	KTEST_CASE(kzalloc_zeroes),
	KTEST_CASE(kfree_null_and_zero_size),
	KTEST_CASE(kfree_bad_refused),
	{}
};
KTEST_SUITE(slab_suite, "slab", slab_cases);
