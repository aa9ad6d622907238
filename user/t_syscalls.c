// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_syscalls.c - every Tern system call, from user space, in KTAP.
 *
 * Calls each system call of lib/syscall.h through the raw svc helpers so
 * the exact return value, including -errno, is checked: success paths,
 * bad file descriptors (-EBADF), an unknown number (-ENOSYS), pointers
 * user space may not pass (-EFAULT: Linux's access_ok and uaccess
 * fixups, arch/arm/include/asm/uaccess.h), brk growing and shrinking,
 * and the clock.  Linux: tools/testing/selftests has one test per area;
 * Tern keeps the whole syscall table in one program.
 *
 * The program also runs under qemu-arm on Linux; checks that only hold
 * on Tern report "# SKIP not Tern" there.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>

#include "child.h"
#include "ktap.h"
#include "unistd_tern.h"

#define KERNEL_ADDR	0xC0000000UL	/* PAGE_OFFSET: kernel memory */
#define VECTORS_ADDR	0xFFFF0000UL	/* the high vectors page */
#define BAD_SYSCALL	999		/* beyond the table */
#define NSEC_PER_SEC	1000000000L

static int on_tern;

static void test_ids(void)
{
	long pid = syscall0(__NR_getpid);
	long ppid = syscall0(__NR_getppid);

	ktap_ok(pid > 0, "getpid returns a positive pid");
	ktap_ok(ppid >= 0 && ppid != pid, "getppid returns another pid");
	ktap_ok_eq(syscall0(__NR_gettid), pid, "gettid returns the pid");
}

static void test_fds(void)
{
	static const char msg[] = "# t_syscalls: write to stdout\n";
	char c;

	ktap_ok_eq(syscall3(__NR_write, 1, (long)msg, sizeof(msg) - 1),
		   sizeof(msg) - 1, "write to stdout returns the count");
	ktap_ok_eq(syscall3(__NR_write, 99, (long)msg, 1), -EBADF,
		   "write to a bad fd is -EBADF");
	ktap_ok_eq(syscall3(__NR_read, 99, (long)&c, 1), -EBADF,
		   "read from a bad fd is -EBADF");
	ktap_ok_eq(syscall1(__NR_close, 99), -EBADF,
		   "close of a bad fd is -EBADF");
	ktap_ok_eq(syscall0(BAD_SYSCALL), -LINUX_ENOSYS,
		   "unknown system call is -ENOSYS");
}

static void test_efault(void)
{
	ktap_ok_eq(syscall3(__NR_write, 1, KERNEL_ADDR, 4), -EFAULT,
		   "write from a kernel address is -EFAULT");
	ktap_ok_eq(syscall3(__NR_write, 1, 0, 4), -EFAULT,
		   "write from NULL is -EFAULT");
	ktap_ok_eq(syscall3(__NR_read, 0, VECTORS_ADDR, 4), -EFAULT,
		   "read into the vectors page is -EFAULT");
	ktap_ok_eq(syscall1(__NR_uname, KERNEL_ADDR), -EFAULT,
		   "uname into a kernel address is -EFAULT");
	ktap_ok_eq(syscall2(__NR_clock_gettime, LINUX_CLOCK_MONOTONIC, 0),
		   -EFAULT, "clock_gettime into NULL is -EFAULT");
}

static void test_uname(void)
{
	struct utsname u;

	memset(&u, 0xff, sizeof(u));
	if (!ktap_ok_eq(syscall1(__NR_uname, (long)&u), 0, "uname succeeds"))
		return;
	ktap_print_msg("uname: %.65s %.65s %.65s %.65s", u.sysname,
		       u.release, u.version, u.machine);
	on_tern = running_on_tern();
	if (on_tern)
		ktap_ok(1, "uname sysname is Tern");
	else
		ktap_skip("uname sysname is Tern", "not Tern");
	ktap_ok(memchr(u.machine, 0, sizeof(u.machine)) &&
		strncmp(u.machine, "armv7", 5) == 0,
		"uname machine is armv7*");
}

static void test_brk(void)
{
	long cur = syscall1(__NR_brk, 0);
	long grown = cur + 8192;
	volatile char *p = (volatile char *)cur;
	int zero = 1;
	long i;

	ktap_ok((unsigned long)cur > 0x10000 &&
		(unsigned long)cur < KERNEL_ADDR,
		"brk(0) returns the current break");
	if (!ktap_ok_eq(syscall1(__NR_brk, grown), grown, "brk grows"))
		return;
	for (i = 0; i < 8192; i += 512) {
		zero &= p[i] == 0;
		p[i] = (char)i;
	}
	ktap_ok(zero && p[512] == (char)512, "grown heap is zeroed and usable");
	ktap_ok_eq(syscall1(__NR_brk, cur), cur, "brk shrinks");
	ktap_ok_eq(syscall1(__NR_brk, KERNEL_ADDR), cur,
		   "brk into the kernel fails, returning the old break");
}

