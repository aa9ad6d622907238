// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/process.c - the architecture's part of creating a task
 * and of starting a program. Linux: arch/arm/kernel/process.c and
 * arch/arm/include/asm/processor.h (start_thread).
 */
#include <linux/panic.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <asm/ptrace.h>
#include <asm/tls.h>
#include <asm/vfp.h>

/*
 * Set up a new task so that the first __switch_to into it "returns" to
 * ret_from_fork, on a stack whose top holds its pt_regs.
 *  - A kernel thread or user_mode_thread (args->fn set): empty pt_regs in
 *    SVC mode; ret_from_fork calls fn(fn_arg), found in r4/r5.
 *  - fork(): a copy of the parent's pt_regs, r0 = 0: the child returns
 *    from the same syscall as its parent, with 0.
 * The child's TLS and VFP registers are its parent's (tp_value[0] came
 * with the copy of the task; TPIDRURW is read live, as user mode may have
 * written it since the last switch; the VFP ones may be in the unit).
 */
int copy_thread(struct task_struct *p, const struct kernel_clone_args *args)
{
	/* LAB fork BEGIN
	 * p's cpu_context (what __switch_to will load): all 0 but pc =
	 * ret_from_fork and sp = its pt_regs (task_pt_regs(p)). Kernel thread
	 * (args->fn set): pt_regs all 0 but cpsr = SVC_MODE, and r4 = fn_arg,
	 * r5 = fn in the context (ret_from_fork calls r5(r4)). fork() (fn
	 * NULL): pt_regs a copy of current's, with r0 = 0. Return 0.
	 * STUB:
	 *	(void)p;
	 *	(void)args;
	 *	panic("lab fork: copy_thread() is not written yet");
	 */
	struct pt_regs *childregs = task_pt_regs(p);
	struct cpu_context_save *ctx = &p->thread_info.cpu_context;

	memset(ctx, 0, sizeof(*ctx));
	if (args->fn) {
		memset(childregs, 0, sizeof(*childregs));
		ctx->r4 = (unsigned long)args->fn_arg;
		ctx->r5 = (unsigned long)args->fn;
		childregs->ARM_cpsr = SVC_MODE;
	} else {
		*childregs = *task_pt_regs(current);
		childregs->ARM_r0 = 0;
		if (args->stack)
			childregs->ARM_sp = args->stack;
	}
	ctx->pc = (unsigned long)ret_from_fork;
	ctx->sp = (unsigned long)childregs;
	if (args->flags & CLONE_SETTLS)
		p->thread_info.tp_value[0] = args->tls;
	p->thread_info.tp_value[1] = get_tpuser();
	vfp_thread_copy(p);
	return 0;
	/* LAB fork END */
}

/* Linux: flush_thread(). exec: the new program inherits no CPU state. */
void flush_thread(void)
{
	flush_tls();
	vfp_flush_thread(current);
}

/* Linux: exit_thread(). The task will never run in user mode again. */
void exit_thread(struct task_struct *tsk)
{
	vfp_thread_exit(tsk);
}

/*
 * Linux: start_thread(). Make pt_regs describe a program at its first
 * instruction: user mode (Thumb if the entry address is odd), all other
 * registers zero. The return to user mode does the rest.
 */
void start_thread(struct pt_regs *regs, unsigned long pc, unsigned long sp)
{
	/* LAB fork BEGIN
	 * Every register 0, cpsr = USR_MODE (| PSR_T_BIT if pc is odd: a
	 * Thumb entry point), ARM_pc = pc without bit 0, ARM_sp = sp.
	 * STUB:
	 *	(void)regs;
	 *	(void)pc;
	 *	(void)sp;
	 *	panic("lab fork: start_thread() is not written yet");
	 */
	memset(regs, 0, sizeof(*regs));
	regs->ARM_cpsr = USR_MODE;
	if (pc & 1)
		regs->ARM_cpsr |= PSR_T_BIT;
	regs->ARM_pc = pc & ~1UL;
	regs->ARM_sp = sp;
	/* LAB fork END */
}
