/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/kernel/entry-armv.S - the vector page, its stubs, the handlers
 * for interrupts, aborts and undefined instructions, and __switch_to.
 * Linux: arch/arm/kernel/entry-armv.S.
 *
 * How an exception gets here:
 *  1. The CPU enters the exception's mode (IRQ, ABT, UND) and jumps to
 *     0xffff0000 + 4 * n: the vector page, a copy of __vectors_start.
 *  2. The vector branches to its stub in the page after it (a copy of
 *     __stubs_start), which saves r0, lr and spsr on that mode's tiny
 *     stack, switches to SVC mode and picks a handler by the mode the
 *     exception came from: __irq_usr for user, __irq_svc for kernel, ...
 *  3. The handler builds struct pt_regs on the task's kernel stack
 *     (usr_entry / svc_entry), calls C, and returns through
 *     ret_to_user_from_irq (user) or svc_exit (kernel).
 */
#include "entry-header.S"
#include <asm/tls.h>
#include <asm/vfp.h>

/*
 * vector_stub: the part that runs in the exception's own mode.
 *   lr = return address + correction, spsr = interrupted cpsr,
 *   sp = this mode's 3-word stack (cpu_init sets it up).
 * Must be followed by the 16-entry table of handlers, indexed by the
 * low 4 bits of the interrupted mode.
 */
	.macro	vector_stub, name, mode, correction=0
	.align	5
