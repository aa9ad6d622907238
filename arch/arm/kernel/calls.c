// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/calls.c - sys_call_table: syscall number -> function.
 * Linux: arch/arm/kernel/calls.S, generated from arch/arm/tools/syscall.tbl.
 * vector_swi jumps to sys_call_table[r7] with the arguments in r0-r5;
 * every number without an entry goes to sys_ni_syscall (-ENOSYS).
 */
#include <asm/unistd.h>

typedef long (*syscall_fn_t)(void);

long sys_ni_syscall(void);
long sys_exit(void), sys_fork(void), sys_read(void), sys_write(void);
long sys_open(void), sys_close(void), sys_execve(void), sys_getpid(void);
long sys_kill(void), sys_brk(void), sys_getppid(void), sys_reboot(void);
long sys_wait4(void), sys_newuname(void), sys_sched_yield(void);
long sys_nanosleep(void), sys_exit_group(void), sys_clock_gettime(void);
long sys_sysinfo(void);

#pragma GCC diagnostic ignored "-Woverride-init"
const syscall_fn_t sys_call_table[NR_syscalls] = {
	[0 ... NR_syscalls - 1]	= sys_ni_syscall,
	[__NR_exit]		= sys_exit,
	[__NR_fork]		= sys_fork,
	[__NR_read]		= sys_read,
	[__NR_write]		= sys_write,
	[__NR_open]		= sys_open,
	[__NR_close]		= sys_close,
	[__NR_execve]		= sys_execve,
	[__NR_getpid]		= sys_getpid,
	[__NR_kill]		= sys_kill,
	[__NR_brk]		= sys_brk,
	[__NR_getppid]		= sys_getppid,
	[__NR_reboot]		= sys_reboot,
	[__NR_wait4]		= sys_wait4,
	[__NR_sysinfo]		= sys_sysinfo,
	[__NR_uname]		= sys_newuname,
	[__NR_sched_yield]	= sys_sched_yield,
	[__NR_nanosleep]	= sys_nanosleep,
	[__NR_exit_group]	= sys_exit_group,
	[__NR_clock_gettime]	= sys_clock_gettime,
};
