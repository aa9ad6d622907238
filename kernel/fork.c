// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/fork.c - creating tasks: fork(), clone(), vfork(), kernel
 * threads, and the first user task. Linux: kernel/fork.c.
 *
 *   kernel_clone() -> copy_process() -> dup_task_struct()  (task + stack)
 *                                    -> copy_mm()          (fork only)
 *                                       -> dup_mm() -> dup_mmap()
 *                                    -> copy_thread()      (arch: registers)
 *                  -> wake_up_new_task()
 *                  -> wait_for_vfork_done()                (vfork only)
 *
 * fork copies no user page: dup_mmap copies the VMAs, and copy_page_range
 * (mm/memory.c) the page-table entries of the ranges they cover, sharing
 * the pages copy-on-write.
 */
#include <linux/completion.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <asm/mmu_context.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

#define THREAD_ORDER	1		/* 8 KiB kernel stacks */

static int next_pid = 1;
static DEFINE_SPINLOCK(vfork_lock);	/* a child's vfork_done (Linux: task_lock) */

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
	 * so keep TIF_SYSCALL_TRACEPOINT from orig, as well as
	 * TIF_SYSCALL_TRACE (strace -f), and no other flag.
	 * STUB:
	 *	tsk->thread_info.flags = orig->thread_info.flags & _TIF_SYSCALL_TRACE;
	 */
	tsk->thread_info.flags = orig->thread_info.flags &
				 (_TIF_SYSCALL_TRACE | _TIF_SYSCALL_TRACEPOINT);
	/* LAB trace END */
	tsk->thread_info.preempt_count = 0;
	return tsk;
}

void free_task(struct task_struct *tsk)
{
	free_pages(tsk->stack, THREAD_ORDER);
	kfree(tsk);
}

/* Linux: mm_alloc(). An empty address space; NULL if out of memory. */
struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm));

	if (!mm)
		return NULL;
	mm->pgd = pgd_alloc();
	if (!mm->pgd) {
		kfree(mm);
		return NULL;
	}
	init_new_context(mm);
	return mm;
}

/* Linux: mmput() of the last user + exit_mmap() + mmdrop(): free everything. */
void mmput(struct mm_struct *mm)
{
	exit_mmap(mm);
	pgd_free(mm->pgd);
	kfree(mm);
}

/*
 * Linux: dup_mmap(). Copy oldmm's VMAs and their page-table entries. Returns how many pages parent and child now share
 * copy-on-write, or -ENOMEM.
 */
static long dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm)
{
	struct vm_area_struct *mpnt, *tmp;
	long copies = 0, n;

	for (mpnt = oldmm->mmap; mpnt; mpnt = mpnt->vm_next) {
		tmp = vm_area_dup(mpnt);
		if (!tmp)
			return -ENOMEM;
		tmp->vm_mm = mm;
		vma_link(mm, tmp);
		n = copy_page_range(mm, mpnt);
		if (n < 0)
			return n;
		copies += n;
	}
	return copies;
}

/*
 * Linux: dup_mm(). The child's copy of oldmm; NULL if out of memory.
 * A fork whose copy-on-write pages outnumber the free pages is refused:
 * their copies could not all be made, and a process whose fault finds
 * no page is killed. (Linux's default overcommit heuristic made this
 * check, against free memory, until 5.2; it refuses only larger
 * requests now, and leaves the rest to the OOM killer.)
 */
struct mm_struct *dup_mm(struct mm_struct *oldmm)
{
	struct mm_struct *mm = mm_alloc();
	long copies;

