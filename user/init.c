// SPDX-License-Identifier: GPL-2.0
/*
 * user/init.c - process 1: run the demo programs, then power off.
 *
 * The kernel starts /init as pid 1 (Linux: init/main.c run_init_process).
 * It runs the programs of init_progs[] below, one batch at a time: the
 * programs of a batch run in parallel, and init waits for every child of
 * the batch, printing how each ended, before starting the next.  Then it
 * asks the kernel to power off with reboot(2).  Edit the table to run
 * other programs; build with "make -C user INIT_RUN_TESTS=y" to also run
 * the t_* test programs.
 *
 * As pid 1 init also inherits every orphan, so it reaps any child, not
 * only its own (Linux: kernel/exit.c forget_original_parent).
 */
#include <errno.h>
#include <stdio.h>

#include "child.h"
#include "unistd_tern.h"

struct init_prog {
	int batch;			/* same batch: run in parallel */
	char *argv[4];			/* argv[0] is the path */
};

static const struct init_prog init_progs[] = {
	{ 0, { "/bin/hello", "from-init" } },
	{ 1, { "/bin/spin", "1" } },
	{ 1, { "/bin/spin", "2" } },
#ifdef CONFIG_INIT_RUN_TESTS
	{ 2, { "/bin/armtest" } },
	{ 3, { "/bin/t_syscalls" } },
	{ 4, { "/bin/t_fork" } },
	{ 5, { "/bin/t_sched" } },
	{ 6, { "/bin/t_fault" } },
	{ 7, { "/bin/t_exec" } },
	{ 8, { "/bin/t_procs" } },
	{ 9, { "/bin/t_mmap" } },
	{ 10, { "/bin/t_cow" } },
	{ 11, { "/bin/t_oom" } },
#endif
};

#define NR_INIT_PROGS	(sizeof(init_progs) / sizeof(init_progs[0]))

static char *init_envp[] = { "HOME=/", "TERM=linux", NULL };

/* start_batch - spawn every program of batch b; returns how many run. */
static int start_batch(int b)
{
	unsigned int i;
	int running = 0;

	for (i = 0; i < NR_INIT_PROGS; i++) {
		const struct init_prog *p = &init_progs[i];
		pid_t pid;

		if (p->batch != b)
			continue;
		pid = spawn(p->argv[0], p->argv, init_envp);
		if (pid < 0) {
			printf("init: fork for %s failed: errno %d\n",
			       p->argv[0], errno);
			continue;
		}
		printf("init: started %s as pid %d\n", p->argv[0], pid);
		running++;
	}
	return running;
}

/* wait_children - reap until no child is left, reporting each. */
static void wait_children(void)
{
	int status;
	pid_t pid;

	while ((pid = wait4(-1, &status, 0, NULL)) > 0)
		print_status("init", pid, status);
}

/* power_off - reboot(POWER_OFF); only pid 1 may stop the machine. */
static int power_off(void)
{
	if (getpid() != 1) {
		printf("init: not pid 1 (pid %d), not powering off\n",
		       getpid());
		return 0;
	}
	printf("init: powering off\n");
	fflush(stdout);
	reboot(LINUX_REBOOT_CMD_POWER_OFF);
	printf("init: reboot(POWER_OFF) failed: errno %d\n", errno);
	return 1;
}

int main(void)
{
	int b, last = 0;
	unsigned int i;

	printf("init: started\n");
	for (i = 0; i < NR_INIT_PROGS; i++)
		if (init_progs[i].batch > last)
			last = init_progs[i].batch;
	for (b = 0; b <= last; b++) {
		if (start_batch(b))
			wait_children();
	}
	printf("init: all programs done\n");
	return power_off();
}
