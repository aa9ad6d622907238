// SPDX-License-Identifier: GPL-2.0
/*
 * user/linux/process.c - "fork" and "exec": processes. glibc's fork()
 * is clone(CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD); vfork()
 * suspends the parent until the child exits; wait statuses; what a child
 * inherits (TLS variables, the VFP rounding mode); execve with
 * argv and envp, what a new program does not inherit (the user TLS
 * register, the VFP rounding mode), and its errors.
 */
#include <errno.h>
#include <fenv.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "t_glibc.h"

static __thread int tls_counter = 100;

/* Wait for pid and describe how it ended. */
static const char *wait_for(pid_t pid)
{
	static char buf[48];
	int status;

	if (waitpid(pid, &status, 0) != pid)
		return err_name(-1, errno);
	if (WIFEXITED(status))
		snprintf(buf, sizeof(buf), "exited with %d", WEXITSTATUS(status));
	else
		snprintf(buf, sizeof(buf), "killed by signal %d", WTERMSIG(status));
	return buf;
}

int t_fork(int argc, char **argv)
{
	pid_t parent = getpid(), pid, pids[3];
	int status, reaped = 0;

	(void)argc, (void)argv;
	tls_counter = 7;
	fesetround(FE_UPWARD);		/* FPSCR, which may be in the VFP unit */
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		printf("fork: child: the rounding mode inherited: %s\n",
		       fegetround() == FE_UPWARD ? "yes" : "no");
		printf("fork: child: getppid() is the parent: %s\n", getppid() == parent ? "yes" : "no");
		printf("fork: child: a new pid: %s\n", getpid() != parent ? "yes" : "no");
		printf("fork: child: TLS variable inherited: %d\n", tls_counter);
		tls_counter = 8;
		fflush(stdout);
		_exit(getpid() & 0x7f);		/* tells the parent who it was */
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
		printf("fork: waitpid failed\n");
		return 1;
	}
	fesetround(FE_TONEAREST);
	printf("fork: parent: the child's pid was fork's result: %s\n",
	       WEXITSTATUS(status) == (pid & 0x7f) ? "yes" : "no");
	printf("fork: parent: its TLS variable unchanged: %d\n", tls_counter);
	printf("fork: waitpid again: %s\n", err_name(waitpid(pid, &status, 0), errno));

	for (int i = 0; i < 3; i++) {
		fflush(stdout);
		pids[i] = fork();
		if (pids[i] == 0)
			_exit(10 + i);
	}
	for (int i = 0; i < 3; i++) {
		pid = wait(&status);
		for (int j = 0; j < 3; j++)
			if (pid == pids[j] && WIFEXITED(status) && WEXITSTATUS(status) == 10 + j)
				reaped++;
	}
	printf("fork: three children, each reaped with its own status: %d\n", reaped);
	printf("fork: wait with no children left: %s\n", err_name(wait(&status), errno));

	fflush(stdout);
	pid = vfork();
	if (pid == 0) {
		/* The parent is suspended until this child exits. */
		write(1, "vfork: the child runs first\n", 28);
		_exit(3);
	}
	printf("vfork: then the parent; the child %s\n", wait_for(pid));
	return 0;
}

int t_exec(int argc, char **argv)
{
	char *child_argv[] = { argv[0], "exec-child", "one", "two words", "", NULL };
	char *child_envp[] = { "FOO=bar", "EMPTY=", NULL };
	char **volatile bad_argv = (char **)8;	/* unmapped: gcc must not see it */
	pid_t pid;

	(void)argc;
	printf("exec: parent\n");
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		/* State the new program must not inherit. */
		write_tpidrurw(0x1234);
		fesetround(FE_UPWARD);
		tls_counter = 55;
		execve(argv[0], child_argv, child_envp);
		printf("exec: execve failed: %s\n", err_name(-1, errno));
		_exit(127);
	}
	printf("exec: the child %s\n", wait_for(pid));
	printf("exec: a missing file: %s\n", err_name(execve("/no/such/file", child_argv, child_envp), errno));
	printf("exec: a bad argv pointer: %s\n", err_name(execve(argv[0], bad_argv, child_envp), errno));
	return 0;
}

int t_exec_child(int argc, char **argv)
{
	printf("exec-child: argc %d\n", argc);
	for (int i = 1; i < argc; i++)
		printf("exec-child: argv[%d] = [%s]\n", i, argv[i]);
	printf("exec-child: FOO=[%s] EMPTY=[%s]\n", getenv("FOO"), getenv("EMPTY"));
	printf("exec-child: TPIDRURW cleared: 0x%lx\n", read_tpidrurw());
	printf("exec-child: FPSCR reset: 0x%08x\n", read_fpscr());
	printf("exec-child: TLS variable initialised afresh: %d\n", tls_counter);
	return 5;
}
