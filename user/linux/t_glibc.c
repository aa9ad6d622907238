// SPDX-License-Identifier: GPL-2.0
/*
 * user/linux/t_glibc.c - a static glibc program that checks one family of
 * Linux system calls at a time: "t_glibc <family>". With no family it is
 * the runner: it runs every family in a child of its own (fork + execve of
 * itself), prints "== <family>" before and "== <family>: exit <status>"
 * after each, and powers the machine off when it is pid 1.
 *
 * Built with arm-linux-gnueabihf-gcc -static (user/linux/Makefile), as any
 * Debian armhf program: Thumb-2, hard-float, glibc 2.36. On Tern it runs
 * as init=/bin/t_glibc; on the host, each family runs under qemu-arm, the
 * Linux oracle (tests/test_glibc.py).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/reboot.h>
#include <sys/wait.h>
#include <unistd.h>

#include "t_glibc.h"

static const struct family {
	const char *name;
	int (*fn)(int argc, char **argv);
	int in_runner;			/* run by the runner (exec-child is exec's) */
} families[] = {
	{ "hello", t_hello, 1 },
	{ "malloc", t_malloc, 1 },
	{ "fork", t_fork, 1 },
	{ "exec", t_exec, 1 },
	{ "exec-child", t_exec_child, 0 },
	{ "time", t_time, 1 },
	{ "auxv", t_auxv, 1 },
	{ "tls", t_tls, 1 },
	{ "vfp", t_vfp, 1 },
	{ "sys", t_sys, 1 },
};

#define NR_FAMILIES	(sizeof(families) / sizeof(families[0]))

const char *err_name(long ret, int err)
{
	static char buf[32];

	if (ret >= 0)
		return "ok";
	switch (err) {
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case ESRCH: return "ESRCH";
	case ECHILD: return "ECHILD";
	case EFAULT: return "EFAULT";
	case EINVAL: return "EINVAL";
	case ENOTTY: return "ENOTTY";
	case EBADF: return "EBADF";
	case ENOMEM: return "ENOMEM";
	case ENOSYS: return "ENOSYS";
	case ENOEXEC: return "ENOEXEC";
	}
	snprintf(buf, sizeof(buf), "errno %d", err);
	return buf;
}

/* Run one family in a child: fork, then execve(self, {self, family}). */
static void run_family(const char *self, const char *name)
{
	char *argv[] = { (char *)self, (char *)name, NULL };
	extern char **environ;
	int status;
	pid_t pid;

	printf("== %s\n", name);
	fflush(stdout);
	pid = fork();
	if (pid < 0) {
		printf("== %s: fork: %s\n", name, strerror(errno));
		return;
	}
	if (pid == 0) {
		execve(self, argv, environ);
		printf("== %s: execve %s: %s\n", name, self, strerror(errno));
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid)
		printf("== %s: waitpid: %s\n", name, strerror(errno));
	else if (WIFEXITED(status))
		printf("== %s: exit %d\n", name, WEXITSTATUS(status));
	else
		printf("== %s: killed by signal %d\n", name, WTERMSIG(status));
	fflush(stdout);
}

int main(int argc, char **argv)
{
	if (argc > 1) {
		for (unsigned int i = 0; i < NR_FAMILIES; i++)
			if (!strcmp(argv[1], families[i].name))
				return families[i].fn(argc, argv);
		printf("t_glibc: no family '%s'\n", argv[1]);
		return 2;
	}
	for (unsigned int i = 0; i < NR_FAMILIES; i++)
		if (families[i].in_runner)
			run_family(argv[0], families[i].name);
	printf("== all done\n");
	fflush(stdout);
	if (getpid() == 1)
		reboot(RB_POWER_OFF);
	return 0;
}
