/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/tlbflush.h - dropping entries from this CPU's TLB.
 * Linux: arch/arm/include/asm/tlbflush.h (local_flush_tlb_all,
 * local_flush_tlb_page, local_flush_bp_all), for ARMv7.
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

/* BPIALL: the branch predictor, which may hold targets learnt under old ASIDs. */
static inline void local_flush_bp_all(void)
{
	asm volatile("mcr p15, 0, %0, c7, c5, 6\n\tisb" : : "r"(0) : "memory");
}

#endif /* __ASM_TLBFLUSH_H */
