// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_sched.c - sched_yield hands the CPU over, in KTAP.
 *
 * The parent (A) forks a child (B); each then prints a tagged line and
 * calls sched_yield, ROUNDS times:
 *
 *	# t_sched: A 0
 *	# t_sched: B 0
 *	# t_sched: A 1
 *	...
 *
 * With A and B the only runnable processes on one CPU, each yield must
 * switch to the other (Linux: kernel/sched/core.c do_sched_yield puts the
 * caller behind every other runnable task), so the console shows A and B
 * strictly alternating, whichever of them ran first after fork.  The
 * processes share no memory, so the program can't see the order itself:
 * the kernel test checks it in the console output.  (A timer tick landing
 * between a print and its yield would break the pattern; ROUNDS is small
 * so that each round is far shorter than a tick.)
 */
#include <stdio.h>

#include "ktap.h"
#include "unistd_tern.h"

#define ROUNDS	10

/* ping_pong - print tag and yield ROUNDS times; returns failed yields. */
static int ping_pong(char tag)
{
	int i, failed = 0;

	for (i = 0; i < ROUNDS; i++) {
		printf("# t_sched: %c %d\n", tag, i);
		failed += syscall0(__NR_sched_yield) != 0;
	}
	return failed;
}

int main(void)
{
	int status = -1, failed;
	pid_t pid;

	ktap_plan(3);
	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(ping_pong('B'));
	failed = ping_pong('A');
	ktap_ok(pid > 0 && wait4(pid, &status, 0, NULL) == pid,
		"fork and wait4 the child");
	ktap_ok_eq(failed, 0, "parent: every sched_yield returns 0");
	ktap_ok_eq(status, 0, "child: every sched_yield returns 0");
	return ktap_finished();
}
