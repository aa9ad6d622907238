// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/posix-timers.c - the clocks (clock_gettime, gettimeofday)
 * and sleeping on them (nanosleep, clock_nanosleep).
 * Linux: kernel/time/posix-timers.c, kernel/time/time.c (gettimeofday,
 * get/put_timespec64), kernel/time/hrtimer.c (nanosleep).
 *
 * Every clock reads the generic timer (ktime_get_ns: nanoseconds since
 * boot). Tern never suspends, so BOOTTIME is MONOTONIC; it has no wall
 * clock yet (no RTC driver), so REALTIME starts at the Epoch at boot. The
 * COARSE clocks are as precise as the others, which Linux allows.
 *
 * Each call exists twice on 32-bit ARM: with the old 32-bit seconds
 * (good until 2038) and with 64-bit ones (*_time64, what glibc calls
 * first). Both convert to struct timespec64 at the edge.
 */
#include <linux/errno.h>
#include <linux/math64.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>

#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1
#define CLOCK_MONOTONIC_RAW	4
#define CLOCK_REALTIME_COARSE	5
#define CLOCK_MONOTONIC_COARSE	6
#define CLOCK_BOOTTIME		7
#define TIMER_ABSTIME		0x01	/* clock_nanosleep: until, not for */

/* The EABI's first clock calls: 32-bit seconds. */
struct old_timespec32 {
	s32 tv_sec;
	s32 tv_nsec;
};

/* The *_time64 calls' layout. */
struct __kernel_timespec {
	s64 tv_sec;
	s64 tv_nsec;
};

struct old_timeval32 {
	s32 tv_sec;
	s32 tv_usec;
};

struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

/* Inside the kernel (Linux: include/linux/time64.h). */
struct timespec64 {
	s64 tv_sec;
	long tv_nsec;
};

static struct timespec64 ns_to_timespec64(u64 ns)
{
	struct timespec64 ts;
	u32 rem = do_div(ns, NSEC_PER_SEC);

	ts.tv_sec = ns;
	ts.tv_nsec = rem;
	return ts;
}

static int get_old_timespec32(struct timespec64 *ts, const struct old_timespec32 __user *uts)
{
	struct old_timespec32 t;

	if (copy_from_user(&t, uts, sizeof(t)))
		return -EFAULT;
	ts->tv_sec = t.tv_sec;
	ts->tv_nsec = t.tv_nsec;
	return 0;
}

static int put_old_timespec32(const struct timespec64 *ts, struct old_timespec32 __user *uts)
{
	struct old_timespec32 t = { (s32)ts->tv_sec, ts->tv_nsec };

	return copy_to_user(uts, &t, sizeof(t)) ? -EFAULT : 0;
}

static int get_timespec64(struct timespec64 *ts, const struct __kernel_timespec __user *uts)
{
	struct __kernel_timespec t;

	if (copy_from_user(&t, uts, sizeof(t)))
		return -EFAULT;
	ts->tv_sec = t.tv_sec;
	ts->tv_nsec = (long)t.tv_nsec;	/* the upper half is ignored, as Linux does for 32-bit tasks */
	return 0;
}

static int put_timespec64(const struct timespec64 *ts, struct __kernel_timespec __user *uts)
{
	struct __kernel_timespec t = { ts->tv_sec, ts->tv_nsec };

	return copy_to_user(uts, &t, sizeof(t)) ? -EFAULT : 0;
}

/* The time of which_clock in nanoseconds, or -EINVAL for a clock Tern has not. */
static s64 clock_get_ns(int which_clock)
{
	switch (which_clock) {
	case CLOCK_REALTIME:
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_REALTIME_COARSE:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:
		return ktime_get_ns();
	default:
		return -EINVAL;		/* the CPU-time clocks are to come */
	}
}

