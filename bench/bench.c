// SPDX-License-Identifier: GPL-2.0
/*
 * bench/bench.c - Tern's microbenchmarks, one source for Tern and Linux.
 *
 * Run as init (init=/bin/bench on Tern, rdinit=/init on Linux) it runs
 * every benchmark, each in a child process of its own, prints one line
 *	bench: <name> <instructions> <what it is>
 * per figure, then powers the machine off.  Every operation is a raw
 * "svc #0" with Linux's ARM EABI numbers, so the Tern build
 * (arm-none-eabi-gcc + newlib) and the Linux build (arm-linux-gnueabihf
 * -static) run the very same code; the C library only prints.  Timing:
 * bench.h (PMCCNTR behind the boot shim bench/bootp.S, else CNTVCT x 16
 * on Linux; instructions under QEMU -icount shift=0).  tools/bench.py
 * boots both and reads the lines.
 * Linux counterparts: lmbench's lat_syscall, lat_ctx, lat_proc; perf
 * bench sched; the tick figure is what tools/testing/selftests'
 * "jitter" loops see.
 */
#include <stdio.h>
#include <string.h>

#include "bench.h"

#define N_SYSCALL	10000	/* null syscall and single-task yield */
#define N_SWITCH	2000	/* ping-pong yields per process */
#define MAX_WARMUP_YIELDS 100000	/* before the ping-pong settles */
#define N_FORK		100	/* fork + exit + wait4 */
#define N_EXEC		100	/* execve chain links */
#define N_TICKS		10	/* ticks timed by the tick loop */
#define N_IRQ		8	/* console interrupts timed on Tern */
#define MAX_WAIT_TICKS	1000	/* give up waiting for console input (10 s of guest time) */
#define JUMP_MIN	48	/* an iteration this much longer: interrupted */

static bench_u32 yield_single_min;	/* cheapest single-task yield */
static int on_tern;

static void say(const char *name, bench_u32 value, const char *what)
{
	printf("bench: %s %u %s\n", name, value, what);
	fflush(stdout);
}

static long sys_fork(void)
{
	return syscall0(__NR_fork);
}

static void __attribute__((noreturn)) sys_exit_group(int code)
{
	syscall1(__NR_exit_group, code);
	for (;;)
		;
}

static long sys_wait4(long pid, int *status)
{
	return syscall4(__NR_wait4, pid, (long)status, 0, 0);
}

/*
 * The null syscall, getppid: the loop with the svc against the same loop
 * with a nop in its place; the difference + 1 is the svc and everything
 * the kernel runs until the instruction after it.
 */
static bench_u32 loop_getppid(int n, int with_svc)
{
	bench_u32 t0 = bench_now();

	for (int i = 0; i < n; i++) {
		register long r7 __asm__("r7") = __NR_getppid;
		register long r0 __asm__("r0");

		if (with_svc)
			__asm__ volatile("svc #0" : "=r"(r0) : "r"(r7) : "memory");
		else
			__asm__ volatile("nop" : "=r"(r0) : "r"(r7) : "memory");
	}
	return bench_now() - t0;
}

static void bench_null_syscall(void)
{
	bench_u32 empty = loop_getppid(N_SYSCALL, 0);
	bench_u32 full = loop_getppid(N_SYSCALL, 1);

	say("null_syscall", (full - empty) / N_SYSCALL + 1,
	    "instructions per getppid (svc to the next user instruction)");
}

/* sched_yield with nothing else runnable; also keeps the cheapest one. */
static void bench_yield_single(void)
{
	bench_u32 t0, min = ~0u;

	t0 = bench_now();
	for (int i = 0; i < N_SYSCALL; i++) {
		bench_u32 a = bench_now(), d;

		syscall0(__NR_sched_yield);
		d = bench_now() - a;
		if (d < min)
			min = d;
	}
	yield_single_min = min;
	say("yield_single", (bench_now() - t0) / N_SYSCALL,
	    "instructions per sched_yield with one task (with the loop's reads)");
}

/* timed_yield - one sched_yield; returns the instructions it took. */
static bench_u32 timed_yield(void)
{
	bench_u32 a = bench_now();

	syscall0(__NR_sched_yield);
	return bench_now() - a;
}

