// SPDX-License-Identifier: GPL-2.0
/*
 * user/lib/unistd_tern.c - Linux-named wrappers for Tern's system calls.
 *
 * Each is one system call from syscall.h plus __syscall_ret(); the time
 * calls convert between newlib's struct timespec (64-bit time_t) and the
 * kernel's 32-bit one.  The counterpart of glibc's thin syscall wrappers
 * (sysdeps/unix/sysv/linux) for the calls in unistd_tern.h.
 */
#include <errno.h>
#include <string.h>

#include "unistd_tern.h"

pid_t fork(void)
{
	return __syscall_ret(syscall0(__NR_fork));
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	return __syscall_ret(syscall3(__NR_execve, (long)path, (long)argv,
				      (long)envp));
}

pid_t wait4(pid_t pid, int *status, int options, void *rusage)
{
	return __syscall_ret(syscall4(__NR_wait4, pid, (long)status, options,
				      (long)rusage));
}

/* The ARM EABI has no waitpid system call: wait4 without rusage. */
pid_t waitpid(pid_t pid, int *status, int options)
{
	return wait4(pid, status, options, NULL);
}

pid_t wait(int *status)
{
	return wait4(-1, status, 0, NULL);
}

int sched_yield(void)
{
	return __syscall_ret(syscall0(__NR_sched_yield));
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	struct __kernel_old_timespec kreq, krem;
	long ret;

	kreq.tv_sec = req->tv_sec;
	kreq.tv_nsec = req->tv_nsec;
	ret = syscall2(__NR_nanosleep, (long)&kreq, rem ? (long)&krem : 0);
	if (rem && ret == -EINTR) {
		rem->tv_sec = krem.tv_sec;
		rem->tv_nsec = krem.tv_nsec;
	}
	return __syscall_ret(ret);
}

unsigned int sleep(unsigned int seconds)
{
	struct timespec ts = { .tv_sec = seconds, .tv_nsec = 0 };

	if (nanosleep(&ts, &ts))
		return ts.tv_sec;
	return 0;
}

int usleep(useconds_t usec)
{
	struct timespec ts = {
		.tv_sec = usec / 1000000,
		.tv_nsec = (usec % 1000000) * 1000,
	};

	return nanosleep(&ts, NULL);
}

int clock_gettime(clockid_t clk, struct timespec *tp)
{
	struct __kernel_old_timespec kts;
	long ret;

	ret = syscall2(__NR_clock_gettime, clk, (long)&kts);
	if (ret == 0) {
		tp->tv_sec = kts.tv_sec;
		tp->tv_nsec = kts.tv_nsec;
	}
	return __syscall_ret(ret);
}

int uname(struct utsname *buf)
{
	return __syscall_ret(syscall1(__NR_uname, (long)buf));
}

int reboot(int cmd)
{
	return __syscall_ret(syscall4(__NR_reboot, LINUX_REBOOT_MAGIC1,
				      LINUX_REBOOT_MAGIC2, cmd, 0));
}

pid_t getppid(void)
{
	return syscall0(__NR_getppid);
}

int kill(pid_t pid, int sig)
{
	return __syscall_ret(syscall2(__NR_kill, pid, sig));
}

void exit_group(int status)
{
	for (;;)
		syscall1(__NR_exit_group, status);
}

int sysinfo(struct sysinfo *info)
{
	return __syscall_ret(syscall1(__NR_sysinfo, (long)info));
}

int running_on_tern(void)
{
	struct utsname u;

	return uname(&u) == 0 && strcmp(u.sysname, "Tern") == 0;
}
