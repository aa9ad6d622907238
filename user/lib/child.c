// SPDX-License-Identifier: GPL-2.0
/*
 * user/lib/child.c - run code or a program in a child process and wait.
 *
 * stdout is flushed before each fork so a child never repeats the
 * parent's buffered output; children leave with _exit so they don't
 * flush anything of the parent's either.
 */
#include <errno.h>
#include <stdio.h>

#include "child.h"
#include "unistd_tern.h"

int run_in_child(int (*fn)(void *arg), void *arg)
{
	int status;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		int ret = fn(arg);

		fflush(stdout);
		_exit(ret);
	}
	if (wait4(pid, &status, 0, NULL) != pid)
		return -1;
	return status;
}

pid_t spawn(const char *path, char *const argv[], char *const envp[])
{
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		execve(path, argv, envp);
		printf("spawn: execve %s failed: errno %d\n", path, errno);
		fflush(stdout);
		_exit(127);
	}
	return pid;
}

void print_status(const char *who, pid_t pid, int status)
{
	if (WIFEXITED(status))
		printf("%s: pid %d exited with status %d\n",
		       who, pid, WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		printf("%s: pid %d killed by signal %d\n",
		       who, pid, WTERMSIG(status));
	else
		printf("%s: pid %d wait status 0x%x\n", who, pid, status);
}
