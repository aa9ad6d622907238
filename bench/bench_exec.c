// SPDX-License-Identifier: GPL-2.0
/*
 * bench/bench_exec.c - the execve benchmark: a tiny static program (no C
 * library) that execs itself N times and measures the execve path.
 *
 *   bench_exec N          start: exec the chain N times, print the figure
 *   bench_exec K N T0 U   (internal) K execs left, T0 = counter at the
 *                         start, U = user-mode instructions spent so far
 *
 * Each link reads the counter at its first instruction (_start) and again
 * just before its svc, and adds the difference to U, so that
 *	execve = (t_end - T0 - U) / N
 * counts only the svc, the kernel's exec (tear down the old image, load
 * the ELF, build the stack) and the return to _start of the new image.
 * Without arguments it powers off if it is pid 1 (so it serves as init=
 * for boots that only want the boot figures) and exits otherwise.
 * Linux counterpart: lmbench's lat_proc exec, without the fork.
 */
#include "bench.h"

#define MAX_DIGITS	24

static char *const bench_envp[] = { 0 };

void bench_exec_main(long *sp, bench_u32 t_start) __attribute__((noreturn, used));

/*
 * _start - r0 = counter at entry; sp = &argc as the kernel left it.
 * The counter is read before anything else; the clock is detected again
 * by bench_exec_main (cheap: three mrc) and the detection is counted as
 * user work, so it does not matter which instructions read it first.
 */
__asm__(
	"	.text\n"
	"	.global	_start\n"
	"	.type	_start, %function\n"
	"_start:\n"
	"	mrc	p15, 0, r1, c9, c14, 0\n"	/* r1 = PMUSERENR */
	"	tst	r1, #1\n"			/* EN: PMCCNTR readable? */
	"	mrcne	p15, 0, r1, c9, c13, 0\n"	/* r1 = PMCCNTR */
	"	moveq	r1, #0\n"			/* r1 = 0: read CNTVCT in C */
	"	mov	r0, sp\n"			/* r0 = &argc */
	"	bic	sp, sp, #7\n"			/* AAPCS: 8-byte aligned */
	"	bl	bench_exec_main\n"
	"	.size	_start, . - _start\n");

static long sys_write(const char *s, unsigned long n)
{
	return syscall3(__NR_write, 1, (long)s, (long)n);
}

static unsigned long str_len(const char *s)
{
	unsigned long n = 0;

	while (s[n])
		n++;
	return n;
}

static void put_str(const char *s)
{
	sys_write(s, str_len(s));
}

/* parse_u32 - decimal string to number (no sign, no overflow check). */
static bench_u32 parse_u32(const char *s)
{
	bench_u32 v = 0;

	while (*s >= '0' && *s <= '9')
		v = v * 10 + (bench_u32)(*s++ - '0');
	return v;
}

/*
 * div_u32 - n / d by shift and subtract: ARMv7-A has no divide
 * instruction, and this program links no library (not even libgcc).
 */
static bench_u32 div_u32(bench_u32 n, bench_u32 d, bench_u32 *rem)
{
	bench_u32 q = 0, r = 0;

	for (int bit = 31; bit >= 0; bit--) {
		r = r << 1 | (n >> bit & 1);
		if (r >= d) {
			r -= d;
			q |= 1u << bit;
		}
	}
	if (rem)
		*rem = r;
	return q;
}

/* format_u32 - v in decimal into buf (MAX_DIGITS); returns buf. */
static char *format_u32(char *buf, bench_u32 v)
{
	char *p = buf + MAX_DIGITS - 1;
	bench_u32 digit;

	*p = 0;
	do {
		v = div_u32(v, 10, &digit);
		*--p = (char)('0' + digit);
	} while (v);
	return p;
}

static void __attribute__((noreturn)) sys_exit(int code)
{
	syscall1(__NR_exit_group, code);
	for (;;)
		;
}

/* The last link: print "bench: execve <per exec> ..." and exit. */
static void __attribute__((noreturn)) chain_done(bench_u32 n, bench_u32 t0, bench_u32 user,
						  bench_u32 t_start)
{
	char a[MAX_DIGITS], b[MAX_DIGITS];
	bench_u32 total = t_start - t0 - user;

	put_str("bench: execve ");
	put_str(format_u32(a, n ? div_u32(total, n, 0) : 0));
	put_str(" instructions per execve (N=");
	put_str(format_u32(b, n));
	put_str(")\n");
	sys_exit(0);
}

void bench_exec_main(long *sp, bench_u32 t_start)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char bk[MAX_DIGITS], bn[MAX_DIGITS], bt[MAX_DIGITS], bu[MAX_DIGITS];
	char *next[6];
	bench_u32 k, n, t0, user;

	bench_clock_init();
	if (bench_clock == BENCH_CLOCK_CNTVCT)
		t_start = bench_now();
	if (argc < 2) {
		if (syscall0(__NR_getpid) == 1)
			bench_power_off();
		sys_exit(0);
	}
	if (argc == 2) {		/* the first link: start the clock */
		n = parse_u32(argv[1]);
		k = n;
		t0 = t_start;
		user = 0;
	} else if (argc == 5) {
		k = parse_u32(argv[1]);
		n = parse_u32(argv[2]);
		t0 = parse_u32(argv[3]);
		user = parse_u32(argv[4]);
	} else {
		put_str("bench_exec: bad arguments\n");
		sys_exit(2);
	}
	if (k == 0)
		chain_done(n, t0, user, t_start);
	next[0] = argv[0];
	next[1] = format_u32(bk, k - 1);
	next[2] = format_u32(bn, n);
	next[3] = format_u32(bt, t0);
	next[5] = 0;
	/* The user work of this link ends at the svc below. */
	user += bench_now() - t_start;
	next[4] = format_u32(bu, user);
	syscall3(__NR_execve, (long)BENCH_EXEC_PATH, (long)next, (long)bench_envp);
	put_str("bench_exec: execve failed\n");
	sys_exit(1);
}
