// SPDX-License-Identifier: GPL-2.0
/*
 * user/fuzz.c - a system call fuzzer: random calls with hostile
 * arguments, in batches, while the kernel must stay up and give every
 * page back.  Run as init (make fuzz, docs/fuzzing.md):
 *
 *	init=/bin/fuzz -- seed=N calls=N batch=N timeout=MS trace=1 selftest=1
 *
 * There is no Linux file for this: Linux is fuzzed from user space by
 * trinity and syzkaller.  This is trinity's approach at teaching scale:
 * argument generators that know which values hurt (0, -1, kernel
 * addresses, the vector page, pointers that straddle an unmapped page,
 * lengths that wrap), and children that may die.
 *
 * The parent (pid 1, which nothing may kill) runs batch after batch.
 * Batch i has a seed: seed(0) = SEED, seed(i + 1) = next(seed(i)), so
 * "seed=<seed(i)> calls=<batch>" replays batch i (and goes on from there).
 * A batch is a child process that makes `batch` random calls and then
 * ends the way its seed says (exit, exit_group, kill(self), a fault...).
 * When it has ended, the parent kills and reaps whatever it left behind
 * and checks that:
 *   - the batch ended as drawn: anything else means the kernel broke the
 *     process (a clobbered register, corrupted memory, a stray signal);
 *   - it ended before the deadline (timeout=, default 10 s, 10 ms a call
 *     for batches of over 1000): no hang;
 *   - the free page count and the number of tasks are back where they
 *     were before the first batch: nothing leaked. Pages come on demand
 *     (docs/memory.md), so the parent first touches all of its own image
 *     and stack (prefault_self()): a page it touched for the first time
 *     during a batch would look like a leak.
 * A batch that fails a check is printed with its seed and "WRONG".
 *
 * The batch process keeps all its state on its stack and uses no heap
 * and no stdio, so random calls that write to memory can only hit what
 * it does not need: the scratch buffer, the heap, the strings at the top
 * of its stack.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syscall.h"
#include "unistd_tern.h"
#include <linux/sysinfo.h>

typedef unsigned long long u64;

#define PAGE_SIZE		4096UL
#define PAGE_ALIGN(x)		(((x) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#define TASK_SIZE		0xbf000000UL	/* Linux's 3G/1G split, and Tern's */
#define PAGE_OFFSET		0xc0000000UL
#define VECTORS_BASE		0xffff0000UL
#define LINUX_ECHILD		10

/*
 * Linux ARM EABI numbers (arch/arm/tools/syscall.tbl) that Tern does not
 * implement but the fuzzer must know (asm/unistd.h has Tern's own and
 * ARM's private calls): the table ends at 469 in Linux 6.18.
 */
#define LINUX_NR_SYSCALLS	470
#define __NR_pause		29
#define __NR_sigsuspend		72
#define __NR_sigreturn		119
#define __NR_mremap		163
#define __NR_rt_sigreturn	173
#define __NR_rt_sigqueueinfo	178
#define __NR_rt_sigsuspend	179
#define __NR_remap_file_pages	253
#define __NR_shmat		305
#define __NR_tkill		238
#define __NR_tgkill		268
#define __NR_rt_tgsigqueueinfo	363
#define __NR_execveat		387
#define __NR_pkey_mprotect	394
#define __NR_pidfd_send_signal	424
#define __NR_clone3		435

/* ---- the random numbers ---------------------------------------------------- */

/*
 * splitmix64 (Steele, Lea and Flood, 2014): a 64-bit counter put through
 * a strong mix.  Small, fast, and every seed gives a good stream.
 */
static u64 mix64(u64 z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static u64 splitmix64(u64 *state)
{
	*state += 0x9e3779b97f4a7c15ULL;
	return mix64(*state);
}

/* The seed of the batch after the one with this seed. */
static u64 next_batch_seed(u64 seed)
{
	return splitmix64(&seed);
}

/* Streams drawn from a batch seed: its calls, and how it ends. */
#define CALLS_SALT	0x63616c6c73ULL		/* "calls" */
#define END_SALT	0x656e64ULL		/* "end" */
#define FORK_SALT	0x666f726bULL		/* "fork" */

/* ---- one fuzzing process -------------------------------------------------- */

#define SCRATCH_SIZE	16384
#define SCRATCH_SLACK	1024	/* room past a pointer for what the kernel writes */
#define FORKS_GEN0	16	/* forks the batch process may make */
#define FORKS_GEN1	4	/* forks each of its children may make */
#define GEN1_CALLS	32	/* calls a child of the batch process makes */
/* The pids a batch can use after its own: FORKS_GEN0 * (1 + FORKS_GEN1). */
#define BATCH_PIDS	(FORKS_GEN0 * (1 + FORKS_GEN1))

/*
 * What calls write into: paths, argv arrays and times are laid out here;
 * in .bss, so that what the kernel writes past it only reaches data the
 * batch process never reads again.
 */
static char scratch[SCRATCH_SIZE] __attribute__((aligned(PAGE_SIZE)));

/*
 * Its second page is PROT_NONE from the start (main()): a timespec
 * straddling into it faults, whatever a batch has mapped meanwhile (the
 * page after the heap may be).  No ADDR value, nor a tamed one, points
 * into the program's .bss, so no call can unmap or unprotect it.
 */
static char guard[2 * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));
extern char _end[];		/* user.ld: end of .bss; the heap follows */

