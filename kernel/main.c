// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/main.c - start_kernel(), where C begins.
 * Linux: init/main.c. head.S jumps here with the MMU on, on the init
 * task's stack, with the DTB's physical address.
 */
#include <linux/mm.h>
#include <linux/printk.h>
#include <asm/arch_timer.h>
#include <asm/psci.h>
#include <asm/setup.h>
#include <generated/compile.h>

const char linux_banner[] =
	"Tern version " UTS_RELEASE " (" LINUX_COMPILER ") " UTS_VERSION "\n";

/* PMCCNTR at entry: instructions since the zImage's first one (-icount). */
u32 boot_instructions_start_kernel;

void start_kernel(unsigned long dtb_phys);
void start_kernel(unsigned long dtb_phys)
{
	boot_instructions_start_kernel = read_pmccntr();
	pr_notice("%s", linux_banner);
	setup_arch(dtb_phys);
	mem_init();
	pr_notice("Kernel command line: %s\n", boot_command_line);
	pr_info("start_kernel: reached %u instructions after the zImage started\n",
		boot_instructions_start_kernel);
	machine_power_off();
}
