/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/clockchips.h - the tick's clock event device.
 * Linux: include/linux/clockchips.h and include/clocksource/arm_arch_timer.h,
 * reduced to Tern's one device, the generic timer's virtual timer
 * (arch/arm/drivers/arm_arch_timer.c).
 */
#ifndef _LINUX_CLOCKCHIPS_H
#define _LINUX_CLOCKCHIPS_H

#include <linux/types.h>

/* Find the timer in the DTB and start the periodic tick (after init_IRQ). */
void time_init(void);
/* Counts per second of the timer (CNTFRQ), 0 before time_init(). */
u32 arch_timer_get_rate(void);
/* Ticks that were already overdue when their interrupt was handled. */
extern unsigned long arch_timer_lost_ticks;

#endif
