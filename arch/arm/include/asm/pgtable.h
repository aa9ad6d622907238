/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/pgtable.h - ARMv7 short-descriptor page table bits
 * (Linux: arch/arm/include/asm/pgtable-2level-hwdef.h).
 *
 * A first-level table has 4096 entries, one per MiB of virtual address.
 * Tern maps the kernel with 1 MiB sections; user pages use second-level
 * tables of 256 small (4 KiB) pages.
 *
 * A user page's permissions are AP[2:0] = APX:AP1:AP0 (SCTLR.AFE = 0, so
 * AP0 is a permission bit, not an access flag) and XN:
 *
 *   APX AP1 AP0   kernel  user
 *    0   1   1     RW      RW     writable
 *    1   1   0     RO      RO     read-only, or copy-on-write
 *    1   0   1     RO      none   PROT_NONE: kept, but out of reach
 *
 * A readable page is also executable unless XN is set. User pages are
 * not global (nG): their TLB entries carry the ASID.
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

/* Second-level (small page) descriptors. */
#define PTE_TYPE_SMALL		(1 << 1)	/* bit 0 is XN: present = bit 1 */
#define PTE_EXT_XN		(1 << 0)
#define PTE_BUFFERABLE		(1 << 2)
#define PTE_CACHEABLE		(1 << 3)
#define PTE_EXT_AP0		(1 << 4)
#define PTE_EXT_AP1		(1 << 5)
#define PTE_EXT_TEX(x)		((x) << 6)
#define PTE_EXT_APX		(1 << 9)
#define PTE_EXT_NG		(1 << 11)
#define PTE_EXT_AP_MASK		(PTE_EXT_APX | PTE_EXT_AP1 | PTE_EXT_AP0)

#define PTRS_PER_PTE		256
#define PTE_HWTABLE_SIZE	(PTRS_PER_PTE * 4)	/* 1 KiB, 1 KiB aligned */

/* A user page: normal memory, write-back write-allocate (TEX=001 C B), nG. */
#define PTE_USER_MEM		(PTE_TYPE_SMALL | PTE_EXT_TEX(1) | PTE_CACHEABLE | \
				 PTE_BUFFERABLE | PTE_EXT_NG)
#define PTE_AP_RW		(PTE_EXT_AP1 | PTE_EXT_AP0)
#define PTE_AP_RDONLY		(PTE_EXT_APX | PTE_EXT_AP1)
#define PTE_AP_NONE		(PTE_EXT_APX | PTE_EXT_AP0)

#ifndef __ASSEMBLY__
#include <linux/types.h>

static inline bool pte_present(u32 pte)
{
	return pte & PTE_TYPE_SMALL;
}

static inline bool pte_write(u32 pte)
{
	return (pte & PTE_EXT_AP_MASK) == PTE_AP_RW;
}

static inline u32 pte_mkwrite(u32 pte)
{
	return (pte & ~PTE_EXT_AP_MASK) | PTE_AP_RW;
}

/* Writable becomes read-only; read-only and PROT_NONE stay as they are. */
static inline u32 pte_wrprotect(u32 pte)
{
	return pte_write(pte) ? (pte & ~PTE_EXT_AP_MASK) | PTE_AP_RDONLY : pte;
}

/* The physical address of the page a present entry maps. */
static inline unsigned long pte_phys(u32 pte)
{
	return pte & ~0xfffUL;
}

/* arch/arm/mm/pgd.c: a process's first-level table (Linux: asm/pgalloc.h). */
u32 *pgd_alloc(void);
void pgd_free(u32 *pgd);
#endif

#endif /* __ASM_PGTABLE_H */
