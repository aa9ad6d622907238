/* SPDX-License-Identifier: GPL-2.0 */
/* include/linux/strace.h - the strace= option (kernel/strace.c; Linux: none, see there). */
#ifndef _LINUX_STRACE_H
#define _LINUX_STRACE_H

struct pt_regs;
struct task_struct;

void strace_setup(const char *arg);		/* kernel_init: the value of strace= */
void strace_exec(struct task_struct *tsk);	/* exec: trace this program? */

/* From __sys_trace (arch/arm/kernel/entry-common.S). */
int syscall_trace_enter(struct pt_regs *regs);
void syscall_trace_exit(struct pt_regs *regs);
/* arch/arm/kernel/ptrace.c: trace()'s report of a call (the course's lab trace). */
void trace_sys_exit(struct pt_regs *regs, unsigned int scno);

#endif
