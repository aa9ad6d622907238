/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/mmu_context.h - switching address spaces.
 * Linux: arch/arm/include/asm/mmu_context.h + arch/arm/mm/context.c
 * (ASIDs) + proc-v7-2level.S (cpu_v7_switch_mm).
 */
#ifndef __ASM_MMU_CONTEXT_H
#define __ASM_MMU_CONTEXT_H

#include <linux/mm_types.h>

/* A new mm has no ASID: it gets one the first time it is switched to. */
static inline void init_new_context(struct mm_struct *mm)
{
	mm->context.id = 0;
}

void check_and_switch_context(struct mm_struct *mm);	/* an ASID if needed, then switch */
void mm_context_init(void);			/* init_mm: swapper_pg_dir */

/*
 * Nothing to do for the same mm: a kernel thread, or a thread of the
 * same process. (Linux also tracks the CPUs an mm ran on, mm_cpumask.)
 */
static inline void switch_mm(struct mm_struct *prev, struct mm_struct *next)
{
	if (prev != next)
		check_and_switch_context(next);
}

#endif
