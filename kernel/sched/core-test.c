// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sched/core-test.c - ktest suite "sched": the run queue, yield,
 * timed sleep, wait queues, kernel preemption (CONFIG_PREEMPT), also in
 * the middle of a printk, and the stacks' end magic. Run with ktest=sched.
 */
#include <linux/kconfig.h>
#include <linux/ktest.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>
#include <linux/wait.h>
#include <asm/arch_timer.h>

#define ROUNDS		5
#define MS		1000000ULL

static char order[2 * ROUNDS + 1];
static volatile int order_len, threads_done;

/* Wait (sleeping, so the threads can run) until n threads said done. */
static void wait_for_threads(int n)
{
	for (int i = 0; i < 200 && threads_done < n; i++)
		schedule_timeout(1 * MS);
}

static int yielder(void *arg)
{
	for (int i = 0; i < ROUNDS; i++) {
		order[order_len++] = (char)(unsigned long)arg;
		schedule();			/* sched_yield() from inside the kernel */
	}
	threads_done++;
	do_exit(0);
}

static void sched_yield_alternates(struct ktest *t)
{
	order_len = threads_done = 0;
	kernel_thread(yielder, (void *)'A', "yield-A");
	kernel_thread(yielder, (void *)'B', "yield-B");
	wait_for_threads(2);
	order[order_len] = 0;
	KTEST_EXPECT_EQ(t, threads_done, 2);
	KTEST_EXPECT_EQ(t, order_len, 2 * ROUNDS);
	for (int i = 0; i < order_len; i++)
		KTEST_EXPECT_EQ(t, order[i], i % 2 ? 'B' : 'A');
	ktest_info(t, "order %s", order);
}

static void sched_timeout_wakes_on_time(struct ktest *t)
{
	u64 t0 = ktime_get_ns(), slept;

	KTEST_EXPECT_EQ(t, schedule_timeout(25 * MS), 0);
	slept = ktime_get_ns() - t0;
	KTEST_EXPECT_TRUE(t, slept >= 25 * MS);
	KTEST_EXPECT_TRUE(t, slept < 25 * MS + 2 * (NSEC_PER_SEC / CONFIG_HZ));
	ktest_info(t, "asked 25 ms, slept %llu us", slept / 1000);
}

static DECLARE_WAIT_QUEUE_HEAD(test_wq);
static volatile bool wq_flag;
static volatile int wq_woken;

static int waiter(void *arg)
{
	(void)arg;
	wait_event_interruptible(test_wq, wq_flag);
	wq_woken++;
	threads_done++;
	do_exit(0);
}

static void sched_wait_queue_wakes(struct ktest *t)
{
	threads_done = wq_woken = 0;
	wq_flag = false;
	kernel_thread(waiter, NULL, "waiter");
	schedule_timeout(5 * MS);		/* it runs and goes to sleep */
	KTEST_EXPECT_EQ(t, wq_woken, 0);	/* a spurious wake-up would show here */
	wq_flag = true;
	wake_up(&test_wq);
	wait_for_threads(1);
	KTEST_EXPECT_EQ(t, wq_woken, 1);
}

static volatile unsigned long spins[2];

static int spinner(void *arg)
{
	unsigned long id = (unsigned long)arg;

	while (threads_done < 0x100)		/* never yields: only preemption stops it */
		spins[id]++;
	do_exit(0);
}

static void sched_kernel_preemption(struct ktest *t)
{
	if (!IS_ENABLED(CONFIG_PREEMPT)) {
		ktest_skip(t, "CONFIG_PREEMPT is off: kernel code is not preempted");
		return;
	}
	spins[0] = spins[1] = 0;
	threads_done = 0;
	kernel_thread(spinner, (void *)0, "spin-0");
	kernel_thread(spinner, (void *)1, "spin-1");
	schedule_timeout(50 * MS);	/* both spin for ~5 slices each */
	KTEST_EXPECT_TRUE(t, spins[0] > 0);
	KTEST_EXPECT_TRUE(t, spins[1] > 0);
	threads_done = 0x100;		/* stop them */
	schedule_timeout(20 * MS);
	ktest_info(t, "spin counts %lu and %lu", spins[0], spins[1]);
}