	if (!mm)
		return NULL;
	mm->mmap_base = oldmm->mmap_base;
	mm->start_brk = oldmm->start_brk;
	mm->brk = oldmm->brk;
	mm->start_stack = oldmm->start_stack;
	copies = dup_mmap(mm, oldmm);
	/* Even after a failure: some of the parent's entries lost write access. */
	local_flush_tlb_mm(oldmm);
	if (copies < 0 || (unsigned long)copies > nr_free_pages()) {
		mmput(mm);
		return NULL;
	}
	return mm;
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
	p->set_child_tid = args->flags & CLONE_CHILD_SETTID ? args->child_tid : NULL;
	p->clear_child_tid = args->flags & CLONE_CHILD_CLEARTID ? args->child_tid : NULL;
	p->robust_list = NULL;
	p->vfork_done = NULL;
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

/*
 * Linux: wait_for_vfork_done(). The parent sleeps until the child has
 * exec'd or exited (mm_release). If a signal ends the wait first, the
 * child must not touch the completion any more: it is on our stack.
 */
static void wait_for_vfork_done(struct task_struct *child, struct completion *vfork)
{
	if (wait_for_completion_interruptible(vfork)) {
		unsigned long flags;

		spin_lock_irqsave(&vfork_lock, flags);
		child->vfork_done = NULL;
		spin_unlock_irqrestore(&vfork_lock, flags);
	}
}

/*
 * Linux: mm_release(). The task lets go of its address space (exec or
 * exit): a vfork parent may go on. Linux also writes 0 at clear_child_tid
 * and wakes a futex there, but only when other threads share the memory
 * (pthread_join waits on it); Tern has no threads, so nobody could see it.
 */
void mm_release(struct task_struct *tsk)
{
	unsigned long flags;

	tsk->clear_child_tid = NULL;
	spin_lock_irqsave(&vfork_lock, flags);
	if (tsk->vfork_done) {
		complete(tsk->vfork_done);
		tsk->vfork_done = NULL;
	}
	spin_unlock_irqrestore(&vfork_lock, flags);
}

/* Linux: kernel_clone(). Returns the new pid, or -errno. */
int kernel_clone(struct kernel_clone_args *args)
{
	struct task_struct *p = copy_process(args);
	struct completion vfork;
	int pid;

	if (!p)
		return -ENOMEM;
	pid = p->pid;
	if (args->flags & CLONE_PARENT_SETTID)
		copy_to_user(args->parent_tid, &pid, sizeof(pid));	/* a bad pointer is ignored, as Linux does */
	if (args->flags & CLONE_VFORK) {
		init_completion(&vfork);
		p->vfork_done = &vfork;
	}
	wake_up_new_task(p);
	if (args->flags & CLONE_VFORK)
		wait_for_vfork_done(p, &vfork);
	return pid;
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
	struct kernel_clone_args args = { .exit_signal = SIGCHLD };

	return kernel_clone(&args);
}

/*
 * Linux: sys_vfork(), which is clone(CLONE_VFORK | CLONE_VM, SIGCHLD).
 * The parent waits until the child execs or exits, as in Linux. Tern
 * cannot share an address space yet (CLONE_VM), so the child gets a
 * copy-on-write copy, as fork's: the same for a child that only execs or
 * _exits, as POSIX asks of it.
 */
long sys_vfork(void)
{
	struct kernel_clone_args args = { .flags = CLONE_VFORK, .exit_signal = SIGCHLD };

	return kernel_clone(&args);
}

/* The clone flags Tern implements; sharing (CLONE_VM, _FILES, _THREAD...) is to come. */
#define CLONE_SUPPORTED	(CLONE_VFORK | CLONE_SETTLS | CLONE_PARENT_SETTID | \
			 CLONE_CHILD_CLEARTID | CLONE_CHILD_SETTID)

/*
 * Linux: sys_clone(), with ARM's argument order (CONFIG_CLONE_BACKWARDS:
 * tls before child_tid). glibc's fork() is
 * clone(CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD, 0, NULL, 0, &tid).
 * The exit signal is accepted but not sent: Tern has no SIGCHLD yet.
 */
long sys_clone(unsigned long clone_flags, unsigned long newsp, int __user *parent_tidptr,
	       unsigned long tls, int __user *child_tidptr)
{
	struct kernel_clone_args args = {
		.flags = clone_flags & ~CSIGNAL,
		.exit_signal = clone_flags & CSIGNAL,
		.stack = newsp,
		.parent_tid = parent_tidptr,
		.child_tid = child_tidptr,
		.tls = tls,
	};
	static bool reported;

	if (args.exit_signal > 64)
		return -EINVAL;
	if (args.flags & ~CLONE_SUPPORTED) {
		if (!reported)
			printk("clone: pid %d (%s): flags 0x%lx not supported yet\n",
			       current->pid, current->comm, args.flags & ~CLONE_SUPPORTED);
		reported = true;
		return -EINVAL;
	}
	return kernel_clone(&args);
}

/* Linux: sys_set_tid_address(). */
long sys_set_tid_address(int __user *tidptr)
{
	current->clear_child_tid = tidptr;
	return current->pid;
}
