/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/kernel/entry-common.S - system calls, and every way back to
 * user mode. Linux: arch/arm/kernel/entry-common.S.
 *
 * A user program asks the kernel for something with "svc #0": the call
 * number in r7 (EABI), arguments in r0-r5, the result (or -errno) comes
 * back in r0. vector_swi saves pt_regs, calls sys_call_table[r7] and
 * returns through ret_fast_syscall. On the way out, TI_FLAGS is checked:
 * if the tick set TIF_NEED_RESCHED (or a signal is pending), we go to
 * slow_work_pending -> do_work_pending() -> schedule(): a preemption point.
 */
#include "entry-header.S"
#include <asm/unistd.h>

#define S_OFF		8	/* r4, r5 (5th and 6th arguments) pushed below pt_regs */

	.text
	.arm
	.align	5
/*
 * ret_fast_syscall: r0 = the syscall's return value,
 *   sp = pt_regs - S_OFF, r9 = current.
 */
ret_fast_syscall:
	disable_irq				@ no tick between the check and the return
	ldr	r1, [tsk, #TI_FLAGS]		@ r1 = thread flags
	tst	r1, #_TIF_WORK_MASK
	bne	fast_work_pending		@ reschedule or signal: the slow way
	restore_user_regs fast = 1, offset = S_OFF
ENDPROC(ret_fast_syscall)

fast_work_pending:
	str	r0, [sp, #S_R0 + S_OFF]!	@ regs->ARM_r0 = return value; sp = regs
	/* fall through */
slow_work_pending:
	mov	r0, sp				@ r0 = regs
	bl	do_work_pending			@ schedule() etc.; returns with IRQs off
	b	no_work_pending
ENDPROC(slow_work_pending)

/*
 * ret_to_user / ret_to_user_from_irq: sp = pt_regs, r9 = current.
 * The return path of interrupts, aborts, and of a new task's first run.
 */
ENTRY(ret_to_user)
ret_slow_syscall:
ENTRY(ret_to_user_from_irq)
	disable_irq
	ldr	r1, [tsk, #TI_FLAGS]		@ r1 = thread flags
	tst	r1, #_TIF_WORK_MASK
	bne	slow_work_pending
no_work_pending:
	restore_user_regs fast = 0, offset = 0	@ the exception return
ENDPROC(ret_to_user_from_irq)
ENDPROC(ret_to_user)

/*
 * ret_from_fork: where a new task starts, "returning" from the
 * __switch_to it never called (copy_thread put this in cpu_context.pc).
 *   r0 = the task we switched from, r4 = fn_arg, r5 = fn (0 for fork())
 * A kernel thread runs fn(fn_arg). For user_mode_thread(kernel_init),
 * fn returns after kernel_execve() filled pt_regs with USR_MODE and the
 * ELF entry point: ret_slow_syscall then "returns from an exception" into
 * user mode. A forked child goes there directly with a copy of its
 * parent's pt_regs (r0 = 0).
 */
ENTRY(ret_from_fork)
	bl	schedule_tail			@ schedule_tail(prev)
	cmp	r5, #0
	movne	r0, r4				@ r0 = fn_arg
	adrne	lr, 1f
	movne	pc, r5				@ fn(fn_arg)
1:	get_current tsk				@ r9 = current
	b	ret_slow_syscall
ENDPROC(ret_from_fork)

/*
 * vector_swi: the SVC vector. lr = the instruction after the svc,
 * spsr = the caller's cpsr, sp = top of the kernel stack (from user).
 */
	.align	5
ENTRY(vector_swi)
	sub	sp, sp, #PT_REGS_SIZE
	stmia	sp, {r0 - r12}			@ regs->r0 .. r12
	add	r8, sp, #S_PC
	stmdb	r8, {sp, lr}^			@ regs->sp, lr: the caller's user ones
	mrs	r8, spsr			@ r8 = caller's cpsr
	str	lr, [sp, #S_PC]			@ regs->pc: return after the svc
	str	r8, [sp, #S_PSR]		@ regs->cpsr
	str	r0, [sp, #S_OLD_R0]		@ regs->ORIG_r0: first argument
	tst	r8, #0xf			@ from user mode (mode bits 0b10000)?
	bne	__swi_svc			@ no: an svc inside the kernel
	zero_fp
	enable_irq				@ syscalls run with interrupts on
	get_current tsk				@ r9 = current
	ldr	r10, [tsk, #TI_FLAGS]		@ r10 = thread flags
	stmdb	sp!, {r4, r5}			@ 5th and 6th arguments on the stack
	tst	r10, #_TIF_SYSCALL_WORK		@ traced (strace=, trace())?
	bne	__sys_trace
	adr	lr, ret_fast_syscall		@ every sys_*() returns there
	/* fall through */
/*
 * invoke_syscall: r7 = the number, r0-r3 and [sp] = the arguments,
 * lr = where the call returns, sp = pt_regs - S_OFF.
 */
invoke_syscall:
	ldr	tbl, =sys_call_table		@ r8 = the table; r7 = syscall number (EABI)
	cmp	scno, #NR_syscalls		@ in range?
	ldrlo	pc, [tbl, scno, lsl #2]		@ sys_call_table[scno](r0 .. r5)
	cmp	scno, #__ARM_NR_BASE		@ above the table: ARM-private?
	addhs	r1, sp, #S_OFF			@ r1 = regs
	movhs	r0, scno			@ r0 = the number
	bhs	arm_syscall			@ arm_syscall(no, regs): set_tls, cacheflush
	b	sys_ni_syscall			@ in between: -ENOSYS
ENDPROC(vector_swi)

/*
 * __sys_trace: the same call, between syscall_trace_enter() and
 * syscall_trace_exit() (kernel/strace.c). sp = pt_regs - S_OFF, r7 = the
 * number; C clobbered r0-r3, so the arguments are reloaded from pt_regs.
 */
__sys_trace:
	add	r0, sp, #S_OFF			@ r0 = regs
	bl	syscall_trace_enter		@ returns the number to run
	mov	scno, r0
	add	r1, sp, #S_R0 + S_OFF
	ldmia	r1, {r0 - r3}			@ r0-r3 = the first four arguments again
	adr	lr, __sys_trace_return
	b	invoke_syscall

/* r0 = the call's result. */
__sys_trace_return:
	str	r0, [sp, #S_R0 + S_OFF]!	@ regs->ARM_r0 = the result; sp = regs
	mov	r0, sp
	bl	syscall_trace_exit		@ syscall_trace_exit(regs)
	b	ret_slow_syscall
	.ltorg

/*
 * __swi_svc: an svc executed in SVC mode (only the self-tests do this).
 * The frame above holds r0-r12, pc and cpsr; fix its sp (the kernel's, not
 * the user's banked one) and lr (overwritten by the svc itself), let C
 * look at it, and return to the caller.
 */
__swi_svc:
	add	r0, sp, #PT_REGS_SIZE
	str	r0, [sp, #S_SP]			@ regs->sp = the caller's sp
	str	lr, [sp, #S_LR]			@ regs->lr: lost, the svc wrote lr_svc
	mov	r0, sp
	bl	do_svc_kernel			@ do_svc_kernel(regs)
	ldr	r5, [sp, #S_PSR]
	svc_exit r5
ENDPROC(__swi_svc)
