// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/setup.c - setup_arch(): learn the machine from its DTB.
 * Linux: arch/arm/kernel/setup.c + devtree.c + drivers/of/fdt.c
 * (setup_machine_fdt, early_init_dt_scan_chosen/_memory).
 *
 * head.S mapped 2 MiB at FDT_FIXED_BASE over the DTB; a DTB that is not
 * there, is corrupt, or has no memory is fatal: panic() says which.
 */
#include <linux/fdt.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <asm/io.h>
#include <asm/memory.h>
#include <asm/psci.h>
#include <asm/setup.h>
#include "../drivers/pl011.h"

char boot_command_line[COMMAND_LINE_SIZE];
const void *initial_boot_params;
unsigned long initial_boot_params_phys;
struct membank memory_bank;

static const void *setup_machine_fdt(unsigned long dtb_phys)
{
	unsigned long offset = dtb_phys & (SECTION_SIZE - 1);
	const void *fdt = (const void *)(FDT_FIXED_BASE + offset);
	const char *err;
	const char *model;

	if (!dtb_phys)
		panic("no device tree: r2 was 0 at boot");
	if (fdt_check_header(fdt, FDT_FIXED_SIZE - offset, &err))
		panic("Invalid device tree blob at physical address 0x%08lx: %s",
		      dtb_phys, err);
	model = fdt_getprop_string(fdt, 0, "model");
	pr_info("Machine model: %s\n", model ? model : "(unknown)");
	initial_boot_params = fdt;
	initial_boot_params_phys = dtb_phys;
	return fdt;
}

/*
 * Linux: early_init_dt_scan_chosen(). A command line longer than the
 * buffer keeps its whole parameters only, and says so in the words of
 * Linux's EFI stub (Linux's own FDT code cuts it silently).
 */
static void early_init_dt_scan_chosen(const void *fdt)
{
	int node = fdt_path_offset(fdt, "/chosen");
	const char *args = node < 0 ? NULL : fdt_getprop_string(fdt, node, "bootargs");
	size_t len, keep = sizeof(boot_command_line) - 1;

	len = strlcpy(boot_command_line, args ? args : "", sizeof(boot_command_line));
	if (len <= keep)
		return;
	while (keep && args[keep] != ' ')	/* back to the end of a parameter */
		keep--;
	boot_command_line[keep] = 0;
	pr_warn("Command line is too long: truncated to %zu bytes (bootargs has %zu, COMMAND_LINE_SIZE is %d)\n",
		keep, len, COMMAND_LINE_SIZE);
}

/* Linux: early_init_dt_scan_memory(). */
static void early_init_dt_scan_memory(const void *fdt)
{
	u64 base, size;

	if (fdt_find_memory(fdt, &base, &size) || !size)
		panic("no /memory node in the device tree");
	if (base != PHYS_OFFSET)
		panic("memory at 0x%08llx does not hold the kernel (PHYS_OFFSET 0x%08lx)",
		      base, PHYS_OFFSET);
	memory_bank.start = base;
	memory_bank.size = size;
	pr_info("Memory: %llu MiB at 0x%08llx\n", size >> 20, base);
}

/* The console UART named by the DTB replaces the early one. */
static void setup_console(const void *fdt)
{
	int node = fdt_node_offset_by_compatible(fdt, -1, "arm,pl011");
	u64 addr, size;

	if (node < 0 || fdt_get_reg(fdt, node, 0, &addr, &size)) {
		pr_warn("no arm,pl011 UART in the device tree: keeping the early console\n");
		return;
	}
	pl011_init(ioremap(addr, size));
	pr_info("console: pl011 UART at 0x%08llx\n", addr);
}

void setup_arch(unsigned long dtb_phys)
{
	u32 mpidr;

	asm("mrc p15, 0, %0, c0, c0, 5" : "=r"(mpidr));
	pr_info("Booting Tern on physical CPU 0x%x\n", mpidr & 0xffffff);
	const void *fdt = setup_machine_fdt(dtb_phys);

	early_init_dt_scan_chosen(fdt);
	parse_early_param();
	early_init_dt_scan_memory(fdt);
	paging_init(&memory_bank);
	setup_console(fdt);
	psci_dt_init(fdt);
}
