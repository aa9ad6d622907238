// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/fault-test.c - ktest suite "fault": fsr_name() for every
 * short-descriptor fault status code, whatever the other FSR bits hold.
 * Run with ktest=fault. Expected names: ARM ARM B3.13.3, table B3-23.
 */
#include <linux/ktest.h>
#include <linux/string.h>
#include "fault.h"

static const struct {
	unsigned int fs;	/* FS[4:0] */
	const char *name;
} fault_codes[] = {
	{ 0x01, "alignment fault" },
	{ 0x02, "debug event" },
	{ 0x03, "section access flag fault" },
	{ 0x04, "instruction cache maintenance fault" },
	{ 0x05, "section translation fault" },
	{ 0x06, "page access flag fault" },
	{ 0x07, "page translation fault" },
	{ 0x08, "synchronous external abort" },
	{ 0x09, "section domain fault" },
	{ 0x0b, "page domain fault" },
	{ 0x0c, "external abort on first-level table walk" },
	{ 0x0d, "section permission fault" },
	{ 0x0e, "external abort on second-level table walk" },
	{ 0x0f, "page permission fault" },
	{ 0x10, "TLB conflict abort" },
	{ 0x14, "lockdown abort" },
	{ 0x16, "asynchronous external abort" },
	{ 0x18, "asynchronous parity error" },
	{ 0x19, "synchronous parity error" },
	{ 0x1a, "coprocessor abort" },
	{ 0x1c, "parity error on first-level table walk" },
	{ 0x1e, "parity error on second-level table walk" },
};

/* Bits around FS that must not change the name: domain, WnR, ExT, CM. */
static const unsigned int other_bits[] = { 0, 0xf0, 1 << 11, 1 << 12, 1 << 13, 0x3bf0 };

static const char *expected_name(unsigned int fs)
{
	for (unsigned int i = 0; i < ARRAY_SIZE(fault_codes); i++)
		if (fault_codes[i].fs == fs)
			return fault_codes[i].name;
	return "unknown fault";
}

static void fault_fsr_name_every_code(struct ktest *t)
{
	unsigned int wrong = 0;

	for (unsigned int fs = 0; fs < 32; fs++) {
		for (unsigned int i = 0; i < ARRAY_SIZE(other_bits); i++) {
			/* FS[4] is FSR bit 10, FS[3:0] bits 3:0 */
			unsigned int fsr = (fs & 0xf) | (fs & 0x10) << 6 | other_bits[i];
			const char *want = expected_name(fs), *got = fsr_name(fsr);

			if (got && !strcmp(got, want))
				continue;
			if (wrong++ < 8)
				ktest_fail(t, __FILE__, __LINE__, "fsr_name(0x%04x) is \"%s\", not \"%s\"",
					   fsr, got ? got : "(null)", want);
		}
	}
	ktest_info(t, "%u of %u wrong", wrong, 32 * (unsigned int)ARRAY_SIZE(other_bits));
}

static const struct ktest_case fault_cases[] = {
	KTEST_CASE(fault_fsr_name_every_code),
	{}
};
KTEST_SUITE(fault_suite, "fault", fault_cases);
