/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/printk.h - kernel messages (Linux: include/linux/printk.h).
 * Every message goes into the log buffer (__log_buf, read by gdb's
 * tern-dmesg) and out on the console, prefixed by the time since boot.
 */
#ifndef _LINUX_PRINTK_H
#define _LINUX_PRINTK_H

#include <linux/kernel.h>

__printf(1, 2) int printk(const char *fmt, ...);
__printf(1, 0) int vprintk(const char *fmt, va_list args);

#define pr_emerg(fmt, ...)	printk(fmt, ##__VA_ARGS__)
#define pr_err(fmt, ...)	printk(fmt, ##__VA_ARGS__)
#define pr_warn(fmt, ...)	printk(fmt, ##__VA_ARGS__)
#define pr_notice(fmt, ...)	printk(fmt, ##__VA_ARGS__)
#define pr_info(fmt, ...)	printk(fmt, ##__VA_ARGS__)
/* pr_cont: continue the previous line (no timestamp). */
__printf(1, 2) int pr_cont(const char *fmt, ...);

#define LOG_BUF_LEN		16384
extern char __log_buf[LOG_BUF_LEN];

/* Set by die() and panic(): printk no longer waits for its lock. */
extern int oops_in_progress;
static inline void bust_spinlocks(int yes)
{
	oops_in_progress = yes;
}
extern unsigned int log_next_idx;

#endif /* _LINUX_PRINTK_H */
