/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kernel/sched/sched.h - the scheduler's internals, shared by core.c and
 * its self-tests (core-test.c). Linux: kernel/sched/sched.h (struct rq).
 */
#ifndef _KERNEL_SCHED_SCHED_H
#define _KERNEL_SCHED_SCHED_H

#include <linux/sched.h>

#define SCHED_SLICE	CONFIG_SCHED_SLICE_TICKS	/* ticks a task may run */

struct rq {
	struct list_head queue;		/* runnable tasks waiting for the CPU */
	struct list_head sleepers;	/* tasks in schedule_timeout() */
	struct task_struct *idle;	/* runs when the queue is empty */
};

extern struct rq runqueue;

void enqueue_task(struct task_struct *p);
void dequeue_task(struct task_struct *p);
struct task_struct *pick_next_task(void);

#endif /* _KERNEL_SCHED_SCHED_H */
