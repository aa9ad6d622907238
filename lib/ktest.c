// SPDX-License-Identifier: GPL-2.0
/*
 * lib/ktest.c - run in-kernel test suites and report them in KTAP.
 * Linux: lib/kunit/test.c, executor.c and debugfs/printing, much reduced:
 * no resources, no parameterised cases. A case that cannot run calls
 * ktest_skip() and is reported "ok N name # SKIP reason".
 *
 * Suites are struct ktest_suite objects that KTEST_SUITE() places in the
 * .ktest_suites section; linker.ld brackets it with __ktest_suites_start
 * and __ktest_suites_end. "ktest=all" on the command line runs every
 * suite in link order, "ktest=a,b" the named ones in that order. Output,
 * as KUnit prints it (Documentation/dev-tools/ktap.rst):
 *
 *	KTAP version 1
 *	1..2
 *	    KTAP version 1
 *	    # Subtest: gic
 *	    1..2
 *	    ok 1 gic_sgi
 *	    # arch/arm/drivers/irq-gic-test.c:40: expected ...
 *	    not ok 2 gic_spurious
 *	# gic: pass:1 fail:1 skip:0 total:2
 *	not ok 1 gic
 *	...
 *	# Totals: pass:3 fail:1 skip:0 total:4
 *	# ktest: 1 passed, 1 failed
 *
 * The lines go through pr_cont(), which logs and prints them without
 * printk's time stamp, so the console shows plain KTAP.
 *
 * Kernel only (it calls printk), although it lives in lib/ as KUnit does.
 */
#include <linux/ktest.h>
#include <linux/printk.h>
#include <linux/string.h>

extern const struct ktest_suite __ktest_suites_start[], __ktest_suites_end[];

#define KTEST_PARAM	"ktest="

struct ktest_totals {
	unsigned int suites_passed, suites_failed;
	unsigned int cases_passed, cases_failed, cases_skipped;
};

/* One KTAP line (the caller gives the indentation). */
static __printf(1, 2) void ktap_line(const char *fmt, ...)
{
	char buf[256];
	va_list args;

	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	pr_cont("%s\n", buf);
}

void ktest_fail(struct ktest *t, const char *file, int line, const char *fmt, ...)
{
	char msg[200];
	va_list args;

	t->failed = true;
	va_start(args, fmt);
	vscnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	ktap_line("    # %s:%d: %s", file, line, msg);
}

void ktest_info(struct ktest *t, const char *fmt, ...)
{
	char msg[200];
	va_list args;

	va_start(args, fmt);
	vscnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	ktap_line("    # %s: %s", t->name, msg);
}

void ktest_skip(struct ktest *t, const char *reason)
{
	t->skip_reason = reason;
}

static unsigned int ktest_count_cases(const struct ktest_suite *suite)
{
	unsigned int n = 0;

	while (suite->cases[n].run)
		n++;
	return n;
}

/* Run one suite as subtest number index; true if every case passed. */
static bool ktest_run_suite(const struct ktest_suite *suite, unsigned int index,
			    struct ktest_totals *totals)
{
	unsigned int n = ktest_count_cases(suite), passed = 0, skipped = 0;
	int err = 0;

	ktap_line("    KTAP version 1");
	ktap_line("    # Subtest: %s", suite->name);
	if (suite->init)
		err = suite->init();
	if (err) {
		ktap_line("    # %s: init failed with error %d", suite->name, err);
		n = 0;
	}
	ktap_line("    1..%u", n);
	for (unsigned int i = 0; i < n; i++) {
		const struct ktest_case *c = &suite->cases[i];
		struct ktest t = { .name = c->name };

		c->run(&t);
		if (t.skip_reason && !t.failed) {
			ktap_line("    ok %u %s # SKIP %s", i + 1, c->name, t.skip_reason);
			skipped++;
			continue;
		}
		ktap_line("    %sok %u %s", t.failed ? "not " : "", i + 1, c->name);
		passed += !t.failed;
	}
	ktap_line("# %s: pass:%u fail:%u skip:%u total:%u", suite->name, passed,
		  n - passed - skipped, skipped, n);
	totals->cases_passed += passed;
	totals->cases_failed += n - passed - skipped;
	totals->cases_skipped += skipped;
	ktap_line("%sok %u %s", err || passed + skipped != n ? "not " : "", index, suite->name);
	return !err && passed + skipped == n;
}

static const struct ktest_suite *ktest_find_suite(const char *name, size_t len)
{
	for (const struct ktest_suite *s = __ktest_suites_start; s < __ktest_suites_end; s++)
		if (strlen(s->name) == len && !strncmp(s->name, name, len))
			return s;
	return NULL;
}

/* The value of ktest= in cmdline, its length in *len; NULL if absent. */
static const char *ktest_find_param(const char *cmdline, size_t *len)
{
	const char *p = cmdline;

	while (*p) {
		while (*p == ' ')
			p++;
		if (!strncmp(p, KTEST_PARAM, strlen(KTEST_PARAM))) {
			const char *val = p + strlen(KTEST_PARAM);
			const char *end = strchr(val, ' ');

			*len = end ? (size_t)(end - val) : strlen(val);
			return val;
		}
		while (*p && *p != ' ')
			p++;
	}
	return NULL;
}

/* Length of the next comma-separated name in list[0..len), 0 at the end. */
static size_t ktest_next_name(const char **list, size_t *len)
{
	size_t n;

	while (*len && **list == ',') {
		(*list)++;
		(*len)--;
	}
	for (n = 0; n < *len && (*list)[n] != ','; n++)
		;
	return n;
}

/* Run suite as number index; a NULL suite: name does not exist. */
static void ktest_run_one(const struct ktest_suite *suite, const char *name, size_t len,
			  unsigned int index, struct ktest_totals *totals)
{
	if (suite && ktest_run_suite(suite, index, totals)) {
		totals->suites_passed++;
		return;
	}
	if (!suite)
		ktap_line("# ktest: no suite named '%.*s'\nnot ok %u %.*s",
			  (int)len, name, index, (int)len, name);
	totals->suites_failed++;
}

bool ktest_run_cmdline(const char *cmdline)
{
	struct ktest_totals totals = { 0 };
	size_t len, n, left;
	const char *list = ktest_find_param(cmdline, &len);
	const char *p;
	unsigned int planned = 0, index = 0;

	if (!list)
		return false;
	ktap_line("KTAP version 1");
	if (len == 3 && !strncmp(list, "all", 3)) {
		ktap_line("1..%u", (unsigned int)(__ktest_suites_end - __ktest_suites_start));
		for (const struct ktest_suite *s = __ktest_suites_start; s < __ktest_suites_end; s++)
			ktest_run_one(s, s->name, strlen(s->name), ++index, &totals);
	} else {
		for (p = list, left = len; (n = ktest_next_name(&p, &left)); p += n, left -= n)
			planned++;
		ktap_line("1..%u", planned);
		for (p = list, left = len; (n = ktest_next_name(&p, &left)); p += n, left -= n)
			ktest_run_one(ktest_find_suite(p, n), p, n, ++index, &totals);
	}
	ktap_line("# Totals: pass:%u fail:%u skip:%u total:%u", totals.cases_passed,
		  totals.cases_failed, totals.cases_skipped,
		  totals.cases_passed + totals.cases_failed + totals.cases_skipped);
	ktap_line("# ktest: %u passed, %u failed", totals.suites_passed, totals.suites_failed);
	return true;
}
