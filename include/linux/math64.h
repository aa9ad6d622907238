/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/math64.h - 64-bit by 32-bit division without libgcc.
 *
 * Linux: include/asm-generic/div64.h (do_div) and include/linux/math64.h.
 * ARMv7-A has no guaranteed divide instruction, so a plain `/` on a u64
 * makes gcc call libgcc's __aeabi_uldivmod. Tern does not link libgcc;
 * do_div() calls __div64_32() (lib/div64.c), which uses only shifts,
 * compares and subtractions.
 */
#ifndef _LINUX_MATH64_H
#define _LINUX_MATH64_H

#include <linux/types.h>

/* *n becomes *n / base; returns *n % base. base must not be 0. */
u32 __div64_32(u64 *n, u32 base);

/*
 * do_div(n, base): n is a u64 lvalue. It is replaced by the quotient and
 * the expression's value is the remainder, exactly as in Linux.
 */
#define do_div(n, base) __div64_32(&(n), (base))

#endif /* _LINUX_MATH64_H */
