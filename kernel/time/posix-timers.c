// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/posix-timers.c - clock_gettime() and nanosleep().
 * Linux: kernel/time/posix-timers.c, kernel/time/hrtimer.c.
 * Times are the 32-bit struct timespec of the ARM EABI syscalls 162/263.
 */
#include <linux/errno.h>
#include <linux/math64.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>

#define CLOCK_REALTIME		0	/* Tern has no wall clock: same as MONOTONIC */
#define CLOCK_MONOTONIC		1

struct old_timespec32 {
	s32 tv_sec;
	s32 tv_nsec;
};

static struct old_timespec32 ns_to_timespec(u64 ns)
{
	struct old_timespec32 ts;
	u32 rem = do_div(ns, NSEC_PER_SEC);

	ts.tv_sec = (s32)ns;
	ts.tv_nsec = rem;
	return ts;
}

long sys_clock_gettime(int which_clock, struct old_timespec32 __user *tp)
{
	struct old_timespec32 ts;

	if (which_clock != CLOCK_MONOTONIC && which_clock != CLOCK_REALTIME)
		return -EINVAL;
	ts = ns_to_timespec(ktime_get_ns());
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

long sys_nanosleep(struct old_timespec32 __user *rqtp, struct old_timespec32 __user *rmtp)
{
	struct old_timespec32 ts;
	u64 left;

	if (copy_from_user(&ts, rqtp, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= (s32)NSEC_PER_SEC)
		return -EINVAL;
	left = schedule_timeout((u64)ts.tv_sec * NSEC_PER_SEC + ts.tv_nsec);
	if (!left)
		return 0;
	if (rmtp) {
		ts = ns_to_timespec(left);
		if (copy_to_user(rmtp, &ts, sizeof(ts)))
			return -EFAULT;
	}
	return -EINTR;
}