/*
 * Ping-pong: the child yields until it is killed; the parent times each
 * of its own yields.  A yield that took longer than 1.5 cheapest
 * single-task yields let the child run: two real switches (to the child
 * and back), each a yield syscall plus a switch; only those count.
 * The parent first yields until 20 yields in a row switch: a scheduler
 * may keep running the parent for a while after fork (Linux's CFS
 * starts the child a slice later in virtual runtime).
 */
static void bench_yield_switch(void)
{
	bench_u32 thresh = yield_single_min + yield_single_min / 2;
	bench_u64 sum = 0;
	bench_u32 switched = 0, min = ~0u, in_a_row = 0, warm = 0;
	int status;
	long pid;

	fflush(stdout);
	pid = sys_fork();
	if (pid < 0) {
		printf("bench: yield_switch: fork failed (%ld)\n", pid);
		return;
	}
	if (pid == 0)
		for (;;)
			syscall0(__NR_sched_yield);
	while (in_a_row < 20 && warm++ < MAX_WARMUP_YIELDS)
		in_a_row = timed_yield() > thresh ? in_a_row + 1 : 0;
	for (int i = 0; i < N_SWITCH; i++) {
		bench_u32 d = timed_yield();

		if (d > thresh) {
			switched++;
			sum += d;
			if (d < min)
				min = d;
		}
	}
	syscall2(__NR_kill, pid, 9 /* SIGKILL */);
	sys_wait4(pid, &status);
	if (!switched) {
		printf("bench: yield_switch: no switch seen\n");
		return;
	}
	printf("bench: info yield_switch: %u of %u yields switched after %u warm-up yields, "
	       "cheapest %u per switch\n", switched, N_SWITCH, warm, min / 2);
	say("yield_switch", (bench_u32)(sum / (2 * (bench_u64)switched)),
	    "instructions per switch (yield ping-pong between two processes)");
}

/* n rounds of fork + child exit + wait4: instructions per round, 0 if one failed. */
static bench_u32 time_forks(int n)
{
	bench_u32 t0;
	int status;

	fflush(stdout);
	t0 = bench_now();
	for (int i = 0; i < n; i++) {
		long pid = sys_fork();

		if (pid == 0)
			sys_exit_group(0);
		if (pid < 0 || sys_wait4(pid, &status) != pid)
			return 0;
	}
	return (bench_now() - t0) / n;
}

/* A figure from time_forks(), or why there is none. */
static void say_forks(const char *name, bench_u32 value, const char *what)
{
	if (value)
		say(name, value, what);
	else
		printf("bench: %s: fork or wait4 failed\n", name);
}

static void bench_fork_exit_wait(void)
{
	say_forks("fork_exit_wait", time_forks(N_FORK), "instructions per fork + child exit + wait4");
}

/* ---- virtual memory: faults, copy-on-write, mmap (docs/memory.md) ------ */

#define VM_PAGE		4096
#define N_FORK_HEAP	20	/* forks of a process with a touched heap */
#define N_TOUCH		1024	/* pages first-touched */
#define N_COW		256	/* pages copied on write */
#define N_MMAP		1000	/* mmap + munmap pairs */
#define BENCH_PROT_RW	3	/* PROT_READ | PROT_WRITE */
#define BENCH_MAP_ANON	0x22	/* MAP_PRIVATE | MAP_ANONYMOUS */

static long map_anon(unsigned long len)
{
	return syscall6(__NR_mmap2, 0, len, BENCH_PROT_RW, BENCH_MAP_ANON, -1, 0);
}

/* Write one byte in each of n pages at p; the instructions it took. */
static bench_u32 touch_pages(long p, int n)
{
	bench_u32 t0 = bench_now();

	for (int i = 0; i < n; i++)
		((volatile char *)p)[i * VM_PAGE] = 1;
	return bench_now() - t0;
}

/*
 * fork + exit + wait4 of a process whose heap has mib MiB of pages it
 * has written: the cost of sharing them (page tables, reference counts,
 * write protection) and of the child giving them back.
 */
