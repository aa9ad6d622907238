// SPDX-License-Identifier: GPL-2.0
/*
 * user/linux/vfp.c - "vfp": each process has its own VFP/NEON registers.
 * Two processes fill all 32 double registers and FPSCR with values of
 * their own, yield to each other 200 times, and check after each yield
 * that they got their values back; then both compute the same sums with
 * VFP doubles and NEON vectors, and in different rounding modes.
 */
#include <arm_neon.h>
#include <fenv.h>
#include <math.h>
#include <sched.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

#include "t_glibc.h"

#define ROUNDS		200
#define FPSCR_RMODE_UP	(1u << 22)	/* round towards +infinity */
#define FPSCR_RMODE_DN	(2u << 22)	/* towards -infinity */
#define FPSCR_RMODE	(3u << 22)

/* vfp_regs.S: returns FPSCR after the yield. */
unsigned int vfp_yield_with(const uint64_t *in, uint64_t *out, unsigned int fpscr);

/* ROUNDS yields with d0-d31 = base + i + round; how many came back wrong. */
static int ping_pong(uint64_t base, unsigned int fpscr)
{
	uint64_t in[32], out[32];
	int wrong = 0;

	for (int round = 0; round < ROUNDS; round++) {
		for (int i = 0; i < 32; i++)
			in[i] = base + ((uint64_t)i << 32) + round;
		if ((vfp_yield_with(in, out, fpscr) & FPSCR_RMODE) != fpscr)
			wrong++;
		for (int i = 0; i < 32; i++)
			wrong += out[i] != in[i];
	}
	return wrong;
}

/* The same arithmetic in both processes at once; the result into line. */
static void compute(const char *who, char *line, size_t len)
{
	float32x4_t acc = vdupq_n_f32(0.0f);
	float lanes[4];
	double sum = 0.0;

	for (int i = 1; i <= 1000; i++) {
		sum += sqrt((double)i) / i;
		acc = vmlaq_n_f32(acc, vdupq_n_f32(1.0f / i), (float)i);
		if (i % 100 == 0)
			sched_yield();
	}
	vst1q_f32(lanes, acc);
	snprintf(line, len, "vfp: %s: sum of sqrt(i)/i = %.12f, NEON lanes %.3f %.3f %.3f %.3f",
		 who, sum, lanes[0], lanes[1], lanes[2], lanes[3]);
}

/* 1/3 in the current rounding mode, printed exactly. */
static void third(const char *who)
{
	volatile double one = 1.0, three = 3.0;

	printf("vfp: %s: 1/3 rounds to %a\n", who, one / three);
}

int t_vfp(int argc, char **argv)
{
	char line[128];
	pid_t pid;
	int status, wrong;

	(void)argc, (void)argv;
	printf("vfp: FPSCR at start: 0x%08x\n", read_fpscr());
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		wrong = ping_pong(0x4000000000000000ULL, FPSCR_RMODE_DN);
		fesetround(FE_TONEAREST);
		compute("child", line, sizeof(line));
		fesetround(FE_DOWNWARD);
		third("child");
		fesetround(FE_TONEAREST);
		printf("%s\n", line);
		printf("vfp: child: %d rounds, %d registers came back wrong\n", ROUNDS, wrong);
		fflush(stdout);
		_exit(0);
	}
	wrong = ping_pong(0x3ff0000000000000ULL, FPSCR_RMODE_UP);
	fesetround(FE_TONEAREST);
	compute("parent", line, sizeof(line));
	fesetround(FE_UPWARD);
	waitpid(pid, &status, 0);
	third("parent");
	fesetround(FE_TONEAREST);
	printf("%s\n", line);
	printf("vfp: parent: %d rounds, %d registers came back wrong\n", ROUNDS, wrong);
	return 0;
}