/* ts_ns - a kernel timespec in nanoseconds. */
static long long ts_ns(const struct __kernel_old_timespec *ts)
{
	return (long long)ts->tv_sec * NSEC_PER_SEC + ts->tv_nsec;
}

static void test_clock(void)
{
	struct __kernel_old_timespec a, b;
	int ok = 1, i;

	ok &= syscall2(__NR_clock_gettime, LINUX_CLOCK_MONOTONIC, (long)&a) == 0;
	for (i = 0; ok && i < 100; i++) {
		ok &= syscall2(__NR_clock_gettime, LINUX_CLOCK_MONOTONIC,
			       (long)&b) == 0;
		ok &= b.tv_nsec >= 0 && b.tv_nsec < NSEC_PER_SEC;
		ok &= ts_ns(&b) >= ts_ns(&a);
		a = b;
	}
	ktap_ok(ok, "clock_gettime(CLOCK_MONOTONIC) never goes back");
	ktap_ok_eq(syscall2(__NR_clock_gettime, 1000, (long)&a), -EINVAL,
		   "clock_gettime of a bad clock is -EINVAL");
}

static void test_nanosleep(void)
{
	struct __kernel_old_timespec req = { 0, 20 * 1000 * 1000 };
	struct __kernel_old_timespec t0, t1;
	long long slept;

	syscall2(__NR_clock_gettime, LINUX_CLOCK_MONOTONIC, (long)&t0);
	ktap_ok_eq(syscall2(__NR_nanosleep, (long)&req, 0), 0,
		   "nanosleep 20 ms returns 0");
	syscall2(__NR_clock_gettime, LINUX_CLOCK_MONOTONIC, (long)&t1);
	slept = ts_ns(&t1) - ts_ns(&t0);
	/* newlib-nano's printf has no %lld */
	ktap_print_msg("nanosleep: asked 20000 us, slept %ld us",
		       (long)(slept / 1000));
	ktap_ok(slept >= req.tv_nsec, "nanosleep sleeps at least as asked");
	req.tv_nsec = NSEC_PER_SEC;
	ktap_ok_eq(syscall2(__NR_nanosleep, (long)&req, 0), -EINVAL,
		   "nanosleep with tv_nsec >= 1e9 is -EINVAL");
}

static void test_misc(void)
{
	long ret;

	ktap_ok_eq(syscall0(__NR_sched_yield), 0, "sched_yield returns 0");
	ktap_ok_eq(syscall2(__NR_kill, syscall0(__NR_getpid), 0), 0,
		   "kill(self, 0) returns 0");
	ktap_ok_eq(syscall2(__NR_kill, 0x7ffffff0, SIGKILL), -ESRCH,
		   "kill of a missing pid is -ESRCH");
	ret = syscall3(__NR_open, (long)"/no/such/file", 0, 0);
	ktap_ok(ret == -ENOENT || ret == -LINUX_ENOSYS,
		"open of a missing file is -ENOENT (or -ENOSYS)");
	ktap_ok_eq(syscall3(__NR_execve, (long)"/no/such/file",
			    (long)(char *[]){ "x", NULL },
			    (long)(char *[]){ NULL }),
		   -ENOENT, "execve of a missing file is -ENOENT");
	ktap_ok_eq(syscall4(__NR_wait4, -1, 0, 0, 0), -ECHILD,
		   "wait4 without children is -ECHILD");
	/* Wrong magic: refused before any permission or action. */
	ret = syscall4(__NR_reboot, 0x12345678, LINUX_REBOOT_MAGIC2,
		       LINUX_REBOOT_CMD_POWER_OFF, 0);
	ktap_ok(ret == -EINVAL || (!on_tern && ret == -EPERM),
		"reboot with a bad magic is -EINVAL");
}

static long parent_pid;

static int child_checks_ppid(void *arg)
{
	(void)arg;
	return syscall0(__NR_getppid) == parent_pid ? 0 : 1;
}

static int child_exit(void *arg)
{
	syscall1(__NR_exit, (long)arg);
	return 1;
}

static int child_exit_group(void *arg)
{
	syscall1(__NR_exit_group, (long)arg);
	return 1;
}

static void test_process(void)
{
	parent_pid = syscall0(__NR_getpid);
	ktap_ok_eq(run_in_child(child_checks_ppid, NULL), 0,
		   "fork: the child sees the parent as getppid");
	ktap_ok_eq(run_in_child(child_exit, (void *)42), 42 << 8,
		   "exit(42) gives wait status 42 << 8");
	ktap_ok_eq(run_in_child(child_exit_group, (void *)43), 43 << 8,
		   "exit_group(43) gives wait status 43 << 8");
}

int main(void)
{
	ktap_plan(36);
	test_ids();		/* 3 */
	test_fds();		/* 5 */
	test_efault();		/* 5 */
	test_uname();		/* 3 */
	test_brk();		/* 4 */
	test_clock();		/* 2 */
	test_nanosleep();	/* 3 */
	test_misc();		/* 7 */
	test_process();		/* 3 */
	return ktap_finished();
}
