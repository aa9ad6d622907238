// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sched/wait.c - wait queues (Linux: the same file). See
 * include/linux/wait.h for why the order of operations makes them safe.
 */
#include <linux/interrupt.h>
#include <linux/wait.h>

void init_waitqueue_head(struct wait_queue_head *wq)
{
	INIT_LIST_HEAD(&wq->head);
}

void prepare_to_wait(struct wait_queue_head *wq, struct wait_queue_entry *wait, int state)
{
	unsigned long flags = local_irq_save();

	if (wait->entry.next == NULL || list_empty(&wait->entry))
		list_add_tail(&wait->entry, &wq->head);
	current->__state = state;
	local_irq_restore(flags);
}

void finish_wait(struct wait_queue_head *wq, struct wait_queue_entry *wait)
{
	unsigned long flags = local_irq_save();

	(void)wq;
	current->__state = TASK_RUNNING;
	if (wait->entry.next && !list_empty(&wait->entry))
		list_del_init(&wait->entry);
	local_irq_restore(flags);
}

/* Wake every task on the queue; each re-checks its own condition. */
void wake_up(struct wait_queue_head *wq)
{
	unsigned long flags = local_irq_save();
	struct wait_queue_entry *w;

	list_for_each_entry(w, &wq->head, entry)
		wake_up_process(w->task);
	local_irq_restore(flags);
}
