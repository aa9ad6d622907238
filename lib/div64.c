// SPDX-License-Identifier: GPL-2.0
/*
 * lib/div64.c - 64-bit by 32-bit division by shift and subtract.
 *
 * Linux: lib/math/div64.c (__div64_32). Linux first reduces the high word
 * with a 32-bit divide; that would itself need __aeabi_uidiv on ARMv7-A,
 * so Tern does plain binary long division instead: at most 64 rounds of
 * compare, subtract and shift, all of which gcc emits inline on ARM.
 */
#include <linux/math64.h>

u32 __div64_32(u64 *n, u32 base)
{
	u64 rem = *n;
	u64 b = base;		/* divisor, shifted left to line up with rem */
	u64 d = 1;		/* the quotient bit that b stands for */
	u64 res = 0;

	/* Line the divisor up under the dividend's top bit. */
	while ((s64)b > 0 && b < rem) {
		b <<= 1;
		d <<= 1;
	}

	/* Long division: take b away wherever it fits, then step right. */
	do {
		if (rem >= b) {
			rem -= b;
			res += d;
		}
		b >>= 1;
		d >>= 1;
	} while (d);

	*n = res;
	return (u32)rem;
}
