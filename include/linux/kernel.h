/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/kernel.h - formatted output into a buffer, and helpers.
 *
 * Linux: include/linux/kernel.h and include/linux/sprintf.h. The printf
 * family lives in lib/vsprintf.c. <stdarg.h> is the compiler's own
 * freestanding header (va_list is __builtin_va_list), like <stddef.h>.
 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <stdarg.h>
#include <linux/compiler_attributes.h>
#include <linux/types.h>

#define ARRAY_SIZE(arr) (sizeof(arr) / sizeof((arr)[0]))

/* Let gcc check format strings against their arguments (-Wformat). */
#ifndef __printf
#define __printf(a, b) __attribute__((__format__(printf, a, b)))
#endif

/*
 * vsnprintf - format into buf, writing at most size bytes including the
 * NUL (always written when size > 0). Returns the length the whole output
 * would have had, so a result >= size means it was truncated.
 */
__printf(3, 0) int vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
__printf(3, 4) int snprintf(char *buf, size_t size, const char *fmt, ...);

/* The same, but return the number of characters actually put in buf. */
__printf(3, 0) int vscnprintf(char *buf, size_t size, const char *fmt, va_list args);
__printf(3, 4) int scnprintf(char *buf, size_t size, const char *fmt, ...);
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base);
long simple_strtol(const char *cp, char **endp, unsigned int base);

#endif /* _LINUX_KERNEL_H */
