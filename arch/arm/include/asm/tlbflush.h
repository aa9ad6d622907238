/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/tlbflush.h - dropping entries from this CPU's TLB.
 * Linux: arch/arm/include/asm/tlbflush.h (local_flush_tlb_all,
 * local_flush_tlb_mm, local_flush_tlb_page, local_flush_bp_all), for ARMv7.
 *
 * A changed user entry must leave the TLB before the old page is freed
 * or the old permission would be trusted: by address and ASID for one
 * page (this also drops a cached first-level entry for that address, so
 * it serves when a second-level table goes), by ASID for the whole mm.
 * Only a present entry can be in the TLB: a page that was not mapped
 * needs no flush when it is mapped.
 *
 * The DSB before makes earlier page-table writes visible to the walker;
 * the DSB and ISB after make sure the entries are gone before the next
 * instruction is fetched.
 */
#ifndef __ASM_TLBFLUSH_H
#define __ASM_TLBFLUSH_H

#include <linux/mm.h>
#include <linux/mm_types.h>

/* How often local_flush_tlb_all() ran (Linux: vm event NR_TLB_LOCAL_FLUSH_ALL). */
extern unsigned long nr_tlb_local_flush_all;

/* TLBIALL: every entry, global or not, of every ASID. */
static inline void local_flush_tlb_all(void)
{
	nr_tlb_local_flush_all++;
	asm volatile("dsb\n\tmcr p15, 0, %0, c8, c7, 0\n\tdsb\n\tisb" : : "r"(0) : "memory");
}

/* TLBIMVA: the entry for user address uaddr tagged with mm's ASID. */
static inline void local_flush_tlb_page(struct mm_struct *mm, unsigned long uaddr)
{
	asm volatile("dsb\n\tmcr p15, 0, %0, c8, c7, 1\n\tdsb\n\tisb"
		     : : "r"((uaddr & PAGE_MASK) | ASID(mm)) : "memory");
}

/* TLBIASID: every entry tagged with mm's ASID (fork write-protects them all). */
static inline void local_flush_tlb_mm(struct mm_struct *mm)
{
	asm volatile("dsb\n\tmcr p15, 0, %0, c8, c7, 2\n\tdsb\n\tisb"
		     : : "r"(ASID(mm)) : "memory");
}

/* BPIALL: the branch predictor, which may hold targets learnt under old ASIDs. */
static inline void local_flush_bp_all(void)
{
	asm volatile("mcr p15, 0, %0, c7, c5, 6\n\tisb" : : "r"(0) : "memory");
}

#endif /* __ASM_TLBFLUSH_H */
