// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/calls.c - sys_call_table: syscall number -> function.
 * Linux: arch/arm/kernel/calls.S, generated from arch/arm/tools/syscall.tbl.
 * vector_swi jumps to sys_call_table[r7] with the arguments in r0-r5;
 * every number without an entry goes to sys_ni_syscall (-ENOSYS).
 */
#include <linux/syscalls.h>
#include <asm/unistd.h>

/*
 * Every entry is called with r0-r5, whatever arguments it declares (the
 * AAPCS passes the first four in r0-r3, the rest on the stack, where
 * vector_swi pushed r4 and r5). gcc takes void (*)(void) as "any function".
 */
typedef long (*syscall_fn_t)(void);
#define CALL(fn)	((syscall_fn_t)(void (*)(void))(fn))

#pragma GCC diagnostic ignored "-Woverride-init"
const syscall_fn_t sys_call_table[NR_syscalls] = {
	[0 ... NR_syscalls - 1]	= CALL(sys_ni_syscall),
	[__NR_exit]		= CALL(sys_exit),
	[__NR_fork]		= CALL(sys_fork),
	[__NR_read]		= CALL(sys_read),
	[__NR_write]		= CALL(sys_write),
	[__NR_open]		= CALL(sys_open),
	[__NR_close]		= CALL(sys_close),
	[__NR_execve]		= CALL(sys_execve),
	[__NR_getpid]		= CALL(sys_getpid),
	[__NR_kill]		= CALL(sys_kill),
	[__NR_brk]		= CALL(sys_brk),
	[__NR_getppid]		= CALL(sys_getppid),
	[__NR_munmap]		= CALL(sys_munmap),
	[__NR_reboot]		= CALL(sys_reboot),
	[__NR_wait4]		= CALL(sys_wait4),
	[__NR_sysinfo]		= CALL(sys_sysinfo),
	[__NR_uname]		= CALL(sys_newuname),
	[__NR_mprotect]		= CALL(sys_mprotect),
	[__NR_sched_yield]	= CALL(sys_sched_yield),
	[__NR_nanosleep]	= CALL(sys_nanosleep),
	[__NR_mmap2]		= CALL(sys_mmap2),
	[__NR_mincore]		= CALL(sys_mincore),
	[__NR_madvise]		= CALL(sys_madvise),
	[__NR_exit_group]	= CALL(sys_exit_group),
	[__NR_clock_gettime]	= CALL(sys_clock_gettime),
};
