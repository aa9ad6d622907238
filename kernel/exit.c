// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/exit.c - ending a task, and a parent collecting it.
 * Linux: kernel/exit.c (do_exit, wait4, reparenting to init).
 *
 * An exiting task frees its address space at once, becomes a zombie and
 * wakes its parent; its task_struct and kernel stack stay until the
 * parent's wait4() reads the exit status (they cannot be freed earlier:
 * the zombie is still running on that stack until its last schedule()).
 */
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/uaccess.h>
#include <linux/wait.h>
#include <linux/syscalls.h>
#include <asm/mmu_context.h>

#define WNOHANG		0x00000001
#define WUNTRACED	0x00000002
#define WCONTINUED	0x00000008

static DECLARE_WAIT_QUEUE_HEAD(child_exit_wq);

/* Back to the kernel's page table, then free the process's. */
static void exit_mm(struct task_struct *tsk)
{
	struct mm_struct *mm = tsk->mm;

	if (!mm)
		return;
	/* Fields first, then TTBR0: a switch in between must not reload mm. */
	local_irq_disable();
	tsk->mm = NULL;
	tsk->active_mm = &init_mm;
	switch_mm(mm, &init_mm);
	local_irq_enable();
	mmput(mm);
}

/* Orphans become init's children (Linux: forget_original_parent). */
static void reparent_children(struct task_struct *tsk)
{
	struct task_struct *reaper = find_task_by_pid(1), *p, *n;

	list_for_each_entry_safe(p, n, &tsk->children, sibling) {
		list_del_init(&p->sibling);
		p->parent = reaper;
		list_add_tail(&p->sibling, &reaper->children);
	}
}

void do_exit(int code)
{
	struct task_struct *tsk = current;

	if (tsk->pid == 1)
		panic("Attempted to kill init! exitcode=0x%08x", code);
	mm_release(tsk);
	exit_mm(tsk);
	exit_thread(tsk);
	local_irq_disable();
	reparent_children(tsk);
	tsk->exit_code = code;
	tsk->__state = EXIT_ZOMBIE;
	wake_up(&child_exit_wq);
	schedule();			/* never returns: nobody wakes a zombie */
	panic("zombie %s[%d] was scheduled", tsk->comm, tsk->pid);
}

long sys_exit(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

long sys_exit_group(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

/* Does current have a child matching pid (-1: any)? Set *zombie to one that exited. */
static bool find_child(int pid, struct task_struct **zombie)
{
	struct task_struct *p;
	bool found = false;

	*zombie = NULL;
	list_for_each_entry(p, &current->children, sibling) {
		if (pid > 0 && p->pid != pid)
			continue;
		found = true;
		if (p->__state == EXIT_ZOMBIE) {
			*zombie = p;
			break;
		}
	}
	return found;
}

static void release_task(struct task_struct *p)
{
	unsigned long flags = local_irq_save();

	list_del_init(&p->sibling);
	list_del_init(&p->tasks);
	p->__state = EXIT_DEAD;
	local_irq_restore(flags);
	free_task(p);
}

long sys_wait4(int pid, int __user *stat_addr, int options, void __user *ru)
{
	struct task_struct *zombie;
	int ret;

	(void)ru;			/* no resource usage accounting */
	if (pid == 0 || pid < -1)
		return -EINVAL;		/* process groups: not in Tern */
	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED))
		return -EINVAL;		/* as Linux; stop/continue never happen here */
	for (;;) {
		if (!find_child(pid, &zombie))
			return -ECHILD;
		if (zombie) {
			int child_pid = zombie->pid;

			if (stat_addr && copy_to_user(stat_addr, &zombie->exit_code, sizeof(int)))
				return -EFAULT;
			release_task(zombie);
			return child_pid;
		}
		if (options & WNOHANG)
			return 0;
		ret = wait_event_interruptible(child_exit_wq,
					       !find_child(pid, &zombie) || zombie);
		if (ret)
			return ret;
	}
}
