// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/printk.c - printk: format, time-stamp, log, print.
 * Linux: kernel/printk/printk.c (without log levels or console lists:
 * Tern has one CPU and one console). Each message is logged and printed
 * with IRQs off, so one from an interrupt handler comes before or after
 * another, never inside it.
 *
 * __log_buf is a ring of LOG_BUF_LEN bytes; log_next_idx counts every byte
 * ever logged, so the newest text ends at log_next_idx % LOG_BUF_LEN.
 */
#include <linux/printk.h>
#include <linux/console.h>
#include <linux/interrupt.h>
#include <linux/timekeeping.h>
#include <linux/math64.h>
#include <linux/spinlock.h>

char __log_buf[LOG_BUF_LEN];
unsigned int log_next_idx;
static bool line_open;		/* the last message did not end in '\n' */

static void log_store(const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++)
		__log_buf[log_next_idx++ % LOG_BUF_LEN] = text[i];
}

static void emit(const char *text, size_t len)
{
	log_store(text, len);
	console_write(text, len);
}

/* "[    1.234567] " as Linux prints it. */
static void emit_timestamp(void)
{
	char buf[32];
	u64 ns = ktime_get_ns();
	u32 rem_ns = do_div(ns, NSEC_PER_SEC);
	int len = scnprintf(buf, sizeof(buf), "[%5lu.%06lu] ",
			    (unsigned long)ns, (unsigned long)(rem_ns / 1000));

	emit(buf, len);
}

/*
 * One message goes into the log and out on the console under logbuf_lock
 * with interrupts off (Linux: logbuf_lock and the console drivers, both
 * IRQ-safe): were the task preempted halfway (CONFIG_PREEMPT), or an
 * interrupt handler to print, another message would land in the middle
 * of its line.
 *
 * While an oops is in progress the lock may belong to the code that
 * faulted, in printk itself: then print without it rather than wait for
 * ever (Linux: bust_spinlocks() and oops_in_progress).
 */
static DEFINE_SPINLOCK(logbuf_lock);
int oops_in_progress;

static int vprintk_emit(const char *fmt, va_list args, bool cont)
{
	char buf[512];
	int len = vscnprintf(buf, sizeof(buf), fmt, args);
	unsigned long flags = local_irq_save();
	bool locked = true;

	if (oops_in_progress)
		locked = spin_trylock(&logbuf_lock);
	else
		spin_lock(&logbuf_lock);
	if (!cont && !line_open)
		emit_timestamp();
	emit(buf, len);
	line_open = len > 0 && buf[len - 1] != '\n';
	if (locked)
		spin_unlock(&logbuf_lock);
	local_irq_restore(flags);
	return len;
}

int vprintk(const char *fmt, va_list args)
{
	return vprintk_emit(fmt, args, false);
}

int printk(const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = vprintk_emit(fmt, args, false);
	va_end(args);
	return r;
}

int pr_cont(const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = vprintk_emit(fmt, args, true);
	va_end(args);
	return r;
}
