// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/panic.c - panic(): say why, then stop for good.
 * Linux: kernel/panic.c. Tern halts the CPU (interrupts off, WFI) so the
 * machine can still be inspected with gdb; it never reboots by itself.
 */
#include <linux/panic.h>
#include <linux/printk.h>

void panic(const char *fmt, ...)
{
	char buf[256];
	va_list args;

	asm volatile("cpsid i" ::: "memory");	/* local_irq_disable() */
	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	pr_emerg("Kernel panic - not syncing: %s\n", buf);
	pr_emerg("---[ end Kernel panic - not syncing: %s ]---\n", buf);
	for (;;)
		asm volatile("wfi");
}
