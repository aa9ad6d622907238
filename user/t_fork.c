// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_fork.c - process life cycle from user space: fork, exit, wait4,
 * kill, in KTAP.
 *
 * Checks that exit codes travel from child to parent through wait4
 * (Linux: kernel/exit.c do_exit, wait_task_zombie), that waiting for a
 * child that isn't there is -ECHILD, that SIGKILL ends a child with
 * WTERMSIG 9, that forked memory is a private copy (copy-on-write or
 * copied: kernel/fork.c dup_mm), and that 10,000 fork/exit/wait cycles
 * complete, so no process slot or page is leaked. Each child's new
 * address space takes an ASID of its own, and a generation has 255: the
 * cycles go through some 40 ASID rollovers (arch/arm/mm/context.c).
 * On Linux (qemu-arm) 1000 cycles, as each fork there is a host fork.
 */
#include <errno.h>
#include <signal.h>

#include "child.h"
#include "ktap.h"
#include "syscall.h"
#include <linux/sysinfo.h>
#include "unistd_tern.h"

#define FORK_CYCLES_TERN	10000
#define FORK_CYCLES_LINUX	1000

static volatile int shared_value = 1;

static int child_returns(void *arg)
{
	return (long)arg;
}

/* child_writes_copy - change a global: the parent must not see it. */
static int child_writes_copy(void *arg)
{
	(void)arg;
	shared_value = 2;
	return shared_value == 2 ? 0 : 1;
}

/* child_exec_hello - exec /bin/hello: its exit status replaces ours. */
static int child_exec_hello(void *arg)
{
	char *argv[] = { "hello", "from-t_fork", NULL };
	char *envp[] = { NULL };

	(void)arg;
	execve("/bin/hello", argv, envp);
	return 100 + errno;
}

/*
 * fork() by hand with r0 = 0x1234 on entry: the child must still get 0
 * (copy_thread clears the child's saved r0), the parent the child's pid.
 */
static void test_fork_returns_zero_in_child(void)
{
	register long r0 asm("r0") = 0x1234;
	register long r7 asm("r7") = __NR_fork;
	int status;

	asm volatile("svc #0" : "+r"(r0) : "r"(r7) : "memory");
	if (r0 == 0)
		syscall1(__NR_exit, 0x5a);	/* the child: exit status 0x5a */
	ktap_ok(r0 > 0 && wait4(r0, &status, 0, NULL) == r0 && WIFEXITED(status) &&
		WEXITSTATUS(status) == 0x5a,
		"fork returns 0 in the child even if r0 was not 0");
}

static void test_exit_codes(void)
{
	int ok = 1, code, status;

	for (code = 0; code < 256; code += 51) {
		status = run_in_child(child_returns, (void *)(long)code);
		if (!WIFEXITED(status) || WEXITSTATUS(status) != code) {
			ktap_print_msg("exit %d: wait status 0x%x",
				       code, status);
			ok = 0;
		}
	}
	ktap_ok(ok, "exit codes 0..255 reach wait4");
	ktap_ok_eq(run_in_child(child_writes_copy, NULL), 0,
		   "the child writes its copy of memory");
	ktap_ok_eq(shared_value, 1, "the parent's memory is unchanged");
}

static void test_exec(void)
{
	int status = run_in_child(child_exec_hello, NULL);

	if (!running_on_tern() && WIFEXITED(status) &&
	    WEXITSTATUS(status) > 100)
		ktap_skip("fork, exec /bin/hello, wait: status 0", "not Tern");
	else
		ktap_ok_eq(status, 0, "fork, exec /bin/hello, wait: status 0");
}

static void test_echild(void)
{
	int status;

	ktap_ok_eq(syscall4(__NR_wait4, -1, (long)&status, 0, 0), -ECHILD,
		   "wait4(-1) without children is -ECHILD");
	ktap_ok_eq(syscall4(__NR_wait4, 0x7ffffff0, (long)&status, 0, 0),
		   -ECHILD, "wait4 of a pid that isn't a child is -ECHILD");
}

static void test_sigkill(void)
{
	int status = -1;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0)
		for (;;)	/* spin until killed */
			sched_yield();
	ktap_ok_eq(kill(pid, SIGKILL), 0, "kill(child, SIGKILL) returns 0");
	ktap_ok_eq(wait4(pid, &status, 0, NULL), pid, "wait4 reaps it");
	ktap_ok(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
		"the child died of signal 9");
	if (!WIFSIGNALED(status))
		ktap_print_msg("wait status 0x%x", status);
}

static unsigned long free_pages(void)
{
	struct sysinfo si;

	return sysinfo(&si) == 0 ? si.freeram : 0;
}

static void test_many_forks(void)
{
	int cycles = running_on_tern() ? FORK_CYCLES_TERN : FORK_CYCLES_LINUX;
	unsigned long free_before = free_pages();
	int i, status;

	for (i = 0; i < cycles; i++) {
		status = run_in_child(child_returns, (void *)(long)(i & 0x7f));
		if (status != (i & 0x7f) << 8)
			break;
	}
	if (i < cycles)
		ktap_print_msg("cycle %d: wait status 0x%x, errno %d",
			       i, status, errno);
	ktap_print_msg("%d fork/exit/wait cycles", i);
	ktap_ok_eq(i, cycles, "fork/exit/wait cycles complete");
	if (running_on_tern())
		ktap_ok_eq(free_pages(), free_before, "no pages leaked by the fork/exit cycles");
	else
		ktap_skip("no pages leaked by the fork/exit cycles", "not Tern");
}

int main(void)
{
	ktap_plan(12);
	test_fork_returns_zero_in_child();	/* 1 */
	test_exit_codes();	/* 3 */
	test_exec();		/* 1 */
	test_echild();		/* 2 */
	test_sigkill();		/* 3 */
	test_many_forks();	/* 2 */
	return ktap_finished();
}
