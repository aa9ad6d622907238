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
#define __NR_reboot		88
#define __NR_wait4		114
#define __NR_sysinfo		116
#define __NR_uname		122
#define __NR_sched_yield	158
#define __NR_nanosleep		162
#define __NR_exit_group		248
#define __NR_clock_gettime	263

/*
 * Size of sys_call_table: Linux 6.1's last call is 450; as Linux's
 * calls.S, rounded up to a multiple of 4, so that "cmp r7, #NR_syscalls"
 * in vector_swi has an immediate that an ARM instruction can encode.
 */
#define NR_syscalls		452

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
