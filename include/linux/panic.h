/* SPDX-License-Identifier: GPL-2.0 */
/* include/linux/panic.h - stop the kernel with a message (Linux: same file). */
#ifndef _LINUX_PANIC_H
#define _LINUX_PANIC_H

#include <linux/kernel.h>

extern int panic_timeout;	/* panic=N: seconds to restart; 0: halt */

__printf(1, 2) void panic(const char *fmt, ...) __attribute__((noreturn));

#endif
