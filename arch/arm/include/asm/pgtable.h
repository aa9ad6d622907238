/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/pgtable.h - ARMv7 short-descriptor page table bits
 * (Linux: arch/arm/include/asm/pgtable-2level-hwdef.h).
 *
 * A first-level table has 4096 entries, one per MiB of virtual address.
 * Tern maps the kernel with 1 MiB sections; user pages use second-level
 * tables of 256 small (4 KiB) pages.
 */
#ifndef __ASM_PGTABLE_H
#define __ASM_PGTABLE_H

/* First-level descriptors. */
#define PMD_TYPE_TABLE		(1 << 0)
#define PMD_TYPE_SECT		(2 << 0)
#define PMD_SECT_BUFFERABLE	(1 << 2)
#define PMD_SECT_CACHEABLE	(1 << 3)
#define PMD_SECT_XN		(1 << 4)
#define PMD_SECT_AP_WRITE	(1 << 10)	/* AP[0]: AP=01 kernel RW, user none */
#define PMD_SECT_AP_READ	(1 << 11)	/* AP[1] */
#define PMD_SECT_TEX(x)		((x) << 12)
#define PMD_SECT_APX		(1 << 15)
#define PMD_SECT_S		(1 << 16)
#define PMD_SECT_nG		(1 << 17)

/* Kernel RAM: normal memory, write-back write-allocate, kernel only. */
#define PMD_SECT_KERNEL_MEM	(PMD_TYPE_SECT | PMD_SECT_AP_WRITE | PMD_SECT_TEX(1) | \
				 PMD_SECT_CACHEABLE | PMD_SECT_BUFFERABLE)
/* Devices: shared device memory, never executed, kernel only. */
#define PMD_SECT_KERNEL_DEV	(PMD_TYPE_SECT | PMD_SECT_AP_WRITE | PMD_SECT_XN | \
				 PMD_SECT_BUFFERABLE)

/* TTBR0/1 walk attributes: inner/outer write-back write-allocate, shareable. */
#define TTB_FLAGS		((1 << 6) | (1 << 5) | (1 << 3) | (1 << 1))

#define PTRS_PER_PGD		4096
#define PGD_SIZE		(PTRS_PER_PGD * 4)

#endif /* __ASM_PGTABLE_H */