static void bench_fork_heap(int mib, const char *name)
{
	long heap = syscall1(__NR_brk, 0), len = (long)mib << 20;

	heap = (heap + VM_PAGE - 1) & -VM_PAGE;
	if (syscall1(__NR_brk, heap + len) != heap + len) {
		printf("bench: %s: brk failed\n", name);
		return;
	}
	touch_pages(heap, len / VM_PAGE);
	say_forks(name, time_forks(N_FORK_HEAP),
		  "instructions per fork + exit + wait4 with that much touched heap");
}

static void bench_fork_heap_1m(void)
{
	bench_fork_heap(1, "fork_heap_1m");
}

static void bench_fork_heap_4m(void)
{
	bench_fork_heap(4, "fork_heap_4m");
}

/* First touch of anonymous memory: the first pass faults, the second does not. */
static void bench_first_touch(void)
{
	long p = map_anon(N_TOUCH * VM_PAGE);
	bench_u32 first = touch_pages(p, N_TOUCH), again = touch_pages(p, N_TOUCH);

	say("fault_first_touch", (first - again) / N_TOUCH,
	    "instructions per first-touch page fault of anonymous memory");
}

/* A write to pages a sleeping child still shares: each is copied. */
static void bench_cow(void)
{
	long p = map_anon(N_COW * VM_PAGE), pid;
	bench_u32 copy, again;
	int status;

	touch_pages(p, N_COW);
	fflush(stdout);
	pid = sys_fork();
	if (pid == 0) {
		struct { long sec, nsec; } ts = { 1000, 0 };

		syscall2(__NR_nanosleep, (long)&ts, 0);
		sys_exit_group(0);
	}
	copy = touch_pages(p, N_COW);
	again = touch_pages(p, N_COW);
	syscall2(__NR_kill, pid, 9 /* SIGKILL */);
	sys_wait4(pid, &status);
	say("fault_cow", (copy - again) / N_COW,
	    "instructions per copy-on-write fault (page shared with a child)");
}

static void bench_mmap_munmap(void)
{
	bench_u32 t0 = bench_now();

	for (int i = 0; i < N_MMAP; i++)
		syscall2(__NR_munmap, map_anon(VM_PAGE), VM_PAGE);
	say("mmap_munmap", (bench_now() - t0) / N_MMAP,
	    "instructions per mmap + munmap of one page (untouched)");
}

/* The execve chain (bench_exec.c) prints its own line. */
static void bench_execve(void)
{
	static char n_str[16];
	char *argv[] = { "bench_exec", n_str, NULL };
	char *envp[] = { NULL };
	int status;
	long pid;

	snprintf(n_str, sizeof(n_str), "%d", N_EXEC);
	fflush(stdout);
	pid = sys_fork();
	if (pid == 0) {
		syscall3(__NR_execve, (long)BENCH_EXEC_PATH, (long)argv, (long)envp);
		sys_exit_group(127);
	}
	if (pid < 0 || sys_wait4(pid, &status) != pid || status != 0)
		printf("bench: execve: %s failed (status %d)\n", BENCH_EXEC_PATH, status);
}

/*
 * The interrupt loop: read the counter back to back.  An iteration
 * normally takes `base` instructions; one that an interrupt lands in
 * takes base + the whole interrupt path (vector, handler, return).
 * Timer ticks come at a fixed period; anything off that grid is another
 * interrupt (the console's receive interrupt, when tools/bench.py types
 * a byte in answer to "bench: irq: ready").
 */
struct jump_stats {
	bench_u32 base;		/* instructions of one quiet iteration */
	bench_u32 tick_min, tick_max, tick_n;
	bench_u32 irq_min, irq_max, irq_n;
};

#define TICK_WINDOW	2000	/* a tick lands this close to its grid point */

/* on_grid - does t fall within TICK_WINDOW / 2 of last + k * period? */
static int on_grid(bench_u32 t, bench_u32 last, bench_u32 period)
{
	return (t - last + TICK_WINDOW / 2) % period < TICK_WINDOW;
}

/*
 * irq_loop - time interrupts.  Without want_irqs every jump is a timer
 * tick (nothing else runs, nobody types).  With want_irqs the first
 * three jumps, before "bench: irq: ready", are ticks and give the period;
 * after it a jump on the tick grid is a tick, any other an interrupt of
 * another source.
 */
