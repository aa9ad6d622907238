// SPDX-License-Identifier: GPL-2.0
/*
 * mm/memory.c - user address spaces: create, map a page, copy (fork),
 * tear down (exit, exec). Linux: kernel/fork.c (dup_mm), mm/memory.c
 * (copy_page_range, unmap/free_pgtables), arch/arm/mm/pgd.c (pgd_alloc).
 *
 * A user address space is a 16 KiB first-level table whose entries below
 * TASK_SIZE point to second-level tables of 256 small pages; its kernel
 * half is a copy of swapper_pg_dir's.
 */
#include <linux/gfp.h>
#include <linux/mm_types.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <asm/cacheflush.h>
#include <asm/memory.h>
#include <asm/mmu_context.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <linux/sched/mm.h>

#define USER_PTRS		(TASK_SIZE >> SECTION_SHIFT)	/* first-level entries for user space */
#define PTRS_PER_PTE		256
#define PMD_TYPE_MASK		0x3
#define PTE_TYPE_SMALL		0x2
/*
 * A user page: small page, normal write-back memory (TEX=001 C B),
 * AP=11 (user read/write), not global (nG: tagged with the ASID).
 */
#define PTE_USER		(PTE_TYPE_SMALL | 0x4 | 0x8 | (3 << 4) | (1 << 6) | (1 << 11))

static u32 *pte_table(u32 pmd)
{
	return __va(pmd & ~0x3ffUL);
}

/* Linux: mm_alloc() + pgd_alloc(). NULL if out of memory. */
struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm));

	if (!mm)
		return NULL;
	mm->pgd = alloc_pages(2);		/* 16 KiB, 16 KiB aligned */
	if (!mm->pgd) {
		kfree(mm);
		return NULL;
	}
	init_new_context(mm);
	memset(mm->pgd, 0, USER_PTRS * 4);
	memcpy(mm->pgd + USER_PTRS, init_mm.pgd + USER_PTRS, PGD_SIZE - USER_PTRS * 4);
	clean_dcache_area(mm->pgd, PGD_SIZE);
	return mm;
}

/* The page-table entry for va, allocating its second-level table if asked. */
static u32 *pte_offset(struct mm_struct *mm, unsigned long va, bool alloc)
{
	u32 *pmd = &mm->pgd[va >> SECTION_SHIFT];

	if ((*pmd & PMD_TYPE_MASK) != PMD_TYPE_TABLE) {
		u32 *pte;

		if (!alloc || !(pte = get_zeroed_page()))
			return NULL;
		/* One page per 1 KiB hardware table: simple, if wasteful. */
		clean_dcache_area(pte, 1024);
		*pmd = __pa(pte) | PMD_TYPE_TABLE;
		clean_dcache_area(pmd, sizeof(*pmd));
	}
	return &pte_table(*pmd)[(va >> PAGE_SHIFT) & (PTRS_PER_PTE - 1)];
}

/* The kernel address of the page mapped at user address va, or NULL. */
void *user_page_address(struct mm_struct *mm, unsigned long va)
{
	u32 *pte = pte_offset(mm, va, false);

	if (!pte || !(*pte & PTE_TYPE_SMALL))
		return NULL;
	return __va((*pte & ~(PAGE_SIZE - 1)) | (va & (PAGE_SIZE - 1)));
}

/* Point the entry pte, for user address va, at page. */
static void *set_user_pte(struct mm_struct *mm, unsigned long va, u32 *pte, void *page)
{
	*pte = __pa(page) | PTE_USER;
	clean_dcache_area(pte, sizeof(*pte));
	local_flush_tlb_page(mm, va);
	return page;
}

/* Map a fresh zeroed page at va (page-aligned, below TASK_SIZE). */
void *map_user_page(struct mm_struct *mm, unsigned long va)
{
	u32 *pte = pte_offset(mm, va, true);
	void *page;

	if (!pte)
		return NULL;
	if (*pte & PTE_TYPE_SMALL)
		return __va(*pte & ~(PAGE_SIZE - 1));	/* already there */
	if (!(page = get_zeroed_page()))
		return NULL;
	return set_user_pte(mm, va, pte, page);
}

/* Map at va a copy of the page from: allocated, not zeroed first. */
static void *copy_present_page(struct mm_struct *mm, unsigned long va, const void *from)
{
	u32 *pte = pte_offset(mm, va, true);
	void *page;

	if (!pte || !(page = alloc_page()))
		return NULL;
	memcpy(page, from, PAGE_SIZE);
	flush_icache_range((unsigned long)page, (unsigned long)page + PAGE_SIZE);
	return set_user_pte(mm, va, pte, page);
}

void unmap_user_page(struct mm_struct *mm, unsigned long va)
{
	u32 *pte = pte_offset(mm, va, false);

	if (!pte || !(*pte & PTE_TYPE_SMALL))
		return;
	free_pages(__va(*pte & ~(PAGE_SIZE - 1)), 0);
	*pte = 0;
	clean_dcache_area(pte, sizeof(*pte));
	local_flush_tlb_page(mm, va);
}

/* Map zeroed pages over [start, end); -1 if memory ran out. */
int map_user_range(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	for (unsigned long va = start & ~(PAGE_SIZE - 1); va < end; va += PAGE_SIZE)
		if (!map_user_page(mm, va))
			return -1;
	return 0;
}

/* Linux: dup_mm() + copy_page_range(): an eager copy of every user page. */
struct mm_struct *dup_mm(struct mm_struct *old)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	mm->start_brk = old->start_brk;
	mm->brk = old->brk;
	mm->start_stack = old->start_stack;
	for (unsigned int i = 0; i < USER_PTRS; i++) {
		if ((old->pgd[i] & PMD_TYPE_MASK) != PMD_TYPE_TABLE)
			continue;
		u32 *old_pte = pte_table(old->pgd[i]);

		for (unsigned int j = 0; j < PTRS_PER_PTE; j++) {
			unsigned long va = (i << SECTION_SHIFT) | (j << PAGE_SHIFT);

			if (!(old_pte[j] & PTE_TYPE_SMALL))
				continue;
			if (!copy_present_page(mm, va, __va(old_pte[j] & ~(PAGE_SIZE - 1)))) {
				mmput(mm);
				return NULL;
			}
		}
	}
	return mm;
}

/* Linux: exit_mmap() + free_pgtables() + mmdrop(): free everything. */
void mmput(struct mm_struct *mm)
{
	for (unsigned int i = 0; i < USER_PTRS; i++) {
		if ((mm->pgd[i] & PMD_TYPE_MASK) != PMD_TYPE_TABLE)
			continue;
		u32 *pte = pte_table(mm->pgd[i]);

		for (unsigned int j = 0; j < PTRS_PER_PTE; j++)
			if (pte[j] & PTE_TYPE_SMALL)
				free_pages(__va(pte[j] & ~(PAGE_SIZE - 1)), 0);
		free_pages(pte, 0);
		mm->pgd[i] = 0;
	}
	free_pages(mm->pgd, 2);
	kfree(mm);
}
