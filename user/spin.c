// SPDX-License-Identifier: GPL-2.0
/*
 * user/spin.c - a CPU-bound process, to watch preemption happen.
 *
 * usage: spin <id> [lines] [loops-per-line]
 * Busy-loops, printing "spin <id>: <i>" every loops-per-line iterations,
 * and exits after <lines> lines.  It never sleeps or yields, so two spins
 * only interleave their lines if the timer interrupt preempts them
 * (Linux: kernel/sched/core.c scheduler_tick).
 */
#include <stdio.h>
#include <stdlib.h>

#include "unistd_tern.h"

#define SPIN_LINES	8
#define SPIN_LOOPS	500000

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
	unsigned long loops = argc > 3 ? strtoul(argv[3], NULL, 0) : SPIN_LOOPS;
	unsigned long i;

	for (i = 0; i < lines; i++) {
		busy(loops);
		printf("spin %s: %lu\n", id, i);
	}
	printf("spin %s: done\n", id);
	return 0;
}
