// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/pgd.c - a process's first-level page table.
 * Linux: arch/arm/mm/pgd.c (pgd_alloc, pgd_free).
 *
 * 16 KiB, 16 KiB aligned (an order-2 block): the user part (below
 * TASK_SIZE) empty, the kernel part a copy of swapper_pg_dir's, which
 * never changes after boot.
 */
#include <linux/gfp.h>
#include <linux/mm_types.h>
#include <linux/string.h>
#include <asm/cacheflush.h>
#include <asm/pgtable.h>

#define USER_PTRS	(TASK_SIZE >> SECTION_SHIFT)	/* first-level entries for user space */

u32 *pgd_alloc(void)
{
	u32 *pgd = alloc_pages(2);

	if (!pgd)
		return NULL;
	memset(pgd, 0, USER_PTRS * sizeof(*pgd));
	memcpy(pgd + USER_PTRS, init_mm.pgd + USER_PTRS, PGD_SIZE - USER_PTRS * sizeof(*pgd));
	clean_dcache_area(pgd, PGD_SIZE);
	return pgd;
}

void pgd_free(u32 *pgd)
{
	free_pages(pgd, 2);
}
