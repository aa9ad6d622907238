// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/init_task.c - the first task, pid 0, built at compile time.
 * Linux: init/init_task.c. It runs start_kernel() on init_stack, creates
 * init and kthreadd in rest_init(), and then becomes the idle task.
 */
#include <linux/mm_types.h>
#include <linux/sched.h>

unsigned long init_stack[THREAD_SIZE / sizeof(unsigned long)]
	__attribute__((aligned(THREAD_SIZE)));

struct task_struct init_task = {
	.thread_info = {
		.preempt_count = 1,	/* the idle task is never preempted */
	},
	.__state = TASK_RUNNING,
	.stack = init_stack,
	.pid = 0,
	.comm = "swapper",
	.active_mm = &init_mm,
	.parent = &init_task,
	.children = LIST_HEAD_INIT(init_task.children),
	.sibling = LIST_HEAD_INIT(init_task.sibling),
	.tasks = LIST_HEAD_INIT(init_task.tasks),
	.run_list = LIST_HEAD_INIT(init_task.run_list),
	.time_slice = 1,
	.rlim = INIT_RLIMITS,
};

LIST_HEAD(task_list);
