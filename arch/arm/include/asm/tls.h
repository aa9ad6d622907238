/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/tls.h - the user thread-ID registers.
 * Linux: arch/arm/include/asm/tls.h (the ARMv6K "hardware TLS" case).
 *
 * ARMv7 has two per-CPU registers for a thread pointer that user code
 * can read with one mrc:
 *   TPIDRURO (c13, c0, 3): user read-only; the kernel sets it with the
 *            set_tls call. glibc keeps its thread pointer here
 *            (__builtin_thread_pointer, __aeabi_read_tp).
 *   TPIDRURW (c13, c0, 2): user read-write; nothing in glibc uses it,
 *            but a program may, so it is a per-task register too.
 * Both are saved in thread_info.tp_value[] and switched by __switch_to.
 * (Tern keeps "current" in the third one, TPIDRPRW: asm/current.h.)
 */
#ifndef __ASM_TLS_H
#define __ASM_TLS_H

#ifdef __ASSEMBLY__
/*
 * switch_tls: in __switch_to.  base = prev's thread_info, tp and tpuser =
 * next's two values; tmp is clobbered. TPIDRURW may have been written by
 * prev in user mode: read it back into prev's thread_info first.
 */
	.macro	switch_tls, base, tp, tpuser, tmp
	mrc	p15, 0, \tmp, c13, c0, 2	@ tmp = TPIDRURW of prev
	mcr	p15, 0, \tp, c13, c0, 3		@ TPIDRURO = next->tp_value[0]
	mcr	p15, 0, \tpuser, c13, c0, 2	@ TPIDRURW = next->tp_value[1]
	str	\tmp, [\base, #TI_TP_VALUE + 4]	@ prev->tp_value[1] = tmp
	.endm
#else
#include <asm/current.h>
#include <linux/sched.h>

/* The set_tls call: for this task now, and at every switch back to it. */
static inline void set_tls(unsigned long val)
{
	current->thread_info.tp_value[0] = val;
	asm volatile("mcr p15, 0, %0, c13, c0, 3" : : "r"(val));
}

static inline unsigned long get_tpuser(void)
{
	unsigned long val;

	asm("mrc p15, 0, %0, c13, c0, 2" : "=r"(val));
	return val;
}

static inline void set_tpuser(unsigned long val)
{
	current->thread_info.tp_value[1] = val;
	asm volatile("mcr p15, 0, %0, c13, c0, 2" : : "r"(val));
}

/* exec: the new program starts with both registers zero. */
static inline void flush_tls(void)
{
	set_tls(0);
	set_tpuser(0);
}
#endif

#endif /* __ASM_TLS_H */
