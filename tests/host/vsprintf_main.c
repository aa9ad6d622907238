// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/vsprintf_main.c - checks lib/vsprintf.c and lib/string.c
 * against the host C library.
 *
 * The Tern objects are built with their symbols renamed (vsnprintf ->
 * tern_vsnprintf, memcpy -> tern_memcpy, ...) so both versions can be
 * called side by side; libc is the oracle. Where Linux differs from C on
 * purpose (%p, "%.3s" of NULL, unknown conversions) the Linux behaviour is
 * asserted directly. Run with one mode: table, random, truncate, linux,
 * string or div64. Prints every mismatch and exits 1 if there was any.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

/* The Tern prototypes, under the names the objects were built with. */
#define vsnprintf tern_vsnprintf
#define snprintf tern_snprintf
#define vscnprintf tern_vscnprintf
#define scnprintf tern_scnprintf
#define memcpy tern_memcpy
#define memmove tern_memmove
#define memset tern_memset
#define memcmp tern_memcmp
#define strlen tern_strlen
#define strnlen tern_strnlen
#define strcmp tern_strcmp
#define strncmp tern_strncmp
#define strchr tern_strchr
#define strcpy tern_strcpy
#define strlcpy tern_strlcpy
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/math64.h>
#undef vsnprintf
#undef snprintf
#undef vscnprintf
#undef scnprintf
#undef memcpy
#undef memmove
#undef memset
#undef memcmp
#undef strlen
#undef strnlen
#undef strcmp
#undef strncmp
#undef strchr
#undef strcpy
#undef strlcpy

#define BUF 1024
#define CANARY 0xa5

static unsigned long checks, failures;

static void fail(const char *what, const char *fmt, const char *want, int wn,
		 const char *got, int gn)
{
	if (++failures <= 40)
		printf("FAIL %s fmt=\"%s\": want %d \"%s\", got %d \"%s\"\n",
		       what, fmt, wn, want, gn, got);
}

/* Format with libc and Tern; the outputs and return values must agree. */
static void check_va(const char *fmt, va_list args)
{
	char want[BUF], got[BUF + 16];
	va_list copy;
	int wn, gn, i;

	va_copy(copy, args);
	wn = vsnprintf(want, BUF, fmt, args);
	memset(got, CANARY, sizeof(got));
	gn = tern_vsnprintf(got, BUF, fmt, copy);
	va_end(copy);
	checks++;
	if (wn != gn || memcmp(want, got, (wn < BUF ? wn : BUF - 1) + 1))
		fail("libc", fmt, want, wn, got, gn);
	for (i = BUF; i < BUF + 16; i++)
		if ((unsigned char)got[i] != CANARY)
			fail("overrun", fmt, want, wn, got, gn);
}

static void check(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	check_va(fmt, args);
	va_end(args);
}

/* Tern must print exactly `want` (used where Linux and C differ). */
static void expect(const char *want, const char *fmt, ...)
{
	char got[BUF];
	va_list args;
	int gn;

	va_start(args, fmt);
	gn = tern_vsnprintf(got, sizeof(got), fmt, args);
	va_end(args);
	checks++;
	if (gn != (int)strlen(want) || strcmp(got, want))
		fail("linux", fmt, want, (int)strlen(want), got, gn);
}

/* Pass v as the argument type the length modifier `len` names. */
static void check_int(const char *fmt, const char *len, uint64_t v)
{
	if (!strcmp(len, "l"))
		check(fmt, (long)v);
	else if (!strcmp(len, "ll"))
		check(fmt, (long long)v);
	else if (!strcmp(len, "j"))
		check(fmt, (intmax_t)v);
	else if (!strcmp(len, "z") || !strcmp(len, "t"))
		check(fmt, (ptrdiff_t)v);
	else
		check(fmt, (int)v);
}

static const char *const lengths[] = { "hh", "h", "", "l", "ll", "z", "t", "j" };
static const char conversions[] = "diuxXo";

static const uint64_t values[] = {
	0, 1, 7, 8, 9, 10, 15, 16, 42, 99, 100, 127, 128, 255, 256, 1000,
	32767, 32768, 65535, 65536, 999999999, 1000000000, 0x7fffffff,
	0x80000000, 0xffffffff, 0x100000000ULL, 4294967296000ULL,
	9999999999999999999ULL, 10000000000000000000ULL,
	0x7fffffffffffffffULL, 0x8000000000000000ULL, 0xffffffffffffffffULL,
	(uint64_t)-1000, (uint64_t)-42, (uint64_t)-2, 0x0123456789abcdefULL,
};

