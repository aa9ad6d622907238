// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_cow.c - copy-on-write fork and the freeing of pages, counted in
 * free pages (sysinfo), in KTAP. Tern only: on Linux other processes
 * change the count (Linux: tools/testing/selftests/mm/cow.c).
 *
 *  - after fork, parent and child write their own copies of a page;
 *  - a child that only reads allocates no page; one write copies one;
 *  - after the child exits, the parent's write reuses the page;
 *  - munmap, a shrinking brk and exit give back every page and table;
 *  - 1,000 fork/exec/exit cycles leave the free-page count unchanged.
 *
 * The counts are taken with raw system calls, and after every page they
 * need on the stack was written once: no fault of its own between two
 * counts.
 */
#include <stdio.h>
#include <string.h>
#include <linux/mman.h>
#include <linux/sysinfo.h>

#include "ktap.h"
#include "syscall.h"
#include "unistd_tern.h"

#define PAGE		4096
#define NR_PAGES	16
#define EXEC_CYCLES	1000

static unsigned char buf[NR_PAGES * PAGE] __attribute__((aligned(PAGE)));

static unsigned long free_pages(void)
{
	struct sysinfo si;

	syscall1(__NR_sysinfo, (long)&si);
	return si.freeram;
}

static long sys_fork(void)
{
	return syscall0(__NR_fork);
}

static int wait_status(long pid)
{
	int status = -1;

	syscall4(__NR_wait4, pid, (long)&status, 0, 0);
	return status;
}

static void __attribute__((noreturn)) sys_exit(int code)
{
	syscall1(__NR_exit_group, code);
	for (;;)
		;
}

/* The child reads every page and exits 0 if that allocated nothing. */
static void child_reads(void)
{
	unsigned long before = free_pages(), sum = 0;

	for (int i = 0; i < NR_PAGES; i++)
		sum += ((volatile unsigned char *)buf)[i * PAGE];
	sys_exit(free_pages() == before && sum == NR_PAGES * 0x11 ? 0 : 1);
}

/* The child writes one page: exactly one page copied, the rest shared. */
static void child_writes(void)
{
	unsigned long before = free_pages();

	buf[0] = 0x22;
	sys_exit(before - free_pages() == 1 && buf[0] == 0x22 ? 0 : 1);
}

static void test_fork_cow(void)
{
	long pid;

	memset(buf, 0x11, sizeof(buf));
	fflush(stdout);
	if ((pid = sys_fork()) == 0)
		child_reads();
	ktap_ok_eq(wait_status(pid), 0, "a child that only reads allocates no page");
	if ((pid = sys_fork()) == 0)
		child_writes();
	ktap_ok_eq(wait_status(pid), 0, "a child's write copies one page");
	ktap_ok_eq(buf[0], 0x11, "the parent's copy is unchanged");
}

/* After the child is gone, the parent's page has one user: no copy. */
static void test_reuse_after_exit(void)
{
	unsigned long before;
	long pid;

	fflush(stdout);
	if ((pid = sys_fork()) == 0)
		sys_exit(0);
	wait_status(pid);
	before = free_pages();
	buf[PAGE] = 0x33;
	ktap_ok_eq(free_pages(), before, "after the child exits, the parent's write copies nothing");
}

/* While the child lives, the parent's write copies; the child sees the old bytes. */
static void test_copy_while_shared(void)
{
	unsigned long before;
	long pid;

	buf[2 * PAGE] = 0x44;
	fflush(stdout);
	if ((pid = sys_fork()) == 0) {
		struct __kernel_old_timespec ts = { 0, 20 * 1000 * 1000 };

		syscall2(__NR_nanosleep, (long)&ts, 0);	/* the parent writes meanwhile */
		sys_exit(buf[2 * PAGE] == 0x44 ? 0 : 1);
	}
	free_pages();		/* its stack writes copy the stack pages the child shares */
	before = free_pages();
	buf[2 * PAGE] = 0x55;
	ktap_ok_eq(before - free_pages(), 1, "while the child lives, the parent's write copies a page");
	ktap_ok_eq(wait_status(pid), 0, "the child still sees the old contents");
}

static void test_munmap_frees(void)
{
	unsigned long before = free_pages();
	long a = syscall6(__NR_mmap2, 0, 2 << 20, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	for (long off = 0; off < 2 << 20; off += PAGE)
		((volatile char *)a)[off] = 1;
	ktap_ok(before - free_pages() >= 512, "touching 2 MiB of mmap'd memory takes 512 pages");
	syscall2(__NR_munmap, a, 2 << 20);
	ktap_ok_eq(free_pages(), before, "munmap gives back every page and table");
}

static void test_brk_frees(void)
{
	long start = syscall1(__NR_brk, 0), top = (start + PAGE - 1) & -PAGE;
	unsigned long before = free_pages();

	syscall1(__NR_brk, top + (1 << 20));
	for (long off = 0; off < 1 << 20; off += PAGE)
		((volatile char *)top)[off] = 1;
	ktap_ok(before - free_pages() >= 256, "touching 1 MiB of heap takes 256 pages");
	syscall1(__NR_brk, start);
	ktap_ok_eq(free_pages(), before, "brk back down gives back every page and table");
}

static void test_exec_cycles(const char *self)
{
	char *argv[] = { (char *)self, "exit", NULL };
	char *envp[] = { NULL };
	unsigned long before = free_pages();
	int i, status = 0;

	for (i = 0; i < EXEC_CYCLES; i++) {
		long pid = sys_fork();

		if (pid == 0) {
			syscall3(__NR_execve, (long)self, (long)argv, (long)envp);
			sys_exit(127);
		}
		status = wait_status(pid);
		if (status != 0)
			break;
	}
	if (i < EXEC_CYCLES)
		ktap_print_msg("cycle %d: wait status 0x%x", i, status);
	ktap_ok_eq(i, EXEC_CYCLES, "1000 fork/exec/exit cycles");
	ktap_ok_eq(free_pages(), before, "no page leaked by them");
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "exit"))
		return 0;		/* the program the exec cycles run */
	if (!running_on_tern()) {
		printf("KTAP version 1\n1..0 # SKIP not Tern: other processes change the free-page count\n");
		return 0;
	}
	ktap_plan(12);
	test_fork_cow();		/* 3 */
	test_reuse_after_exit();	/* 1 */
	test_copy_while_shared();	/* 2 */
	test_munmap_frees();		/* 2 */
	test_brk_frees();		/* 2 */
	test_exec_cycles(argv[0]);	/* 2 */
	return ktap_finished();
}
