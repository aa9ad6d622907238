// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_procs.c - more processes than ASIDs, in KTAP: how many processes
 * can live at once is limited by memory only. An ASID has 8 bits, so at
 * most 255 address spaces hold one at a time; arch/arm/mm/context.c hands
 * them out again generation after generation (Linux: the same file).
 *
 *  - 1000 children alive at once. Each writes a pattern made from its pid
 *    to a page of its own and to a buffer on its stack, and waits. With
 *    all of them there (sysinfo's process count), t_procs lets them go;
 *    each checks its memory and exits 0 if it is intact. While they run,
 *    their address spaces take ASIDs of four generations and more.
 *  - Fork until memory runs out: fork fails with ENOMEM (or EAGAIN) and
 *    the system stays up; once the children are killed and reaped, every
 *    page is free again.
 *
 * Tern only: on Linux the children would be the host's processes.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>

#include "child.h"
#include "ktap.h"
#include <linux/sysinfo.h>
#include "unistd_tern.h"

#define NR_ALIVE	1000
#define PAGE_WORDS	1024		/* 4 KiB in .bss */
#define STACK_WORDS	256		/* 1 KiB on the stack */
#define POLL_US		50000		/* a waiting child looks every 50 ms, */
#define MAX_POLLS	200		/* for 10 s at most */
#define MAX_PID_RUNS	64

static volatile unsigned int page[PAGE_WORDS] __attribute__((aligned(4096)));

static struct sysinfo info(void)
{
	struct sysinfo si = { 0 };

	sysinfo(&si);
	return si;
}

static unsigned int pattern(pid_t pid, unsigned int i)
{
	return (unsigned int)pid * 0x9e3779b1u + i;
}

static void fill(volatile unsigned int *buf, unsigned int words, pid_t pid)
{
	for (unsigned int i = 0; i < words; i++)
		buf[i] = pattern(pid, i);
}

static int intact(const volatile unsigned int *buf, unsigned int words, pid_t pid)
{
	for (unsigned int i = 0; i < words; i++)
		if (buf[i] != pattern(pid, i))
			return 0;
	return 1;
}

/*
 * The children of the first test wait while this process lives: its end
 * (kill(pid, 0) fails) is their signal to go, and stays seen.
 */
static pid_t gate;

static int sleep_until_killed(void *arg)
{
	(void)arg;
	while (sleep(1000) == 0)
		;		/* until killed */
	return 1;		/* woken by something else */
}

/*
 * A child of the first test. Exit status 0 if its memory held, 1 if not,
 * 2 if the gate never opened.
 */
static int alive_child(void *arg)
{
	volatile unsigned int stack[STACK_WORDS];
	pid_t pid = getpid();

	(void)arg;
	fill(page, PAGE_WORDS, pid);
	fill(stack, STACK_WORDS, pid);
	for (int polls = 0; kill(gate, 0) == 0; polls++) {
		if (polls == MAX_POLLS)
			return 2;
		usleep(POLL_US);
	}
	return intact(page, PAGE_WORDS, pid) && intact(stack, STACK_WORDS, pid) ? 0 : 1;
}

/* fork; fn(arg) in the child, which exits with its return value. */
static pid_t fork_child(int (*fn)(void *), void *arg)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(fn(arg));
	return pid;
}

static void test_alive_at_once(void)
{
	unsigned long free_before = info().freeram;
	unsigned int procs_before = info().procs, alive;
	int forked, ok = 0, status, bad_status = 0;

	fflush(stdout);
	gate = fork_child(sleep_until_killed, NULL);
	for (forked = 0; gate > 0 && forked < NR_ALIVE; forked++)
		if (fork_child(alive_child, NULL) < 0)
			break;
	alive = info().procs - procs_before;	/* none can have exited */
	if (gate > 0)
		kill(gate, SIGKILL);
	while (wait4(-1, &status, 0, NULL) > 0) {
		if (status == 0)
			ok++;
		else if (!WIFSIGNALED(status))
			bad_status = status;
	}
	if (forked < NR_ALIVE)
		ktap_print_msg("fork %d failed: errno %d", forked + 1, errno);
	if (bad_status)
		ktap_print_msg("a child's wait status: 0x%x", bad_status);
	ktap_ok_eq(alive, NR_ALIVE + 1, "1000 children and the gate alive at once");
	ktap_ok_eq(ok, NR_ALIVE, "each child's memory intact");
	ktap_ok_eq(info().freeram, free_before, "every page free again");
}

/*
 * The pids of the fork bomb, as runs of consecutive numbers: an array of
 * pids would be copied into every child, and cost pages.
 */
static struct pid_run {
	pid_t first;
	int n;
} pid_runs[MAX_PID_RUNS];
static int nr_pid_runs;

static int remember_pid(pid_t pid)
{
	if (nr_pid_runs && pid_runs[nr_pid_runs - 1].first + pid_runs[nr_pid_runs - 1].n == pid) {
		pid_runs[nr_pid_runs - 1].n++;
		return 1;
	}
	if (nr_pid_runs == MAX_PID_RUNS)
		return 0;
	pid_runs[nr_pid_runs++] = (struct pid_run){ pid, 1 };
	return 1;
}

static void kill_pid_runs(void)
{
	for (int r = 0; r < nr_pid_runs; r++)
		for (int i = 0; i < pid_runs[r].n; i++)
			kill(pid_runs[r].first + i, SIGKILL);
}

static void test_fork_until_out_of_memory(void)
{
	unsigned long free_before = info().freeram, free_at_failure;
	int forked = 0, err = 0, killed = 0, status;

	fflush(stdout);
	for (;;) {
		pid_t pid = fork_child(sleep_until_killed, NULL);

		if (pid < 0) {
			err = errno;
			break;
		}
		forked++;
		if (!remember_pid(pid)) {
			kill(pid, SIGKILL);	/* out of pid_runs: stop, and fail */
			break;
		}
	}
	free_at_failure = info().freeram;
	kill_pid_runs();
	while (wait4(-1, &status, 0, NULL) > 0)
		killed += WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
	ktap_print_msg("%d processes and t_procs, then fork failed: errno %d, %lu pages free",
		       forked, err, free_at_failure);
	if (forked)
		ktap_print_msg("%lu pages per process", (free_before - free_at_failure) / forked);
	ktap_ok(err == ENOMEM || err == EAGAIN, "fork fails with ENOMEM when memory runs out");
	ktap_ok(forked > NR_ALIVE, "more than 1000 processes fit in memory");
	ktap_ok_eq(killed, forked, "every child killed and reaped");
	ktap_ok_eq(info().freeram, free_before, "every page free again");
	ktap_ok_eq(run_in_child(alive_child, NULL), 0, "fork works again");
}

int main(void)
{
	if (!running_on_tern()) {
		printf("KTAP version 1\n1..0 # SKIP not Tern: a fork bomb would hit the host\n");
		return 0;
	}
	ktap_plan(8);
	test_alive_at_once();			/* 3 */
	test_fork_until_out_of_memory();	/* 5 */
	return ktap_finished();
}