struct fuzz_proc {		/* one fuzzing process: lives on its stack */
	u64 rng;
	int gen;		/* 0: the batch process; 1: its children... */
	int forks_left;
	long self;		/* getpid() */
	long batch_pid;		/* kill may signal no pid up to this one */
	unsigned long brk;	/* the break, as brk last returned it */
	unsigned long stack_lo;	/* the MiB our stack is in */
	bool trace;
};

static unsigned long rnd(struct fuzz_proc *p)
{
	return (unsigned long)splitmix64(&p->rng);
}

static unsigned long below(struct fuzz_proc *p, unsigned long n)
{
	return rnd(p) % n;
}

/* ---- argument generators ----------------------------------------------------- */

enum arg_kind { ANY, FD, PTR, ADDR, LEN, PID, SIG, PATH, ARGV, TIMESPEC, TIMESPEC64, BRK };

/*
 * A value that may be used as a pointer must not point into our own
 * program or stack, where the kernel would write over the fuzzer itself:
 * move such values elsewhere (only the PTR generator aims at memory we
 * own, and only at the scratch buffer and the heap).
 */
static unsigned long tame(const struct fuzz_proc *p, unsigned long v)
{
	if ((v >= 0x10000 && v < PAGE_ALIGN((unsigned long)_end)) ||
	    (v >= p->stack_lo && v < TASK_SIZE))
		v ^= 0x20000000;
	return v;
}

/* A place in the scratch buffer for n bytes (4-aligned if asked). */
static char *scratch_at(struct fuzz_proc *p, unsigned long n, bool aligned)
{
	unsigned long off = below(p, SCRATCH_SIZE - SCRATCH_SLACK - n);

	return scratch + (aligned ? off & ~3UL : off);
}

/* The first unmapped address above the heap: the break, page-aligned. */
static unsigned long heap_end(const struct fuzz_proc *p)
{
	return PAGE_ALIGN(p->brk);
}

/*
 * Pointers that hurt: NULL, kernel, vectors, unmapped, misaligned,
 * straddling.  With may_own, also pointers to memory we own (the top of
 * our stack, the heap, the scratch buffer), which the kernel may write
 * to; without, an unmapped kernel address instead.
 */
static unsigned long ptr_value(struct fuzz_proc *p, bool may_own)
{
	unsigned long r = below(p, 12);

	switch (r) {
	case 0: return below(p, PAGE_SIZE);			/* the NULL page */
	case 1: return PAGE_OFFSET + (rnd(p) & 0x07ffffff);	/* kernel lowmem */
	case 2: return PAGE_OFFSET - 4 + below(p, 8);		/* across PAGE_OFFSET */
	case 3: return VECTORS_BASE + below(p, 2 * PAGE_SIZE);	/* the vector page */
	case 4: return 0x1000 + below(p, 0xf000);		/* below the program */
	case 5: return heap_end(p) + below(p, 16 * PAGE_SIZE);	/* above the heap */
	case 6: return 0xffffffff - below(p, 16);		/* wraps at once */
	}
	if (!may_own)
		return VECTORS_BASE - PAGE_SIZE + below(p, 64);	/* unmapped kernel */
	switch (r) {
	case 7: return TASK_SIZE - below(p, 64);	/* where user space ends */
	case 8: case 9: return heap_end(p) - 1 - below(p, 64);	/* then a hole */
	default: return (unsigned long)scratch_at(p, 64, below(p, 2));	/* maybe misaligned */
	}
}

static unsigned long len_value(struct fuzz_proc *p, unsigned long ptr)
{
	static const unsigned long lens[] = {
		0, 1, 2, 3, 4, 7, 8, 16, 64, 4095, 4096, 4097, 8192, 65536,
		0x7fffffff, 0x80000000, 0xffffffff, 0xfffff000, TASK_SIZE,
	};

	switch (below(p, 4)) {
	case 0: return lens[below(p, sizeof(lens) / sizeof(lens[0]))];
	case 1: return below(p, 2 * PAGE_SIZE);
	case 2: return TASK_SIZE - ptr + below(p, 3) - 1;	/* ends at user space's end */
	default: return -ptr + below(p, 16);			/* wraps past 0xffffffff */
	}
}

static unsigned long pid_value(struct fuzz_proc *p)
{
	switch (below(p, 8)) {
	case 0: return 0;
	case 1: return -1;
	case 2: return below(p, 8);			/* init, kthreadd... */
	case 3: return p->self;
	case 4: return p->batch_pid;
	case 5: return -p->self;			/* a process group */
	case 6: return 0x80000000 + below(p, 2);
	default: return p->self + 1 + below(p, 8);	/* our children, likely */
	}
}

static unsigned long sig_value(struct fuzz_proc *p)
{
	switch (below(p, 4)) {
	case 0: return 0;
	case 1: return below(p, 2) ? 9 : 15;		/* SIGKILL, SIGTERM */
	case 2: return below(p, 66);			/* 65: one past _NSIG */
	default: return below(p, 2) ? -1UL : 0x80000000UL;
	}
}

static unsigned long fd_value(struct fuzz_proc *p)
{
	static const unsigned long fds[] = { 0, 1, 2, 3, 4, 1023, 1024, -1, -100, 0x7fffffff };

	return fds[below(p, sizeof(fds) / sizeof(fds[0]))];
}

/*
 * Paths that name nothing runnable: a successful execve would replace
 * the batch with another program (/init would run the whole test suite).
 */
