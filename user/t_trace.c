// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_trace.c - the syscall lab's program: trace(len, mask) makes the
 * kernel print "pid: syscall name -> return value" after each traced call
 * (arch/arm/kernel/ptrace.c). Run as init (init=/bin/t_trace); KTAP for
 * what it can see itself, and "# expect" lines for the trace lines the
 * kernel must print, which tests/test_lab_trace.py compares.
 *
 * Traced: close (6), getpid (20) and sched_yield (158, in the mask's
 * fifth word). Not traced: everything else, e.g. getppid and write.
 * xv6's trace lab, with Linux's system call numbers.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "child.h"
#include "ktap.h"
#include "syscall.h"
#include "unistd_tern.h"

#define MASK_WORDS	(512 / 32)	/* the kernel's NR_syscalls bits */

static unsigned long mask[MASK_WORDS];

static long trace(unsigned int len, const unsigned long *m)
{
	return syscall2(__NR_trace, len, (long)m);
}

static void set_bit(unsigned int nr)
{
	mask[nr / 32] |= 1UL << (nr % 32);
}

/* Calls that print one line each when traced; "# expect" says which. */
static void traced_calls(const char *who)
{
	long pid = syscall0(__NR_getpid);

	printf("# expect %ld getpid %ld (%s)\n", pid, pid, who);
	printf("# expect %ld close %d\n", pid, -EBADF);
	printf("# expect %ld sched_yield 0\n", pid);
	fflush(stdout);
	syscall1(__NR_close, 99);
	syscall0(__NR_sched_yield);
	syscall0(__NR_getppid);			/* not traced */
}

static int child_traced(void *arg)
{
	traced_calls(arg);
	return 0;
}

/* The mask survives execve: hello's getpid is traced. */
static int child_exec_hello(void *arg)
{
	char *argv[] = { "hello", NULL };
	char *envp[] = { NULL };
	long pid = syscall0(__NR_getpid);

	(void)arg;
	printf("# expect %ld getpid %ld (child)\n", pid, pid);
	printf("# expect %ld getpid %ld (hello)\n", pid, pid);
	fflush(stdout);
	execve("/bin/hello", argv, envp);
	return 127;
}

int main(void)
{
	int status, pid = getpid();

	ktap_plan(6);
	set_bit(__NR_close);
	set_bit(__NR_getpid);
	set_bit(__NR_sched_yield);
	ktap_ok_eq(trace(sizeof(mask), (const unsigned long *)0xc0000000), -EFAULT,
		   "a mask in kernel space is -EFAULT");
	ktap_ok_eq(trace(sizeof(mask), mask), 0, "trace(mask) returns 0");
	traced_calls("parent");
	status = run_in_child(child_traced, "child");
	ktap_ok(WIFEXITED(status) && WEXITSTATUS(status) == 0, "a forked child is traced");
	status = run_in_child(child_exec_hello, NULL);
	ktap_ok(WIFEXITED(status) && WEXITSTATUS(status) == 0, "an exec'd program is traced");
	ktap_ok_eq(trace(0, NULL), 0, "trace(0, NULL) stops tracing");
	syscall0(__NR_getpid);			/* not traced any more */
	ktap_ok_eq(trace(4, mask), 0, "a 4-byte mask traces the first 32 calls only");
	syscall0(__NR_sched_yield);		/* bit 158: not in 4 bytes */
	syscall1(__NR_close, 99);
	printf("# expect %d close %d\n", pid, -EBADF);
	trace(0, NULL);
	printf("# end of trace\n");
	status = ktap_finished();
	fflush(stdout);
	if (getpid() == 1)
		reboot(LINUX_REBOOT_CMD_POWER_OFF);
	return status;
}
