// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/lib/delay.c - udelay()/ndelay() by watching the generic timer's
 * counter. Linux: arch/arm/lib/delay.c with the arch timer as its
 * "delay timer" (register_current_timer_delay).
 *
 * The wait is rounded up to whole counter ticks (16 ns at 62.5 MHz), so
 * a delay is never shorter than asked. Not for the fast path: the
 * conversion divides.
 */
#include <linux/delay.h>
#include <linux/math64.h>
#include <asm/arch_timer.h>

/* Spin until CNTVCT has advanced by counts. */
static void __timer_delay(u64 counts)
{
	u64 start = arch_counter_get_cntvct();

	while (arch_counter_get_cntvct() - start < counts)
		;
}

/* amount / per_sec seconds in counter ticks, rounded up. */
static u64 to_counts(unsigned long amount, u32 per_sec)
{
	u64 counts = (u64)amount * arch_timer_get_cntfrq() + per_sec - 1;

	do_div(counts, per_sec);
	return counts;
}

void udelay(unsigned long usecs)
{
	__timer_delay(to_counts(usecs, 1000000));
}

void ndelay(unsigned long nsecs)
{
	__timer_delay(to_counts(nsecs, 1000000000));
}