/*
 * CONFIG_PREEMPT: a task preempted halfway through a printk must not let
 * another task's message into the middle of its line. This case starts
 * a long printk at PRINTK_TRIES distances before a tick, its time slice
 * about to run out, so that ticks land all along the printk; a thread
 * that prints whenever it gets the CPU is waiting. Each line must end up
 * whole in the log.
 */
#define PRINTK_TRIES	24
#define PRINTK_STEP	16		/* timer counts: 256 instructions under -icount */

static volatile bool printer_stop;

static int printer(void *arg)
{
	(void)arg;
	while (!printer_stop) {
		printk("ktest: printer runs\n");
		schedule();
	}
	threads_done++;
	do_exit(0);
}

/* Is msg, whole, the line that starts at log index start? */
static bool log_line_is(unsigned int start, const char *msg)
{
	unsigned int i = start;

	while (i - start < 20 && __log_buf[i++ % LOG_BUF_LEN] != ']')
		;				/* past "[    1.234567] " */
	for (i++; *msg; msg++, i++)
		if (__log_buf[i % LOG_BUF_LEN] != *msg)
			return false;
	return true;
}

/* Is msg one of the lines logged from index start on? */
static bool logged_whole(unsigned int start, const char *msg)
{
	for (unsigned int i = start; i != log_next_idx; i++)
		if ((i == start || __log_buf[(i - 1) % LOG_BUF_LEN] == '\n') && log_line_is(i, msg))
			return true;
	return false;
}

static void sched_preempted_printk_line_whole(struct ktest *t)
{
	char msg[128];
	int split = 0;

	if (!IS_ENABLED(CONFIG_PREEMPT)) {
		ktest_skip(t, "CONFIG_PREEMPT is off: kernel code is not preempted");
		return;
	}
	printer_stop = false;
	threads_done = 0;
	kernel_thread(printer, NULL, "printer");
	for (int i = 0; i < PRINTK_TRIES; i++) {
		s32 lead = PRINTK_STEP * (i + 1);
		unsigned int start;

		scnprintf(msg, sizeof(msg), "ktest: try %02d, %d counts before a tick: %s\n", i,
			  lead, "................................................................");
		while (arch_timer_get_cntv_tval() <= lead)
			;			/* too close: wait for the tick after this one */
		while (arch_timer_get_cntv_tval() > lead)
			;
		current->time_slice = 1;	/* the next tick preempts us */
		start = log_next_idx;
		printk("%s", msg);
		if (!logged_whole(start, msg))
			split++;
	}
	printer_stop = true;
	wait_for_threads(1);
	KTEST_EXPECT_EQ(t, split, 0);
	ktest_info(t, "%d of %d lines split", split, PRINTK_TRIES);
}

static void sched_stack_end_magic(struct ktest *t)
{
	struct task_struct *p;
	int n = 0;

	for_each_process(p) {
		KTEST_EXPECT_EQ(t, *end_of_stack(p), STACK_END_MAGIC);
		n++;
	}
	KTEST_EXPECT_TRUE(t, n >= 3);		/* idle, init, kthreadd at least */
}

static const struct ktest_case sched_cases[] = {
	KTEST_CASE(sched_yield_alternates),
	KTEST_CASE(sched_timeout_wakes_on_time),
	KTEST_CASE(sched_wait_queue_wakes),
	KTEST_CASE(sched_kernel_preemption),
	KTEST_CASE(sched_preempted_printk_line_whole),
	KTEST_CASE(sched_stack_end_magic),
	{}
};
KTEST_SUITE(sched_suite, "sched", sched_cases);
