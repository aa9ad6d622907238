/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/delay.h - busy-wait delays (Linux: the same file and
 * arch/arm/include/asm/delay.h). They spin on the generic timer's counter
 * (arch/arm/lib/delay.c), so they work with interrupts off and before the
 * tick runs; they never sleep.
 */
#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H

void udelay(unsigned long usecs);
void ndelay(unsigned long nsecs);

static inline void mdelay(unsigned long msecs)
{
	while (msecs--)
		udelay(1000);
}

#endif
