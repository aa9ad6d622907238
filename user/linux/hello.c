// SPDX-License-Identifier: GPL-2.0
/*
 * user/linux/hello.c - "hello": stdio. printf's conversions (integers,
 * strings, pointers and, through the VFP, floating point), snprintf's
 * truncation, puts/putchar, and stderr (unbuffered) between stdout's
 * lines (line-buffered on a terminal).
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "t_glibc.h"

int t_hello(int argc, char **argv)
{
	static const char *volatile long_word = "a-rather-long-string";	/* gcc must not see it */
	char buf[16];
	int n, len;

	(void)argc, (void)argv;
	printf("hello, world\n");
	printf("ints: %d %i %u %x %X %o %c|%5d|%-5d|%05d|%+d\n",
	       -42, 42, 42u, 0xbeef, 0xbeef, 8, 'T', 7, 7, 7, 7);
	printf("longs: %ld %lu %lld %llu %llx %zu %jd\n", LONG_MIN, ULONG_MAX,
	       LLONG_MIN, ULLONG_MAX, 0x123456789abcdefULL, sizeof(long long), INTMAX_MAX);
	printf("strings: [%s] [%10s] [%-10s] [%.3s] [%s]\n", "tern", "tern", "tern", "ternary", "");
	printf("pointers: %p %#x %#o\n", (void *)0, 255, 8);
	printf("doubles: %f %e %g %.3f %10.2f %a\n", 3.14159265358979, 6.02214076e23,
	       0.0001, 2.0 / 3.0, -1.5, 1.0);
	printf("special: %f %f %f %g\n", INFINITY, -INFINITY, NAN, 1e-320);
	printf("maths: sqrt(2) = %.15f, exp(1) = %.15f, sin(1) = %.15f\n",
	       sqrt(2.0), exp(1.0), sin(1.0));
	len = printf("count: %n%d\n", &n, 12345);
	printf("count: %%n saw %d, printf returned %d\n", n, len);
	len = snprintf(buf, sizeof(buf), "%s-%d", long_word, 99);
	printf("snprintf: [%s] wanted %d, has %zu\n", buf, len, strlen(buf));
	puts("puts adds a newline");
	putchar('!');
	putchar('\n');
	fprintf(stderr, "stderr: unbuffered\n");
	printf("stdout again\n");
	return 0;
}
