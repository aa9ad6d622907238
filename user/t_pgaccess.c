// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_pgaccess.c - the page-table lab's program: pgaccess(start,
 * npages, mask) tells which pages were touched since the last call
 * (mm/memory.c: the access flag, set again by the access flag fault).
 * Run as init (init=/bin/t_pgaccess); KTAP. xv6's pgtbltest, for ARMv7.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ktap.h"
#include "syscall.h"
#include "unistd_tern.h"

#define PAGE		4096
#define NPAGES		32

static char buf[NPAGES * PAGE] __attribute__((aligned(PAGE)));

static long pgaccess(void *start, int npages, unsigned int *mask)
{
	return syscall3(__NR_pgaccess, (long)start, npages, (long)mask);
}

static unsigned int touched(void)
{
	unsigned int mask = 0xdeadbeef;

	if (pgaccess(buf, NPAGES, &mask))
		return 0xdeadbeef;
	return mask;
}

int main(void)
{
	unsigned int mask;

	ktap_plan(8);
	memset(buf, 1, sizeof(buf));
	ktap_ok_eq(touched(), 0xffffffff, "every page written since exec was touched");
	ktap_ok_eq(touched(), 0, "a second call: nothing touched since");
	buf[1 * PAGE] = 2;
	buf[2 * PAGE + 100] = 3;
	(void)*(volatile char *)&buf[30 * PAGE + PAGE - 1];	/* a read counts too */
	ktap_ok_eq(touched(), (1U << 1) | (1U << 2) | (1U << 30), "pages 1, 2 and 30 touched");
	clock_gettime(CLOCK_MONOTONIC, (struct timespec *)&buf[5 * PAGE]);
	ktap_ok_eq(touched(), 1U << 5, "a write by the kernel (clock_gettime) counts");
	ktap_ok_eq(buf[1 * PAGE] + buf[2 * PAGE + 100] + buf[30 * PAGE], 2 + 3 + 1,
		   "the touched pages kept their data");
	ktap_ok_eq(pgaccess(buf, 33, &mask), -EINVAL, "more than 32 pages is -EINVAL");
	ktap_ok_eq(pgaccess(buf + 1, 1, &mask), -EINVAL, "an unaligned start is -EINVAL");
	ktap_ok_eq(pgaccess(buf, 1, (unsigned int *)0xc0000000), -EFAULT,
		   "a mask in kernel space is -EFAULT");
	mask = ktap_finished();
	fflush(stdout);
	if (getpid() == 1)
		reboot(LINUX_REBOOT_CMD_POWER_OFF);
	return mask;
}
