/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/console.h - where printk's text goes (Linux: same file,
 * much reduced: one console, the PL011 in arch/arm/drivers/pl011.c).
 */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#include <linux/types.h>

void console_write(const char *s, size_t len);

#endif
