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
#define PMD_TYPE_MASK		(3 << 0)
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
#define USER_PTRS		(TASK_SIZE >> SECTION_SHIFT)	/* first-level entries for user space */

/*
 * Second-level (small page) descriptors: bit 1 set, the page's physical
 * address in bits 31:12. With SCTLR.AFE = 1 (paging_init() sets it) AP[0]
 * is the access flag: 0 makes the next access fault (access flag fault)
 * and the kernel sets it (handle_access_flag_fault()); AP[2:1] then
 * give the permissions (01: read/write at any privilege).
 */
#define PTRS_PER_PTE		256
#define PTE_TYPE_SMALL		(1 << 1)
#define PTE_EXT_XN		(1 << 0)	/* never execute */
#define PTE_EXT_AF		(1 << 4)	/* AP[0]: the access flag */
#define PTE_EXT_AP1		(1 << 5)	/* AP[1]: user access */
#define PTE_EXT_APX		(1 << 9)	/* AP[2]: read-only */
#define PTE_EXT_NG		(1 << 11)	/* not global: tagged with the ASID */

/* SCTLR.AFE: AP[0] is an access flag (ARM ARM B3.7.3). */
#define CR_AFE			(1 << 29)

#endif /* __ASM_PGTABLE_H */
