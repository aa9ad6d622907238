/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/ktest.h - in-kernel self-tests that print KTAP.
 * Linux: include/kunit/test.h, much reduced.
 *
 *   static void my_case(struct ktest *t) { KTEST_EXPECT_EQ(t, 1 + 1, 2); }
 *   static const struct ktest_case my_cases[] = { KTEST_CASE(my_case), {} };
 *   KTEST_SUITE(my_suite, "mysuite", my_cases);
 *
 * Suites run at the end of boot when the command line says ktest=<suite,...>
 * or ktest=all; the kernel then powers off.
 */
#ifndef _LINUX_KTEST_H
#define _LINUX_KTEST_H

#include <linux/kernel.h>

struct ktest {
	const char *name;
	bool failed;
	const char *skip_reason;	/* set by ktest_skip() */
};

struct ktest_case {
	const char *name;
	void (*run)(struct ktest *t);
};

struct ktest_suite {
	const char *name;
	const struct ktest_case *cases;	/* ends with an empty entry */
	int (*init)(void);		/* optional, before the cases */
};

#define KTEST_CASE(fn)	{ .name = #fn, .run = fn }

#define KTEST_SUITE(sym, suite_name, case_array)				\
	static const struct ktest_suite sym					\
	__attribute__((used, section(".ktest_suites"), aligned(4))) = {	\
		.name = suite_name, .cases = case_array }

__printf(4, 5) void ktest_fail(struct ktest *t, const char *file, int line,
			       const char *fmt, ...);

/* A diagnostic line "    # <case>: <message>" in the case's output (Linux: kunit_info). */
__printf(2, 3) void ktest_info(struct ktest *t, const char *fmt, ...);

/* The case could not run here: reported "ok N name # SKIP reason". */
void ktest_skip(struct ktest *t, const char *reason);

#define KTEST_EXPECT_TRUE(t, cond)						\
	do {									\
		if (!(cond))							\
			ktest_fail(t, __FILE__, __LINE__, "expected %s", #cond);\
	} while (0)

#define KTEST_EXPECT_EQ(t, a, b)						\
	do {									\
		unsigned long long __a = (a), __b = (b);			\
		if (__a != __b)							\
			ktest_fail(t, __FILE__, __LINE__,			\
				   "expected %s == %s, got %llu (0x%llx) != %llu (0x%llx)", \
				   #a, #b, __a, __a, __b, __b);			\
	} while (0)

/*
 * One step of an idle wait, for cases that wait for interrupts. Call with
 * interrupts masked: WFI wakes on a pending interrupt even so, then the
 * interrupt is taken in the short unmasked window. Testing the awaited
 * condition between steps with interrupts masked loses no wake-up.
 */
static inline void ktest_idle(void)
{
	asm volatile("dsb\n\twfi\n\tcpsie i\n\tcpsid i" ::: "memory", "cc");
}

/* Run the suites named by "ktest=" in the command line; false if none asked. */
bool ktest_run_cmdline(const char *cmdline);

#endif /* _LINUX_KTEST_H */
