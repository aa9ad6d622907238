/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/vfp/vfphw.S - copy the VFP register file to and from a task's
 * struct vfp_hard_struct. Linux: arch/arm/vfp/vfphw.S (vfp_save_state)
 * and the VFPFSTMIA/VFPFLDMIA macros of asm/vfpmacros.h.
 *
 * The unit must be on (FPEXC.EN) or these instructions are undefined.
 * d16-d31 exist only on a "D32" unit (HWCAP_VFPD32: Cortex-A15 has them);
 * on a D16 unit their slots are left alone.
 */
#include <asm/assembler.h>
#include <asm/hwcap.h>

	.text
	.arm
	.fpu	neon			@ this file only: the kernel is built without an FPU

/*
 * vfp_regs: \op (vstmia or vldmia) the double registers at r0, which then
 * points at vfp->fpexc. r2 is clobbered.
 */
	.macro	vfp_regs, op
	ldr	r2, =elf_hwcap
	ldr	r2, [r2]			@ r2 = elf_hwcap
	\op	r0!, {d0-d15}			@ r0 = &fpregs[16]
	tst	r2, #HWCAP_VFPD32
	\op\()ne r0!, {d16-d31}		@ D32: r0 = &fpexc
	addeq	r0, r0, #16 * 8			@ D16: skip their slots
	.endm

/*
 * vfp_save_state(vfp, fpexc)
 *   r0 = &vfp->fpregs[0], r1 = the FPEXC value to keep in vfp->fpexc
 */
ENTRY(vfp_save_state)
	vfp_regs vstmia
	vmrs	r2, fpscr			@ r2 = FPSCR
	stmia	r0, {r1, r2}			@ vfp->fpexc, vfp->fpscr
	bx	lr
ENDPROC(vfp_save_state)

/*
 * vfp_load_state(vfp)
 *   r0 = &vfp->fpregs[0]. FPEXC is the caller's to set.
 */
ENTRY(vfp_load_state)
	vfp_regs vldmia
	ldr	r2, [r0, #4]			@ r2 = vfp->fpscr
	vmsr	fpscr, r2
	bx	lr
ENDPROC(vfp_load_state)
	.ltorg
