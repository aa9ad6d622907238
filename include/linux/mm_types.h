/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/mm_types.h - a user address space (Linux: struct
 * mm_struct in include/linux/mm_types.h, reduced to what Tern needs).
 *
 * The page tables are the only record of what is mapped: fork copies and
 * exit frees by walking them. Every user page is mapped when the program
 * is loaded, grown by brk(), or copied at fork: no demand paging.
 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <asm/mmu.h>

struct mm_struct {
	u32 *pgd;			/* 16 KiB first-level table (kernel address) */
	mm_context_t context;		/* ASID and its generation (asm/mmu.h) */
	unsigned long start_brk, brk;	/* heap: [start_brk, brk) */
	unsigned long start_stack;	/* lowest stack address mapped */
};

extern struct mm_struct init_mm;	/* the kernel's: swapper_pg_dir */

#endif
