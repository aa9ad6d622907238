// SPDX-License-Identifier: GPL-2.0
/*
 * user/hello.c - the first user program: greet, show argv and envp.
 *
 * Proves the loader built the initial stack (argc, argv, envp) and that
 * write reaches the console.  init runs it first; t_exec runs it with a
 * known argv and envp and the kernel test checks both come through.
 */
#include <stdio.h>

#include "unistd_tern.h"

int main(int argc, char *argv[], char *envp[])
{
	int i;

	printf("Hello from user space, pid %d, parent %d\n", getpid(), getppid());
	for (i = 0; i < argc; i++)
		printf("hello: argv[%d] = %s\n", i, argv[i]);
	for (i = 0; envp[i]; i++)
		printf("hello: envp[%d] = %s\n", i, envp[i]);
	return 0;
}
