/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/sched/mm.h - a task's address space: create, copy at
 * fork, free (kernel/fork.c). Linux: the same header (mm_alloc, mmput).
 */
#ifndef _LINUX_SCHED_MM_H
#define _LINUX_SCHED_MM_H

#include <linux/mm_types.h>

struct mm_struct *mm_alloc(void);
struct mm_struct *dup_mm(struct mm_struct *oldmm);
void mmput(struct mm_struct *mm);

#endif
