/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/types.h - fixed-width integer types for Tern.
 *
 * Linux: include/linux/types.h and include/uapi/asm-generic/int-ll64.h.
 * Works in three places: the kernel, the decompressor (both freestanding,
 * built by arm-none-eabi-gcc) and the host unit tests (built by gcc), so it
 * only uses the compiler's own freestanding headers.
 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/*
 * As Linux: u32 is "unsigned int" on every target (newlib's uint32_t is
 * "unsigned long"), so "%u"/"%x" print a u32 everywhere.
 */
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef short s16;
typedef int s32;
typedef long long s64;

/* User and group ids: 32 bits (the EABI's *32 calls). */
typedef unsigned int uid_t;
typedef unsigned int gid_t;

#endif /* _LINUX_TYPES_H */
