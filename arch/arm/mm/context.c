// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/context.c - ASIDs and the address-space switch.
 * Linux: arch/arm/mm/context.c, arch/arm/mm/proc-v7-2level.S.
 *
 * User pages are mapped non-global (nG): their TLB entries are tagged with
 * the ASID in CONTEXTIDR, so switching between processes needs no TLB
 * flush. Kernel mappings are global and shared by every page table.
 * Tern gives each mm its own ASID for life (at most 255 at a time; Linux
 * instead recycles them with a generation counter).
 */
#include <linux/interrupt.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <asm/memory.h>
#include <asm/mmu_context.h>
#include <asm/pgtable.h>

#define NUM_ASIDS	256		/* ASID 0 is the kernel's (init_mm) */

static u32 asid_map[NUM_ASIDS / 32];

extern unsigned long swapper_pg_dir_phys;
struct mm_struct init_mm;	/* pgd filled in by mm_context_init() */

int init_new_context(struct mm_struct *mm)
{
	unsigned long flags = local_irq_save();	/* test-and-set, not preempted */
	int ret = -1;

	for (unsigned int asid = 1; asid < NUM_ASIDS; asid++) {
		if (!(asid_map[asid / 32] & (1u << (asid % 32)))) {
			asid_map[asid / 32] |= 1u << (asid % 32);
			mm->asid = asid;
			ret = 0;
			break;
		}
	}
	local_irq_restore(flags);
	return ret;
}

void destroy_context(struct mm_struct *mm)
{
	/* TLBIASID: forget every translation tagged with this ASID. */
	asm volatile("dsb\n\tmcr p15, 0, %0, c8, c7, 2\n\tdsb\n\tisb"
		     : : "r"(mm->asid) : "memory");
	asid_map[mm->asid / 32] &= ~(1u << (mm->asid % 32));
}

/*
 * Linux: cpu_v7_switch_mm. CONTEXTIDR (ASID) first, then TTBR0, with an
 * ISB after each, so no walk of the new table is tagged with the old ASID.
 */
void cpu_switch_mm(unsigned long pgd_phys, unsigned int asid)
{
	asm volatile("mcr p15, 0, %0, c13, c0, 1\n\t"	/* CONTEXTIDR = ASID */
		     "isb\n\t"
		     "mcr p15, 0, %1, c2, c0, 0\n\t"	/* TTBR0 = the table */
		     "isb"
		     : : "r"(asid), "r"(pgd_phys | TTB_FLAGS) : "memory");
}

void switch_mm(struct mm_struct *prev, struct mm_struct *next)
{
	if (prev != next)
		cpu_switch_mm(__pa(next->pgd), next->asid);
}

void mm_context_init(void)
{
	init_mm.pgd = __va(swapper_pg_dir_phys);
	init_mm.asid = 0;
	asid_map[0] = 1;
}
