// SPDX-License-Identifier: GPL-2.0
/*
 * user/linux/tls.c - "tls": thread-local storage and the thread
 * registers. glibc's thread pointer is TPIDRURO, set with set_tls
 * (0xf0005) at start-up; __thread variables live at fixed offsets from
 * it. The kuser helpers at 0xffff0fa0-0xffff0fff read it and do atomic
 * compare-and-swap for old programs. Each process has its own TPIDRURO and
 * TPIDRURW, kept across switches.
 */
#include <errno.h>
#include <sched.h>
#include <stdint.h>
#include <sys/syscall.h>		/* SYS_*, __ARM_NR_set_tls, __ARM_NR_cacheflush */
#include <sys/wait.h>
#include <unistd.h>

#include "t_glibc.h"


typedef void *(kuser_get_tls_t)(void);
typedef int (kuser_cmpxchg_t)(int oldval, int newval, volatile int *ptr);
typedef int (kuser_cmpxchg64_t)(const int64_t *oldval, const int64_t *newval,
				volatile int64_t *ptr);
typedef void (kuser_memory_barrier_t)(void);
#define kuser_get_tls		(*(kuser_get_tls_t *)0xffff0fe0)
#define kuser_cmpxchg		(*(kuser_cmpxchg_t *)0xffff0fc0)
#define kuser_cmpxchg64		(*(kuser_cmpxchg64_t *)0xffff0f60)
#define kuser_memory_barrier	(*(kuser_memory_barrier_t *)0xffff0fa0)
#define kuser_helper_version	(*(const int *)0xffff0ffc)

static __thread int counter = 42;
static __thread char name[16] = "main";

static void *tpidruro(void)
{
	void *tp;

	__asm__ volatile("mrc p15, 0, %0, c13, c0, 3" : "=r"(tp));
	return tp;
}

int t_tls(int argc, char **argv)
{
	volatile int word = 5;
	volatile int64_t dword = 0x100000000LL;
	int64_t old64 = 0x100000000LL, new64 = 0x200000003LL;
	void *tp = __builtin_thread_pointer();
	pid_t pid;
	int status;

	(void)argc, (void)argv;
	printf("tls: __thread initial values: %d \"%s\"\n", counter, name);
	printf("tls: TPIDRURO is the thread pointer: %s\n", tpidruro() == tp ? "yes" : "no");
	printf("tls: a __thread variable lies above it: %s\n",
	       (char *)&counter > (char *)tp ? "yes" : "no");
	printf("tls: kuser helper version: %d\n", kuser_helper_version);
	printf("tls: __kuser_get_tls() is the thread pointer: %s\n", kuser_get_tls() == tp ? "yes" : "no");
	printf("tls: __kuser_cmpxchg(5 -> 6): %d, word %d\n", kuser_cmpxchg(5, 6, &word), word);
	printf("tls: __kuser_cmpxchg(5 -> 7) fails: %s, word %d\n",
	       kuser_cmpxchg(5, 7, &word) ? "yes" : "no", word);
	printf("tls: __kuser_cmpxchg64: %d, now 0x%llx\n",
	       kuser_cmpxchg64(&old64, &new64, &dword), (unsigned long long)dword);
	printf("tls: __kuser_cmpxchg64 with a stale old value fails: %s\n",
	       kuser_cmpxchg64(&old64, &new64, &dword) ? "yes" : "no");
	kuser_memory_barrier();

	counter = 43;
	write_tpidrurw(0xaaaa);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		printf("tls: child: inherits TPIDRURW 0x%lx, the thread pointer: %s, counter %d\n",
		       read_tpidrurw(), tpidruro() == tp ? "yes" : "no", counter);
		counter = 1000;
		write_tpidrurw(0xbbbb);
		/*
		 * A thread pointer of our own for a while: no glibc call that
		 * uses TLS (printf does) until it is put back.
		 */
		unsigned long mine, after_ro, after_rw;

		syscall(__ARM_NR_set_tls, 0x12345678);
		mine = (unsigned long)tpidruro();
		for (int i = 0; i < 10; i++)
			sched_yield();
		after_ro = (unsigned long)tpidruro();
		after_rw = read_tpidrurw();
		syscall(__ARM_NR_set_tls, tp);
		printf("tls: child: set_tls(0x12345678) -> TPIDRURO 0x%lx\n", mine);
		printf("tls: child: after yields TPIDRURO 0x%lx TPIDRURW 0x%lx\n", after_ro, after_rw);
		fflush(stdout);
		_exit(0);
	}
	for (int i = 0; i < 10; i++)
		sched_yield();
	waitpid(pid, &status, 0);
	printf("tls: parent: after the child, TPIDRURO is its own: %s, TPIDRURW 0x%lx, counter %d\n",
	       tpidruro() == tp ? "yes" : "no", read_tpidrurw(), counter);
	printf("tls: cacheflush of our own text: %s\n",
	       err_name(syscall(__ARM_NR_cacheflush, (char *)t_tls, (char *)t_tls + 64, 0), errno));
	return 0;
}
