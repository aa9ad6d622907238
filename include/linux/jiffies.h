/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/jiffies.h - the tick counter (Linux: the same file).
 *
 * jiffies counts timer ticks, HZ (CONFIG_HZ) per second. In Tern the tick
 * deadlines sit on a fixed grid of the generic timer's counter (every
 * CNTFRQ / HZ counts since the counter was 0) and jiffies starts at the
 * grid index of the first one, so once the tick runs
 *	jiffies == CNTVCT * HZ / CNTFRQ (rounded down).
 * Like Linux's INITIAL_JIFFIES it is not 0 at boot: compare jiffies with
 * time_after(), never with <.
 *
 * jiffies is the low 32 bits of jiffies_64; only the tick writes either.
 * On a 32-bit CPU read jiffies_64 with get_jiffies_64().
 */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#include <linux/types.h>

#define HZ		CONFIG_HZ
#define TICK_NSEC	(1000000000UL / HZ)

extern volatile unsigned long jiffies;
extern u64 jiffies_64;

u64 get_jiffies_64(void);

/* a is after b, correct across wrap-around (Linux: time_after). */
#define time_after(a, b)	((long)((b) - (a)) < 0)
#define time_before(a, b)	time_after(b, a)
#define time_after_eq(a, b)	((long)((a) - (b)) >= 0)

/* Round up: a wait of m ms lasts at least m ms. */
static inline unsigned long msecs_to_jiffies(unsigned int m)
{
	return ((unsigned long)m * HZ + 999) / 1000;
}

static inline unsigned int jiffies_to_msecs(unsigned long j)
{
	return j * (1000 / HZ);
}

/* kernel/time/tick.c: the periodic tick, called by the timer's interrupt. */
void tick_handle_periodic(void);
void update_process_times(int user_tick);
void tick_setup_periodic(u64 first_tick);	/* jiffies_64 = first_tick */

#endif
