// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/timekeeping.c - monotonic time from the generic timer's
 * virtual counter (Linux: kernel/time/timekeeping.c + the clocksource in
 * drivers/clocksource/arm_arch_timer.c, reduced to one counter).
 *
 * ns = (count * mult) >> shift, as Linux's clocksource does: one multiply
 * and a shift, no division on the fast path.
 */
#include <linux/timekeeping.h>
#include <linux/math64.h>
#include <asm/arch_timer.h>

#define CS_SHIFT	8

static u32 cs_mult;

static u32 clocksource_mult(void)
{
	if (!cs_mult) {
		u64 mult = NSEC_PER_SEC << CS_SHIFT;

		do_div(mult, arch_timer_get_cntfrq());
		cs_mult = (u32)mult;
	}
	return cs_mult;
}

u64 ktime_get_ns(void)
{
	return (arch_counter_get_cntvct() * clocksource_mult()) >> CS_SHIFT;
}
