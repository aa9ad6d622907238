/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/sched.h - tasks and the scheduler's interface.
 * Linux: include/linux/sched.h (+ sched/task.h, sched/task_stack.h).
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/bitops.h>
#include <linux/list.h>
#include <linux/resource.h>
#include <linux/types.h>
#include <linux/uaccess.h>
#include <asm/current.h>
#include <asm/thread_info.h>
#include <asm/unistd.h>

/* Task states (Linux: TASK_RUNNING ... EXIT_ZOMBIE). */
#define TASK_RUNNING		0x0000	/* on the run queue, or running */
#define TASK_INTERRUPTIBLE	0x0001	/* sleeping; a signal wakes it */
#define TASK_UNINTERRUPTIBLE	0x0002	/* sleeping */
#define EXIT_ZOMBIE		0x0020	/* exited, parent has not waited */
#define EXIT_DEAD		0x0010	/* reaped */

#define TASK_COMM_LEN		16
#define STACK_END_MAGIC		0x57ac6e9d

struct mm_struct;
struct completion;

struct task_struct {
	struct thread_info thread_info;	/* must be first: see asm/current.h */
	volatile unsigned int __state;	/* TASK_* / EXIT_* */
	void *stack;			/* THREAD_SIZE bytes, end magic at the bottom */
	int pid;
	char comm[TASK_COMM_LEN];
	struct mm_struct *mm;		/* user address space; NULL for kernel threads */
	struct mm_struct *active_mm;	/* the one loaded in TTBR0 while we run */
	struct task_struct *parent;
	struct list_head children;	/* my children */
	struct list_head sibling;	/* in my parent's children list */
	struct list_head tasks;		/* every task: for_each_process */
	struct list_head run_list;	/* on the run queue */
	int exit_code;			/* wait4() status word */
	unsigned int time_slice;	/* ticks left before preemption */
	u64 sleep_until_ns;		/* schedule_timeout() deadline, 0 if none */
	unsigned long pending;		/* pending signals, bit N = signal N */
	struct rlimit rlim[RLIM_NLIMITS];	/* Linux: signal->rlim; read with rlimit() */
	/* Thread-ID handshakes with the C library (Linux: the same fields). */
	int __user *set_child_tid;	/* CLONE_CHILD_SETTID: our tid goes there at start */
	int __user *clear_child_tid;	/* CLONE_CHILD_CLEARTID, set_tid_address() */
	void __user *robust_list;	/* set_robust_list(): glibc's robust mutexes */
	struct completion *vfork_done;	/* our vfork parent waits on it */
	/* trace(): bit N set = report system call N (TIF_SYSCALL_TRACEPOINT) */
	unsigned long trace_mask[NR_syscalls / BITS_PER_LONG];
};

extern struct task_struct init_task;
extern struct list_head task_list;	/* all tasks, init_task first */

#define for_each_process(p) list_for_each_entry(p, &task_list, tasks)

static inline struct thread_info *task_thread_info(struct task_struct *task)
{
	return &task->thread_info;
}

static inline unsigned long *end_of_stack(const struct task_struct *task)
{
	return task->stack;
}

#define task_pt_regs(task) \
	((struct pt_regs *)((char *)(task)->stack + THREAD_START_SP) - 1)

/* TIF_NEED_RESCHED (Linux: set_tsk_need_resched / need_resched). */
static inline void set_tsk_need_resched(struct task_struct *tsk)
{
	tsk->thread_info.flags |= _TIF_NEED_RESCHED;
}

static inline void clear_tsk_need_resched(struct task_struct *tsk)
{
	tsk->thread_info.flags &= ~_TIF_NEED_RESCHED;
}

static inline bool need_resched(void)
{
	return current->thread_info.flags & _TIF_NEED_RESCHED;
}

/*
 * Linux: rlimit() (linux/sched/signal.h). The calling task's soft limit;
 * one word, so a prlimit64 from another task is seen whole.
 */
static inline unsigned long rlimit(unsigned int limit)
{
	return current->rlim[limit].rlim_cur;
}

/* kernel/sched/core.c */
void sched_init(void);
void scheduler_tick(void);
void schedule(void);
void schedule_idle(void);
void schedule_preempt_disabled(void);
void preempt_schedule_irq(void);
void resched_curr(void);
void wake_up_new_task(struct task_struct *p);
int wake_up_process(struct task_struct *p);
u64 schedule_timeout(u64 timeout_ns);
void sched_wake_sleepers(void);
void cpu_startup_entry(void) __attribute__((noreturn));
struct task_struct *find_task_by_pid(int pid);

/* kernel/fork.c */
/* Flags of clone() (Linux: include/uapi/linux/sched.h). */
#define CSIGNAL			0x000000ff	/* the signal sent to the parent at exit */
#define CLONE_VM		0x00000100	/* share the address space */
#define CLONE_VFORK		0x00004000	/* the parent waits for the child's exec or exit */
#define CLONE_SETTLS		0x00080000	/* the child's TLS register = tls */
#define CLONE_PARENT_SETTID	0x00100000	/* the child's tid into *parent_tid */
#define CLONE_CHILD_CLEARTID	0x00200000	/* 0 into *child_tid at the child's exit */
#define CLONE_CHILD_SETTID	0x01000000	/* the child's tid into its *child_tid */

struct kernel_clone_args {
	unsigned long flags;		/* CLONE_*, without CSIGNAL */
	int exit_signal;
	int (*fn)(void *);
	void *fn_arg;
	const char *name;
	unsigned long stack;		/* the child's sp, 0: the parent's */
	int __user *parent_tid;
	int __user *child_tid;
	unsigned long tls;
};
int kernel_clone(struct kernel_clone_args *args);
int kernel_thread(int (*fn)(void *), void *arg, const char *name);
int user_mode_thread(int (*fn)(void *), void *arg, const char *name);
void free_task(struct task_struct *tsk);
void mm_release(struct task_struct *tsk);

/* kernel/exit.c */
void do_exit(int code) __attribute__((noreturn));

/* kernel/signal.c */
#define SIGILL		4
#define SIGKILL		9
#define SIGSEGV		11
#define SIGTERM		15
#define SIGCHLD		17
void send_sig(int sig, struct task_struct *p);
void force_sig_fault(int sig);

/* arch/arm/kernel/process.c + entry-armv.S */
int copy_thread(struct task_struct *p, const struct kernel_clone_args *args);
void flush_thread(void);
void exit_thread(struct task_struct *tsk);
struct pt_regs;
void start_thread(struct pt_regs *regs, unsigned long pc, unsigned long sp);
struct task_struct *__switch_to(struct task_struct *prev, struct task_struct *next);
void ret_from_fork(void);
/* Called from entry-common.S: ret_from_fork, slow_work_pending. */
void schedule_tail(struct task_struct *prev);
void do_work_pending(struct pt_regs *regs);

#endif /* _LINUX_SCHED_H */
