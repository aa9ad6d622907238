// SPDX-License-Identifier: GPL-2.0
/*
 * user/linux/vfp_cost.c - what a context switch costs with and without
 * the VFP, in instructions: run as init (init=/bin/vfp_cost) under QEMU
 * -icount shift=0, where PMCCNTR, which Tern's zImage starts and lets user
 * mode read, counts one per instruction. Two processes yield to each
 * other 2000 times, first touching no VFP register, then each executing
 * one VFP instruction between its yields; the same loops in one process
 * give what the yield costs without a switch. With Tern's lazy VFP
 * switching (arch/arm/vfp/vfpmodule.c) the second case pays a trap per
 * switch that saves one process's registers and loads the other's.
 * A measurement, not a conformance check: Tern only (docs/linux-abi.md).
 */
#include <stdio.h>
#include <sys/reboot.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define N	2000

static unsigned int pmccntr(void)
{
	unsigned int v;

	__asm__ volatile("isb\n\tmrc p15, 0, %0, c9, c13, 0" : "=r"(v) : : "memory");
	return v;
}

static void yields(int vfp, int n)
{
	for (int i = 0; i < n; i++) {
		if (vfp)
			__asm__ volatile("vadd.f64 d0, d0, d1" : : : "d0");
		syscall(SYS_sched_yield);
	}
}

/* Instructions per iteration of the timed loop, alone or against a child. */
static unsigned int per_iteration(int vfp, int against_child)
{
	unsigned int t0, t1;
	pid_t pid = 0;
	int status;

	if (against_child) {
		pid = fork();
		if (pid == 0) {
			yields(vfp, N + 200);	/* outlasts the parent's loop */
			_exit(0);
		}
	}
	yields(vfp, 100);			/* warm up: both running */
	t0 = pmccntr();
	yields(vfp, N);
	t1 = pmccntr();
	if (against_child)
		waitpid(pid, &status, 0);
	return (t1 - t0) / N;
}

int main(void)
{
	unsigned int alone = per_iteration(0, 0), alone_vfp = per_iteration(1, 0);
	unsigned int pair = per_iteration(0, 1), pair_vfp = per_iteration(1, 1);
	unsigned int sw = (pair - alone) / 2, sw_vfp = (pair_vfp - alone_vfp) / 2;

	printf("vfp_cost: a yield alone %u, with one VFP instruction %u\n", alone, alone_vfp);
	printf("vfp_cost: a switch between two processes: %u, both using the VFP: %u (+%u)\n",
	       sw, sw_vfp, sw_vfp - sw);
	fflush(stdout);
	if (getpid() == 1)
		reboot(RB_POWER_OFF);
	return 0;
}
