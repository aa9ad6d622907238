// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/ptrace.c - system call tracing: trace(len, mask) picks
 * the calls to report, and trace_sys_exit() reports each one as it
 * returns: "pid: syscall name -> return value". The course's syscall lab
 * (xv6's trace lab, with Linux's system call numbers).
 * Linux: the sys_exit tracepoint (include/trace/events/syscalls.h),
 * which arch/arm/kernel/ptrace.c's syscall_trace_exit() fires when
 * TIF_SYSCALL_TRACEPOINT is set; here kernel/strace.c's
 * syscall_trace_exit() calls trace_sys_exit() on that flag, after
 * entry-common.S's __sys_trace ran the call. Linux's tracepoint goes to
 * ftrace's buffer; Tern prints on the console.
 */
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/strace.h>
#include <asm/ptrace.h>
#include <asm/syscall.h>

/*
 * trace(len, mask): from now on, report the calls whose bit is set in the
 * len-byte bitmap at mask (bit n = system call number n, in unsigned
 * longs). Past len the bitmap is 0, and bits past the kernel's table are
 * ignored, as sched_setaffinity() reads its mask. No bit set (or len 0)
 * stops tracing. The mask is inherited by fork() and kept by execve().
 */
long sys_trace(unsigned int len, const unsigned long __user *mask)
{
	/* LAB trace BEGIN
	 * Copy the bitmap into current->trace_mask (copy_from_user: a bad
	 * pointer is -EFAULT and changes nothing; missing bytes are 0). Then
	 * set TIF_SYSCALL_TRACEPOINT in current's thread flags if a bit is set,
	 * else clear it, with interrupts off around the update (the tick
	 * changes the same word). Return 0.
	 * STUB:
	 *	(void)len;
	 *	(void)mask;
	 *	return -ENOSYS;
	 */
	struct task_struct *tsk = current;
	unsigned long new[ARRAY_SIZE(tsk->trace_mask)] = { 0 }, flags, any = 0;

	if (len > sizeof(new))
		len = sizeof(new);
	if (copy_from_user(new, mask, len))
		return -EFAULT;
	for (unsigned int i = 0; i < ARRAY_SIZE(new); i++)
		any |= new[i];
	memcpy(tsk->trace_mask, new, sizeof(new));
	flags = local_irq_save();
	if (any)
		tsk->thread_info.flags |= _TIF_SYSCALL_TRACEPOINT;
	else
		tsk->thread_info.flags &= ~_TIF_SYSCALL_TRACEPOINT;
	local_irq_restore(flags);
	return 0;
	/* LAB trace END */
}

/*
 * Called after each system call of a task with TIF_SYSCALL_TRACEPOINT
 * (kernel/strace.c syscall_trace_exit): regs->ARM_r0 holds the return
 * value, scno the call number (r7 at entry), which may be past the table.
 */
void trace_sys_exit(struct pt_regs *regs, unsigned int scno)
{
	/* LAB trace BEGIN
	 * If scno is in the table and its bit is set in current->trace_mask,
	 * print "<pid>: syscall <name> -> <return value>", the name from
	 * syscall_name() ("ni_syscall" if it has none) and the value
	 * (signed) from regs->ARM_r0.
	 * STUB:
	 *	(void)regs;
	 *	(void)scno;
	 */
	const char *name = syscall_name(scno);

	if (scno < NR_syscalls && test_bit(scno, current->trace_mask))
		printk("%d: syscall %s -> %ld\n", current->pid, name ? name : "ni_syscall",
		       (long)regs->ARM_r0);
	/* LAB trace END */
}
