/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/mmu_context.h - switching address spaces.
 * Linux: arch/arm/include/asm/mmu_context.h + arch/arm/mm/context.c
 * (ASIDs) + proc-v7-2level.S (cpu_v7_switch_mm).
 */
#ifndef __ASM_MMU_CONTEXT_H
#define __ASM_MMU_CONTEXT_H

#include <linux/mm_types.h>

struct task_struct;

int init_new_context(struct mm_struct *mm);	/* give mm an ASID */
void destroy_context(struct mm_struct *mm);	/* take it back, flush its TLB entries */
void switch_mm(struct mm_struct *prev, struct mm_struct *next);
void cpu_switch_mm(unsigned long pgd_phys, unsigned int asid);
void mm_context_init(void);			/* init_mm: swapper_pg_dir, ASID 0 */

#endif
