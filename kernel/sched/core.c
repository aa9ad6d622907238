// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sched/core.c - the scheduler: a round-robin run queue, the tick
 * that asks for preemption, and schedule() -> context_switch() ->
 * __switch_to(). Linux: kernel/sched/core.c (with one scheduling class,
 * round-robin, instead of CFS).
 *
 * The flow a student should follow:
 *   timer IRQ -> scheduler_tick(): slice used up -> resched_curr()
 *     -> set_tsk_need_resched(current): TIF_NEED_RESCHED in thread flags
 *   exception return (ret_to_user_from_irq / ret_fast_syscall) sees the
 *     flag -> slow_work_pending -> do_work_pending() -> schedule()
 *   schedule() -> pick_next_task() -> context_switch(): switch_mm, then
 *     __switch_to: ldmia of next's cpu_context_save -> next runs.
 */
#include <linux/interrupt.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>
#include <asm/mmu_context.h>
#include <linux/mm_types.h>
#include "sched.h"

struct rq runqueue = {
	.queue = LIST_HEAD_INIT(runqueue.queue),
	.sleepers = LIST_HEAD_INIT(runqueue.sleepers),
	.idle = &init_task,
};

/* ---- the run queue ------------------------------------------------------ */

/* To the back of the queue: not twice, and never the idle task. */
void enqueue_task(struct task_struct *p)
{
	/* LAB runqueue BEGIN
	 * Add p at the back of runqueue.queue (list_add_tail), unless it is
	 * queued already (its run_list is not empty) or it is runqueue.idle.
	 * STUB:
	 *	(void)p;
	 *	panic("lab runqueue: enqueue_task() is not written yet");
	 */
	if (list_empty(&p->run_list) && p != runqueue.idle)
		list_add_tail(&p->run_list, &runqueue.queue);
	/* LAB runqueue END */
}

void dequeue_task(struct task_struct *p)
{
	list_del_init(&p->run_list);
}

/* Round-robin: the task that has waited longest, or idle. */
struct task_struct *pick_next_task(void)
{
	/* LAB runqueue BEGIN
	 * Take the task at the front of runqueue.queue off the queue
	 * (list_first_entry, dequeue_task) and return it; runqueue.idle if
	 * the queue is empty. A task taken off must be re-queueable.
	 * STUB:
	 *	panic("lab runqueue: pick_next_task() is not written yet");
	 */
	struct task_struct *next;

	if (list_empty(&runqueue.queue))
		return runqueue.idle;
	next = list_first_entry(&runqueue.queue, struct task_struct, run_list);
	dequeue_task(next);
	return next;
	/* LAB runqueue END */
}

/* ---- asking for a reschedule --------------------------------------------- */

void resched_curr(void)
{
	set_tsk_need_resched(current);
}

/*
 * Called from the timer interrupt, HZ times a second: wake sleepers
 * whose time has come, and charge the running task one tick of its
 * slice. Nothing switches here: the flag is acted on at the exception
 * return.
 */
void scheduler_tick(void)
{
	/* LAB tick BEGIN
	 * Wake the sleepers that are due (sched_wake_sleepers). Idle running:
	 * resched_curr() as soon as the queue has a task. Otherwise charge
	 * current one tick of its time_slice; when that reaches 0, refill it
	 * with SCHED_SLICE and, if a task waits, resched_curr().
	 * STUB:
	 *	panic("lab tick: scheduler_tick() is not written yet");
	 */
	struct task_struct *curr = current;

	sched_wake_sleepers();
	if (curr == runqueue.idle) {
		if (!list_empty(&runqueue.queue))
			resched_curr();
		return;
	}
	if (--curr->time_slice == 0) {
		curr->time_slice = SCHED_SLICE;
		if (!list_empty(&runqueue.queue))
			resched_curr();
	}
	/* LAB tick END */
}

int wake_up_process(struct task_struct *p)
{
	unsigned long flags = local_irq_save();
	int woken = p->__state == TASK_INTERRUPTIBLE || p->__state == TASK_UNINTERRUPTIBLE;

	if (woken) {
		list_del_init(&p->run_list);	/* off the sleepers list, if on it */
		p->__state = TASK_RUNNING;
		/*
		 * Woken before it even called schedule() (an interrupt between
		 * prepare_to_wait() and schedule()): it is still running, and the
		 * running task is never on the queue; schedule() will just
		 * return.
		 */
		if (p != current)
			enqueue_task(p);
		if (current == runqueue.idle)
			resched_curr();
	}
	local_irq_restore(flags);
	return woken;
}

void wake_up_new_task(struct task_struct *p)
{
	unsigned long flags = local_irq_save();

	p->__state = TASK_RUNNING;
	p->time_slice = SCHED_SLICE;
	enqueue_task(p);
	local_irq_restore(flags);
}

/* ---- timed sleep ----------------------------------------------------------- */