static const char *const bad_paths[] = {
	"", "/", ".", "..", "/bin", "/bin/", "/etc", "/nonexistent", "//",
	"/etc/not-elf", "/etc/bad-class", "/etc/bad-entry", "/etc/bad-machine",
	"/etc/bad-segment", "/etc/bad-type", "/etc/truncated", "./etc/not-elf",
	"/bin/hello/", "/init/", "bin", "\x80\xff", "%s%n%s",
};
#define NR_BAD_PATHS	(sizeof(bad_paths) / sizeof(bad_paths[0]))

static unsigned long path_value(struct fuzz_proc *p)
{
	char *s;

	switch (below(p, 4)) {
	case 0: {					/* no NUL before the hole */
		unsigned long end = heap_end(p), n = 1 + below(p, 64);

		memset((char *)end - n, 'a', n);
		return end - n;
	}
	case 1:						/* longer than any path */
		s = scratch_at(p, 300, false);
		memset(s, 'a', 299);
		s[299] = 0;
		return (unsigned long)s;
	case 2:
		return ptr_value(p, false);
	default:
		s = scratch_at(p, 32, false);
		strcpy(s, bad_paths[below(p, NR_BAD_PATHS)]);
		return (unsigned long)s;
	}
}

/* An argv/envp array: strings, bad pointers, a NULL at the end or not. */
static unsigned long argv_value(struct fuzz_proc *p)
{
	unsigned long *v, n;

	if (!below(p, 4))
		return ptr_value(p, false);
	n = below(p, 4) ? below(p, 8) : 60 + below(p, 10);	/* the kernel takes 64 */
	v = (unsigned long *)scratch_at(p, 4 * (n + 1), true);
	for (unsigned long i = 0; i < n; i++)
		v[i] = below(p, 2) ? path_value(p) : ptr_value(p, false);
	v[n] = below(p, 8) ? 0 : rnd(p);
	return (unsigned long)v;
}

/*
 * A struct timespec to sleep for: never longer than a millisecond, or the
 * batch would sleep for as long as the random number said.  A pointer
 * that is not to one of these must fault before the time is read: one
 * outside user space, or one that straddles into the guard page.  With
 * time64, the layout of the *_time64 calls: two 64-bit fields, which the
 * old one read as such would make a sleep of years.
 */
static unsigned long timespec_value(struct fuzz_proc *p, bool time64)
{
	static const long ts[][2] = {
		{ 0, 0 }, { 0, 1 }, { 0, 1000000 }, { 0, 999999 },
		{ 0, 1000000000 }, { -1, 0 }, { 0, -1 }, { -0x7fffffff - 1, 0 },
	};
	unsigned long size = time64 ? 16 : 8;
	char *t;
	long v[2];

	if (!below(p, 4)) {
		unsigned long bad = ptr_value(p, false);

		/* Below the program and above the heap, a batch may have mapped memory. */
		if (below(p, 2) || (bad >= PAGE_SIZE && bad < TASK_SIZE))
			bad = (unsigned long)guard + PAGE_SIZE - 1 - below(p, size - 1);
		return bad;
	}
	t = scratch_at(p, size, true);
	memcpy(v, ts[below(p, sizeof(ts) / sizeof(ts[0]))], sizeof(v));
	if (!v[0] && v[1] == 1000000)
		v[1] = below(p, 1000000);
	if (time64) {
		long long v64[2] = { v[0], v[1] };

		memcpy(t, v64, sizeof(v64));
	} else {
		memcpy(t, v, sizeof(v));
	}
	return (unsigned long)t;
}

static unsigned long brk_value(struct fuzz_proc *p)
{
	if (!below(p, 64))		/* far: all memory, or refused */
		return tame(p, rnd(p));
	return p->brk + (below(p, 33) - 16) * PAGE_SIZE + below(p, 2) * below(p, PAGE_SIZE);
}

/* Anything at all: a mix of the above and plain numbers. */
static unsigned long any_value(struct fuzz_proc *p)
{
	static const unsigned long consts[] = {
		0x7fffffff, 0x80000000, 0x80000001, 0xfffff001, 0xfffff000,
		4095, 4096, 4097, 0xffff, 0x100, 0x4321fedc, 0xfee1dead, 672274793,
	};

	switch (below(p, 10)) {
	case 0: return 0;
	case 1: return -1;
	case 2: return below(p, 64);
	case 3: return consts[below(p, sizeof(consts) / sizeof(consts[0]))];
	case 4: return tame(p, (1UL << below(p, 32)) + below(p, 3) - 1);
	case 5: return tame(p, len_value(p, 0));
	case 6: case 7: return ptr_value(p, true);
	default: return tame(p, rnd(p));
	}
}

static unsigned long arg_value(struct fuzz_proc *p, enum arg_kind kind, unsigned long prev)
{
	switch (kind) {
	case FD: return fd_value(p);
	case PTR: return ptr_value(p, true);
	case ADDR: return ptr_value(p, false);
	case LEN: return len_value(p, prev);
	case PID: return pid_value(p);
	case SIG: return sig_value(p);
	case PATH: return path_value(p);
	case ARGV: return argv_value(p);
	case TIMESPEC: return timespec_value(p, false);
	case TIMESPEC64: return timespec_value(p, true);
	case BRK: return brk_value(p);
	default: return any_value(p);
	}
}

/* ---- which calls, with which arguments ----------------------------------------- */

struct call_desc {
	unsigned short nr;
	unsigned char arg[6];	/* enum arg_kind; ANY (0) if not given */
};

