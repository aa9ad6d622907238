// SPDX-License-Identifier: GPL-2.0
/*
 * user/lib/syscalls.c - the system call stubs newlib needs, on Tern.
 *
 * newlib's stdio, malloc and exit end in a dozen "_name" functions that
 * each embedded port writes (libgloss); these are Tern's, made of the Linux
 * ARM EABI system calls in syscall.h, so the same binary also runs under
 * qemu-arm.  There is no Linux file for this: it is the job glibc's
 * sysdeps/unix/sysv/linux and nolibc's sys.h do for their C libraries.
 */
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>

#include "syscall.h"
#include "unistd_tern.h"

/*
 * Two errnos: newlib's reentrant wrappers (_write_r...) copy the global
 * "errno" variable the stubs set into the per-thread one, which is what
 * the errno macro reads; wrappers called directly (fork, execve) must
 * set that one themselves.  set_errno sets both.
 */
#undef errno
extern int errno;

static void set_errno(int e)
{
	errno = e;
	*__errno() = e;
}

/* errno_from_linux - newlib's number for a Linux errno (equal up to 34). */
static int errno_from_linux(long e)
{
	switch (e) {
	case 35: return EDEADLK;
	case LINUX_ENAMETOOLONG: return ENAMETOOLONG;
	case 37: return ENOLCK;
	case LINUX_ENOSYS: return ENOSYS;
	case 39: return ENOTEMPTY;
	case 40: return ELOOP;
	default: return (int)e;
	}
}

long __syscall_ret(long ret)
{
	if (SYSCALL_IS_ERR(ret)) {
		set_errno(errno_from_linux(-ret));
		return -1;
	}
	return ret;
}

int _write(int fd, const void *buf, size_t count)
{
	return __syscall_ret(syscall3(__NR_write, fd, (long)buf, count));
}

int _read(int fd, void *buf, size_t count)
{
	return __syscall_ret(syscall3(__NR_read, fd, (long)buf, count));
}

int _open(const char *path, int flags, int mode)
{
	/* Tern may have no files to open yet: -ENOENT or -ENOSYS. */
	return __syscall_ret(syscall3(__NR_open, (long)path, flags, mode));
}

int _close(int fd)
{
	return __syscall_ret(syscall1(__NR_close, fd));
}

/* The console is not seekable, and Tern has no lseek: like a pipe. */
int _lseek(int fd, int offset, int whence)
{
	(void)fd;
	(void)offset;
	(void)whence;
	set_errno(ESPIPE);
	return -1;
}

/*
 * No fstat system call on Tern: fds 0-2 are the console, a character
 * device, which makes newlib line-buffer stdout (also into a pipe under
 * qemu-arm, so output order is the same on both).
 */
int _fstat(int fd, struct stat *st)
{
	if (fd < 0 || fd > 2) {
		set_errno(EBADF);
		return -1;
	}
	__builtin_memset(st, 0, sizeof(*st));
	st->st_mode = S_IFCHR | 0620;
	return 0;
}

int _isatty(int fd)
{
	if (fd >= 0 && fd <= 2)
		return 1;
	set_errno(ENOTTY);
	return 0;
}

/* exit() ends here after flushing stdio: end the whole process. */
void _exit(int status)
{
	exit_group(status);
}

int _getpid(void)
{
	return syscall0(__NR_getpid);
}

int _kill(int pid, int sig)
{
	return __syscall_ret(syscall2(__NR_kill, pid, sig));
}

/*
 * _sbrk - move the heap end by incr bytes, with Linux's brk semantics:
 * brk(0) returns the current break; brk(addr) returns the new break, or
 * the old one unchanged when the kernel refuses.
 */
void *_sbrk(ptrdiff_t incr)
{
	static unsigned long cur_brk;
	unsigned long old, want;

	if (!cur_brk)
		cur_brk = syscall1(__NR_brk, 0);
	old = cur_brk;
	want = old + incr;
	if (syscall1(__NR_brk, want) != (long)want) {
		set_errno(ENOMEM);
		return (void *)-1;
	}
	cur_brk = want;
	return (void *)old;
}

/* monotonic_ns - CLOCK_MONOTONIC in nanoseconds, 0 if unavailable. */
static unsigned long long monotonic_ns(void)
{
	struct __kernel_old_timespec ts;

	if (syscall2(__NR_clock_gettime, LINUX_CLOCK_MONOTONIC, (long)&ts))
		return 0;
	return (unsigned long long)ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

/* Tern keeps no CPU accounting: report elapsed monotonic time as user. */
clock_t _times(struct tms *buf)
{
	clock_t ticks = monotonic_ns() / (1000000000ull / CLOCKS_PER_SEC);

	buf->tms_utime = ticks;
	buf->tms_stime = 0;
	buf->tms_cutime = 0;
	buf->tms_cstime = 0;
	return ticks;
}

/* Time since boot: Tern has no real-time clock. */
int _gettimeofday(struct timeval *tv, void *tz)
{
	unsigned long long ns = monotonic_ns();

	(void)tz;
	tv->tv_sec = ns / 1000000000ull;
	tv->tv_usec = (ns % 1000000000ull) / 1000;
	return 0;
}
