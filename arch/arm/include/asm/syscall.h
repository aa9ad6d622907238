/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/syscall.h - what the kernel knows of a system call
 * in progress: its number and name. Linux: arch/arm/include/asm/syscall.h
 * (syscall_get_nr) and the names of arch/arm/tools/syscall.tbl.
 */
#ifndef __ASM_SYSCALL_H
#define __ASM_SYSCALL_H

#include <asm/ptrace.h>
#include <asm/unistd.h>

/* arch/arm/kernel/syscall_names.c: NULL where the EABI has no call. */
extern const char *const syscall_names[NR_syscalls];

/* EABI: the number is in r7, which vector_swi saved in pt_regs. */
static inline int syscall_get_nr(const struct pt_regs *regs)
{
	return regs->ARM_r7;
}

/* "write", "set_tls", or NULL for a number Linux does not have. */
const char *syscall_name(unsigned int nr);

/* arch/arm/kernel/traps.c: the calls from __ARM_NR_BASE up. */
long arm_syscall(int no, struct pt_regs *regs);

#endif /* __ASM_SYSCALL_H */
