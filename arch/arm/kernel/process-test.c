// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/process-test.c - ktest suite "fork": copy_thread() and
 * start_thread() called directly on a task of the test's own, their
 * results checked register by register. Run with ktest=fork.
 */
#include <linux/gfp.h>
#include <linux/ktest.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <asm/ptrace.h>

#define CTX_WORDS	(sizeof(struct cpu_context_save) / 4)

static int fork_test_fn(void *arg)
{
	return (int)(unsigned long)arg;
}

/* A task with a stack whose context and pt_regs hold garbage. */
static struct task_struct *garbage_task(void)
{
	struct task_struct *p = kzalloc(sizeof(*p));

	if (!p || !(p->stack = alloc_pages(1))) {
		kfree(p);
		return NULL;
	}
	memset(&p->thread_info.cpu_context, 0xa5, sizeof(p->thread_info.cpu_context));
	memset(task_pt_regs(p), 0xa5, sizeof(struct pt_regs));
	return p;
}

static void free_test_task(struct task_struct *p)
{
	free_pages(p->stack, 1);
	kfree(p);
}

/* cpu_context: pc = ret_from_fork, sp = pt_regs, r4/r5 as given, rest 0. */
static void check_context(struct ktest *t, struct task_struct *p, u32 r4, u32 r5)
{
	const u32 *ctx = (const u32 *)&p->thread_info.cpu_context;

	KTEST_EXPECT_EQ(t, p->thread_info.cpu_context.pc, (unsigned long)ret_from_fork);
	KTEST_EXPECT_EQ(t, p->thread_info.cpu_context.sp, (unsigned long)task_pt_regs(p));
	KTEST_EXPECT_EQ(t, p->thread_info.cpu_context.r4, r4);
	KTEST_EXPECT_EQ(t, p->thread_info.cpu_context.r5, r5);
	for (unsigned int i = 2; i < CTX_WORDS; i++)
		if (i != 8 && i != 9)			/* sp, pc */
			KTEST_EXPECT_EQ(t, ctx[i], 0);
}

static void fork_copy_thread_kernel_thread(struct ktest *t)
{
	struct kernel_clone_args args = { .fn = fork_test_fn, .fn_arg = (void *)0x1234 };
	struct task_struct *p = garbage_task();
	const struct pt_regs *regs;

	if (!p) {
		ktest_skip(t, "out of memory");
		return;
	}
	KTEST_EXPECT_EQ(t, copy_thread(p, &args), 0);
	check_context(t, p, 0x1234, (unsigned long)fork_test_fn);
	regs = task_pt_regs(p);
	for (unsigned int i = 0; i < ARRAY_SIZE(regs->uregs); i++)
		KTEST_EXPECT_EQ(t, regs->uregs[i], i == 16 ? SVC_MODE : 0);	/* 16: cpsr */
	free_test_task(p);
}

static void fork_copy_thread_fork(struct ktest *t)
{
	struct kernel_clone_args args = { 0 };
	struct pt_regs *mine = task_pt_regs(current), saved = *mine;
	struct task_struct *p = garbage_task();

	if (!p) {
		ktest_skip(t, "out of memory");
		return;
	}
	for (unsigned int i = 0; i < ARRAY_SIZE(mine->uregs); i++)
		mine->uregs[i] = 0x1000 + i;		/* r0 = 0x1000: not 0 */
	mine->ARM_cpsr = USR_MODE;
	KTEST_EXPECT_EQ(t, copy_thread(p, &args), 0);
	check_context(t, p, 0, 0);
	for (unsigned int i = 0; i < ARRAY_SIZE(mine->uregs); i++)
		KTEST_EXPECT_EQ(t, task_pt_regs(p)->uregs[i], i ? mine->uregs[i] : 0);
	*mine = saved;
	free_test_task(p);
}

static void check_start_thread(struct ktest *t, unsigned long pc, unsigned long cpsr)
{
	struct pt_regs regs;

	memset(&regs, 0x5a, sizeof(regs));
	start_thread(&regs, pc, 0x7fff0);
	KTEST_EXPECT_EQ(t, regs.ARM_cpsr, cpsr);
	KTEST_EXPECT_EQ(t, regs.ARM_pc, pc & ~1UL);
	KTEST_EXPECT_EQ(t, regs.ARM_sp, 0x7fff0);
	for (unsigned int i = 0; i < 13; i++)		/* r0-r12 */
		KTEST_EXPECT_EQ(t, regs.uregs[i], 0);
	KTEST_EXPECT_EQ(t, regs.ARM_lr, 0);
	KTEST_EXPECT_EQ(t, regs.ARM_ORIG_r0, 0);
}

static void fork_start_thread_arm(struct ktest *t)
{
	check_start_thread(t, 0x10100, USR_MODE);
}

static void fork_start_thread_thumb(struct ktest *t)
{
	check_start_thread(t, 0x10101, USR_MODE | PSR_T_BIT);
}

static const struct ktest_case fork_cases[] = {
	KTEST_CASE(fork_copy_thread_kernel_thread),
	KTEST_CASE(fork_copy_thread_fork),
	KTEST_CASE(fork_start_thread_arm),
	KTEST_CASE(fork_start_thread_thumb),
	{}
};
KTEST_SUITE(fork_suite, "fork", fork_cases);
