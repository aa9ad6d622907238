/* SPDX-License-Identifier: GPL-2.0 */
/*
 * user/lib/syscall.h - raw system calls from user space, Linux ARM EABI.
 *
 * Tern's system call ABI is Linux's ARM EABI ABI exactly: the number goes
 * in r7, up to six arguments in r0-r5, then "svc #0"; the kernel returns
 * the result, or -errno, in r0 and preserves every other register.
 * Corresponds to Linux's arch/arm/include/uapi/asm/unistd.h plus the
 * ARM part of tools/include/nolibc/arch-arm.h (my_syscall0..6).
 *
 * The syscallN() helpers return the raw kernel value (-errno on failure)
 * so test programs can check exact error codes; the newlib glue turns
 * them into -1 plus errno with __syscall_ret().
 */
#ifndef TERN_USER_SYSCALL_H
#define TERN_USER_SYSCALL_H

/*
 * Linux ARM EABI system call numbers: the kernel's own list, shared as
 * Linux shares arch/arm/include/uapi/asm/unistd.h with user space.
 */
#include <asm/unistd.h>

/*
 * Linux errno numbers 1..34 (EPERM..ERANGE) equal newlib's, so the raw
 * result can be compared with -EBADF, -EFAULT, ... directly.  Above 34
 * they differ: the few the tests need are named here with Linux's value.
 */
#define LINUX_ENAMETOOLONG	36
#define LINUX_ENOSYS		38

/* Linux clock ids (include/uapi/linux/time.h); newlib's differ. */
#define LINUX_CLOCK_REALTIME	0
#define LINUX_CLOCK_MONOTONIC	1

/*
 * The time value the ARM EABI clock_gettime (263) and nanosleep (162)
 * use: 32-bit seconds.  newlib's struct timespec has a 64-bit time_t,
 * so the wrappers convert (include/uapi/linux/time_types.h).
 */
struct __kernel_old_timespec {
	long tv_sec;
	long tv_nsec;
};

/* True if a raw result is -errno (Linux reserves -4095..-1). */
#define SYSCALL_IS_ERR(r)	((unsigned long)(r) >= (unsigned long)-4095)

/*
 * syscall0..6 - trap into the kernel.  Each argument is pinned to its
 * register with a register variable; r0 is both the first argument and
 * the result.  "memory": the kernel may read or write user memory.
 * r7 is Thumb's frame pointer, so programs build with
 * -fomit-frame-pointer (GCC refuses r7 here otherwise).
 */
static inline long syscall0(long nr)
{
	register long r7 __asm__("r7") = nr;
	register long r0 __asm__("r0");

	__asm__ volatile("svc #0" : "=r"(r0) : "r"(r7) : "memory");
	return r0;
}

static inline long syscall1(long nr, long a)
{
	register long r7 __asm__("r7") = nr;
	register long r0 __asm__("r0") = a;

	__asm__ volatile("svc #0" : "+r"(r0) : "r"(r7) : "memory");
	return r0;
}

static inline long syscall2(long nr, long a, long b)
{
	register long r7 __asm__("r7") = nr;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;

	__asm__ volatile("svc #0" : "+r"(r0) : "r"(r7), "r"(r1) : "memory");
	return r0;
}

static inline long syscall3(long nr, long a, long b, long c)
{
	register long r7 __asm__("r7") = nr;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;

	__asm__ volatile("svc #0" : "+r"(r0)
			 : "r"(r7), "r"(r1), "r"(r2) : "memory");
	return r0;
}

static inline long syscall4(long nr, long a, long b, long c, long d)
{
	register long r7 __asm__("r7") = nr;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;

	__asm__ volatile("svc #0" : "+r"(r0)
			 : "r"(r7), "r"(r1), "r"(r2), "r"(r3) : "memory");
	return r0;
}

static inline long syscall5(long nr, long a, long b, long c, long d, long e)
{
	register long r7 __asm__("r7") = nr;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	register long r4 __asm__("r4") = e;

	__asm__ volatile("svc #0" : "+r"(r0)
			 : "r"(r7), "r"(r1), "r"(r2), "r"(r3), "r"(r4)
			 : "memory");
	return r0;
}

static inline long syscall6(long nr, long a, long b, long c, long d, long e,
			    long f)
{
	register long r7 __asm__("r7") = nr;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	register long r4 __asm__("r4") = e;
	register long r5 __asm__("r5") = f;

	__asm__ volatile("svc #0" : "+r"(r0)
			 : "r"(r7), "r"(r1), "r"(r2), "r"(r3), "r"(r4),
			   "r"(r5)
			 : "memory");
	return r0;
}

/*
 * __syscall_ret - turn a raw result into the C library convention:
 * -errno becomes -1 with errno set (translated to newlib's numbering).
 */
long __syscall_ret(long ret);

#endif /* TERN_USER_SYSCALL_H */
