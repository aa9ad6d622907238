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

/*
 * Tern has one user and one group, root (kernel/sys.c): each gid call
 * gives the answer of its uid twin, and the 16-bit getters (getuid, ...)
 * the same 0 as the 32-bit ones.
 */
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
	[__NR_getuid]		= CALL(sys_getuid),
	[__NR_kill]		= CALL(sys_kill),
	[__NR_brk]		= CALL(sys_brk),
	[__NR_getgid]		= CALL(sys_getgid),
	[__NR_geteuid]		= CALL(sys_geteuid),
	[__NR_getegid]		= CALL(sys_getegid),
	[__NR_ioctl]		= CALL(sys_ioctl),
	[__NR_getppid]		= CALL(sys_getppid),
	[__NR_setrlimit]	= CALL(sys_setrlimit),
	[__NR_gettimeofday]	= CALL(sys_gettimeofday),
	[__NR_reboot]		= CALL(sys_reboot),
	[__NR_munmap]		= CALL(sys_munmap),
	[__NR_wait4]		= CALL(sys_wait4),
	[__NR_sysinfo]		= CALL(sys_sysinfo),
	[__NR_clone]		= CALL(sys_clone),
	[__NR_uname]		= CALL(sys_newuname),
	[__NR_mprotect]		= CALL(sys_mprotect),
	[__NR_writev]		= CALL(sys_writev),
	[__NR_sched_yield]	= CALL(sys_sched_yield),
	[__NR_nanosleep]	= CALL(sys_nanosleep),
	[__NR_vfork]		= CALL(sys_vfork),
	[__NR_ugetrlimit]	= CALL(sys_getrlimit),
	[__NR_mmap2]		= CALL(sys_mmap2),
	[__NR_fstat64]		= CALL(sys_fstat64),
	[__NR_getuid32]		= CALL(sys_getuid),
	[__NR_getgid32]		= CALL(sys_getgid),
	[__NR_geteuid32]	= CALL(sys_geteuid),
	[__NR_getegid32]	= CALL(sys_getegid),
	[__NR_setreuid32]	= CALL(sys_setreuid),
	[__NR_setregid32]	= CALL(sys_setreuid),
	[__NR_getgroups32]	= CALL(sys_getgroups),
	[__NR_setgroups32]	= CALL(sys_setgroups),
	[__NR_setresuid32]	= CALL(sys_setresuid),
	[__NR_getresuid32]	= CALL(sys_getresuid),
	[__NR_setresgid32]	= CALL(sys_setresuid),
	[__NR_getresgid32]	= CALL(sys_getresuid),
	[__NR_setuid32]		= CALL(sys_setuid),
	[__NR_setgid32]		= CALL(sys_setuid),
	[__NR_setfsuid32]	= CALL(sys_setfsuid),
	[__NR_setfsgid32]	= CALL(sys_setfsuid),
	[__NR_mincore]		= CALL(sys_mincore),
	[__NR_madvise]		= CALL(sys_madvise),
	[__NR_gettid]		= CALL(sys_gettid),
	[__NR_exit_group]	= CALL(sys_exit_group),
	[__NR_set_tid_address]	= CALL(sys_set_tid_address),
	[__NR_clock_gettime]	= CALL(sys_clock_gettime),
	[__NR_clock_nanosleep]	= CALL(sys_clock_nanosleep),
	[__NR_fstatat64]	= CALL(sys_fstatat64),
	[__NR_set_robust_list]	= CALL(sys_set_robust_list),
	[__NR_get_robust_list]	= CALL(sys_get_robust_list),
	[__NR_prlimit64]	= CALL(sys_prlimit64),
	[__NR_getrandom]	= CALL(sys_getrandom),
	[__NR_rseq]		= CALL(sys_rseq),
	[__NR_clock_gettime64]	= CALL(sys_clock_gettime64),
	[__NR_clock_nanosleep_time64]	= CALL(sys_clock_nanosleep_time64),
	[__NR_trace]		= CALL(sys_trace),
	[__NR_pgaccess]		= CALL(sys_pgaccess),
};