/* Every flag set x widths x precisions x lengths x conversions x values. */
static void mode_table(void)
{
	static const char flag_chars[] = "-0+ #";
	static const char *const widths[] = { "", "1", "5", "12", "25" };
	static const char *const precs[] = { "", ".", ".0", ".1", ".3", ".20" };
	char fmt[64], flags[8];
	unsigned int f, w, p, l, c, v, n;

	for (f = 0; f < 32; f++) {
		for (n = 0, c = 0; c < 5; c++)
			if (f & (1u << c))
				flags[n++] = flag_chars[c];
		flags[n] = '\0';
		for (w = 0; w < 5; w++)
			for (p = 0; p < 6; p++)
				for (l = 0; l < 8; l++)
					for (c = 0; c < 6; c++) {
						/* '#' is only defined for o, x, X. */
						if ((f & 16) && c < 3)
							continue;
						sprintf(fmt, "<%%%s%s%s%s%c>", flags, widths[w],
							precs[p], lengths[l], conversions[c]);
						for (v = 0; v < sizeof(values) / sizeof(values[0]); v++)
							check_int(fmt, lengths[l], values[v]);
					}
		/* %s and %c take '-' and width/precision only ('0', '#' are undefined). */
		for (w = 0; w < 5; w++)
			for (p = 0; p < 6; p++) {
				if (f & ~1u)
					continue;
				sprintf(fmt, "[%%%s%s%ss]", flags, widths[w], precs[p]);
				check(fmt, "");
				check(fmt, "a");
				check(fmt, "hello");
				check(fmt, "hello, world of Tern");
				if (p == 0 || p == 5)	/* glibc prints "" for "%.3s" of NULL */
					check(fmt, (const char *)NULL);
				sprintf(fmt, "[%%%s%sc]", flags, widths[w]);
				check(fmt, 'x');
				check(fmt, 0);
				check(fmt, 0xff);
			}
	}

	/* Width and precision from '*', including negative ones. */
	static const int stars[] = { -30, -5, -1, 0, 1, 3, 15 };
	for (w = 0; w < 7; w++)
		for (p = 0; p < 7; p++)
			for (v = 0; v < sizeof(values) / sizeof(values[0]); v++) {
				check("%*.*d|", stars[w], stars[p], (int)values[v]);
				check("%0*.*llx|", stars[w], stars[p], (long long)values[v]);
				check("%-*lu|", stars[w], (unsigned long)values[v]);
				check("%0*i|", stars[w], (int)values[v]);
				check("%.*o|", stars[p], (unsigned int)values[v]);
				check("%*.*s|", stars[w], stars[p], "string");
				check("%*c|", stars[w], 'q');
			}

	check("");
	check("plain text");
	check("100%% sure %%d");
	check("%d %s %c %x %o %u%%", -5, "mid", 'z', 0xbeefu, 8u, 3000000000u);
	check("%hhd %hhu %hd %hu", 300, 300, 70000, 70000);
	check("%lld %llu %llx %llo", -1LL, ~0ULL, ~0ULL, ~0ULL);
	check("%zu %zd %zx %td %tu", (size_t)-1, (ssize_t)-3, (size_t)4096,
	      (ptrdiff_t)-7, (ptrdiff_t)7);
	check("%08.3d|%-08d|%+ d|% +d|%+u", 42, 42, 42, 42, 42u);
	check("%#x %#X %#o %#.0o %#.0x %#x", 255u, 255u, 8u, 0u, 0u, 0u);
	check("%s", "a very long string that goes past twenty characters");
	check("%1000d|%-1000s|%.1000d", 1, "x", 2);
}

static uint64_t rng_state = 0x2545f4914f6cdd1dULL;

/* xorshift64*: a fixed seed keeps the random cases the same every run. */
static uint64_t rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dULL;
}

/* A value with a random number of significant bits, often negative. */
static uint64_t rnd_value(void)
{
	unsigned int bits = rnd() % 65;
	uint64_t v = bits ? rnd() >> (64 - bits) : 0;

	return rnd() % 4 ? v : (uint64_t)0 - v;
}