vector_\name:
	.if	\correction
	sub	lr, lr, #\correction		@ lr = where to resume
	.endif
	stmia	sp, {r0, lr}			@ save r0 and the resume pc
	mrs	lr, spsr
	str	lr, [sp, #8]			@ save the interrupted cpsr
	mrs	r0, cpsr
	eor	r0, r0, #(\mode ^ SVC_MODE)	@ r0 = this cpsr with mode = SVC
	msr	spsr_cxsf, r0			@ ... to be entered by movs below
	and	lr, lr, #0x0f			@ lr = interrupted mode & 0xf: 0 usr, 3 svc
	mov	r0, sp				@ r0 = the 3 saved words
	ldr	lr, [pc, lr, lsl #2]		@ lr = handler for that mode
	movs	pc, lr				@ jump to it, in SVC mode (cpsr = spsr)
	.endm

	.section .stubs, "ax", %progbits
	.arm
	.globl	__stubs_start
__stubs_start:
	@ Word 0 of the stubs page: the SVC vector loads pc from here.
	.word	vector_swi

/* Interrupt: lr_irq = interrupted instruction + 4 (ARM and Thumb). */
	vector_stub	irq, IRQ_MODE, 4
	.long	__irq_usr			@  0  (USR_26 / USR_32)
	.long	__irq_invalid			@  1  (FIQ_26 / FIQ_32)
	.long	__irq_invalid			@  2  (IRQ_26 / IRQ_32)
	.long	__irq_svc			@  3  (SVC_26 / SVC_32)
	.rept	12
	.long	__irq_invalid
	.endr

/* Data abort: lr_abt = faulting instruction + 8. */
	vector_stub	dabt, ABT_MODE, 8
	.long	__dabt_usr
	.long	__dabt_invalid
	.long	__dabt_invalid
	.long	__dabt_svc
	.rept	12
	.long	__dabt_invalid
	.endr

/* Prefetch abort: lr_abt = faulting instruction + 4. */
	vector_stub	pabt, ABT_MODE, 4
	.long	__pabt_usr
	.long	__pabt_invalid
	.long	__pabt_invalid
	.long	__pabt_svc
	.rept	12
	.long	__pabt_invalid
	.endr

/*
 * Undefined instruction: lr_und = the instruction + 4 in ARM state, + 2 in
 * Thumb state; do_undefinstr() steps back by the right amount.
 */
	vector_stub	und, UND_MODE
	.long	__und_usr
	.long	__und_invalid
	.long	__und_invalid
	.long	__und_svc
	.rept	12
	.long	__und_invalid
	.endr

/* Reset and the unused vector: should never happen. */
vector_rst:
vector_addrexcptn:
	b	vector_addrexcptn

/* FIQs are never enabled in Tern: return at once. */
vector_fiq:
	subs	pc, lr, #4

	.globl	__stubs_end
__stubs_end:

/*
 * The vector page itself: eight branches. linker.ld links .vectors at
 * 0xffff0000 and .stubs at 0xffff1000 (stored in the Image elsewhere),
 * and early_trap_init() copies both there, so these relative branches
 * reach the stubs. The SVC vector loads the absolute address of
 * vector_swi from the first word of the stubs page.
 */
	.section .vectors, "ax", %progbits
	.globl	__vectors_start
__vectors_start:
	b	vector_rst
	b	vector_und
	ldr	pc, __vectors_start + 0x1000
	b	vector_pabt
	b	vector_dabt
	b	vector_addrexcptn
	b	vector_irq
	b	vector_fiq
	.globl	__vectors_end
__vectors_end:

	.text
	.arm

/* ---- interrupts -------------------------------------------------------- */

	.align	5
__irq_svc:
	svc_entry				@ sp = regs, r5 = interrupted cpsr, r9 = current
	mov	r0, sp
	bl	handle_arch_irq			@ handle_arch_irq(regs)
#ifdef CONFIG_PREEMPT
	/*
	 * Kernel preemption: reschedule now if the tick asked for it and
	 * the interrupted code is not in a preempt_disable() section.
	 */
	ldr	r8, [tsk, #TI_PREEMPT]		@ r8 = preempt_count
	ldr	r0, [tsk, #TI_FLAGS]		@ r0 = thread flags
	teq	r8, #0
	movne	r0, #0				@ preempt_count != 0: no preemption
	tst	r0, #_TIF_NEED_RESCHED
	blne	svc_preempt
#endif
	svc_exit r5				@ back to the interrupted kernel code
ENDPROC(__irq_svc)

#ifdef CONFIG_PREEMPT
svc_preempt:
	mov	r8, lr				@ r8 = return address into __irq_svc
1:	bl	preempt_schedule_irq		@ schedule() with IRQs off around it
	ldr	r0, [tsk, #TI_FLAGS]
	tst	r0, #_TIF_NEED_RESCHED
	moveq	pc, r8				@ nothing more to do
	b	1b
ENDPROC(svc_preempt)
#endif

	.align	5
__irq_usr:
	usr_entry				@ sp = regs, r9 = current
	mov	r0, sp
	bl	handle_arch_irq			@ handle_arch_irq(regs)
	b	ret_to_user_from_irq		@ the preemption point for user tasks
ENDPROC(__irq_usr)

/* ---- aborts -------------------------------------------------------------- */

/* r0 = fault address, r1 = fault status, r2 = regs for do_DataAbort(). */
	.macro	dabt_helper
	mrc	p15, 0, r0, c6, c0, 0		@ r0 = DFAR: the address
	mrc	p15, 0, r1, c5, c0, 0		@ r1 = DFSR: why it faulted
	mov	r2, sp
	bl	do_DataAbort
	.endm

	.macro	pabt_helper
	mrc	p15, 0, r0, c6, c0, 2		@ r0 = IFAR
	mrc	p15, 0, r1, c5, c0, 1		@ r1 = IFSR
	mov	r2, sp
	bl	do_PrefetchAbort
	.endm

	.align	5
__dabt_svc:
	svc_entry
	dabt_helper				@ may change regs->ARM_pc (a fixup)
	disable_irq				@ a page fault may have enabled them
	ldr	r5, [sp, #S_PSR]		@ r5 = cpsr to return with
	svc_exit r5
ENDPROC(__dabt_svc)

	.align	5
__dabt_usr:
	usr_entry
	dabt_helper				@ a bad user access: signals the task
	b	ret_from_exception
ENDPROC(__dabt_usr)

	.align	5
__pabt_svc:
	svc_entry
	pabt_helper
	ldr	r5, [sp, #S_PSR]
	svc_exit r5
ENDPROC(__pabt_svc)

	.align	5
__pabt_usr:
	usr_entry
	pabt_helper
	b	ret_from_exception
ENDPROC(__pabt_usr)

/* ---- undefined instructions ---------------------------------------------- */

	.align	5
__und_svc:
	svc_entry
	mov	r0, sp
	bl	do_undefinstr			@ do_undefinstr(regs)
	ldr	r5, [sp, #S_PSR]
	svc_exit r5
ENDPROC(__und_svc)

	.align	5
__und_usr:
	usr_entry
	mov	r0, sp
	bl	do_undefinstr
	b	ret_from_exception
ENDPROC(__und_usr)

/* ---- "impossible" exceptions (from FIQ, IRQ, ABT, UND, ... mode) ----------- */

	.macro	inv_entry, reason
	svc_entry
	mov	r0, sp
	mov	r1, #\reason
	bl	bad_mode			@ prints and panics
	.endm

__irq_invalid:
	inv_entry 0
__dabt_invalid:
	inv_entry 1
__pabt_invalid:
	inv_entry 2
__und_invalid:
	inv_entry 3

/* ---- the early vectors --------------------------------------------------- */

/*
 * __early_vectors: where VBAR points from __mmap_switched until
 * early_trap_init() installs the vector page. Without them an exception
 * at boot (a DTB that claims RAM the machine does not have, a NULL
 * pointer in setup_arch) would go to whatever VBAR the boot loader left,
 * usually unmapped: a silent loop of prefetch aborts. Linux on arm32 has
 * no such table (an exception that early hangs there too); arm64 sets
 * VBAR_EL1 first thing in __primary_switched, as we do here.
 *
 * They call the same C handlers as the real vectors, so an early fault
 * prints the usual oops and "Kernel panic", and the exception table
 * works (paging_init() probes RAM with it). No stack can be trusted yet,
 * so each exception builds its pt_regs on __early_stack, in ABT mode.
 * IRQs and FIQs stay masked until after early_trap_init(), and reset
 * never comes through VBAR: these slots report a bad mode.
 */
	.align	5				@ VBAR ignores bits 4:0
ENTRY(__early_vectors)
	b	__early_bad			@ reset
	b	__early_und
	b	__early_svc
	b	__early_pabt
	b	__early_dabt
	b	__early_bad			@ not used
	b	__early_bad			@ IRQ
	b	__early_bad			@ FIQ
ENDPROC(__early_vectors)

/*
 * early_entry: save the interrupted state as struct pt_regs.
 *   in:  any exception mode, lr = resume pc + \correction, spsr = its cpsr
 *   out: ABT mode, sp = regs on __early_stack
 * srsdb stores this mode's lr and spsr on ABT mode's stack: they become
 * regs->ARM_pc and regs->ARM_cpsr, the two words under the stack top.
 */
	.macro	early_entry, correction=0
	.if	\correction
	sub	lr, lr, #\correction		@ lr = where to resume
	.endif
	srsdb	sp!, #ABT_MODE			@ regs->ARM_pc, regs->ARM_cpsr
	cps	#ABT_MODE
	bl	__early_save_regs
	.endm

/*
 * __early_save_regs: in ABT mode, sp -> {pc, cpsr} just pushed, r0-r12
 * still the interrupted code's; out: sp = regs, all 17 words filled.
 * sp and lr are banked: visit the interrupted mode to read them. That
 * mode is never USR: no user task exists before early_trap_init().
 */
__early_save_regs:
	sub	sp, sp, #S_PC			@ sp = regs
	stmia	sp, {r0 - r12}			@ regs->r0 .. r12
	ldr	r0, [sp, #S_PSR]		@ r0 = interrupted cpsr
	and	r0, r0, #MODE_MASK
	orr	r0, r0, #PSR_I_BIT | PSR_F_BIT	@ r0 = its mode, interrupts off
	mrs	r1, cpsr			@ r1 = this cpsr (ABT mode)
	msr	cpsr_c, r0			@ in the interrupted mode:
	mov	r2, sp				@   r2 = its sp
	mov	r3, lr				@   r3 = its lr
	msr	cpsr_c, r1			@ back in ABT mode
	add	r0, sp, #S_SP
	stmia	r0, {r2, r3}			@ regs->ARM_sp, regs->ARM_lr
	mov	pc, lr
ENDPROC(__early_save_regs)

/* Data abort: lr_abt = faulting instruction + 8. */
__early_dabt:
	early_entry 8
	dabt_helper				@ a fixup may change regs->ARM_pc
	b	__early_exit
ENDPROC(__early_dabt)

/* Prefetch abort: lr_abt = faulting instruction + 4. */
__early_pabt:
	early_entry 4
	pabt_helper
	b	__early_exit
ENDPROC(__early_pabt)

/* Undefined instruction: do_undefinstr() steps back to it itself. */
__early_und:
	early_entry
	mov	r0, sp
	bl	do_undefinstr
	b	__early_exit
ENDPROC(__early_und)

/* svc in the kernel: lr_svc = the instruction after it, where we go on. */
__early_svc:
	early_entry
	mov	r0, sp
	bl	do_svc_kernel
	b	__early_exit
ENDPROC(__early_svc)

__early_bad:
	early_entry 4
	mov	r0, sp
	mov	r1, #0				@ reason 0: "interrupt"
	bl	bad_mode			@ prints and panics
ENDPROC(__early_bad)

/* A handler returned: reload r0-r12, then rfe loads pc and cpsr. */
__early_exit:
	ldmia	sp, {r0 - r12}
	add	sp, sp, #S_PC			@ sp = &regs->ARM_pc
	rfeia	sp!				@ pc = regs->ARM_pc, cpsr = regs->ARM_cpsr
ENDPROC(__early_exit)

/*
 * The early stack: 4 KiB, room for the handlers' C (printk, die).
 * head.S points sp_abt 4 bytes under its end, so that the first pt_regs
 * frame is 8-byte aligned for C and its 18th word (ARM_ORIG_r0, unused
 * here) is the stack's last word.
 */
	.bss
	.align	3
	.space	4096
	.globl	__early_stack_end
__early_stack_end:
	.text

ENTRY(ret_from_exception)
	get_current tsk
	b	ret_to_user
ENDPROC(ret_from_exception)

/*
 * __switch_to(prev, next): the register half of a context switch.
 *   r0 = previous task, r1 = next task (each == its thread_info)
 *   returns r0 = previous task, now running as next.
 *
 * Only r4-r11, sp and the return address are saved. r0-r3 and ip are
 * caller-saved by the AAPCS: schedule() called us like any function,
 * so nothing it cares about is left in them. lr is not needed either:
 * it is saved in the pc slot, and the ldmia below "returns" to the
 * next task's saved pc, which is just after ITS call to __switch_to (or
 * ret_from_fork for a task that never ran). Everything else of a user
 * task (its r0-r3, ip, lr, cpsr) is already in its pt_regs on its stack,
 * except what lives in coprocessor registers: the two TLS registers,
 * switched here, and the VFP registers, switched lazily (arch/arm/vfp/).
 */
ENTRY(__switch_to)
	@ LAB switch BEGIN
	@ Store r4-r11, sp and lr in prev's thread_info.cpu_context (at offset
	@ TI_CPU_SAVE: stmia). Two instructions; the TLS and VFP lines after
	@ this region are given, and use r3-r5 as scratch.
	@ STUB:
	@	adr	r0, 1f
	@	b	panic
	@ 1:	.asciz	"lab switch: __switch_to does not save prev yet"
	@	.align	2
	add	ip, r0, #TI_CPU_SAVE		@ ip = &prev->thread_info.cpu_context
	stmia	ip, {r4 - sl, fp, sp, lr}	@ save prev's callee-saved regs, sp, pc
	@ LAB switch END
	add	r4, r1, #TI_TP_VALUE
	ldmia	r4, {r4, r5}			@ r4, r5 = next's TPIDRURO, TPIDRURW
	switch_tls r0, r4, r5, r3		@ r3 = scratch
	mrc	p10, 7, r3, cr8, cr0, 0		@ r3 = FPEXC (vmrs)
	tst	r3, #FPEXC_EN			@ the VFP unit is on?
	bicne	r3, r3, #FPEXC_EN
	mcrne	p10, 7, r3, cr8, cr0, 0		@ then off: lazy VFP (vfpmodule.c)
	@ LAB switch BEGIN
	@ Make next current (set_current), then load next's r4-r11, sp and pc
	@ from its cpu_context (ldmia). Keep r0 = prev: next returns it.
	@ Three instructions.
	@ STUB:
	@	adr	r0, 1f
	@	b	panic
	@ 1:	.asciz	"lab switch: __switch_to does not load next yet"
	@	.align	2
	add	r4, r1, #TI_CPU_SAVE		@ r4 = &next->thread_info.cpu_context
	set_current r1				@ current = next
	ldmia	r4, {r4 - sl, fp, sp, pc}	@ load next's: now running as next
	@ LAB switch END
ENDPROC(__switch_to)

/* ---- the kuser helpers ---------------------------------------------------- */

/*
 * Code the kernel lends to user space, at fixed addresses at the end of
 * the vector page, which is mapped readable and executable from user mode
 * (Linux: entry-armv.S __kuser_helper_start, documented in
 * Documentation/arch/arm/kernel_user_helpers.rst). Programs built for old
 * CPUs (Debian's armel, ARMv5) cannot read TPIDRURO or use ldrex
 * themselves: they call these, and each kernel supplies the right code for
 * its CPU. kuser_init() copies the block so that it ends at 0xffff1000:
 *
 *   0xffff0f60  __kuser_cmpxchg64(const s64 *old, const s64 *new, s64 *ptr)
 *   0xffff0fa0  __kuser_memory_barrier(void)
 *   0xffff0fc0  __kuser_cmpxchg(int old, int new, int *ptr)
 *   0xffff0fe0  __kuser_get_tls(void)
 *   0xffff0ffc  __kuser_helper_version: how many 32-byte slots (5)
 *
 * They run in user mode, in ARM state, and return with "bx lr" to ARM or
 * Thumb callers. The cmpxchg ones return r0 = 0 and the C flag set when
 * they stored the new value, r0 != 0 and C clear when *ptr differed.
 * Each is padded to its slot with undefined instructions.
 */
	.macro	kuser_pad, sym, size
	.rept	(\size - (. - \sym)) / 4
	.word	0xe7fddef1			@ udf: never run
	.endr
	.endm

	.align	5
	.globl	__kuser_helper_start
__kuser_helper_start:

__kuser_cmpxchg64:				@ 0xffff0f60
	push	{r4 - r7}
	ldrd	r4, r5, [r0]			@ r4:r5 = *old
	ldrd	r6, r7, [r1]			@ r6:r7 = *new
	dmb	ish
1:	ldrexd	r0, r1, [r2]			@ r0:r1 = *ptr, and claim it
	eors	r3, r0, r4			@ r3 = 0 if the low words match
	eoreqs	r3, r1, r5			@ ... and the high ones
	strexdeq r3, r6, r7, [r2]		@ equal: store *new; r3 = 1 if the claim was lost
	teqeq	r3, #1
	beq	1b				@ lost: try again
	dmb	ish
	rsbs	r0, r3, #0			@ r0 = 0, C set: stored; else r0 != 0, C clear
	pop	{r4 - r7}
	bx	lr
	kuser_pad __kuser_cmpxchg64, 64

__kuser_memory_barrier:				@ 0xffff0fa0
	dmb	ish
	bx	lr
	kuser_pad __kuser_memory_barrier, 32

__kuser_cmpxchg:				@ 0xffff0fc0
	dmb	ish
1:	ldrex	r3, [r2]			@ r3 = *ptr, and claim it
	subs	r3, r3, r0			@ r3 = 0 if it is old
	strexeq	r3, r1, [r2]			@ equal: store new; r3 = 1 if the claim was lost
	teqeq	r3, #1
	beq	1b				@ lost: try again
	rsbs	r0, r3, #0			@ r0 = 0, C set: stored
	b	__kuser_memory_barrier		@ the barrier after, and return
	kuser_pad __kuser_cmpxchg, 32

__kuser_get_tls:				@ 0xffff0fe0
	mrc	p15, 0, r0, c13, c0, 3		@ r0 = TPIDRURO, set by set_tls
	bx	lr
	kuser_pad __kuser_get_tls, 28

__kuser_helper_version:				@ 0xffff0ffc
	.word	((__kuser_helper_end - __kuser_helper_start) >> 5)

	.globl	__kuser_helper_end
__kuser_helper_end:
