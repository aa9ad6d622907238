/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/completion.h - wait until another task says "done".
 * Linux: include/linux/completion.h, kernel/sched/completion.c. Tern's
 * one user is vfork: the parent waits until its child has exec'd or
 * exited (kernel/fork.c).
 */
#ifndef _LINUX_COMPLETION_H
#define _LINUX_COMPLETION_H

#include <linux/wait.h>

struct completion {
	unsigned int done;
	struct wait_queue_head wait;
};

static inline void init_completion(struct completion *x)
{
	x->done = 0;
	init_waitqueue_head(&x->wait);
}

static inline void complete(struct completion *x)
{
	x->done++;
	wake_up(&x->wait);
}

/* 0 once done, -EINTR if a signal came first. */
static inline int wait_for_completion_interruptible(struct completion *x)
{
	return wait_event_interruptible(x->wait, x->done);
}

#endif