/* Write which_clock's time to *tp in the old or the 64-bit layout. */
static long clock_gettime_user(int which_clock, void __user *tp, bool time64)
{
	s64 ns = clock_get_ns(which_clock);
	struct timespec64 ts;

	if (ns < 0)
		return ns;
	ts = ns_to_timespec64(ns);
	return time64 ? put_timespec64(&ts, tp) : put_old_timespec32(&ts, tp);
}

long sys_clock_gettime(int which_clock, struct old_timespec32 __user *tp)
{
	return clock_gettime_user(which_clock, tp, false);
}

long sys_clock_gettime64(int which_clock, struct __kernel_timespec __user *tp)
{
	return clock_gettime_user(which_clock, tp, true);
}

/* Linux: sys_gettimeofday(). No time zones in the kernel: all zero, as Linux's default. */
long sys_gettimeofday(struct old_timeval32 __user *tv, struct timezone __user *tz)
{
	if (tv) {
		struct timespec64 ts = ns_to_timespec64(clock_get_ns(CLOCK_REALTIME));
		struct old_timeval32 val = { (s32)ts.tv_sec, ts.tv_nsec / 1000 };

		if (copy_to_user(tv, &val, sizeof(val)))
			return -EFAULT;
	}
	if (tz) {
		struct timezone zone = { 0, 0 };

		if (copy_to_user(tz, &zone, sizeof(zone)))
			return -EFAULT;
	}
	return 0;
}

/*
 * Linux: hrtimer_nanosleep(). Sleep for *rq on which_clock (until it, with
 * TIMER_ABSTIME). 0 when the time has come; -EINTR if a signal came
 * first, with the time left of a relative sleep in *rq.
 */
static long do_clock_nanosleep(int which_clock, int flags, struct timespec64 *rq)
{
	s64 now = clock_get_ns(which_clock);
	u64 ns, left;

	if (now < 0 || which_clock == CLOCK_MONOTONIC_RAW || which_clock == CLOCK_REALTIME_COARSE ||
	    which_clock == CLOCK_MONOTONIC_COARSE)
		return -EINVAL;		/* Linux sleeps on neither the raw nor the coarse clocks */
	if (rq->tv_sec < 0 || rq->tv_nsec < 0 || rq->tv_nsec >= (long)NSEC_PER_SEC)
		return -EINVAL;
	ns = (u64)rq->tv_sec * NSEC_PER_SEC + rq->tv_nsec;
	if (flags & TIMER_ABSTIME)
		ns = ns > (u64)now ? ns - now : 0;
	left = ns ? schedule_timeout(ns) : 0;
	if (!left)
		return 0;
	*rq = ns_to_timespec64(flags & TIMER_ABSTIME ? 0 : left);
	return -EINTR;
}

/* The user-space half: read *rqtp, sleep, write the time left to *rmtp. */
static long nanosleep_user(int which_clock, int flags, const void __user *rqtp,
			   void __user *rmtp, bool time64)
{
	struct timespec64 rq;
	long ret = time64 ? get_timespec64(&rq, rqtp) : get_old_timespec32(&rq, rqtp);

	if (!ret)
		ret = do_clock_nanosleep(which_clock, flags, &rq);
	if (ret == -EINTR && rmtp && !(flags & TIMER_ABSTIME) &&
	    (time64 ? put_timespec64(&rq, rmtp) : put_old_timespec32(&rq, rmtp)))
		return -EFAULT;
	return ret;
}

long sys_nanosleep(struct old_timespec32 __user *rqtp, struct old_timespec32 __user *rmtp)
{
	return nanosleep_user(CLOCK_MONOTONIC, 0, rqtp, rmtp, false);
}

long sys_clock_nanosleep(int which_clock, int flags, struct old_timespec32 __user *rqtp,
			 struct old_timespec32 __user *rmtp)
{
	return nanosleep_user(which_clock, flags, rqtp, rmtp, false);
}

long sys_clock_nanosleep_time64(int which_clock, int flags, struct __kernel_timespec __user *rqtp,
				struct __kernel_timespec __user *rmtp)
{
	return nanosleep_user(which_clock, flags, rqtp, rmtp, true);
}
