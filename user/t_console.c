// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_console.c - read(0) under load, in KTAP: the console's receive
 * path (arch/arm/drivers/pl011.c, kernel/sys.c sys_read). Started as
 * init (init=/bin/t_console) by tests/test_user.py, which types:
 *
 *  1. BULK bytes of a known pattern, as fast as it can: every byte must
 *     arrive, in order (nothing is lost while a reader keeps up);
 *  2. LINES lines, each after its prompt: each read(0) must return its
 *     line, having run at most READ_MAX_INSNS instructions plus what the
 *     idle loop runs while it waits (IDLE_INSNS_PER_MS).
 *
 * Instructions are counted by the PMU's event counter 0 set to
 * INST_RETIRED (event 0x08; the zImage lets user mode program the PMU,
 * PMUSERENR.EN). Under QEMU -icount it counts the instructions run, and
 * unlike the cycle counter or the clock it does not count the time QEMU
 * skips while the CPU waits in wfi: with sleep=off, an idle CPU's clock
 * jumps from one timer tick to the next, so one tenth of a second of the
 * host's typing is seconds of guest time but a few thousand instructions.
 * Linux counterpart: none (tty tests drive a pty from user space).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ktap.h"
#include "unistd_tern.h"

#define BULK		65536
#define LINES		5
#define READ_MAX_INSNS	20000	/* the read path, from svc to return */
#define IDLE_INSNS_PER_MS 100	/* ticks in the idle loop while waiting */
#define PMU_INST_RETIRED 0x08

/* The pattern: an LCG's bits 16-30 as printable ASCII (tests/test_user.py). */
static unsigned int pattern_seed = 1;

static char pattern_next(void)
{
	pattern_seed = pattern_seed * 1103515245u + 12345u;
	return ' ' + (pattern_seed >> 16) % 95;
}

static unsigned int pmu_instructions(void)
{
	unsigned int v;

	asm volatile("isb\n\tmrc p15, 0, %0, c9, c13, 2" : "=r"(v) : : "memory"); /* PMXEVCNTR */
	return v;
}

/*
 * Count INST_RETIRED in event counter 0; false if it does not count
 * (QEMU counts the event only under -icount).
 */
static int pmu_count_instructions(void)
{
	unsigned int before;

	asm volatile("mcr p15, 0, %0, c9, c12, 5" : : "r"(0));		/* PMSELR: counter 0 */
	asm volatile("mcr p15, 0, %0, c9, c13, 1" : : "r"(PMU_INST_RETIRED)); /* PMXEVTYPER */
	asm volatile("mcr p15, 0, %0, c9, c12, 1" : : "r"(1));		/* PMCNTENSET */
	before = pmu_instructions();
	return pmu_instructions() != before;
}

static long long monotonic_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Phase 1: BULK bytes, each checked; stops at the first wrong one. */
static int read_bulk(void)
{
	static char buf[1024];
	int total = 0, reads = 0;

	printf("t_console: send %d bytes\n", BULK);
	fflush(stdout);
	while (total < BULK) {
		int n = read(0, buf, BULK - total < (int)sizeof(buf) ? BULK - total : (int)sizeof(buf));

		if (n <= 0) {
			ktap_print_msg("read returned %d after %d bytes", n, total);
			return 0;
		}
		reads++;
		for (int i = 0; i < n; i++, total++)
			if (buf[i] != pattern_next()) {
				ktap_print_msg("byte %d is '%c': bytes were lost", total, buf[i]);
				return 0;
			}
	}
	ktap_print_msg("%d bytes in %d reads", total, reads);
	return 1;
}

/*
 * Phase 2: one line at a time. Returns how many lines came back right;
 * *slow counts the reads that ran more instructions than allowed.
 */
static int read_lines(int pmu, int *slow)
{
	int good = 0;

	for (int l = 0; l < LINES; l++) {
		char want[16], line[64];
		int len = 0;

		snprintf(want, sizeof(want), "line %d\n", l);
		printf("t_console: type line %d\n", l);
		fflush(stdout);
		while (len < (int)sizeof(line) - 1 && (!len || line[len - 1] != '\n')) {
			unsigned int insns = pmu_instructions();
			long long ns = monotonic_ns();
			int n = read(0, line + len, sizeof(line) - 1 - len);
			unsigned int allowed;

			insns = pmu_instructions() - insns;
			allowed = READ_MAX_INSNS + (monotonic_ns() - ns) / 1000000 * IDLE_INSNS_PER_MS;
			if (n <= 0)
				break;
			len += n;
			ktap_print_msg("line %d: read %d bytes in %u instructions (allowed %u)",
				       l, n, insns, allowed);
			*slow += pmu && insns > allowed;
		}
		line[len] = 0;
		good += strcmp(line, want) == 0;
	}
	return good;
}

int main(void)
{
	int pmu = pmu_count_instructions(), slow = 0;

	ktap_plan(3);
	ktap_ok(read_bulk(), "64 KiB sent at full speed arrive whole and in order");
	ktap_ok_eq(read_lines(pmu, &slow), LINES, "each line typed is read back");
	if (pmu)
		ktap_ok_eq(slow, 0, "each read returns within its instruction budget");
	else
		ktap_skip("each read returns within its instruction budget",
			  "no INST_RETIRED event (QEMU counts it only with -icount)");
	if (getpid() == 1)
		reboot(LINUX_REBOOT_CMD_POWER_OFF);
	return ktap_finished();
}
