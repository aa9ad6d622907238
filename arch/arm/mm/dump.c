// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/dump.c - print a process's page tables: its ARMv7
 * short-descriptor first-level table (user half) and the small pages of
 * each second-level table, every descriptor raw and decoded:
 *
 *   pgd 0x47f28000 asid 3
 *    pgd[0] 0x47f2d001 va 0x00000000 table 0x47f2d000
 *     pte[16] 0x47f31c3e va 0x00010000 page 0x47f31000 user rw x young
 *
 * Linux: arch/arm/mm/dump.c (ptdump, which prints the kernel's table as
 * ranges, through debugfs); xv6's vmprint() prints a process's, as here.
 */
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/sched/mm.h>
#include <asm/memory.h>
#include <asm/pgtable.h>

/* One small-page entry i of the table for the MiB at section. */
static __maybe_unused void ptdump_pte(unsigned long section, unsigned int i, u32 pte)
{
	printk("  pte[%u] 0x%08x va 0x%08lx page 0x%08x %s %s %s %s\n", i, pte,
	       section + (i << PAGE_SHIFT), pte & ~(PAGE_SIZE - 1),
	       pte & PTE_EXT_AP1 ? "user" : "kernel", pte & PTE_EXT_APX ? "ro" : "rw",
	       pte & PTE_EXT_XN ? "xn" : "x", pte & PTE_EXT_AF ? "young" : "old");
}

void ptdump_user(struct mm_struct *mm)
{
	/* LAB pgtbl BEGIN
	 * Print "pgd <physical address of mm->pgd> asid <ASID(mm)>", then, for
	 * each of the USER_PTRS first-level entries that is a page table
	 * (PMD_TYPE_MASK bits == PMD_TYPE_TABLE), the line
	 * " pgd[i] <entry> va <i MiB> table <its physical address>" followed
	 * by a ptdump_pte() line for each small page of that table (entries
	 * with PTE_TYPE_SMALL). A table is PTE_HWTABLE_SIZE (1 KiB) at the
	 * entry's bits 31:10: read it through __va(). Formats: the top of
	 * this file.
	 * STUB:
	 *	(void)mm;
	 */
	printk("pgd 0x%08lx asid %u\n", __pa(mm->pgd), ASID(mm));
	for (unsigned int i = 0; i < USER_PTRS; i++) {
		u32 pmd = mm->pgd[i];
		const u32 *table = __va(pmd & ~(PTE_HWTABLE_SIZE - 1UL));

		if ((pmd & PMD_TYPE_MASK) != PMD_TYPE_TABLE)
			continue;
		printk(" pgd[%u] 0x%08x va 0x%08x table 0x%08x\n", i, pmd,
		       i << SECTION_SHIFT, pmd & ~(PTE_HWTABLE_SIZE - 1U));
		for (unsigned int j = 0; j < PTRS_PER_PTE; j++)
			if (table[j] & PTE_TYPE_SMALL)
				ptdump_pte(i << SECTION_SHIFT, j, table[j]);
	}
	/* LAB pgtbl END */
}
