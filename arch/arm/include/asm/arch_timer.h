/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/arch_timer.h - the ARM generic timer's registers
 * (Linux: arch/arm/include/asm/arch_timer.h). CNTVCT is the virtual count,
 * CNTFRQ its frequency (62.5 MHz on QEMU virt).
 */
#ifndef __ASM_ARCH_TIMER_H
#define __ASM_ARCH_TIMER_H

#include <linux/types.h>

static inline u64 arch_counter_get_cntvct(void)
{
	u64 cval;

	asm volatile("isb\n\tmrrc p15, 1, %Q0, %R0, c14" : "=r"(cval));
	return cval;
}

static inline u32 arch_timer_get_cntfrq(void)
{
	u32 val;

	asm volatile("mrc p15, 0, %0, c14, c0, 0" : "=r"(val));
	return val;
}

/* CNTV_TVAL: counts left until the virtual timer fires (negative: past). */
static inline s32 arch_timer_get_cntv_tval(void)
{
	s32 val;

	asm volatile("isb\n\tmrc p15, 0, %0, c14, c3, 0" : "=r"(val));
	return val;
}

/* PMCCNTR: under QEMU -icount shift=0, one count per instruction. */
static inline u32 read_pmccntr(void)
{
	u32 val;

	asm volatile("mrc p15, 0, %0, c9, c13, 0" : "=r"(val));
	return val;
}

#endif
