// SPDX-License-Identifier: GPL-2.0
/*
 * user/spin.c - a CPU-bound process, to watch preemption happen.
 *
 * usage: spin <id> [lines] [ms-per-line]
 * Busy-loops, printing "spin <id>: <i>" each time another ms-per-line
 * milliseconds of CLOCK_MONOTONIC have passed, and exits after <lines>
 * lines.  It never sleeps or yields, so two spins only interleave their
 * lines if the timer interrupt preempts them (Linux: kernel/sched/core.c
 * scheduler_tick).
 *
 * The pace is set by the clock, not by a loop count: with the defaults a
 * spin lives 80 ms, four round-robin slices (CONFIG_SCHED_SLICE_TICKS=2
 * at HZ=100), however fast the host runs QEMU.  A fixed loop count lived
 * less than one slice on a fast host, and then spin 1 could finish before
 * spin 2 ever ran.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "unistd_tern.h"

#define SPIN_LINES	8
#define SPIN_MS		10

static unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

/* busy - burn CPU for n iterations; volatile stops gcc removing it. */
static void busy(unsigned long n)
{
	volatile unsigned long i;

	for (i = 0; i < n; i++)
		;
}

int main(int argc, char *argv[])
{
	const char *id = argc > 1 ? argv[1] : "0";
	unsigned long lines = argc > 2 ? strtoul(argv[2], NULL, 0) : SPIN_LINES;
	unsigned long ms = argc > 3 ? strtoul(argv[3], NULL, 0) : SPIN_MS;
	unsigned long long next = now_ns();
	unsigned long i;

	for (i = 0; i < lines; i++) {
		next += ms * 1000000ull;
		while (now_ns() < next)
			busy(1000);
		printf("spin %s: %lu\n", id, i);
	}
	printf("spin %s: done\n", id);
	return 0;
}
