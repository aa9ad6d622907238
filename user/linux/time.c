// SPDX-License-Identifier: GPL-2.0
/*
 * user/linux/time.c - "time": the clocks glibc reads (clock_gettime64,
 * then the 32-bit clock_gettime), gettimeofday, time() and nanosleep.
 * Only relations are printed: the clocks differ between machines, and
 * Tern's REALTIME starts at the Epoch (it has no clock of the day yet).
 */
#include <errno.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "t_glibc.h"

static long long ns_of(const struct timespec *ts)
{
	return ts->tv_sec * 1000000000LL + ts->tv_nsec;
}

/* 1000 readings of clock c never go back; returns how many did. */
static int backwards(clockid_t c)
{
	struct timespec prev, now;
	int back = 0;

	clock_gettime(c, &prev);
	for (int i = 0; i < 1000; i++) {
		clock_gettime(c, &now);
		back += ns_of(&now) < ns_of(&prev);
		prev = now;
	}
	return back;
}

int t_time(int argc, char **argv)
{
	static const struct { clockid_t id; const char *name; } clocks[] = {
		{ CLOCK_REALTIME, "REALTIME" }, { CLOCK_MONOTONIC, "MONOTONIC" },
		{ CLOCK_BOOTTIME, "BOOTTIME" }, { CLOCK_MONOTONIC_RAW, "MONOTONIC_RAW" },
		{ CLOCK_REALTIME_COARSE, "REALTIME_COARSE" },
		{ CLOCK_MONOTONIC_COARSE, "MONOTONIC_COARSE" },
	};
	struct timespec ts, t0, t1, req = { 0, 20 * 1000 * 1000 };
	struct timeval tv;
	long long slept;
	time_t now;

	(void)argc, (void)argv;
	for (unsigned int i = 0; i < sizeof(clocks) / sizeof(clocks[0]); i++) {
		int ret = clock_gettime(clocks[i].id, &ts);

		printf("time: clock_gettime(%s): %s, nsec in range: %s, went back %d times in 1000\n",
		       clocks[i].name, err_name(ret, errno),
		       ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000 ? "yes" : "no",
		       backwards(clocks[i].id));
	}
	printf("time: an unknown clock: %s\n", err_name(clock_gettime(99, &ts), errno));
	printf("time: the 32-bit clock_gettime: %s\n",
	       err_name(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &tv), errno));
	clock_gettime(CLOCK_REALTIME, &ts);
	gettimeofday(&tv, NULL);
	now = time(NULL);
	printf("time: gettimeofday and time() agree with REALTIME: %s\n",
	       tv.tv_sec - ts.tv_sec <= 1 && now - ts.tv_sec <= 1 ? "yes" : "no");
	clock_gettime(CLOCK_MONOTONIC, &t0);
	printf("time: nanosleep 20 ms: %s\n", err_name(nanosleep(&req, NULL), errno));
	clock_gettime(CLOCK_MONOTONIC, &t1);
	slept = ns_of(&t1) - ns_of(&t0);
	printf("time: MONOTONIC saw at least 20 ms and under 2 s: %s\n",
	       slept >= 20000000 && slept < 2000000000 ? "yes" : "no");
	req.tv_nsec = 1000000000;
	printf("time: nanosleep with nsec = 1e9: %s\n", err_name(nanosleep(&req, NULL), errno));
	return 0;
}