/* Random flags, widths, precisions and modifiers, with text around them. */
static void mode_random(void)
{
	static const char flag_chars[] = "-0+ #";
	char fmt[96], *p;
	const char *len;
	unsigned int i, k, c;

	for (i = 0; i < 200000; i++) {
		p = fmt;
		if (rnd() % 2)
			p += sprintf(p, "ab%u ", (unsigned int)(rnd() % 100));
		*p++ = '%';
		c = rnd() % 6;
		for (k = rnd() % 4; k; k--) {
			char f = flag_chars[rnd() % 5];

			if (f != '#' || c >= 3)
				*p++ = f;
		}
		if (rnd() % 2)
			p += sprintf(p, "%u", (unsigned int)(rnd() % 30));
		if (rnd() % 2)
			p += sprintf(p, ".%u", (unsigned int)(rnd() % 30));
		len = lengths[rnd() % 8];
		p += sprintf(p, "%s%c", len, conversions[c]);
		if (rnd() % 2)
			p += sprintf(p, " cd");
		*p = '\0';
		check_int(fmt, len, rnd_value());
	}
}

/* Every buffer size around the output length; nothing written past size. */
static void check_sizes(const char *fmt, ...)
{
	char full[BUF];
	va_list args, copy;
	int n, ret, scn;
	size_t size, i;

	va_start(args, fmt);
	va_copy(copy, args);
	n = tern_vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	va_copy(copy, args);
	tern_vsnprintf(full, sizeof(full), fmt, copy);
	va_end(copy);

	for (size = 0; size <= (size_t)n + 2; size++) {
		/* An exact-size heap buffer: ASan reports any write past it. */
		char *buf = malloc(size ? size : 1);
		char *canary = malloc(size + 16);

		memset(canary, CANARY, size + 16);
		va_copy(copy, args);
		ret = tern_vsnprintf(size ? buf : NULL, size, fmt, copy);
		va_end(copy);
		va_copy(copy, args);
		tern_vsnprintf(canary, size, fmt, copy);
		va_end(copy);
		va_copy(copy, args);
		scn = tern_vscnprintf(canary, size, fmt, copy);
		va_end(copy);
		checks++;
		if (ret != n)
			fail("truncate: return", fmt, full, n, "", ret);
		if (scn != (size ? ((size_t)n < size ? n : (int)size - 1) : 0))
			fail("truncate: scnprintf", fmt, full, n, "", scn);
		if (size) {
			size_t keep = (size_t)n < size ? (size_t)n : size - 1;

			if (memcmp(buf, full, keep) || buf[keep] != '\0')
				fail("truncate: content", fmt, full, n, buf, ret);
		}
		for (i = size; i < size + 16; i++)
			if ((unsigned char)canary[i] != CANARY)
				fail("truncate: canary", fmt, full, n, canary, ret);
		free(canary);
		free(buf);
	}
	va_end(args);
}

static void mode_truncate(void)
{
	char small[4];
	int ret;

	check_sizes("");
	check_sizes("x");
	check_sizes("hello");
	check_sizes("%d", -123456);
	check_sizes("[%10s|%-6s]", "right", "left");
	check_sizes("%#018llx %c%%", 0xfeedfaceULL, 'q');
	check_sizes("%p", (void *)0x1234);
	check_sizes("%s", (const char *)NULL);

	ret = tern_snprintf(NULL, 0, "%s%d", "abc", 12345);
	if (ret != 8)
		fail("truncate: NULL buffer", "%s%d", "", 8, "", ret);
	ret = tern_scnprintf(small, sizeof(small), "%s", "abcdef");
	if (ret != 3 || strcmp(small, "abc"))
		fail("truncate: scnprintf", "%s", "abc", 3, small, ret);
	ret = tern_snprintf(small, sizeof(small), "%s", "abcdef");
	if (ret != 6 || strcmp(small, "abc"))
		fail("truncate: snprintf", "%s", "abc", 6, small, ret);
}

