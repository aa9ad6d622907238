// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/panic.c - panic(): say why, then stop for good.
 * Linux: kernel/panic.c. By default Tern halts the CPU (interrupts off,
 * WFI) so the machine can still be inspected with gdb. With panic=N on the
 * command line it restarts the machine N seconds later, or at once for a
 * negative N, as Linux does; QEMU run with -no-reboot then exits, which is
 * how make run without a terminal ends on a panic (tools/run-qemu.sh).
 */
#include <linux/delay.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <asm/psci.h>

int panic_timeout;	/* panic=, read by parse_early_param() */

void panic(const char *fmt, ...)
{
	char buf[256];
	va_list args;

	asm volatile("cpsid i" ::: "memory");	/* local_irq_disable() */
	bust_spinlocks(1);
	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	pr_emerg("Kernel panic - not syncing: %s\n", buf);
	pr_emerg("---[ end Kernel panic - not syncing: %s ]---\n", buf);
	if (panic_timeout > 0) {
		pr_emerg("Rebooting in %d seconds..\n", panic_timeout);
		mdelay(panic_timeout * 1000UL);
	}
	if (panic_timeout != 0)
		machine_restart();
	for (;;)
		asm volatile("wfi");
}
