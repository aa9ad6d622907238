/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/vfp.h - the VFP/NEON unit: its system registers,
 * a task's saved registers, and the hooks the rest of the kernel calls.
 * Linux: arch/arm/include/asm/vfp.h (register bits), asm/fpstate.h
 * (struct vfp_hard_struct), arch/arm/vfp/vfpinstr.h (fmrx/fmxr).
 */
#ifndef __ASM_VFP_H
#define __ASM_VFP_H

/* FPEXC: EN turns the whole unit on; off, every VFP/NEON instruction is undefined. */
#define FPEXC_EN		(1 << 30)

#ifndef __ASSEMBLY__
#include <linux/types.h>

/*
 * A task's VFP registers while the hardware holds another task's: the 32
 * double registers d0-d31 (NEON's q0-q15 are the same bits), then FPEXC
 * and FPSCR (rounding mode, flush-to-zero, the cumulative exception
 * flags, the comparison flags).
 */
struct vfp_hard_struct {
	u64 fpregs[32];
	u32 fpexc;
	u32 fpscr;
};

union vfp_state {
	struct vfp_hard_struct hard;
};

/*
 * The VFP system registers are coprocessor 10 registers, read and written
 * with vmrs/vmsr, which are mrc/mcr p10, 7 (written that way here: the
 * kernel is built without an FPU, so the assembler would refuse vmrs).
 */
#define FPSID		cr0
#define FPSCR		cr1
#define MVFR1		cr6
#define MVFR0		cr7
#define FPEXC		cr8
#define __vfpreg(r)	#r
#define fmrx(reg) ({								\
	u32 __v;								\
	asm volatile("mrc p10, 7, %0, " __vfpreg(reg) ", cr0, 0" : "=r"(__v));	\
	__v;									\
})
#define fmxr(reg, val)								\
	asm volatile("mcr p10, 7, %0, " __vfpreg(reg) ", cr0, 0" : : "r"(val))

struct task_struct;

/* arch/arm/vfp/vfpmodule.c */
void vfp_init(void);
void vfp_flush_thread(struct task_struct *tsk);		/* exec */
void vfp_thread_copy(struct task_struct *child);	/* fork */
void vfp_thread_exit(struct task_struct *tsk);		/* exit */

/* arch/arm/vfp/vfphw.S: the unit must be on (FPEXC.EN). */
void vfp_save_state(struct vfp_hard_struct *vfp, u32 fpexc);
void vfp_load_state(const struct vfp_hard_struct *vfp);
#endif

#endif /* __ASM_VFP_H */
