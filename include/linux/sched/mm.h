/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/sched/mm.h - a task's address space: create, copy, free,
 * map pages (mm/memory.c). Linux: the same header (mm_alloc, mmput).
 */
#ifndef _LINUX_SCHED_MM_H
#define _LINUX_SCHED_MM_H

#include <linux/mm_types.h>

struct mm_struct *mm_alloc(void);
struct mm_struct *dup_mm(struct mm_struct *old);
void mmput(struct mm_struct *mm);
void *map_user_page(struct mm_struct *mm, unsigned long va);
void unmap_user_page(struct mm_struct *mm, unsigned long va);
int map_user_range(struct mm_struct *mm, unsigned long start, unsigned long end);
void *user_page_address(struct mm_struct *mm, unsigned long va);
bool handle_access_flag_fault(struct mm_struct *mm, unsigned long addr);
void ptdump_user(struct mm_struct *mm);		/* arch/arm/mm/dump.c */

#endif
