// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/signal.c - signals, default actions only: every signal Tern
 * knows (SIGKILL, SIGTERM, and SIGSEGV/SIGILL from faults) terminates the
 * process. Linux: kernel/signal.c; arch/arm/kernel/signal.c for
 * do_work_pending.
 */
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/wait.h>
#include <linux/syscalls.h>
#include <asm/ptrace.h>

void send_sig(int sig, struct task_struct *p)
{
	unsigned long flags = local_irq_save();

	p->pending |= 1UL << sig;
	p->thread_info.flags |= _TIF_SIGPENDING;
	if (p->__state == TASK_INTERRUPTIBLE)
		wake_up_process(p);
	local_irq_restore(flags);
}

/* A fault in user mode: the signal is acted on at the return to user. */
void force_sig_fault(int sig)
{
	send_sig(sig, current);
}

/* The default action: terminate, with the signal in the wait status. */
static void do_signal(void)
{
	struct task_struct *tsk = current;
	int sig = __builtin_ctzl(tsk->pending);

	do_exit(sig);
}

/*
 * Linux: do_work_pending() in arch/arm/kernel/signal.c. Called from
 * slow_work_pending with IRQs off while TI_FLAGS has work: schedule
 * while TIF_NEED_RESCHED, act on signals, and go back with IRQs off so
 * nothing new can arrive between the last check and the return.
 */
void do_work_pending(struct pt_regs *regs)
{
	(void)regs;
	for (;;) {
		unsigned long thread_flags = current->thread_info.flags;

		if (thread_flags & _TIF_NEED_RESCHED) {
			schedule();
		} else if (thread_flags & _TIF_SIGPENDING) {
			local_irq_enable();
			do_signal();
		} else {
			return;
		}
		local_irq_disable();
	}
}

long sys_kill(int pid, int sig)
{
	struct task_struct *p;

	if (sig != 0 && sig != SIGKILL && sig != SIGTERM)
		return -EINVAL;		/* only default-action signals */
	if (pid <= 0)
		return -EINVAL;
	p = find_task_by_pid(pid);
	if (!p || p->__state == EXIT_ZOMBIE)
		return -ESRCH;
	if (!p->mm || p->pid == 1)
		return -EPERM;		/* kernel threads and init are immune */
	if (sig)
		send_sig(sig, p);
	return 0;
}
