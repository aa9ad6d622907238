// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/setup.c - setup_arch(): learn the CPU from its ID
 * registers and the machine from its DTB.
 * Linux: arch/arm/kernel/setup.c + devtree.c + drivers/of/fdt.c
 * (setup_processor, setup_machine_fdt, early_init_dt_scan_chosen/_memory).
 *
 * head.S mapped 2 MiB at FDT_FIXED_BASE over the DTB; a DTB that is not
 * there, is corrupt, or has no memory is fatal: panic() says which.
 */
#include <linux/fdt.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <asm/hwcap.h>
#include <asm/io.h>
#include <asm/memory.h>
#include <asm/psci.h>
#include <asm/setup.h>
#include "../drivers/pl011.h"

char boot_command_line[COMMAND_LINE_SIZE];
const void *initial_boot_params;
unsigned long initial_boot_params_phys;
struct membank memory_bank;
unsigned int elf_hwcap, elf_hwcap2;

/* ---- the CPU ------------------------------------------------------------- */

#define read_cpuid(crm, op2) ({						\
	u32 __val;							\
	asm("mrc p15, 0, %0, c0, " #crm ", " #op2 : "=r"(__val));	\
	__val;								\
})

/* The 4-bit field at bit shift of an ID register (Linux: cpuid_feature_extract_field). */
static unsigned int cpuid_field(u32 reg, unsigned int shift)
{
	return (reg >> shift) & 0xf;
}

/*
 * Linux: cpuid_init_hwcaps(). What every ARMv7 core has (proc-v7.S's
 * __v7_proc), then what the ID registers say: the divide instructions
 * (ID_ISAR0.Divide_instrs), LPAE's atomic 64-bit ldrd/strd
 * (ID_MMFR0.VMSA >= 5), the ARMv8 crypto and CRC instructions (ID_ISAR5).
 */
static void cpuid_init_hwcaps(void)
{
	u32 isar5 = read_cpuid(c2, 5);
	unsigned int div = cpuid_field(read_cpuid(c2, 0), 24);

	elf_hwcap = HWCAP_SWP | HWCAP_HALF | HWCAP_THUMB | HWCAP_FAST_MULT |
		    HWCAP_EDSP | HWCAP_TLS;
	if (div >= 2)
		elf_hwcap |= HWCAP_IDIVA;
	if (div >= 1)
		elf_hwcap |= HWCAP_IDIVT;
	if (cpuid_field(read_cpuid(c1, 4), 0) >= 5)
		elf_hwcap |= HWCAP_LPAE;
	if (cpuid_field(isar5, 4) >= 2)
		elf_hwcap2 |= HWCAP2_PMULL;
	if (cpuid_field(isar5, 4) >= 1)
		elf_hwcap2 |= HWCAP2_AES;
	if (cpuid_field(isar5, 8) >= 1)
		elf_hwcap2 |= HWCAP2_SHA1;
	if (cpuid_field(isar5, 12) >= 1)
		elf_hwcap2 |= HWCAP2_SHA2;
	if (cpuid_field(isar5, 16) >= 1)
		elf_hwcap2 |= HWCAP2_CRC32;
}

/*
 * Linux: elf_hwcap_fixup(). A core with ldrex/strex for words and bytes
 * (ID_ISAR3.SynchPrim, ID_ISAR4.SynchPrim_frac) does not advertise SWP:
 * swp is not atomic between cores there, and is disabled by default.
 */
static void elf_hwcap_fixup(void)
{
	unsigned int sync = cpuid_field(read_cpuid(c2, 3), 12);

	if (sync > 1 || (sync == 1 && cpuid_field(read_cpuid(c2, 4), 20) >= 3))
		elf_hwcap &= ~HWCAP_SWP;
}

/*
 * Linux: setup_processor(). Tern runs on ARMv7-A only (head.S needs its
 * MMU), so the processor is never looked up in a table. ThumbEE is not
 * advertised: its handler register would have to be switched per task.
 */
static void setup_processor(void)
{
	u32 midr = read_cpuid(c0, 0);

	pr_info("CPU: ARMv7 Processor [%08x] revision %u (ARMv7)\n", midr, midr & 0xf);
	cpuid_init_hwcaps();
	elf_hwcap_fixup();
}

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
	setup_processor();
	const void *fdt = setup_machine_fdt(dtb_phys);

	early_init_dt_scan_chosen(fdt);
	parse_early_param();
	early_init_dt_scan_memory(fdt);
	paging_init(&memory_bank);
	setup_console(fdt);
	psci_dt_init(fdt);
}