/* Wake every sleeper whose deadline has passed (IRQs off: from the tick). */
void sched_wake_sleepers(void)
{
	struct task_struct *p, *n;
	u64 now;

	if (list_empty(&runqueue.sleepers))
		return;
	now = ktime_get_ns();
	list_for_each_entry_safe(p, n, &runqueue.sleepers, run_list) {
		if (p->sleep_until_ns <= now) {
			list_del_init(&p->run_list);
			wake_up_process(p);
		}
	}
}

/*
 * Sleep for timeout_ns (TASK_INTERRUPTIBLE: kill() ends it early).
 * Returns the nanoseconds left, 0 if the time ran out.
 */
u64 schedule_timeout(u64 timeout_ns)
{
	struct task_struct *p = current;
	u64 now = ktime_get_ns();

	local_irq_disable();
	p->sleep_until_ns = now + timeout_ns;
	p->__state = TASK_INTERRUPTIBLE;
	list_add_tail(&p->run_list, &runqueue.sleepers);
	local_irq_enable();
	schedule();
	local_irq_disable();
	list_del_init(&p->run_list);	/* woken early by a signal? */
	local_irq_enable();
	now = ktime_get_ns();
	return p->sleep_until_ns > now ? p->sleep_until_ns - now : 0;
}

/* ---- switching -------------------------------------------------------------- */

/* An overflow of the 8 KiB kernel stack reaches its lowest word first. */
static void schedule_debug(struct task_struct *prev)
{
	if (*end_of_stack(prev) != STACK_END_MAGIC) {
		printk("BUG: kernel stack overflow in %s[%d]: end-of-stack magic %08lx\n",
		       prev->comm, prev->pid, *end_of_stack(prev));
		panic("corrupted stack end detected inside scheduler");
	}
}

/*
 * Linux: context_switch(). The address space first (kernel threads have
 * no mm and borrow the previous task's, which is already loaded), then
 * the registers and stack.
 */
static struct task_struct *context_switch(struct task_struct *prev,
					  struct task_struct *next)
{
	struct mm_struct *oldmm = prev->active_mm;

	if (!next->mm)
		next->active_mm = oldmm;
	else
		switch_mm(oldmm, next->mm);
	/* Linux: switch_to(prev, next, prev). Returns the task we came from. */
	return __switch_to(prev, next);
}

/*
 * Runs in the task we switched to, after __switch_to, with IRQs off:
 * called by __schedule(), and by ret_from_fork for a new task. A new
 * task made with CLONE_CHILD_SETTID writes its tid into its own memory
 * here, before its first user instruction (Linux does it here too).
 */
void schedule_tail(struct task_struct *prev)
{
	struct task_struct *p = current;

	(void)prev;
	local_irq_enable();
	if (p->set_child_tid) {
		copy_to_user(p->set_child_tid, &p->pid, sizeof(p->pid));
		p->set_child_tid = NULL;
	}
}

static void __schedule(bool preempt)
{
	struct task_struct *prev, *next;

	local_irq_disable();
	prev = current;
	schedule_debug(prev);
	clear_tsk_need_resched(prev);
	/*
	 * Yielding or preempted: to the back of the queue. A task preempted
	 * (CONFIG_PREEMPT) just after prepare_to_wait() is not running any
	 * more, but it never got to sleep: it must stay runnable.
	 */
	if (prev->__state == TASK_RUNNING || preempt)
		enqueue_task(prev);
	next = pick_next_task();
	if (next != prev) {
		if (!next->time_slice)
			next->time_slice = SCHED_SLICE;
		prev = context_switch(prev, next);
	}
	schedule_tail(prev);
}

void schedule(void)
{
	__schedule(false);
}

/* The idle task's way out of do_idle(). */
void schedule_idle(void)
{
	__schedule(false);
}

/* rest_init's first schedule: preemption is still off for the idle task. */
void schedule_preempt_disabled(void)
{
	current->thread_info.preempt_count--;
	schedule();
	current->thread_info.preempt_count++;
}

/*
 * CONFIG_PREEMPT: called from __irq_svc with IRQs off when the kernel was
 * interrupted with preempt_count == 0 and TIF_NEED_RESCHED set.
 */
void preempt_schedule_irq(void)
{
	current->thread_info.preempt_count++;
	__schedule(true);
	local_irq_disable();		/* before the count drops: no nested preemption */
	current->thread_info.preempt_count--;
}

struct task_struct *find_task_by_pid(int pid)
{
	struct task_struct *p;

	for_each_process(p)
		if (p->pid == pid && p->__state != EXIT_DEAD)
			return p;
	return NULL;
}


/* Linux: sched_init(). The running code becomes the idle task, pid 0. */
void sched_init(void)
{
	/* current is init_task already: head.S's __mmap_switched set it. */
	*end_of_stack(&init_task) = STACK_END_MAGIC;
	list_add(&init_task.tasks, &task_list);
}