/* Where Linux (and so Tern) differs from C on purpose. */
static void mode_linux(void)
{
	char want[64];

	/* %p is Linux's %px: zero-padded lower-case hex, no 0x. */
	sprintf(want, "%0*lx", (int)(2 * sizeof(void *)), 0xc0008000UL);
	expect(want, "%p", (void *)0xc0008000UL);
	sprintf(want, "%0*lx", (int)(2 * sizeof(void *)), 0UL);
	expect(want, "%p", (void *)NULL);
	sprintf(want, "<%0*lx>", (int)(2 * sizeof(void *)), (unsigned long)want);
	expect(want, "<%p>", (void *)want);
	expect("              abcd", "%18p", (void *)0xabcd);
	/* NULL strings print as "(null)", cut by the precision like any string. */
	expect("(null)", "%s", (const char *)NULL);
	expect("(nu", "%.3s", (const char *)NULL);
	expect("    (null)|", "%10s|", (const char *)NULL);
	/* An unknown conversion or a lone '%' stops the output. */
	expect("ab", "ab%qcd", 1);
	expect("ab", "ab%");
	expect("x=", "x=%5.2");
}

/* Report one string-function mismatch. */
static void string_fail(const char *fmt, ...)
{
	va_list args;

	failures++;
	printf("FAIL ");
	va_start(args, fmt);
	vprintf(fmt, args);
	va_end(args);
}

/* memcpy/memset at every alignment and length; guard bytes stay put. */
static void string_copy_fill(void)
{
	unsigned char src[96], dst[96], ref[96];
	unsigned int so, doff, len, i;

	for (i = 0; i < sizeof(src); i++)
		src[i] = (unsigned char)(i * 7 + 1);
	for (so = 0; so < 8; so++)
		for (doff = 0; doff < 8; doff++)
			for (len = 0; len <= 70; len++) {
				memset(dst, 0xee, sizeof(dst));
				memset(ref, 0xee, sizeof(ref));
				memcpy(ref + doff, src + so, len);
				checks++;
				if (tern_memcpy(dst + doff, src + so, len) != dst + doff ||
				    memcmp(dst, ref, sizeof(dst)))
					string_fail("memcpy src+%u dst+%u len %u\n", so, doff, len);
			}
	for (doff = 0; doff < 8; doff++)
		for (len = 0; len <= 70; len++) {
			int c = len % 3 ? 0 : 0x1c5;	/* only the low byte counts */

			memset(dst, 0xee, sizeof(dst));
			memset(ref, 0xee, sizeof(ref));
			memset(ref + doff, c, len);
			checks++;
			if (tern_memset(dst + doff, c, len) != dst + doff ||
			    memcmp(dst, ref, sizeof(dst)))
				string_fail("memset dst+%u len %u\n", doff, len);
		}
}