static void irq_loop(struct jump_stats *js, int want_irqs)
{
	bench_u32 prev, first_tick = 0, last_tick = 0, period = 0;

	memset(js, 0, sizeof(*js));
	js->base = js->tick_min = js->irq_min = ~0u;	/* the maxima: 0 */
	prev = bench_now();
	for (;;) {
		bench_u32 now = bench_now(), d = now - prev, jump;

		if (d < js->base)
			js->base = d;
		if (d < js->base + JUMP_MIN) {
			prev = now;
			continue;
		}
		/* An interrupt landed between prev and now. */
		jump = d - js->base;
		if (!want_irqs || !period || on_grid(prev, last_tick, period)) {
			if (jump < js->tick_min)
				js->tick_min = jump;
			if (jump > js->tick_max)
				js->tick_max = jump;
			if (js->tick_n == 0)
				first_tick = prev;
			last_tick = prev;
			js->tick_n++;
			if (!want_irqs && js->tick_n >= N_TICKS)
				return;
			if (want_irqs && js->tick_n == 3) {
				period = (last_tick - first_tick) / 2;
				printf("bench: irq: ready\n");
				fflush(stdout);
			}
			if (js->tick_n > MAX_WAIT_TICKS)
				return;
		} else {
			if (jump < js->irq_min)
				js->irq_min = jump;
			if (jump > js->irq_max)
				js->irq_max = jump;
			js->irq_n++;
			printf("bench: irq: got %u\n", js->irq_n);
			fflush(stdout);
			if (js->irq_n >= N_IRQ)
				return;
		}
		prev = bench_now();	/* the printf is not an interrupt */
	}
}

static void bench_tick(void)
{
	struct jump_stats js;

	irq_loop(&js, 0);
	printf("bench: info tick: %u ticks, %u to %u, loop iteration %u, clock resolution %u\n",
	       js.tick_n, js.tick_min, js.tick_max, js.base, bench_clock_resolution());
	say("tick", js.tick_min, "instructions per timer tick (cheapest of the ticks, vector to return)");
}

static void bench_irq(void)
{
	struct jump_stats js;

	irq_loop(&js, 1);
	if (!js.irq_n) {
		printf("bench: irq: no console input arrived\n");
		return;
	}
	printf("bench: info irq: %u interrupts, %u to %u, %u ticks meanwhile\n",
	       js.irq_n, js.irq_min, js.irq_max, js.tick_n);
	say("irq", js.irq_min,
	    "instructions per console receive interrupt (cheapest, vector to return)");
}

/* run - one benchmark in a child process of its own, then reap it. */
static void run(void (*fn)(void))
{
	int status;
	long pid;

	fflush(stdout);
	pid = sys_fork();
	if (pid == 0) {
		fn();
		fflush(stdout);
		sys_exit_group(0);
	}
	if (pid < 0 || sys_wait4(pid, &status) != pid || status != 0)
		printf("bench: a benchmark failed (pid %ld, status %d)\n", pid, status);
}

/*
 * Linux starts /init with no open files when the initramfs has no
 * /dev/console: mount devtmpfs and open the console as fds 0, 1, 2.
 */
static void open_console(void)
{
	long fd;

	if (syscall3(__NR_write, 1, (long)"", 0) == 0)
		return;
	syscall2(__NR_mkdir, (long)"/dev", 0755);
	syscall5(__NR_mount, (long)"devtmpfs", (long)"/dev", (long)"devtmpfs", 0, 0);
	fd = syscall3(__NR_open, (long)"/dev/console", 2 /* O_RDWR */, 0);
	if (fd < 0)
		return;
	for (long i = 0; i < 3; i++)
		if (fd != i)
			syscall2(__NR_dup2, fd, i);
}

/*
 * bench_entry - the ELF entry point (-e bench_entry), ahead of the C
 * library's _start: keeps the PMU's event counter 0 in bench_entry_insn
 * at the program's third instruction, before crt0 or glibc run.  Booted
 * through bench/bootp.S, that counter counts the instructions retired
 * since the shim (INST_RETIRED, idle time excluded), on Tern and Linux
 * alike.  Without PMUSERENR.EN it reads nothing and leaves 0.  r0 and sp,
 * which _start reads, stay as the kernel set them.  bench_entry_insn
 * lives in .data: Tern's crt0 clears .bss after this.
 */
