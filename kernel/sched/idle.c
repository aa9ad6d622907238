// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sched/idle.c - what the CPU does when nothing is runnable.
 * Linux: kernel/sched/idle.c. The init task (pid 0) ends up here after
 * rest_init(): it is the idle task, and never leaves.
 */
#include <linux/interrupt.h>
#include <linux/sched.h>

/*
 * Wait for an interrupt. IRQs are masked around the check so that an
 * interrupt between "need_resched()?" and "wfi" cannot be missed: WFI
 * wakes on a pending interrupt even while it is masked, and it is then
 * taken as soon as local_irq_enable() unmasks it.
 */
static void do_idle(void)
{
	while (!need_resched()) {
		local_irq_disable();
		if (!need_resched())
			asm volatile("dsb\n\twfi" ::: "memory");	/* arch_cpu_idle() */
		local_irq_enable();
	}
	schedule_idle();
}

void cpu_startup_entry(void)
{
	for (;;)
		do_idle();
}
