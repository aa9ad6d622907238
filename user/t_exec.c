// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_exec.c - execve replaces a process image, or fails cleanly, in
 * KTAP.
 *
 * usage: t_exec [not-elf-file]	(default /etc/not-elf, in the initramfs)
 *
 * A child execs /bin/hello with a known argv and envp; hello prints them
 * and its pid, which the kernel test compares with the "child pid" line
 * printed here (execve keeps the pid).  execve of a missing path must be
 * -ENOENT, of a file that isn't ELF -ENOEXEC, of a NULL path -EFAULT, and
 * a failed execve must leave the caller running (Linux: fs/exec.c
 * do_execveat_common and fs/binfmt_elf.c load_elf_binary).
 */
#include <errno.h>

#include "child.h"
#include "ktap.h"
#include "unistd_tern.h"

#define HELLO_PATH	"/bin/hello"
#define NOT_ELF_PATH	"/etc/not-elf"

static char *hello_argv[] = { "hello", "from-t_exec", "second arg", NULL };
static char *hello_envp[] = { "TERN_TEST=t_exec", "HOME=/", NULL };

/* raw_execve - the system call itself: -errno on failure. */
static long raw_execve(const char *path)
{
	char *argv[] = { (char *)path, NULL };
	char *envp[] = { NULL };

	return syscall3(__NR_execve, (long)path, (long)argv, (long)envp);
}

static void test_exec_hello(void)
{
	int status = -1;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		execve(HELLO_PATH, hello_argv, hello_envp);
		_exit(100 + errno);	/* 100 + errno: execve failed */
	}
	ktap_print_msg("t_exec: child pid %d execs " HELLO_PATH, pid);
	wait4(pid, &status, 0, NULL);
	if (!running_on_tern() && WIFEXITED(status) &&
	    WEXITSTATUS(status) > 100)
		ktap_skip("execve " HELLO_PATH " with argv and envp: status 0",
			  "not Tern");
	else
		ktap_ok_eq(status, 0,
			   "execve " HELLO_PATH " with argv and envp: status 0");
}

/* Broken ELF files made by user/mkbadelf.py: all -ENOEXEC. */
static void test_bad_elf_files(void)
{
	static const char *const bad[] = { "/etc/bad-class", "/etc/bad-machine",
		"/etc/bad-type", "/etc/bad-entry", "/etc/bad-segment", "/etc/truncated" };
	unsigned int refused = 0;

	for (unsigned int i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		long r = raw_execve(bad[i]);

		if (r == -ENOEXEC)
			refused++;
		else
			ktap_print_msg("%s: %ld, expected -ENOEXEC", bad[i], r);
	}
	ktap_ok_eq(refused, sizeof(bad) / sizeof(bad[0]),
		   "every broken ELF file is refused with -ENOEXEC");
}

/* More arguments than Tern's exec takes (64): -E2BIG, the process survives. */
static void test_too_many_args(void)
{
	static char *many[80];
	static char *const envp[] = { NULL };

	for (unsigned int i = 0; i < 79; i++)
		many[i] = "x";
	ktap_ok_eq(syscall3(__NR_execve, (long)HELLO_PATH, (long)many, (long)envp), -E2BIG,
		   "execve with 79 arguments is -E2BIG");
}

int main(int argc, char *argv[])
{
	const char *not_elf = argc > 1 ? argv[1] : NOT_ELF_PATH;

	ktap_plan(7);
	test_exec_hello();
	ktap_ok_eq(raw_execve("/no/such/program"), -ENOENT,
		   "execve of a missing path is -ENOENT");
	ktap_ok_eq(raw_execve(not_elf), -ENOEXEC,
		   "execve of a file that isn't ELF is -ENOEXEC");
	ktap_ok_eq(raw_execve(NULL), -EFAULT,
		   "execve of a NULL path is -EFAULT");
	if (running_on_tern()) {
		test_bad_elf_files();
		test_too_many_args();
	} else {	/* Linux would run /bin/hello with 79 arguments */
		ktap_skip("every broken ELF file is refused with -ENOEXEC", "not Tern");
		ktap_skip("execve with 79 arguments is -E2BIG", "not Tern");
	}
	ktap_ok(getpid() > 0, "the process survives failed execves");
	return ktap_finished();
}
