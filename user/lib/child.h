/* SPDX-License-Identifier: GPL-2.0 */
/*
 * user/lib/child.h - run code or a program in a child process and wait.
 *
 * The fork/exec/wait patterns init and the test programs share; what
 * posix_spawn and system() do in a full C library.
 */
#ifndef TERN_USER_CHILD_H
#define TERN_USER_CHILD_H

#include <sys/types.h>

/*
 * run_in_child - fork; the child calls fn(arg) and exits with its return
 * value; the parent waits.  Returns the child's wait status, or -1 with
 * errno set if fork or wait4 failed.
 */
int run_in_child(int (*fn)(void *arg), void *arg);

/*
 * spawn - fork and execve(path, argv, envp) in the child, which exits 127
 * if execve fails.  Returns the child's pid, or -1 with errno set.
 */
pid_t spawn(const char *path, char *const argv[], char *const envp[]);

/* print_status - "exited with status N" / "killed by signal N". */
void print_status(const char *who, pid_t pid, int status);

#endif /* TERN_USER_CHILD_H */