/*
 * The calls whose arguments matter: first every call Tern implements
 * (NR_OFTEN of them, drawn more often; not those excluded() never
 * draws), then the Linux calls that will need care once Tern implements
 * them: the kill family, and mappings, whose addresses must never be our
 * own (ADDR).  Every other number gets six ANY arguments.
 */
static const struct call_desc descs[] = {
	{ __NR_fork,		{ ANY } },
	{ __NR_read,		{ FD, PTR, LEN } },
	{ __NR_write,		{ FD, PTR, LEN } },
	{ __NR_open,		{ PATH } },
	{ __NR_close,		{ FD } },
	{ __NR_execve,		{ PATH, ARGV, ARGV } },
	{ __NR_getpid,		{ ANY } },
	{ __NR_getuid,		{ ANY } },
	{ __NR_kill,		{ PID, SIG } },
	{ __NR_brk,		{ BRK } },
	{ __NR_getgid,		{ ANY } },
	{ __NR_geteuid,		{ ANY } },
	{ __NR_getegid,		{ ANY } },
	{ __NR_ioctl,		{ FD, ANY, PTR } },
	{ __NR_getppid,		{ ANY } },
	{ __NR_setrlimit,	{ ANY, PTR } },
	{ __NR_gettimeofday,	{ PTR, PTR } },
	{ __NR_reboot,		{ ANY, ANY, ANY, PTR } },
	{ __NR_munmap,		{ ADDR, LEN } },
	{ __NR_wait4,		{ PID, PTR, ANY, PTR } },
	{ __NR_sysinfo,		{ PTR } },
	{ __NR_uname,		{ PTR } },
	{ __NR_mprotect,	{ ADDR, LEN } },
	{ __NR_writev,		{ FD, PTR, ANY } },
	{ __NR_sched_yield,	{ ANY } },
	{ __NR_nanosleep,	{ TIMESPEC, PTR } },
	{ __NR_ugetrlimit,	{ ANY, PTR } },
	{ __NR_mmap2,		{ ADDR, LEN } },
	{ __NR_fstat64,		{ FD, PTR } },
	{ __NR_getuid32,	{ ANY } },
	{ __NR_getgid32,	{ ANY } },
	{ __NR_geteuid32,	{ ANY } },
	{ __NR_getegid32,	{ ANY } },
	{ __NR_setreuid32,	{ ANY } },
	{ __NR_setregid32,	{ ANY } },
	{ __NR_getgroups32,	{ ANY, PTR } },
	{ __NR_setgroups32,	{ ANY, PTR } },
	{ __NR_setresuid32,	{ ANY } },
	{ __NR_getresuid32,	{ PTR, PTR, PTR } },
	{ __NR_setresgid32,	{ ANY } },
	{ __NR_getresgid32,	{ PTR, PTR, PTR } },
	{ __NR_setuid32,	{ ANY } },
	{ __NR_setgid32,	{ ANY } },
	{ __NR_setfsuid32,	{ ANY } },
	{ __NR_setfsgid32,	{ ANY } },
	{ __NR_mincore,		{ ADDR, LEN, PTR } },
	{ __NR_madvise,		{ ADDR, LEN } },
	{ __NR_gettid,		{ ANY } },
	{ __NR_set_tid_address,	{ PTR } },
	{ __NR_clock_gettime,	{ ANY, PTR } },
	{ __NR_clock_nanosleep,	{ ANY, ANY, TIMESPEC, PTR } },
	{ __NR_fstatat64,	{ FD, PATH, PTR } },
	{ __NR_set_robust_list,	{ PTR, LEN } },
	{ __NR_get_robust_list,	{ PID, PTR, PTR } },
	{ __NR_prlimit64,	{ PID, ANY, PTR, PTR } },
	{ __NR_getrandom,	{ PTR, LEN } },
	{ __NR_rseq,		{ PTR, LEN } },
	{ __NR_clock_gettime64,	{ ANY, PTR } },
	{ __NR_clock_nanosleep_time64, { ANY, ANY, TIMESPEC64, PTR } },
	{ __NR_trace,		{ LEN, PTR } },
	{ __NR_pgaccess,	{ PTR, ANY, PTR } },
	/* NR_OFTEN ends here */
	{ __NR_mremap,		{ ADDR, LEN, LEN, ANY, ADDR } },
	{ __NR_remap_file_pages, { ADDR, LEN } },
	{ __NR_shmat,		{ ANY, ADDR } },
	{ __NR_pkey_mprotect,	{ ADDR, LEN } },
	{ __NR_rt_sigqueueinfo,	{ PID, SIG, PTR } },
	{ __NR_tkill,		{ PID, SIG } },
	{ __NR_tgkill,		{ PID, PID, SIG } },
	{ __NR_rt_tgsigqueueinfo, { PID, PID, SIG, PTR } },
	{ __NR_execveat,	{ FD, PATH, ARGV, ARGV } },
	{ __NR_pidfd_send_signal, { FD, SIG, PTR } },
};
#define NR_DESCS	(sizeof(descs) / sizeof(descs[0]))
#define NR_OFTEN	61	/* Tern's calls: descs[0 .. NR_OFTEN - 1] */

static const struct call_desc *describe(unsigned long nr)
{
	for (unsigned int i = 0; i < NR_DESCS; i++)
		if (descs[i].nr == nr)
			return &descs[i];
	return NULL;
}

