/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/setup.h - what setup_arch() learns from the DTB
 * (Linux: arch/arm/include/asm/setup.h, include/linux/of_fdt.h).
 */
#ifndef __ASM_SETUP_H
#define __ASM_SETUP_H

#include <linux/types.h>

#define COMMAND_LINE_SIZE	1024

/* One bank of RAM, as the DTB's /memory node describes it. */
struct membank {
	u64 start;
	u64 size;
};

extern char boot_command_line[COMMAND_LINE_SIZE];
extern const void *initial_boot_params;	/* the DTB, mapped at FDT_FIXED_BASE */
extern unsigned long initial_boot_params_phys;
extern struct membank memory_bank;

void setup_arch(unsigned long dtb_phys);
void parse_early_param(void);	/* kernel/main.c */
void paging_init(struct membank *bank);

#endif
