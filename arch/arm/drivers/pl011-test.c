// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/drivers/pl011-test.c - ktest suite "console": the PL011's
 * receive interrupt and console_read(). Linux: none (serial drivers are
 * tested from user space); the style is KUnit's.
 *
 * console_rx_overrun and console_rx_line need someone to type:
 * tests/test_ktest.py sends a line, then more bytes than the ring holds,
 * while the kernel boots. Without input these cases are skipped.
 */
#include <linux/console.h>
#include <linux/fdt.h>
#include <linux/irq.h>
#include <linux/jiffies.h>
#include <linux/ktest.h>
#include <asm/setup.h>

#define CONSOLE_RX_WAIT	(5 * HZ)	/* ticks to wait for input */

/* The PL011 is SPI 1, INTID 33, on QEMU virt. */
static void console_irq_from_dt(struct ktest *t)
{
	const void *fdt = initial_boot_params;
	int node = fdt_node_offset_by_compatible(fdt, -1, "arm,pl011");

	KTEST_EXPECT_EQ(t, irq_of_parse_and_map(fdt, node, 0), 33);
	KTEST_EXPECT_EQ(t, irq_of_parse_and_map(fdt, node, 1), -1);	/* it has one */
}

/*
 * Nobody has read yet, so once the ring is full the rest of the input is
 * dropped, counted and reported ("ttyAMA0: N input overrun(s)"); the ring
 * keeps the first CONSOLE_RX_RING_SIZE bytes.
 */
static void console_rx_overrun(struct ktest *t)
{
	unsigned long flags = local_irq_save();
	unsigned long deadline = jiffies + CONSOLE_RX_WAIT;

	while (!console_rx_dropped && time_before(jiffies, deadline))
		ktest_idle();
	local_irq_restore(flags);
	if (!console_rx_dropped) {
		ktest_skip(t, "no more console input than the ring holds");
		return;
	}
	ktest_info(t, "%lu bytes kept, %lu dropped", console_rx_count, console_rx_dropped);
	KTEST_EXPECT_EQ(t, console_rx_count, CONSOLE_RX_RING_SIZE);
}

static void console_read_nothing(struct ktest *t)
{
	char c;

	KTEST_EXPECT_EQ(t, console_read(&c, 0), 0);
}

/* Read one non-empty line (up to '\n' or '\r') within CONSOLE_RX_WAIT ticks. */
static void console_rx_line(struct ktest *t)
{
	unsigned long flags = local_irq_save();
	unsigned long deadline = jiffies + CONSOLE_RX_WAIT;
	char line[64], c;
	size_t n = 0;
	bool eol = false;

	while (!eol && time_before(jiffies, deadline)) {
		while (!eol && console_read(&c, 1) == 1) {
			if (c == '\n' || c == '\r')
				eol = n > 0;
			else if (n < sizeof(line) - 1)
				line[n++] = c;
		}
		if (!eol)
			ktest_idle();
	}
	local_irq_restore(flags);
	line[n] = '\0';
	if (!eol && !n) {
		ktest_skip(t, "no console input");
		return;
	}
	ktest_info(t, "read line '%s' (%lu bytes received)", line, console_rx_count);
	KTEST_EXPECT_TRUE(t, eol);
}

static const struct ktest_case console_cases[] = {
	KTEST_CASE(console_irq_from_dt),
	KTEST_CASE(console_rx_overrun),	/* before anything reads */
	KTEST_CASE(console_read_nothing),
	KTEST_CASE(console_rx_line),
	{}
};
KTEST_SUITE(console_suite, "console", console_cases);
