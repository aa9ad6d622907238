/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/wait.h - wait queues: sleep until a condition holds.
 * Linux: include/linux/wait.h, kernel/sched/wait.c.
 *
 * The sleeper sets its state BEFORE testing the condition; a waker sets
 * the condition, then wakes the queue. Whatever the order on one CPU, a
 * wake-up between the test and schedule() just makes schedule() return
 * at once (the task is TASK_RUNNING again), so none is lost.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/list.h>
#include <linux/sched.h>

struct wait_queue_entry {
	struct task_struct *task;
	struct list_head entry;
};

struct wait_queue_head {
	struct list_head head;
};

#define __WAIT_QUEUE_HEAD_INITIALIZER(name) { .head = LIST_HEAD_INIT((name).head) }
#define DECLARE_WAIT_QUEUE_HEAD(name) \
	struct wait_queue_head name = __WAIT_QUEUE_HEAD_INITIALIZER(name)

void init_waitqueue_head(struct wait_queue_head *wq);
void prepare_to_wait(struct wait_queue_head *wq, struct wait_queue_entry *wait, int state);
void finish_wait(struct wait_queue_head *wq, struct wait_queue_entry *wait);
void wake_up(struct wait_queue_head *wq);

static inline bool signal_pending(struct task_struct *p)
{
	return p->thread_info.flags & _TIF_SIGPENDING;
}

/* Sleep until cond; 0, or -EINTR (4) if a signal came first. */
#define wait_event_interruptible(wq, cond)				\
({									\
	struct wait_queue_entry __wait = { .task = current };		\
	int __ret = 0;							\
	for (;;) {							\
		prepare_to_wait(&(wq), &__wait, TASK_INTERRUPTIBLE);	\
		if (cond)						\
			break;						\
		if (signal_pending(current)) {				\
			__ret = -4;					\
			break;						\
		}							\
		schedule();						\
	}								\
	finish_wait(&(wq), &__wait);					\
	__ret;								\
})

#endif
