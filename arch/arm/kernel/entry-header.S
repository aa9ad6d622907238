/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/kernel/entry-header.S - macros shared by the exception entry
 * code: build struct pt_regs on the kernel stack, and undo it.
 * Linux: arch/arm/kernel/entry-header.S.
 *
 * struct pt_regs (18 words, asm-offsets gives S_*):
 *   r0..r12 | sp | lr | pc | cpsr | ORIG_r0
 * sp and lr are those of the interrupted mode (user's banked ones for a
 * user exception), pc is where to resume, cpsr the interrupted state.
 */
#include <asm/assembler.h>
#include <asm/current.h>
#include <asm/ptrace.h>
#include <asm/thread_info.h>
#include <generated/asm-offsets.h>

@ Registers the entry code keeps across C calls (callee-saved):
tsk	.req	r9		@ current task (== its thread_info)
scno	.req	r7		@ syscall number (EABI: r7)
tbl	.req	r8		@ syscall table pointer

	.macro	zero_fp
	mov	fp, #0		@ end of the frame-pointer chain for backtraces
	.endm

	.macro	disable_irq
	cpsid	i
	.endm

	.macro	enable_irq
	cpsie	i
	.endm

/*
 * svc_entry: an exception taken in SVC mode (the kernel was running).
 *   in:  r0 = the exception stack: {r0, pc, cpsr} of the interrupted code
 *        sp = the interrupted kernel sp, lr = the interrupted kernel lr
 *   out: sp = struct pt_regs, r4 = pc, r5 = cpsr of the interrupted code,
 *        r9 = current
 * The interrupted sp may be only 4-byte aligned; C wants 8 (AAPCS), so
 * the frame is padded by one word when needed and regs->ARM_sp keeps the
 * real value.
 */
	.macro	svc_entry
	sub	sp, sp, #PT_REGS_SIZE		@ room for pt_regs
	tst	sp, #4				@ Z = 0: sp is only 4-byte aligned
	subne	sp, sp, #4			@ pad to 8 bytes
	stmib	sp, {r1 - r12}			@ regs->r1 .. r12
	ldmia	r0, {r3 - r5}			@ r3 = r0, r4 = pc, r5 = cpsr (interrupted)
	add	r7, sp, #S_SP			@ r7 = &regs->ARM_sp
	mov	r6, #-1				@ r6 = ORIG_r0: not a syscall
	add	r2, sp, #PT_REGS_SIZE
	addne	r2, r2, #4			@ r2 = the interrupted sp (undo the pad)
	str	r3, [sp]			@ regs->r0
	mov	r3, lr				@ r3 = the interrupted lr
	stmia	r7, {r2 - r6}			@ regs->sp, lr, pc, cpsr, ORIG_r0
	get_current tsk				@ r9 = current
	.endm

/*
 * svc_exit: return to the interrupted kernel code.
 *   in: sp = struct pt_regs, \rpsr = cpsr to return with
 * ldmia with ^ and pc in the list also copies spsr into cpsr.
 */
	.macro	svc_exit, rpsr
	msr	spsr_cxsf, \rpsr
	ldmia	sp, {r0 - pc}^			@ r0-r12, sp, lr, pc; cpsr = spsr
	.endm

/*
 * usr_entry: an exception taken in user mode.
 *   in:  r0 = the exception stack {r0, pc, cpsr}, sp = top of this task's
 *        kernel stack (THREAD_START_SP, 8-byte aligned)
 *   out: sp = struct pt_regs, r4 = pc, r5 = cpsr, r9 = current, fp = 0
 */
	.macro	usr_entry
	sub	sp, sp, #PT_REGS_SIZE
	stmib	sp, {r1 - r12}			@ regs->r1 .. r12
	ldmia	r0, {r3 - r5}			@ r3 = r0, r4 = pc, r5 = cpsr (user)
	add	r0, sp, #S_PC			@ r0 = &regs->ARM_pc
	mov	r6, #-1				@ r6 = ORIG_r0: not a syscall
	str	r3, [sp]			@ regs->r0
	stmia	r0, {r4 - r6}			@ regs->pc, cpsr, ORIG_r0
	stmdb	r0, {sp, lr}^			@ regs->sp, lr: the user's banked ones
	zero_fp
	get_current tsk				@ r9 = current
	.endm

/*
 * restore_user_regs: the exception return to user mode.
 *   in: sp = struct pt_regs + \offset; with fast = 1, r0 already holds
 *       the syscall's return value and is not reloaded.
 * Loads the user's r0-lr (^: the banked user sp and lr), then
 * "movs pc, lr" jumps to regs->ARM_pc and copies spsr (regs->ARM_cpsr)
 * into cpsr: we are in user mode.
 */
	.macro	restore_user_regs, fast = 0, offset = 0
	ldr	r1, [sp, #\offset + S_PSR]	@ r1 = user cpsr
	ldr	lr, [sp, #\offset + S_PC]!	@ lr = user pc; sp = &regs->ARM_pc
	msr	spsr_cxsf, r1			@ spsr_svc = user cpsr
	.if	\fast
	ldmdb	sp, {r1 - lr}^			@ user r1 - lr (r0 = return value)
	.else
	ldmdb	sp, {r0 - lr}^			@ user r0 - lr
	.endif
	add	sp, sp, #PT_REGS_SIZE - S_PC	@ kernel stack empty again
	movs	pc, lr				@ return, cpsr = spsr: user mode
	.endm
