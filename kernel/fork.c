// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/fork.c - creating tasks: fork(), kernel threads, and the first
 * user task. Linux: kernel/fork.c.
 *
 *   kernel_clone() -> copy_process() -> dup_task_struct()  (task + stack)
 *                                    -> copy_mm()          (fork only)
 *                                    -> copy_thread()      (arch: registers)
 *                  -> wake_up_new_task()
 */
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/interrupt.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>

#define THREAD_ORDER	1		/* 8 KiB kernel stacks */

static int next_pid = 1;

/* A task_struct and an 8 KiB stack, with the end-of-stack magic. */
static struct task_struct *dup_task_struct(struct task_struct *orig)
{
	struct task_struct *tsk = kmalloc(sizeof(*tsk));
	void *stack = alloc_pages(THREAD_ORDER);

	if (!tsk || !stack) {
		kfree(tsk);
		free_pages(stack, THREAD_ORDER);
		return NULL;
	}
	*tsk = *orig;
	tsk->stack = stack;
	*end_of_stack(tsk) = STACK_END_MAGIC;
	/* LAB trace BEGIN
	 * *tsk = *orig copied the trace mask: the child must be traced too,
	 * so keep TIF_SYSCALL_TRACE (and no other flag) from orig.
	 * STUB:
	 *	tsk->thread_info.flags = 0;
	 */
	tsk->thread_info.flags = orig->thread_info.flags & _TIF_SYSCALL_TRACE;
	/* LAB trace END */
	tsk->thread_info.preempt_count = 0;
	return tsk;
}

void free_task(struct task_struct *tsk)
{
	free_pages(tsk->stack, THREAD_ORDER);
	kfree(tsk);
}

static int copy_mm(struct task_struct *p, const struct kernel_clone_args *args)
{
	struct mm_struct *oldmm = current->mm;

	p->mm = NULL;
	p->active_mm = NULL;
	if (args->fn || !oldmm)
		return 0;		/* a kernel thread: borrows active_mm */
	p->mm = dup_mm(oldmm);
	if (!p->mm)
		return -ENOMEM;
	p->active_mm = p->mm;
	return 0;
}

static struct task_struct *copy_process(struct kernel_clone_args *args)
{
	struct task_struct *p = dup_task_struct(current);

	if (!p)
		return NULL;
	if (copy_mm(p, args)) {
		free_task(p);
		return NULL;
	}
	p->parent = current;
	p->exit_code = 0;
	p->pending = 0;
	p->time_slice = 0;
	if (args->name)
		strlcpy(p->comm, args->name, sizeof(p->comm));
	INIT_LIST_HEAD(&p->children);
	INIT_LIST_HEAD(&p->run_list);
	copy_thread(p, args);

	unsigned long flags = local_irq_save();

	p->pid = next_pid++;
	list_add_tail(&p->sibling, &current->children);
	list_add_tail(&p->tasks, &task_list);
	local_irq_restore(flags);
	return p;
}

/* Linux: kernel_clone(). Returns the new pid, or -errno. */
int kernel_clone(struct kernel_clone_args *args)
{
	struct task_struct *p = copy_process(args);

	if (!p)
		return -ENOMEM;
	wake_up_new_task(p);
	return p->pid;
}

/* A thread that runs fn(arg) in the kernel for ever (no address space). */
int kernel_thread(int (*fn)(void *), void *arg, const char *name)
{
	struct kernel_clone_args args = { .fn = fn, .fn_arg = arg, .name = name };

	return kernel_clone(&args);
}

/*
 * A thread that starts in the kernel but will become a user process:
 * fn calls kernel_execve() and returns, and ret_from_fork then "returns"
 * to user mode. Tern's only user is kernel_init.
 */
int user_mode_thread(int (*fn)(void *), void *arg, const char *name)
{
	return kernel_thread(fn, arg, name);
}

long sys_fork(void)
{
	struct kernel_clone_args args = { .name = NULL };

	return kernel_clone(&args);
}