__asm__(
	"	.data\n"
	"	.align	2\n"
	"	.global	bench_entry_insn\n"
	"bench_entry_insn:\n"
	"	.word	0\n"
	"	.text\n"
	"	.global	bench_entry\n"
	"	.type	bench_entry, %function\n"
	"bench_entry:\n"
	"	mrc	p15, 0, r1, c9, c14, 0\n"	/* r1 = PMUSERENR */
	"	tst	r1, #1\n"			/* EN: may user mode read the PMU? */
	"	mrcne	p15, 0, r1, c9, c13, 2\n"	/* r1 = PMXEVCNTR: counter 0 */
	"	ldrne	r2, =bench_entry_insn\n"
	"	strne	r1, [r2]\n"
	"	b	_start\n"			/* r0, sp untouched */
	"	.ltorg\n"
	"	.size	bench_entry, . - bench_entry\n");
extern bench_u32 bench_entry_insn;

/* bench_insn_counting - did the boot go through bench/bootp.S? */
static int bench_insn_counting(void)
{
	return (read_pmuserenr() & 1) && (read_pmcntenset() & 1);
}

/*
 * say_first_insn - bench_entry's reading and main_insn, the same counter
 * at main(): the difference is the C library's start-up.  An overflowed
 * counter (PMOVSR) gives no figure.
 */
static void say_first_insn(bench_u32 main_insn)
{
	if (read_pmovsr() & 1) {
		printf("bench: first_insn: failed: event counter 0 overflowed\n");
		return;
	}
	say("first_insn", bench_entry_insn,
	    "instructions retired from the boot shim to the program's first instructions");
	printf("bench: info main_insn %u instructions retired from the boot shim to main()\n",
	       main_insn);
}

/*
 * glibc (2.35 on) registers an rseq area for each thread unless the
 * tunable glibc.pthread.rseq=0 says not to; __rseq_size is 0 when it did
 * not.  Weak: newlib has no such symbol.
 */
extern const unsigned int __rseq_size __attribute__((weak));

static void say_rseq(void)
{
	if (&__rseq_size)
		printf("bench: info rseq %s (__rseq_size %u)\n",
		       __rseq_size ? "registered" : "not registered", __rseq_size);
}

struct uname_buf {
	char f[6][65];
};

int main(void)
{
	static const char first_user_what[] =
		"instructions of virtual time from the counter's start to main()";
	bench_u64 first_user;
	bench_u32 main_insn = 0;
	struct uname_buf u;

	bench_clock_init();
	first_user = bench_since_reset();
	if (bench_insn_counting())
		main_insn = read_pmxevcntr();
	open_console();
	memset(&u, 0, sizeof(u));
	syscall1(__NR_uname, (long)&u);
	on_tern = !strcmp(u.f[0], "Tern");
	printf("bench: info system %s %s, clock %s\n", u.f[0], u.f[2], bench_clock_name());
	/* newlib-nano's printf has no %llu: two halves, in base 1e9. */
	if (bench_clock == BENCH_CLOCK_PMCCNTR && (read_pmovsr() & (1u << 31)))
		printf("bench: first_user: failed: PMCCNTR overflowed\n");
	else if (first_user >= 1000000000ull)
		printf("bench: first_user %lu%09lu %s\n",
		       (unsigned long)(first_user / 1000000000ull),
		       (unsigned long)(first_user % 1000000000ull), first_user_what);
	else
		printf("bench: first_user %lu %s\n", (unsigned long)first_user, first_user_what);
	if (main_insn)
		say_first_insn(main_insn);
	say_rseq();
	bench_null_syscall();
	bench_yield_single();	/* also the threshold for yield_switch */
	run(bench_yield_switch);
	run(bench_fork_exit_wait);
	run(bench_fork_heap_1m);
	run(bench_fork_heap_4m);
	run(bench_first_touch);
	run(bench_cow);
	run(bench_mmap_munmap);
	bench_execve();
	run(bench_tick);
	if (on_tern)
		run(bench_irq);
	printf("bench: done\n");
	fflush(stdout);
	if (syscall0(__NR_getpid) == 1)
		bench_power_off();
	return 0;
}
