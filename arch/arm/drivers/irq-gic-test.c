// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/drivers/irq-gic-test.c - ktest suite "gic": the GIC driver and
 * kernel/irq.c. Linux has no direct counterpart (its irqchip tests are in
 * kselftests); the style is KUnit's.
 *
 * Most cases mask interrupts (CPSR.I) and call handle_arch_irq() by hand,
 * as the IRQ vector would, so they test acknowledge/dispatch/EOI without
 * the exception path; gic_sgi_via_vector takes a real IRQ exception.
 */
#include <linux/irq.h>
#include <linux/irqchip/arm-gic.h>
#include <linux/ktest.h>
#include <asm/ptrace.h>

#define TEST_SGI	1
#define TEST_SGI_BYHAND	2
#define UNUSED_SPI	200	/* INTID of an SPI no QEMU virt device drives */

static unsigned int sgi_count;
static struct pt_regs *sgi_regs;

static irqreturn_t count_irq(int irq, void *dev_id)
{
	(void)irq;
	(*(unsigned int *)dev_id)++;
	sgi_regs = get_irq_regs();
	return IRQ_HANDLED;
}

/* An interrupted context for handle_arch_irq(): SVC mode, nothing else. */
static struct pt_regs svc_regs = { .ARM_cpsr = SVC_MODE };

/* Let a just-raised interrupt reach the CPU: a bounded spin. */
static void wait_for_count(volatile unsigned int *count, unsigned int old)
{
	for (unsigned int spins = 0; *count == old && spins < 100000; spins++)
		asm volatile("" ::: "memory");
}

static void gic_sgi_via_vector(struct ktest *t)
{
	unsigned int irqs = kstat_irqs(TEST_SGI);

	KTEST_EXPECT_TRUE(t, !irqs_disabled());
	sgi_count = 0;
	KTEST_EXPECT_EQ(t, request_irq(TEST_SGI, count_irq, "ktest-sgi", &sgi_count), 0);
	for (unsigned int i = 1; i <= 5; i++) {
		gic_raise_softirq(TEST_SGI);
		wait_for_count(&sgi_count, i - 1);
		KTEST_EXPECT_EQ(t, sgi_count, i);
		KTEST_EXPECT_EQ(t, kstat_irqs(TEST_SGI), irqs + i);
		if (t->failed)
			break;
	}
	KTEST_EXPECT_TRUE(t, sgi_regs != NULL);
	KTEST_EXPECT_TRUE(t, get_irq_regs() == NULL);	/* only inside the handler */
	free_irq(TEST_SGI, &sgi_count);
}

static void gic_sgi_by_hand(struct ktest *t)
{
	unsigned long flags = local_irq_save();
	unsigned int spurious = gic_spurious_count();
	unsigned int irqs = kstat_irqs(TEST_SGI_BYHAND);

	sgi_count = 0;
	KTEST_EXPECT_EQ(t, request_irq(TEST_SGI_BYHAND, count_irq, "ktest-sgi2", &sgi_count), 0);
	gic_raise_softirq(TEST_SGI_BYHAND);
	handle_arch_irq(&svc_regs);
	KTEST_EXPECT_EQ(t, sgi_count, 1);
	KTEST_EXPECT_EQ(t, kstat_irqs(TEST_SGI_BYHAND), irqs + 1);
	KTEST_EXPECT_TRUE(t, sgi_regs == &svc_regs);
	KTEST_EXPECT_EQ(t, gic_spurious_count(), spurious);	/* handled one: not spurious */
	free_irq(TEST_SGI_BYHAND, &sgi_count);
	local_irq_restore(flags);
}

static void gic_spurious(struct ktest *t)
{
	unsigned long flags = local_irq_save();
	unsigned int spurious = gic_spurious_count();

	handle_arch_irq(&svc_regs);	/* nothing pending: IAR reads 1023 */
	KTEST_EXPECT_EQ(t, gic_spurious_count(), spurious + 1);
	handle_arch_irq(&svc_regs);
	KTEST_EXPECT_EQ(t, gic_spurious_count(), spurious + 2);
	local_irq_restore(flags);
}

static void gic_nobody_cared(struct ktest *t)
{
	unsigned long flags = local_irq_save();
	unsigned int spurious = gic_spurious_count();

	enable_irq(UNUSED_SPI);
	gic_irq_set_pending(UNUSED_SPI, true);
	handle_arch_irq(&svc_regs);
	KTEST_EXPECT_EQ(t, kstat_irqs(UNUSED_SPI), 1);
	KTEST_EXPECT_TRUE(t, irq_is_masked(UNUSED_SPI));
	/* Masked at the distributor: pending, but not delivered. */
	gic_irq_set_pending(UNUSED_SPI, true);
	handle_arch_irq(&svc_regs);
	KTEST_EXPECT_EQ(t, kstat_irqs(UNUSED_SPI), 1);
	KTEST_EXPECT_EQ(t, gic_spurious_count(), spurious + 1);
	gic_irq_set_pending(UNUSED_SPI, false);
	local_irq_restore(flags);
}

static void gic_request_irq_errors(struct ktest *t)
{
	unsigned int dummy;

	KTEST_EXPECT_EQ(t, request_irq(NR_IRQS, count_irq, "bad", &dummy), -22);
	KTEST_EXPECT_EQ(t, request_irq(TEST_SGI, NULL, "bad", &dummy), -22);
	KTEST_EXPECT_EQ(t, request_irq(TEST_SGI, count_irq, "first", &dummy), 0);
	KTEST_EXPECT_EQ(t, request_irq(TEST_SGI, count_irq, "second", &dummy), -16);
	free_irq(TEST_SGI, &dummy);
	KTEST_EXPECT_EQ(t, request_irq(TEST_SGI, count_irq, "again", &dummy), 0);
	free_irq(TEST_SGI, &dummy);
}

static const struct ktest_case gic_cases[] = {
	KTEST_CASE(gic_sgi_via_vector),
	KTEST_CASE(gic_sgi_by_hand),
	KTEST_CASE(gic_spurious),
	KTEST_CASE(gic_nobody_cared),
	KTEST_CASE(gic_request_irq_errors),
	{}
};
KTEST_SUITE(gic_suite, "gic", gic_cases);