/*
 * Numbers never drawn, each for a reason:
 *   exit, exit_group: they would end the batch early; each batch ends as
 *	its seed says (end_batch), often with one of them;
 *   vfork, clone, clone3: a child sharing our memory or our stack would
 *	corrupt the batch process (fork is fuzzed, at most FORKS_GEN0 times);
 *   pause, sigsuspend, rt_sigsuspend: they wait for a signal nobody sends;
 *   sigreturn, rt_sigreturn: they load every register from a signal frame
 *	we never pushed;
 *   __ARM_NR_breakpoint: Linux answers it with SIGTRAP; it is one of the
 *	ways a batch may end (END_WILD_NR).
 */
static bool excluded(const struct fuzz_proc *p, unsigned long nr)
{
	switch (nr) {
	case __NR_exit: case __NR_exit_group:
	case __NR_vfork: case __NR_clone: case __NR_clone3:
	case __NR_pause: case __NR_sigsuspend: case __NR_rt_sigsuspend:
	case __NR_sigreturn: case __NR_rt_sigreturn:
	case __ARM_NR_breakpoint:
		return true;
	case __NR_fork:
		return !p->forks_left;
	}
	return false;
}

/*
 * 30% Tern's own calls, 65% the whole Linux table and a little past it,
 * 5% ARM's private calls (Linux returns -ENOSYS up to 0xf07ff for those
 * it lacks; from 0xf0800 up it sends SIGILL, so those come as END_WILD_NR).
 */
static unsigned long draw_nr(struct fuzz_proc *p)
{
	for (;;) {
		unsigned long r = below(p, 100), nr;

		if (r < 30)
			nr = descs[below(p, NR_OFTEN)].nr;
		else if (r < 95)
			nr = below(p, LINUX_NR_SYSCALLS + 10);
		else
			nr = __ARM_NR_BASE + (below(p, 2) ? below(p, 8) : below(p, 0x800));
		if (!excluded(p, nr))
			return nr;
	}
}

/* Is [buf, buf + len) all user space (access_ok)? */
static bool user_range(unsigned long buf, unsigned long len)
{
	return len <= TASK_SIZE && buf <= TASK_SIZE - len;
}

/*
 * Arguments changed on purpose, each for a reason:
 *   read/write/writev on fds 0-2 (the console): read would wait for
 *	typing that never comes, write would print memory over the run's
 *	report; the count becomes 0 unless the buffer (writev: the iovec
 *	array) is outside user space (-EFAULT before either happens);
 *   reboot: never with the right first magic number, or it powers off;
 *   trace (Tern's own, for the course labs): the length becomes 0 (no
 *	call traced) unless the mask is outside user space (-EFAULT): the
 *	calls it traced would be printed over the run's report;
 *   kill and its family: signal 0 instead when a pid is up to the
 *	batch's own (init, which is the fuzzer's parent process, kthreadd,
 *	the batch process itself) or names a group (pid <= 0): the batch
 *	would end early, or the run.  pidfd_send_signal always gets 0: we
 *	cannot tell whom a pidfd names.
 */
static void neutralise(const struct fuzz_proc *p, unsigned long nr,
		       const struct call_desc *d, unsigned long a[6])
{
	bool has_pid = false, protected_pid = false;
	int sig = -1;

	if ((nr == __NR_read || nr == __NR_write) && a[0] <= 2 && user_range(a[1], a[2]))
		a[2] = 0;
	if (nr == __NR_writev && a[0] <= 2 && user_range(a[1], 8))
		a[2] = 0;
	if (nr == __NR_reboot && a[0] == LINUX_REBOOT_MAGIC1)
		a[0] ^= 1;
	if (nr == __NR_trace && a[1] < TASK_SIZE)
		a[0] = 0;
	for (int i = 0; d && i < 6; i++) {
		if (d->arg[i] == SIG)
			sig = i;
		if (d->arg[i] == PID) {
			has_pid = true;
			protected_pid |= (long)a[i] <= p->batch_pid;
		}
	}
	if (sig >= 0 && (!has_pid || protected_pid))
		a[sig] = 0;
}

/* ---- making the calls --------------------------------------------------------- */

/* Number formatting without stdio, whose state lives in memory calls may hit. */
static void put_hex(char **s, unsigned long v)
{
	for (int shift = 28; shift >= 0; shift -= 4)
		*(*s)++ = "0123456789abcdef"[(v >> shift) & 0xf];
}

static void put_dec(char **s, u64 v)
{
	char digits[20];
	int n = 0;

	do
		digits[n++] = '0' + v % 10;
	while ((v /= 10));
	while (n)
		*(*s)++ = digits[--n];
}

/* A u64 in decimal: newlib-nano's printf has no %llu. */
static const char *u64_str(char buf[21], u64 v)
{
	char *s = buf;

	put_dec(&s, v);
	*s = 0;
	return buf;
}

/* trace=1: "fuzz: <pid> #<i> <nr>(<args>)" before each call, written to fd 1. */
static void trace_call(const struct fuzz_proc *p, unsigned int i, unsigned long nr,
		       const unsigned long a[6])
{
	char line[128], *s = line;

	memcpy(s, "fuzz: ", 6);
	s += 6;
	put_dec(&s, p->self);
	memcpy(s, " #", 2);
	s += 2;
	put_dec(&s, i);
	*s++ = ' ';
	put_hex(&s, nr);
	for (int k = 0; k < 6; k++) {
		*s++ = k ? ',' : '(';
		put_hex(&s, a[k]);
	}
	*s++ = ')';
	*s++ = '\n';
	syscall3(__NR_write, 1, (long)line, s - line);
}

