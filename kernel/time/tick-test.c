// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/tick-test.c - ktest suite "tick": the periodic tick from
 * the generic timer (arch/arm/drivers/arm_arch_timer.c, kernel/time/tick.c)
 * and udelay. Linux: kernel/time/time_test.c is the nearest KUnit suite.
 *
 * Waiting is done the way an idle loop does it (ktest_idle()). Under
 * QEMU -icount with sleep=off the waits cost no wall time and every
 * number printed below repeats exactly from run to run.
 */
#include <linux/clockchips.h>
#include <linux/delay.h>
#include <linux/fdt.h>
#include <linux/irq.h>
#include <linux/jiffies.h>
#include <linux/ktest.h>
#include <linux/math64.h>
#include <linux/timekeeping.h>
#include <asm/arch_timer.h>
#include <asm/ptrace.h>
#include <asm/setup.h>

static int timer_irq(void)
{
	const void *fdt = initial_boot_params;

	return irq_of_parse_and_map(fdt, fdt_node_offset_by_compatible(fdt, -1, "arm,armv7-timer"), 2);
}

static void wait_for_jiffies(unsigned long target)
{
	while (time_before(jiffies, target))
		ktest_idle();
}

static u32 cntv_ctl(void)
{
	u32 ctl;

	asm volatile("mrc p15, 0, %0, c14, c3, 1" : "=r"(ctl));
	return ctl;
}

/* The virtual timer's interrupt is PPI 11, INTID 27, on QEMU virt. */
static void tick_irq_from_dt(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, timer_irq(), 27);
	KTEST_EXPECT_TRUE(t, !irqs_disabled());
}

/* HZ ticks take one second of the counter, to within one tick. */
static void tick_one_second(struct ktest *t)
{
	unsigned long flags = local_irq_save();
	unsigned int irqs;
	unsigned long j0;
	u64 c0, c1;
	u32 rate = arch_timer_get_rate(), period = rate / HZ;

	wait_for_jiffies(jiffies + 1);	/* start just after a tick */
	j0 = jiffies;
	c0 = arch_counter_get_cntvct();
	irqs = kstat_irqs(timer_irq());
	wait_for_jiffies(j0 + HZ);
	c1 = arch_counter_get_cntvct();
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, jiffies - j0, HZ);
	KTEST_EXPECT_EQ(t, kstat_irqs(timer_irq()) - irqs, HZ);	/* one interrupt a tick */
	KTEST_EXPECT_TRUE(t, c1 - c0 + period >= rate && c1 - c0 <= rate + period);
	ktest_info(t, "%u ticks took %llu counts (CNTFRQ %u)", HZ, c1 - c0, rate);
}

/* jiffies is the counter's time in ticks: floor(ktime / TICK_NSEC). */
static void tick_jiffies_match_ktime(struct ktest *t)
{
	unsigned long flags = local_irq_save();
	u64 ns = ktime_get_ns();
	u64 j = get_jiffies_64();

	do_div(ns, TICK_NSEC);
	local_irq_restore(flags);
	/* A tick may be due but not yet taken (interrupts masked): -1. */
	KTEST_EXPECT_TRUE(t, j == ns || j + 1 == ns);
}

/*
 * At the first whole second of the counter from now, jiffies is exactly
 * seconds * HZ: tests/test_ktest.py checks the printed line.
 */
static void tick_jiffies_at_whole_second(struct ktest *t)
{
	unsigned long flags = local_irq_save();
	u32 rate = arch_timer_get_rate();
	u64 second = arch_counter_get_cntvct();
	unsigned long j;

	do_div(second, rate);
	second += 1;
	while (arch_counter_get_cntvct() < second * rate)
		ktest_idle();
	j = jiffies;
	local_irq_restore(flags);
	ktest_info(t, "jiffies=%lu at counter second %llu, HZ=%u", j, second, HZ);
	KTEST_EXPECT_EQ(t, j, second * HZ);
}

/*
 * Interrupts off for 3.5 tick periods: the one interrupt then taken runs
 * the tick for each period missed, so jiffies keeps counting time.
 */
static void tick_catches_up(struct ktest *t)
{
	unsigned long flags = local_irq_save();
	unsigned long lost, j0;
	unsigned int irqs;

	wait_for_jiffies(jiffies + 1);
	j0 = jiffies;
	lost = arch_timer_lost_ticks;
	irqs = kstat_irqs(timer_irq());
	udelay(3 * 1000000 / HZ + 500000 / HZ);
	local_irq_enable();
	local_irq_disable();
	KTEST_EXPECT_EQ(t, jiffies - j0, 3);
	KTEST_EXPECT_EQ(t, kstat_irqs(timer_irq()) - irqs, 1);
	KTEST_EXPECT_EQ(t, arch_timer_lost_ticks - lost, 2);
	local_irq_restore(flags);
}

static void tick_udelay(struct ktest *t)
{
	u32 rate = arch_timer_get_rate();
	u64 c0 = arch_counter_get_cntvct(), d;

	udelay(1000);
	d = arch_counter_get_cntvct() - c0;
	KTEST_EXPECT_TRUE(t, d >= rate / 1000);
	KTEST_EXPECT_TRUE(t, d < rate / 1000 + rate / 10000);	/* + 100 us */
	c0 = arch_counter_get_cntvct();
	ndelay(100);
	d = arch_counter_get_cntvct() - c0;
	KTEST_EXPECT_TRUE(t, d >= (u64)rate / 10000000);
}

/*
 * The cost of one tick after the vector: GIC acknowledge, dispatch, the
 * timer handler, the tick, EOI and the final IAR read. PMCCNTR counts
 * instructions under QEMU -icount shift=0.
 */
static void tick_handler_instructions(struct ktest *t)
{
	unsigned long flags = local_irq_save();
	struct pt_regs regs = { .ARM_cpsr = SVC_MODE };
	unsigned long j0;
	u32 p0, p1;

	wait_for_jiffies(jiffies + 1);
	j0 = jiffies;
	while (!(cntv_ctl() & 4))	/* ISTATUS: the next tick is due */
		;
	p0 = read_pmccntr();
	handle_arch_irq(&regs);
	p1 = read_pmccntr();
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, jiffies - j0, 1);
	ktest_info(t, "handle_arch_irq() ran one tick in %u instructions", p1 - p0);
}

static const struct ktest_case tick_cases[] = {
	KTEST_CASE(tick_irq_from_dt),
	KTEST_CASE(tick_one_second),
	KTEST_CASE(tick_jiffies_match_ktime),
	KTEST_CASE(tick_jiffies_at_whole_second),
	KTEST_CASE(tick_catches_up),
	KTEST_CASE(tick_udelay),
	KTEST_CASE(tick_handler_instructions),
	{}
};
KTEST_SUITE(tick_suite, "tick", tick_cases);
