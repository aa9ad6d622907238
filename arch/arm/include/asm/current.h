/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/current.h - "current", the running task.
 * Linux: arch/arm/include/asm/current.h.
 *
 * Where is current? Two classic answers:
 *  - from sp: if thread_info sat at the bottom of the 8 KiB-aligned kernel
 *    stack, sp & ~(THREAD_SIZE - 1) would find it (older Linux/ARM);
 *  - from a CPU register: Tern keeps the task_struct pointer in TPIDRPRW
 *    (CP15 c13, c0, 4), a register only privileged code can read or
 *    write. head.S sets it to init_task before C runs, __switch_to
 *    writes it on every switch ("set_current"); reading it is one
 *    instruction and works on any stack, even mid-switch.
 */
#ifndef __ASM_CURRENT_H
#define __ASM_CURRENT_H

#ifndef __ASSEMBLY__
struct task_struct;

static inline struct task_struct *get_current(void)
{
	struct task_struct *cur;

	asm("mrc p15, 0, %0, c13, c0, 4" : "=r"(cur));
	return cur;
}

static inline void set_current(struct task_struct *tsk)
{
	asm volatile("mcr p15, 0, %0, c13, c0, 4" : : "r"(tsk) : "memory");
}

#define current get_current()

#else
	/* get_current rd: rd = current task (== its thread_info) */
	.macro	get_current, rd
	mrc	p15, 0, \rd, c13, c0, 4
	.endm

	.macro	set_current, rn
	mcr	p15, 0, \rn, c13, c0, 4
	.endm
#endif

#endif /* __ASM_CURRENT_H */
