// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/tick.c - what happens on every timer tick.
 * Linux: kernel/time/tick-common.c (tick_handle_periodic, tick_periodic),
 * kernel/time/timekeeping.c (do_timer: jiffies_64 += 1) and
 * kernel/time/timer.c (update_process_times), reduced to the periodic tick.
 *
 * The clock event driver (arch/arm/drivers/arm_arch_timer.c) calls
 * tick_handle_periodic() once per tick period, from its interrupt handler,
 * also once for every period it found already passed, so jiffies counts
 * time, not interrupts.
 */
#include <linux/irq.h>
#include <linux/jiffies.h>
#include <asm/ptrace.h>

volatile unsigned long jiffies;
u64 jiffies_64;

/*
 * The scheduler's tick (kernel/sched/core.c, declared in <linux/sched.h>).
 * Until the scheduler links in its own, this weak one only counts calls.
 */
void scheduler_tick(void);
unsigned long scheduler_tick_default_calls;

void __attribute__((weak)) scheduler_tick(void)
{
	scheduler_tick_default_calls++;
}

u64 get_jiffies_64(void)
{
	unsigned long flags = local_irq_save();
	u64 ret = jiffies_64;

	local_irq_restore(flags);
	return ret;
}

/* Charge the tick to the current task (Linux also runs timers here). */
void update_process_times(int user_tick)
{
	(void)user_tick;	/* no per-task user/system times yet */
	scheduler_tick();
}

/* Linux: do_timer(1), called by the tick with interrupts off. */
static void do_timer(void)
{
	jiffies_64++;
	jiffies = (unsigned long)jiffies_64;
}

void tick_handle_periodic(void)
{
	struct pt_regs *regs = get_irq_regs();

	do_timer();
	update_process_times(regs && user_mode(regs));
}

/* Called by the timer driver before its first tick: where jiffies starts. */
void tick_setup_periodic(u64 first_tick)
{
	jiffies_64 = first_tick;
	jiffies = (unsigned long)first_tick;
}
