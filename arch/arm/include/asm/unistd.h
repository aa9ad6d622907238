/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/unistd.h - system call numbers: Linux's ARM EABI
 * numbers (arch/arm/tools/syscall.tbl), so a program built for Tern makes
 * the same calls it would on Linux. User programs include this file too
 * (user/lib/syscall.h), as Linux's uapi/asm/unistd.h.
 */
#ifndef __ASM_UNISTD_H
#define __ASM_UNISTD_H

#define __NR_exit		1
#define __NR_fork		2
#define __NR_read		3
#define __NR_write		4
#define __NR_open		5
#define __NR_close		6
#define __NR_execve		11
#define __NR_getpid		20
#define __NR_getuid		24
#define __NR_kill		37
#define __NR_brk		45
#define __NR_getgid		47
#define __NR_geteuid		49
#define __NR_getegid		50
#define __NR_ioctl		54
#define __NR_getppid		64
#define __NR_setrlimit		75
#define __NR_gettimeofday	78
#define __NR_reboot		88
#define __NR_munmap		91
#define __NR_wait4		114
#define __NR_sysinfo		116
#define __NR_clone		120
#define __NR_uname		122
#define __NR_mprotect		125
#define __NR_writev		146
#define __NR_sched_yield	158
#define __NR_nanosleep		162
#define __NR_vfork		190
#define __NR_ugetrlimit		191
#define __NR_mmap2		192
#define __NR_fstat64		197
#define __NR_getuid32		199
#define __NR_getgid32		200
#define __NR_geteuid32		201
#define __NR_getegid32		202
#define __NR_setreuid32		203
#define __NR_setregid32		204
#define __NR_getgroups32	205
#define __NR_setgroups32	206
#define __NR_setresuid32	208
#define __NR_getresuid32	209
#define __NR_setresgid32	210
#define __NR_getresgid32	211
#define __NR_setuid32		213
#define __NR_setgid32		214
#define __NR_setfsuid32		215
#define __NR_setfsgid32		216
#define __NR_mincore		219
#define __NR_madvise		220
#define __NR_gettid		224
#define __NR_exit_group		248
#define __NR_set_tid_address	256
#define __NR_clock_gettime	263
#define __NR_clock_nanosleep	265
#define __NR_fstatat64		327
#define __NR_set_robust_list	338
#define __NR_get_robust_list	339
#define __NR_prlimit64		369
#define __NR_getrandom		384
#define __NR_rseq		398
#define __NR_clock_gettime64	403
#define __NR_clock_nanosleep_time64	407

/*
 * Tern's own calls, for the course labs (as xv6's trace and pgaccess),
 * above Linux's numbers (Linux 6.1's last call is 450) so that no Linux
 * program ever makes them.
 */
#define __NR_trace		500
#define __NR_pgaccess		501

/*
 * Size of sys_call_table: past Tern's own calls, and an immediate that an
 * ARM instruction can encode, for "cmp r7, #NR_syscalls" in vector_swi.
 */
#define NR_syscalls		512

/*
 * The ARM-private calls, far above the table (Linux: uapi/asm/unistd.h).
 * vector_swi sends every number from __ARM_NR_BASE up to arm_syscall().
 */
#define __ARM_NR_BASE		0x0f0000
#define __ARM_NR_breakpoint	(__ARM_NR_BASE + 1)
#define __ARM_NR_cacheflush	(__ARM_NR_BASE + 2)
#define __ARM_NR_usr26		(__ARM_NR_BASE + 3)
#define __ARM_NR_usr32		(__ARM_NR_BASE + 4)
#define __ARM_NR_set_tls	(__ARM_NR_BASE + 5)
#define __ARM_NR_get_tls	(__ARM_NR_BASE + 6)

#endif