/* memmove with overlap in both directions. */
static void string_move(void)
{
	unsigned char buf[160], ref[160];
	unsigned int from, to, len, i;

	for (from = 0; from < 24; from++)
		for (to = 0; to < 24; to++)
			for (len = 0; len <= 70; len++) {
				for (i = 0; i < sizeof(buf); i++)
					buf[i] = ref[i] = (unsigned char)(i * 13 + 5);
				memmove(ref + to, ref + from, len);
				checks++;
				if (tern_memmove(buf + to, buf + from, len) != buf + to ||
				    memcmp(buf, ref, sizeof(buf)))
					string_fail("memmove %u -> %u len %u\n", from, to, len);
			}
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

/* A reference strlcpy (glibc before 2.38 has none). */
static size_t ref_strlcpy(char *dest, const char *src, size_t size)
{
	size_t n = strlen(src);

	if (size) {
		size_t k = n < size ? n : size - 1;

		memcpy(dest, src, k);
		dest[k] = '\0';
	}
	return n;
}

static void string_compare_search(void)
{
	static const char *const strs[] = {
		"", "a", "ab", "abc", "abd", "abcdef", "ABC", "\x80", "\xff\x01",
		"a\x80", "hello world", "hello", "hellp", "zzzzzzzzzzzzzzzzzzzz",
	};
	unsigned int n = sizeof(strs) / sizeof(strs[0]);
	unsigned int i, j, k;
	char a[32], b[32];

	for (i = 0; i < n; i++) {
		const char *s = strs[i];

		checks++;
		if (tern_strlen(s) != strlen(s))
			string_fail("strlen \"%s\"\n", s);
		for (k = 0; k < 24; k++)
			if (tern_strnlen(s, k) != strnlen(s, k))
				string_fail("strnlen \"%s\" %u\n", s, k);
		for (k = 0; k < 256; k++)
			if (tern_strchr(s, (int)k - (k > 127 ? 256 : 0)) !=
			    strchr(s, (int)k - (k > 127 ? 256 : 0)))
				string_fail("strchr \"%s\" %u\n", s, k);
		for (j = 0; j < n; j++) {
			const char *t = strs[j];

			if (sign(tern_strcmp(s, t)) != sign(strcmp(s, t)))
				string_fail("strcmp \"%s\" \"%s\"\n", s, t);
			for (k = 0; k < 8; k++)
				if (sign(tern_strncmp(s, t, k)) != sign(strncmp(s, t, k)))
					string_fail("strncmp \"%s\" \"%s\" %u\n", s, t, k);
			k = strlen(s) < strlen(t) ? strlen(s) : strlen(t);
			if (sign(tern_memcmp(s, t, k + 1)) != sign(memcmp(s, t, k + 1)))
				string_fail("memcmp \"%s\" \"%s\"\n", s, t);
		}
		memset(a, 'X', sizeof(a));
		if (tern_strcpy(a, s) != a || strcmp(a, s) || a[strlen(s) + 1] != 'X')
			string_fail("strcpy \"%s\"\n", s);
		for (k = 0; k < 24; k++) {
			memset(a, 'X', sizeof(a));
			memset(b, 'X', sizeof(b));
			if (tern_strlcpy(a, s, k) != ref_strlcpy(b, s, k) ||
			    memcmp(a, b, sizeof(a)))
				string_fail("strlcpy \"%s\" %u\n", s, k);
		}
	}
}

/* do_div() against the host's own 64-bit division. */
static void mode_div64(void)
{
	unsigned int i;

	for (i = 0; i < 200000; i++) {
		uint64_t n = rnd_value();
		u64 q = n;
		uint32_t base = i % 4 ? (uint32_t)(rnd() >> (rnd() % 64)) : 10;
		uint32_t rem;

		if (!base)
			base = 1;
		rem = do_div(q, base);
		checks++;
		if (q != n / base || rem != n % base)
			string_fail("do_div %llu / %u\n", (unsigned long long)n, base);
	}
}

/*
 * simple_strtol/simple_strtoul against the host's strtol/strtoul, value
 * and end pointer, on inputs both define alike: no blanks, no overflow.
 */
static void mode_strtol(void)
{
	static const char *const in[] = {
		"0", "-1", "5", "-5", "42abc", "0x1f", "0X1F ", "0x", "-0x10", "017",
		"2147483647", "-2147483648", "4294967295", "", "x", "-", "12 34", "ff",
	};
	static const unsigned int bases[] = { 0, 10, 16 };

	for (unsigned int i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		for (unsigned int b = 0; b < 3; b++) {
			char *end, *hend;
			long v = simple_strtol(in[i], &end, bases[b]);
			long hv = strtol(in[i], &hend, bases[b]);
			/* C's base 0 reads "017" as octal; Linux's simple_ reads 10. */
			if (bases[b] == 0 && in[i][0] == '0' && in[i][1] >= '0' && in[i][1] <= '9')
				hv = strtol(in[i], &hend, 10);
			checks++;
			if (v != hv || end != hend)
				string_fail("simple_strtol(\"%s\", %u) = %ld end +%d, host %ld end +%d\n",
					    in[i], bases[b], v, (int)(end - in[i]), hv,
					    (int)(hend - in[i]));
		}
	}
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";

	if (!strcmp(mode, "table"))
		mode_table();
	else if (!strcmp(mode, "random"))
		mode_random();
	else if (!strcmp(mode, "truncate"))
		mode_truncate();
	else if (!strcmp(mode, "linux"))
		mode_linux();
	else if (!strcmp(mode, "string")) {
		string_copy_fill();
		string_move();
		string_compare_search();
	} else if (!strcmp(mode, "div64"))
		mode_div64();
	else if (!strcmp(mode, "strtol"))
		mode_strtol();
	else {
		fprintf(stderr, "usage: %s table|random|truncate|linux|string|div64|strtol\n",
			argv[0]);
		return 2;
	}
	printf("%s: %lu checks, %lu failures\n", mode, checks, failures);
	return failures ? 1 : 0;
}
