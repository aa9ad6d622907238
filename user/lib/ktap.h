/* SPDX-License-Identifier: GPL-2.0 */
/*
 * user/lib/ktap.h - KTAP output for Tern's user-space test programs.
 *
 * Prints the Kernel Test Anything Protocol that Linux's kselftests print
 * (Documentation/dev-tools/ktap.rst, tools/testing/selftests/kselftest.h):
 *
 *	KTAP version 1
 *	1..3
 *	ok 1 name
 *	not ok 2 name
 *	ok 3 name # SKIP reason
 *	# Totals: pass:1 fail:1 skip:1
 *
 * Header-only: each test program has one set of counters.  Children of a
 * fork inherit them; only the parent should report.
 */
#ifndef TERN_USER_KTAP_H
#define TERN_USER_KTAP_H

#include <stdarg.h>
#include <stdio.h>

static struct {
	unsigned int planned, num, pass, fail, skip;
} ktap;

/* ktap_plan - the header and how many results will follow. */
static inline void ktap_plan(unsigned int n)
{
	ktap.planned = n;
	printf("KTAP version 1\n1..%u\n", n);
}

/* ktap_print_msg - a diagnostic line, "# ...". */
static inline __attribute__((format(printf, 1, 2)))
void ktap_print_msg(const char *fmt, ...)
{
	va_list ap;

	fputs("# ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

/* ktap_ok - one result; returns cond so callers can stop on failure. */
static inline int ktap_ok(int cond, const char *name)
{
	ktap.num++;
	if (cond)
		ktap.pass++;
	else
		ktap.fail++;
	printf("%sok %u %s\n", cond ? "" : "not ", ktap.num, name);
	return cond;
}

/* ktap_ok_eq - one result: got == want; on failure show both values. */
static inline int ktap_ok_eq(long got, long want, const char *name)
{
	if (got != want)
		ktap_print_msg("%s: got %ld, expected %ld", name, got, want);
	return ktap_ok(got == want, name);
}

/* ktap_skip - one result that could not be tested here. */
static inline void ktap_skip(const char *name, const char *reason)
{
	ktap.num++;
	ktap.skip++;
	printf("ok %u %s # SKIP %s\n", ktap.num, name, reason);
}

/*
 * ktap_finished - the totals line; returns the exit status: 0 if every
 * planned test ran and none failed.
 */
static inline int ktap_finished(void)
{
	printf("# Totals: pass:%u fail:%u skip:%u\n",
	       ktap.pass, ktap.fail, ktap.skip);
	if (ktap.num != ktap.planned)
		printf("# Planned %u tests but ran %u\n",
		       ktap.planned, ktap.num);
	return ktap.fail || ktap.num != ktap.planned;
}

#endif /* TERN_USER_KTAP_H */
