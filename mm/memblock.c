// SPDX-License-Identifier: GPL-2.0
/*
 * mm/memblock.c - physical memory at boot, before the page allocator.
 * Linux: mm/memblock.c (memblock_add, memblock_reserve, memblock_alloc,
 * memblock_free_all), much reduced.
 *
 * memblock knows one bank of RAM (memblock.memory) and a sorted list of
 * regions in use (memblock.reserved): the kernel, the page table, the DTB.
 * Early code allocates by reserving more (memblock_alloc). Once the buddy
 * allocator has its mem_map, memblock_free_all() hands it every page that
 * is not reserved, and memblock's job is over.
 */
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/string.h>

#define INIT_MEMBLOCK_REGIONS	16

struct memblock_region {
	unsigned long base;
	unsigned long size;
};

struct memblock_type {
	unsigned int cnt;
	struct memblock_region regions[INIT_MEMBLOCK_REGIONS];
};

static struct {
	struct memblock_region memory;	/* the one bank of managed RAM */
	struct memblock_type reserved;	/* sorted by base, never overlapping */
	bool done;			/* memblock_free_all() has run */
} memblock;

static unsigned long region_end(const struct memblock_region *r)
{
	return r->base + r->size;
}

void memblock_add(unsigned long base, unsigned long size)
{
	memblock.memory.base = base;
	memblock.memory.size = size;
}

static void memblock_remove_region(struct memblock_type *type, unsigned int i)
{
	memmove(&type->regions[i], &type->regions[i + 1],
		(type->cnt - i - 1) * sizeof(type->regions[0]));
	type->cnt--;
}

/* Merge neighbours that overlap or touch: the list stays sorted and disjoint. */
static void memblock_merge_regions(struct memblock_type *type)
{
	unsigned int i = 0;

	while (i + 1 < type->cnt) {
		struct memblock_region *r = &type->regions[i];
		unsigned long end = region_end(&r[1]);

		if (r[1].base > region_end(r)) {
			i++;
			continue;
		}
		if (end > region_end(r))
			r->size = end - r->base;
		memblock_remove_region(type, i + 1);
	}
}

/* Mark [base, base + size) in use; it may overlap earlier reservations. */
void memblock_reserve(unsigned long base, unsigned long size)
{
	struct memblock_type *type = &memblock.reserved;
	unsigned int i = 0;

	if (!size)
		return;
	while (i < type->cnt && type->regions[i].base < base)
		i++;
	if (type->cnt == INIT_MEMBLOCK_REGIONS) {
		pr_err("memblock: too many reservations, leaking 0x%08lx+0x%lx\n",
		       base, size);
		return;
	}
	memmove(&type->regions[i + 1], &type->regions[i],
		(type->cnt - i) * sizeof(type->regions[0]));
	type->regions[i].base = base;
	type->regions[i].size = size;
	type->cnt++;
	memblock_merge_regions(type);
}

/*
 * Linux: __next_mem_range(). Gap *idx lies between reserved region
 * *idx - 1 and reserved region *idx; return the next gap that has RAM
 * in it, clipped to the RAM, and step *idx past it.
 */
static bool memblock_next_free_range(unsigned int *idx, unsigned long *start,
				     unsigned long *end)
{
	const struct memblock_type *type = &memblock.reserved;
	unsigned long mem_start = memblock.memory.base;
	unsigned long mem_end = region_end(&memblock.memory);

	for (; *idx <= type->cnt; (*idx)++) {
		unsigned long s = *idx ? region_end(&type->regions[*idx - 1]) : 0;
		unsigned long e = *idx < type->cnt ? type->regions[*idx].base : ~0UL;

		*start = s > mem_start ? s : mem_start;
		*end = e < mem_end ? e : mem_end;
		if (*start < *end) {
			(*idx)++;
			return true;
		}
	}
	return false;
}

#define for_each_free_mem_range(i, start, end) \
	for (i = 0; memblock_next_free_range(&i, &start, &end); )

/*
 * Allocate size bytes aligned to align (a power of two), zeroed, from the
 * top of RAM down as Linux does; NULL if nothing fits.
 */
void *memblock_alloc(unsigned long size, unsigned long align)
{
	unsigned long start, end, cand, found = 0;
	bool fits = false;
	unsigned int i;

	if (memblock.done) {
		pr_err("memblock_alloc: called after memblock_free_all()\n");
		return NULL;
	}
	for_each_free_mem_range(i, start, end) {
		if (end - start < size)
			continue;
		cand = (end - size) & ~(align - 1);
		if (cand >= start) {
			found = cand;
			fits = true;
		}
	}
	if (!fits)
		return NULL;
	memblock_reserve(found, size);
	return memset(__va(found), 0, size);
}

/* Free [start, end) as the largest naturally aligned blocks that fit. */
static void __free_pages_memory(unsigned long start, unsigned long end)
{
	while (start < end) {
		unsigned int order = MAX_PAGE_ORDER;

		while (start & ((1UL << order) - 1))
			order--;
		while (start + (1UL << order) > end)
			order--;
		memblock_free_pages(mem_map + start, order);
		start += 1UL << order;
	}
}

/*
 * Give every unreserved page of RAM to the buddy allocator. Pages are
 * counted from PHYS_OFFSET (mem_map indices) so that blocks aligned here
 * are aligned in the kernel's virtual addresses too.
 */
void memblock_free_all(void)
{
	unsigned long start, end;
	unsigned int i;

	for_each_free_mem_range(i, start, end)
		__free_pages_memory((PAGE_ALIGN(start) - PHYS_OFFSET) >> PAGE_SHIFT,
				    ((end & PAGE_MASK) - PHYS_OFFSET) >> PAGE_SHIFT);
	memblock.done = true;
}
