// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/backtrace-test.c - ktest suite "backtrace":
 * dump_backtrace() from a known chain of calls, and from inside a system
 * call (an svc made in the kernel: vector_swi -> __swi_svc ->
 * do_svc_kernel -> the trap hook). Each case prints its backtrace between
 * "begin" and "end" lines; the host (tests/test_lab_backtrace.py) checks
 * every frame against the symbol table. Run with ktest=backtrace.
 */
#include <linux/ktest.h>
#include <asm/traps.h>

/* Keep a call from becoming a tail call: each frame must stay. */
#define no_tail_call()	asm volatile("" ::: "memory")

/* Print the backtrace of whoever calls this. */
static void __attribute__((noinline)) bt_here(void)
{
	unsigned long pc, sp;

	asm volatile("mov %0, pc\n\tmov %1, sp" : "=r"(pc), "=r"(sp));
	dump_backtrace(pc, (unsigned long)__builtin_frame_address(0), sp);
	no_tail_call();
}

static void __attribute__((noinline)) bt_inner(void)
{
	bt_here();
	no_tail_call();
}

static void __attribute__((noinline)) bt_outer(void)
{
	bt_inner();
	no_tail_call();
}

static void backtrace_nested_calls(struct ktest *t)
{
	ktest_info(t, "begin");
	bt_outer();
	ktest_info(t, "end");
}

static void bt_svc_hook(struct pt_regs *regs, int kind)
{
	(void)regs;
	(void)kind;
	bt_here();
	no_tail_call();
}

static void backtrace_from_syscall(struct ktest *t)
{
	ktest_info(t, "begin");
	ktest_trap_hook = bt_svc_hook;
	asm volatile("svc #0" ::: "r0", "r1", "r2", "r3", "ip", "lr", "memory", "cc");
	ktest_trap_hook = NULL;
	ktest_info(t, "end");
}

static const struct ktest_case backtrace_cases[] = {
	KTEST_CASE(backtrace_nested_calls),
	KTEST_CASE(backtrace_from_syscall),
	{}
};
KTEST_SUITE(backtrace_suite, "backtrace", backtrace_cases);