static long do_call(unsigned long nr, const unsigned long a[6])
{
	return syscall6(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
}

/*
 * After call i, a fork, returned 0: this is a new fuzzing process, one
 * generation down, with its own stream; it stops before call *calls.
 */
static void become_child(struct fuzz_proc *p, unsigned int i, unsigned int *calls)
{
	p->gen++;
	p->rng = mix64(p->rng ^ FORK_SALT);
	p->self = syscall0(__NR_getpid);
	p->forks_left = p->gen == 1 ? FORKS_GEN1 : 0;
	if (p->gen > 1)
		*calls = 0;
	else if (*calls > i + 1 + GEN1_CALLS)
		*calls = i + 1 + GEN1_CALLS;
}

/* Call i of `*calls`: draw it, make it, follow what it changed. */
static void one_call(struct fuzz_proc *p, unsigned int i, unsigned int *calls)
{
	unsigned long nr = draw_nr(p), a[6];
	const struct call_desc *d = describe(nr);
	long ret;

	for (int k = 0; k < 6; k++)
		a[k] = arg_value(p, d ? d->arg[k] : ANY, k ? a[k - 1] : 0);
	neutralise(p, nr, d, a);
	if (p->trace)
		trace_call(p, i, nr, a);
	ret = do_call(nr, a);
	if (nr == __NR_brk)
		p->brk = ret;
	if (nr == __NR_fork) {
		p->forks_left--;
		if (ret == 0)
			become_child(p, i, calls);
	}
}

/* ---- how a batch ends ------------------------------------------------------------ */

enum end_how { END_EXIT, END_EXIT_GROUP, END_SIGKILL, END_SIGTERM, END_SEGV, END_ILL,
	       END_WILD_NR, NR_ENDS };

struct batch_end {
	enum end_how how;
	int code;		/* exit status, for the exits */
	unsigned long nr;	/* END_WILD_NR: the number */
};

/*
 * END_WILD_NR makes a call Linux answers with a signal (0xf0001 SIGTRAP,
 * numbers from 0xf0800 up SIGILL, as Tern does; Tern answers 0xf0001
 * with -ENOSYS), then exits.
 */
static struct batch_end draw_end(u64 seed)
{
	static const unsigned long wild[] = { __ARM_NR_breakpoint, 0xf0800, 0xfffff,
					      0x100000, 0x80000000, 0xffffffff };
	u64 s = seed ^ END_SALT;
	struct batch_end e;

	e.how = splitmix64(&s) % NR_ENDS;
	e.code = splitmix64(&s) % 256;
	e.nr = wild[splitmix64(&s) % (sizeof(wild) / sizeof(wild[0]))];
	return e;
}

/*
 * The wait status the batch must end with; *alt: the one Linux would
 * give instead (the same but for END_WILD_NR).
 */
static int end_status(struct batch_end e, int *alt)
{
	static const int sigs[NR_ENDS] = { [END_SIGKILL] = 9, [END_SIGTERM] = 15,
					   [END_SEGV] = 11, [END_ILL] = 4 };
	int status = sigs[e.how] ? sigs[e.how] : e.code << 8;

	*alt = status;
	if (e.how == END_WILD_NR)
		*alt = e.nr == __ARM_NR_breakpoint ? 5 : 4;
	return status;
}

static void __attribute__((noreturn)) end_batch(const struct fuzz_proc *p, struct batch_end e)
{
	switch (e.how) {
	case END_EXIT_GROUP:
		syscall1(__NR_exit_group, e.code);
		break;
	case END_SIGKILL:
	case END_SIGTERM:
		syscall2(__NR_kill, p->self, e.how == END_SIGKILL ? 9 : 15);
		break;
	case END_SEGV:
		__asm__ volatile("str %0, [%0]" : : "r"(0xff0) : "memory");	/* the NULL page */
		break;
	case END_ILL:
		__asm__ volatile("udf #0");
		break;
	case END_WILD_NR:
		syscall0(e.nr);
		break;
	default:
		break;
	}
	for (;;)		/* END_EXIT, and what follows a call that failed to end us */
		syscall1(__NR_exit, e.code);
}

/* What selftest=1 breaks on purpose, one batch each, to show the checks work. */
enum fault { FAULT_NONE, FAULT_STATUS, FAULT_LEAK, FAULT_HANG };

/* The batch process: `calls` random calls, then the drawn end. */
static void __attribute__((noreturn)) run_batch_process(u64 seed, unsigned int calls,
							 bool trace, enum fault fault)
{
	struct fuzz_proc p = { .rng = seed ^ CALLS_SALT, .forks_left = FORKS_GEN0,
			       .trace = trace };
	struct batch_end e = draw_end(seed);

	p.self = p.batch_pid = syscall0(__NR_getpid);
	p.brk = syscall1(__NR_brk, 0);
	p.stack_lo = (unsigned long)&p & ~0xfffffUL;
	for (unsigned int i = 0; i < calls; i++)
		one_call(&p, i, &calls);
	if (p.gen) {		/* a child of the batch: its own end */
		e = draw_end(p.rng);
	} else if (fault == FAULT_STATUS) {
		e.how = END_EXIT;
		e.code = (e.code + 1) % 256;
	} else if (fault == FAULT_HANG) {
		long ts[2] = { 1000000, 0 };

		syscall2(__NR_nanosleep, (long)ts, 0);
	}
	end_batch(&p, e);
}

/* ---- the parent ------------------------------------------------------------------- */

struct fuzz_opts {
	u64 seed;
	u64 calls;			/* 0: for ever */
	unsigned int batch;		/* calls per batch */
	unsigned int timeout_ms;	/* a batch still running after this: a hang */
					/* (0: 10 s, or 10 ms a call if more) */
	bool trace, selftest;
};

struct fuzz_stats {
	u64 calls;
	unsigned int batches, wrong;
	unsigned int kills[32];		/* batches ended by signal N */
	unsigned long freeram;		/* before the first batch */
	unsigned short procs;
};

static long now_ms(void)
{
	struct __kernel_old_timespec ts;

	syscall2(__NR_clock_gettime, LINUX_CLOCK_MONOTONIC, (long)&ts);
	return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_tick(void)
{
	struct __kernel_old_timespec ts = { 0, 1000000 };

	syscall2(__NR_nanosleep, (long)&ts, 0);
}

static void kill_range(long first, long last)
{
	for (long pid = first; pid <= last; pid++)
		syscall2(__NR_kill, pid, 9);
}

static void print_batch(unsigned int i, u64 seed)
{
	printf("fuzz: batch %u seed 0x%08lx%08lx", i, (unsigned long)(seed >> 32),
	       (unsigned long)seed);
}

/*
 * Reap the batch process and every process it left (they are all
 * children of pid 1 by now, or will be): once the batch has ended, SIGKILL
 * its pids' range; if it runs past the deadline, kill it too (a hang).
 * Returns the batch's wait status, -1 after a hang, -2 if processes
 * survived SIGKILL (the run cannot go on).
 */
static int reap_batch(long pid, unsigned int timeout_ms)
{
	long deadline = now_ms() + timeout_ms;
	int status = -1, ret = 0;
	bool killed = false;

	for (;;) {
		int st;
		long r = syscall4(__NR_wait4, -1, (long)&st, WNOHANG, 0);

		if (r == pid)
			status = st;
		if (r > 0)
			continue;
		if (r == -LINUX_ECHILD)
			return ret ? ret : status;
		if (status != -1 && !killed) {
			kill_range(pid + 1, pid + BATCH_PIDS);
			killed = true;
		} else if (now_ms() > deadline) {
			if (ret)
				return -2;
			ret = -1;
			kill_range(pid, pid + BATCH_PIDS);
			killed = true;
			deadline = now_ms() + timeout_ms;
		}
		sleep_tick();
	}
}

static const char *signame(int sig)
{
	static const char *const names[32] = {
		[1] = "SIGHUP", [2] = "SIGINT", [3] = "SIGQUIT", [4] = "SIGILL",
		[5] = "SIGTRAP", [6] = "SIGABRT", [7] = "SIGBUS", [8] = "SIGFPE",
		[9] = "SIGKILL", [10] = "SIGUSR1", [11] = "SIGSEGV", [12] = "SIGUSR2",
		[13] = "SIGPIPE", [14] = "SIGALRM", [15] = "SIGTERM",
	};

	return sig > 0 && sig < 32 && names[sig] ? names[sig] : "signal";
}

static void print_wait_status(int status)
{
	if (WIFSIGNALED(status))
		printf("killed by %s (%d)", signame(WTERMSIG(status)), WTERMSIG(status));
	else
		printf("exit status %d", WEXITSTATUS(status));
}

/* One WRONG line: "fuzz: batch <i> seed <s>: WRONG: <what>". */
static void wrong(struct fuzz_stats *st, unsigned int i, u64 seed, const char *what)
{
	st->wrong++;
	print_batch(i, seed);
	printf(": WRONG: %s", what);
}

/* Did the batch end as its seed said (and so make all its calls)? */
static bool check_status(struct fuzz_stats *st, unsigned int i, u64 seed, int status)
{
	int alt, want = end_status(draw_end(seed), &alt);

	if (status >= 0 && WIFSIGNALED(status))
		st->kills[WTERMSIG(status) & 31]++;
	if (status == want || status == alt)
		return true;
	if (status == -1) {
		wrong(st, i, seed, "a process still running at the deadline (a hang)\n");
		return false;
	}
	wrong(st, i, seed, "");
	print_wait_status(status);
	printf(", expected ");
	print_wait_status(want);
	printf("\n");
	return false;
}

/* The kernel is alive, and every page and task the batch took came back. */
static void check_leaks(struct fuzz_stats *st, unsigned int i, u64 seed)
{
	struct sysinfo si;

	if (syscall1(__NR_sysinfo, (long)&si)) {
		wrong(st, i, seed, "sysinfo failed\n");
		return;
	}
	if (si.freeram != st->freeram || si.procs != st->procs) {
		wrong(st, i, seed, "");
		printf("%lu free pages and %u tasks, %lu and %u before (a leak)\n",
		       si.freeram, si.procs, st->freeram, st->procs);
		st->freeram = si.freeram;	/* report the next leak afresh */
		st->procs = si.procs;
	}
}

/* One batch: fork it, wait for it, check. False if the run cannot go on. */
static bool run_batch(const struct fuzz_opts *o, struct fuzz_stats *st, unsigned int i,
		      u64 seed, unsigned int calls, enum fault fault)
{
	int status;
	long pid;

	print_batch(i, seed);
	printf("\n");
	fflush(stdout);
	pid = syscall0(__NR_fork);
	if (pid == 0)
		run_batch_process(seed, calls, o->trace, fault);
	if (pid < 0) {
		wrong(st, i, seed, "fork failed\n");
		return true;
	}
	status = reap_batch(pid, o->timeout_ms);
	if (status == -2) {
		wrong(st, i, seed, "processes survive SIGKILL\n");
		return false;
	}
	st->batches++;
	if (fault == FAULT_LEAK) {	/* a heap page, touched so that it is really taken */
		char *top = (char *)syscall1(__NR_brk, 0);

		syscall1(__NR_brk, (long)top + PAGE_SIZE);
		top[PAGE_SIZE - 1] = 1;		/* on a page the heap did not have */
	}
	if (check_status(st, i, seed, status))
		st->calls += calls;
	check_leaks(st, i, seed);
	return true;
}

static void print_summary(const struct fuzz_stats *st)
{
	char buf[21];
	int kills = 0;

	printf("fuzz: %s calls, %u batches, %u wrong; kills by signal:",
	       u64_str(buf, st->calls), st->batches, st->wrong);
	for (int sig = 1; sig < 32; sig++)
		if (st->kills[sig])
			kills += printf(" %s %u", signame(sig), st->kills[sig]);
	printf("%s\n", kills ? "" : " none");
	fflush(stdout);
}

static bool parse_opt(struct fuzz_opts *o, const char *arg)
{
	static const char *const names[] = { "seed=", "calls=", "batch=", "timeout=",
					      "trace=", "selftest=" };
	char *end;

	for (unsigned int i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t n = strlen(names[i]);
		u64 v;

		if (strncmp(arg, names[i], n) || !arg[n])
			continue;
		v = strtoull(arg + n, &end, 0);
		if (*end)
			return false;
		switch (i) {
		case 0: o->seed = v; break;
		case 1: o->calls = v; break;
		case 2: o->batch = v; return v > 0 && v <= 1000000;
		case 3: o->timeout_ms = v; return v > 0 && v <= 3600000;
		case 4: o->trace = v; break;
		default: o->selftest = v; break;
		}
		return true;
	}
	return false;
}

/* pid 1 must not exit: power off (or, if even that fails, sleep for ever). */
static void __attribute__((noreturn)) power_off(void)
{
	fflush(stdout);
	reboot(LINUX_REBOOT_CMD_POWER_OFF);
	for (;;)
		sleep_tick();
}

static void run(const struct fuzz_opts *o, struct fuzz_stats *st)
{
	u64 seed = o->seed, done = 0;

	if (o->selftest) {
		printf("fuzz: selftest: 3 batches go wrong on purpose, then the fuzzer stops\n");
		for (enum fault f = FAULT_STATUS; f <= FAULT_HANG; f++, seed = next_batch_seed(seed))
			run_batch(o, st, f - 1, seed, o->batch, f);
		print_summary(st);
		for (;;)
			sleep_tick();
	}
	for (unsigned int i = 0; !o->calls || done < o->calls; i++) {
		unsigned int calls = o->calls && o->calls - done < o->batch ?
				     o->calls - done : o->batch;

		if (!run_batch(o, st, i, seed, calls, FAULT_NONE))
			break;
		done += calls;
		if (st->batches % 10 == 0 && (!o->calls || done < o->calls))
			print_summary(st);		/* progress, for long runs */
		seed = next_batch_seed(seed);
	}
}

/*
 * Make every page of this program present: read the text, write the data
 * and bss (a private page is copied at its first write), and grow the
 * stack by PREFAULT_STACK, more than a batch's checks use. user/lib/user.ld
 * starts the data segment on the page after the text's last table.
 */
#define PREFAULT_STACK	(32 * 1024)
extern char __fini_array_end[], _end[];

static void __attribute__((noinline)) prefault_stack(void)
{
	volatile char stack[PREFAULT_STACK];

	for (unsigned int i = 0; i < sizeof(stack); i += 4096)
		stack[i] = 0;
}

static void prefault_self(void)
{
	unsigned long data = ((unsigned long)__fini_array_end + 4095) & ~4095ul;

	for (unsigned long p = 0x10000; p < (unsigned long)_end; p += 4096) {
		volatile char *c = (volatile char *)p;
		char v = *c;

		if (p >= data)
			*c = v;
	}
	prefault_stack();
}

int main(int argc, char *argv[])
{
	struct fuzz_opts o = { .seed = 1, .batch = 1000 };
	struct fuzz_stats st = { 0 };
	struct sysinfo si;
	char buf[21];

	for (int i = 1; i < argc; i++) {
		if (!parse_opt(&o, argv[i])) {
			printf("fuzz: bad argument '%s'; expected seed=N calls=N batch=1..1000000 "
			       "timeout=MS trace=0|1 selftest=0|1\n", argv[i]);
			if (getpid() == 1)
				power_off();
			return 1;
		}
	}
	if (!o.timeout_ms)
		o.timeout_ms = o.batch > 1000 ? 10 * o.batch : 10000;
	if (getpid() != 1) {
		printf("fuzz: must run as pid 1, to inherit what batches leave: "
		       "boot with init=/bin/fuzz (make fuzz)\n");
		return 1;
	}
	printf("fuzz: seed 0x%08lx%08lx, %s calls (0: for ever) in batches of %u\n",
	       (unsigned long)(o.seed >> 32), (unsigned long)o.seed, u64_str(buf, o.calls),
	       o.batch);
	fflush(stdout);
	prefault_self();
	if (syscall3(__NR_mprotect, (long)guard + PAGE_SIZE, PAGE_SIZE, 0)) {
		printf("fuzz: cannot make the guard page PROT_NONE\n");
		power_off();
	}
	syscall1(__NR_sysinfo, (long)&si);
	st.freeram = si.freeram;
	st.procs = si.procs;
	run(&o, &st);
	print_summary(&st);
	printf("fuzz: done\n");
	power_off();
}
