/* SPDX-License-Identifier: GPL-2.0 */
/*
 * user/linux/vfp_regs.S - the registers C cannot name: FPSCR, TPIDRURW,
 * and all 32 VFP double registers around a sched_yield, to show that
 * each process keeps its own (vfp.c).
 */
	.syntax	unified
	.arm
	.fpu	neon
	.text

	.globl	read_fpscr
	.type	read_fpscr, %function
read_fpscr:
	vmrs	r0, fpscr
	bx	lr

	.globl	read_tpidrurw
	.type	read_tpidrurw, %function
read_tpidrurw:
	mrc	p15, 0, r0, c13, c0, 2
	bx	lr

	.globl	write_tpidrurw
	.type	write_tpidrurw, %function
write_tpidrurw:
	mcr	p15, 0, r0, c13, c0, 2
	bx	lr

/*
 * vfp_yield_with(in, out, fpscr): load d0-d31 from in[0..31] and FPSCR
 * from fpscr, call sched_yield (the other process runs and uses its own
 * values), store d0-d31 into out[0..31]; returns FPSCR as it came back.
 *   r0 = in, r1 = out, r2 = fpscr. d8-d15 are the caller's: kept.
 */
	.globl	vfp_yield_with
	.type	vfp_yield_with, %function
vfp_yield_with:
	push	{r4, r7, lr}
	vpush	{d8-d15}
	mov	r4, r1				@ r4 = out, across the svc
	vldmia	r0!, {d0-d15}
	vldmia	r0, {d16-d31}
	vmsr	fpscr, r2
	mov	r7, #158			@ __NR_sched_yield
	svc	#0
	vstmia	r4!, {d0-d15}
	vstmia	r4, {d16-d31}
	vmrs	r0, fpscr
	vpop	{d8-d15}
	pop	{r4, r7, pc}

	.section .note.GNU-stack, "", %progbits	@ the stack is not executable
