// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_oom.c - out of memory, in KTAP: a hog touches page after page
 * until none is left; the page fault that finds none kills it
 * (mm/oom_kill.c), while a heartbeat process goes on printing. Then
 * every page is free again. Tern only: on Linux the hog would squeeze
 * the host (Linux: tools/testing/selftests/mm, the OOM tests of LTP).
 *
 * The heartbeat writes a line every tick with raw write(), from memory
 * it touched before the hog started, so it needs no page while memory
 * is short; tests/test_vm.py checks that its lines go on across the
 * kernel's "Out of memory" line.
 */
#include <stdio.h>
#include <linux/mman.h>
#include <linux/sysinfo.h>

#include "ktap.h"
#include "syscall.h"
#include "unistd_tern.h"

#define PAGE		4096
#define SIGKILL_STATUS	9		/* wait status of a child killed by SIGKILL */
#define TICK_NS		(10 * 1000 * 1000)

static struct sysinfo info(void)
{
	struct sysinfo si = { 0 };

	syscall1(__NR_sysinfo, (long)&si);
	return si;
}

static void nap(long ns)
{
	struct __kernel_old_timespec ts = { 0, ns };

	syscall2(__NR_nanosleep, (long)&ts, 0);
}

static void __attribute__((noreturn)) heartbeat(void)
{
	char line[] = "t_oom: heartbeat 000\n";

	for (unsigned int n = 0;; n++) {
		line[17] = '0' + n / 100 % 10;
		line[18] = '0' + n / 10 % 10;
		line[19] = '0' + n % 10;
		syscall3(__NR_write, 1, (long)line, sizeof(line) - 1);
		nap(TICK_NS);
	}
}

/* Map as much as there is RAM (more would be refused), and touch it all. */
static void __attribute__((noreturn)) hog(void)
{
	unsigned long len = info().totalram * PAGE;
	long a = syscall6(__NR_mmap2, 0, len, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int code = 2;			/* mmap failed */

	if (!SYSCALL_IS_ERR(a)) {
		for (unsigned long off = 0; off < len; off += PAGE)
			((volatile char *)a)[off] = 1;
		code = 1;		/* it all fit: the test fails */
	}
	syscall1(__NR_exit_group, code);
	for (;;)
		;
}

static long fork_into(void (*fn)(void))
{
	long pid;

	fflush(stdout);
	pid = syscall0(__NR_fork);
	if (pid == 0)
		fn();
	return pid;
}

int main(void)
{
	unsigned long free_before;
	long beat, pig;
	int status = -1;

	if (!running_on_tern()) {
		printf("KTAP version 1\n1..0 # SKIP not Tern: the hog would squeeze the host\n");
		return 0;
	}
	ktap_plan(4);
	free_before = info().freeram;
	beat = fork_into(heartbeat);
	nap(3 * TICK_NS);		/* it has printed, and touched its pages */
	pig = fork_into(hog);
	syscall4(__NR_wait4, pig, (long)&status, 0, 0);
	ktap_ok_eq(status, SIGKILL_STATUS, "the hog is killed with SIGKILL when memory runs out");
	nap(3 * TICK_NS);
	ktap_ok_eq(syscall2(__NR_kill, beat, 0), 0, "the heartbeat is still alive");
	syscall2(__NR_kill, beat, SIGKILL_STATUS);
	syscall4(__NR_wait4, beat, (long)&status, 0, 0);
	ktap_ok_eq(status, SIGKILL_STATUS, "the heartbeat ends when killed");
	ktap_ok_eq(info().freeram, free_before, "every page is free again");
	return ktap_finished();
}
