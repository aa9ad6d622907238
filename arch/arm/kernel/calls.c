// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/calls.c - sys_call_table: syscall number -> function,
 * and sys_call_names: number -> name, for syscall tracing.
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
#define CALL(fn)	((syscall_fn_t)(void (*)(void))(fn))

/* The table, in one place: X(name, entry point). */
#define SYSCALLS(X)					\
	X(exit, sys_exit)				\
	X(fork, sys_fork)				\
	X(read, sys_read)				\
	X(write, sys_write)				\
	X(open, sys_open)				\
	X(close, sys_close)				\
	X(execve, sys_execve)				\
	X(getpid, sys_getpid)				\
	X(kill, sys_kill)				\
	X(brk, sys_brk)					\
	X(getppid, sys_getppid)				\
	X(reboot, sys_reboot)				\
	X(munmap, sys_munmap)				\
	X(wait4, sys_wait4)				\
	X(sysinfo, sys_sysinfo)				\
	X(uname, sys_newuname)				\
	X(mprotect, sys_mprotect)			\
	X(sched_yield, sys_sched_yield)			\
	X(nanosleep, sys_nanosleep)			\
	X(mmap2, sys_mmap2)				\
	X(mincore, sys_mincore)				\
	X(madvise, sys_madvise)				\
	X(exit_group, sys_exit_group)			\
	X(clock_gettime, sys_clock_gettime)		\
	X(trace, sys_trace)				\
	X(pgaccess, sys_pgaccess)

#define TABLE_ENTRY(name, fn)	[__NR_##name] = CALL(fn),
#define NAME_ENTRY(name, fn)	[__NR_##name] = #name,

#pragma GCC diagnostic ignored "-Woverride-init"
const syscall_fn_t sys_call_table[NR_syscalls] = {
	[0 ... NR_syscalls - 1]	= CALL(sys_ni_syscall),
	SYSCALLS(TABLE_ENTRY)
};

const char *const sys_call_names[NR_syscalls] = {
	SYSCALLS(NAME_ENTRY)
};
