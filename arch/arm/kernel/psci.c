// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/psci.c - power off and restart through PSCI (Linux:
 * drivers/firmware/psci/psci.c). The firmware (here QEMU itself) is
 * called with hvc #0, or smc #0 when the DTB's /psci node says so.
 */
#include <linux/fdt.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <asm/psci.h>

#define PSCI_0_2_FN_SYSTEM_OFF	0x84000008
#define PSCI_0_2_FN_SYSTEM_RESET	0x84000009

static bool psci_use_smc;

void psci_dt_init(const void *fdt)
{
	int node = fdt_path_offset(fdt, "/psci");
	const char *method = node < 0 ? NULL : fdt_getprop_string(fdt, node, "method");

	psci_use_smc = method && !strcmp(method, "smc");
}

static void __attribute__((noinline)) psci_call(u32 fn)
{
	register u32 r0 asm("r0") = fn;

	if (psci_use_smc)
		asm volatile(".arch_extension sec\n\tsmc #0" : "+r"(r0) : : "memory");
	else
		asm volatile(".arch_extension virt\n\thvc #0" : "+r"(r0) : : "memory");
}

/* psci_sys_poweroff/psci_sys_reset: the firmware does not come back. */
static void __attribute__((noreturn)) psci_system_call(u32 fn, const char *what)
{
	psci_call(fn);
	pr_emerg("reboot: PSCI %s returned; halting\n", what);
	for (;;)
		asm volatile("wfi");
}

void machine_power_off(void)
{
	pr_notice("reboot: Power down\n");
	psci_system_call(PSCI_0_2_FN_SYSTEM_OFF, "SYSTEM_OFF");
}

void machine_restart(void)
{
	pr_emerg("reboot: Restarting system\n");
	psci_system_call(PSCI_0_2_FN_SYSTEM_RESET, "SYSTEM_RESET");
}
