// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/traps-test.c - ktest suite "traps": exceptions taken in
 * the kernel on purpose, caught through ktest_trap_hook, and recovered.
 * Run with ktest=traps.
 */
#include <linux/ktest.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>
#include <asm/traps.h>

static struct pt_regs seen;
static int seen_kind;

/* Record the exception and resume after the offending (ARM) instruction. */
static void record_and_skip(struct pt_regs *regs, int kind)
{
	seen = *regs;
	seen_kind = kind;
	if (kind != TRAP_SVC)
		regs->ARM_pc += 4;
}

static void arm_hook(void)
{
	memset(&seen, 0, sizeof(seen));
	seen_kind = 0;
	ktest_trap_hook = record_and_skip;
}

static void traps_undefined_instruction(struct ktest *t)
{
	unsigned long where;

	arm_hook();
	asm volatile("adr %0, 1f\n"
		     "1:	.inst 0xe7f000f0"		/* udf #0 */
		     : "=r"(where) : : "memory");
	ktest_trap_hook = NULL;
	KTEST_EXPECT_EQ(t, seen_kind, TRAP_UNDEF);
	KTEST_EXPECT_EQ(t, seen.ARM_pc, where);		/* pc of the udf itself */
	KTEST_EXPECT_EQ(t, seen.ARM_cpsr & MODE_MASK, SVC_MODE);
}

static void traps_data_abort(struct ktest *t)
{
	unsigned long where, val = 0x1234;

	arm_hook();
	/* 0x00100000 is user space; kernel_init has no user mappings yet. */
	asm volatile("adr %0, 1f\n"
		     "1:	ldr %1, [%2]"
		     : "=&r"(where), "+r"(val) : "r"(0x00100000UL) : "memory");
	ktest_trap_hook = NULL;
	KTEST_EXPECT_EQ(t, seen_kind, TRAP_DABT);
	KTEST_EXPECT_EQ(t, seen.ARM_pc, where);		/* the faulting ldr */
	KTEST_EXPECT_EQ(t, val, 0x1234);		/* the load never happened */
}

static void traps_svc_from_kernel_pt_regs(struct ktest *t)
{
	unsigned long after, sp_before, r0_after;

	arm_hook();
	{
		/* Register variables hold only at the asm: set them after any call. */
		register unsigned long r0 asm("r0") = 0x10000000;
		register unsigned long r1 asm("r1") = 0x10000001;
		register unsigned long r2 asm("r2") = 0x10000002;
		register unsigned long r3 asm("r3") = 0x10000003;
		register unsigned long r7 asm("r7") = 0x70000007;

		asm volatile("mov %0, sp\n"
			     "svc #0\n"
			     "1:	adr %1, 1b"
			     : "=&r"(sp_before), "=&r"(after), "+r"(r0), "+r"(r1),
			       "+r"(r2), "+r"(r3)
			     : "r"(r7) : "lr", "memory");
		r0_after = r0;
	}
	ktest_trap_hook = NULL;
	KTEST_EXPECT_EQ(t, seen_kind, TRAP_SVC);
	KTEST_EXPECT_EQ(t, seen.ARM_r0, 0x10000000);
	KTEST_EXPECT_EQ(t, seen.ARM_r1, 0x10000001);
	KTEST_EXPECT_EQ(t, seen.ARM_r2, 0x10000002);
	KTEST_EXPECT_EQ(t, seen.ARM_r3, 0x10000003);
	KTEST_EXPECT_EQ(t, seen.ARM_r7, 0x70000007);
	KTEST_EXPECT_EQ(t, seen.ARM_ORIG_r0, 0x10000000);
	KTEST_EXPECT_EQ(t, seen.ARM_pc, after);		/* the instruction after svc */
	KTEST_EXPECT_EQ(t, seen.ARM_sp, sp_before);
	KTEST_EXPECT_EQ(t, seen.ARM_cpsr & MODE_MASK, SVC_MODE);
	KTEST_EXPECT_EQ(t, r0_after, 0x10000000);	/* registers come back intact */
}

/* The exception table: a bad user pointer is -EFAULT, not an oops. */
static void traps_uaccess_fixup(struct ktest *t)
{
	char buf[8];

	KTEST_EXPECT_EQ(t, copy_from_user(buf, (void *)0x00100000, sizeof(buf)), sizeof(buf));
	KTEST_EXPECT_EQ(t, copy_to_user((void *)0x00100004, buf, 4), 4);
	KTEST_EXPECT_EQ(t, copy_from_user(buf, (void *)0xc0008000, 4), 4);	/* kernel: refused */
}

static const struct ktest_case traps_cases[] = {
	KTEST_CASE(traps_undefined_instruction),
	KTEST_CASE(traps_data_abort),
	KTEST_CASE(traps_svc_from_kernel_pt_regs),
	KTEST_CASE(traps_uaccess_fixup),
	{}
};
KTEST_SUITE(traps_suite, "traps", traps_cases);
