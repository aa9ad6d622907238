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
#define __NR_kill		37
#define __NR_brk		45
#define __NR_getppid		64
#define __NR_munmap		91
#define __NR_reboot		88
#define __NR_wait4		114
#define __NR_sysinfo		116
#define __NR_uname		122
#define __NR_mprotect		125
#define __NR_sched_yield	158
#define __NR_nanosleep		162
#define __NR_mmap2		192
#define __NR_mincore		219
#define __NR_madvise		220
#define __NR_exit_group		248
#define __NR_clock_gettime	263

/*
 * Tern's own calls, for the course labs (as xv6's trace and pgaccess),
 * above Linux's numbers so that no Linux program ever makes them.
 */
#define __NR_trace		500
#define __NR_pgaccess		501

#define NR_syscalls		512	/* size of sys_call_table */

#endif
