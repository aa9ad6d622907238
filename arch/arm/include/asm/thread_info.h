/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/thread_info.h - the architecture's part of a task.
 * Linux: arch/arm/include/asm/thread_info.h (THREAD_INFO_IN_TASK: it is
 * the first member of task_struct, so a task pointer is also a
 * thread_info pointer).
 */
#ifndef __ASM_THREAD_INFO_H
#define __ASM_THREAD_INFO_H

#include <asm/memory.h>
#include <asm/vfp.h>

/* pt_regs sit at the top of the kernel stack, 8 bytes below its end. */
#define THREAD_START_SP		(THREAD_SIZE - 8)

/* Flags in thread_info->flags. Bits 0-15 are "work to do before user mode". */
#define TIF_SIGPENDING		0	/* a signal is pending */
#define TIF_NEED_RESCHED	1	/* rescheduling necessary */
#define TIF_SYSCALL_TRACE	8	/* every system call goes by strace (kernel/strace.c) */
#define TIF_SYSCALL_TRACEPOINT	9	/* trace(): report the calls of its mask (ptrace.c) */
#define _TIF_SIGPENDING		(1 << TIF_SIGPENDING)
#define _TIF_NEED_RESCHED	(1 << TIF_NEED_RESCHED)
#define _TIF_SYSCALL_TRACE	(1 << TIF_SYSCALL_TRACE)
#define _TIF_SYSCALL_TRACEPOINT	(1 << TIF_SYSCALL_TRACEPOINT)
#define _TIF_WORK_MASK		(_TIF_NEED_RESCHED | _TIF_SIGPENDING)
/* vector_swi takes __sys_trace for these. */
#define _TIF_SYSCALL_WORK	(_TIF_SYSCALL_TRACE | _TIF_SYSCALL_TRACEPOINT)

#ifndef __ASSEMBLY__
#include <linux/types.h>

/*
 * The callee-saved registers of a task that is not running, stored by
 * __switch_to. pc is where it resumes: just after its call to
 * __switch_to, or ret_from_fork for a task that never ran.
 */
struct cpu_context_save {
	u32 r4;
	u32 r5;
	u32 r6;
	u32 r7;
	u32 r8;
	u32 r9;
	u32 sl;
	u32 fp;
	u32 sp;
	u32 pc;
	u32 extra[2];		/* Xscale 'acc' register, etc: unused */
};

struct thread_info {
	unsigned long flags;		/* low level flags (TIF_*) */
	int preempt_count;		/* 0 => preemptable, >0 => not */
	struct cpu_context_save cpu_context;	/* cpu context */
	int abi_syscall;		/* the call being traced (strace=) */
	unsigned long tp_value[2];	/* TLS registers: TPIDRURO, TPIDRURW (asm/tls.h) */
	union vfp_state vfpstate;	/* VFP registers while not in the unit (arch/arm/vfp/) */
};

#endif
#endif /* __ASM_THREAD_INFO_H */
