// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/mmu.c - the kernel's page table after boot.
 * Linux: arch/arm/mm/mmu.c (paging_init, create_mapping) and ioremap.c.
 *
 * head.S left swapper_pg_dir mapping only the kernel image, the DTB and
 * the early UART, plus an identity section. paging_init() maps all of RAM
 * that fits below LOWMEM_LIMIT at PAGE_OFFSET and removes the identity
 * section; ioremap() hands out device mappings above IO_VIRT_BASE.
 */
#include <linux/panic.h>
#include <linux/printk.h>
#include <asm/cacheflush.h>
#include <asm/io.h>
#include <asm/memory.h>
#include <asm/pgtable.h>
#include <asm/setup.h>

extern unsigned long swapper_pg_dir_phys;

static u32 *pgd_offset_k(unsigned long virt)
{
	u32 *pgd = __va(swapper_pg_dir_phys);

	return &pgd[virt >> SECTION_SHIFT];
}

/* Make a changed entry visible to the table walker and drop stale TLB entries. */
static void flush_pmd_entry(u32 *pmd, unsigned long virt)
{
	clean_dcache_area(pmd, sizeof(*pmd));
	asm volatile("mcr p15, 0, %0, c8, c7, 1\n\t"	/* TLBIMVA: this address */
		     "dsb\n\t"
		     "isb"
		     : : "r"(virt & ~(SECTION_SIZE - 1)) : "memory");
}

/* Map [virt, virt + size) to phys with 1 MiB sections (Linux: create_mapping). */
static void create_mapping(unsigned long virt, unsigned long phys,
			   unsigned long size, u32 flags)
{
	for (unsigned long off = 0; off < size; off += SECTION_SIZE) {
		u32 *pmd = pgd_offset_k(virt + off);

		*pmd = ((phys + off) & ~(SECTION_SIZE - 1)) | flags;
		flush_pmd_entry(pmd, virt + off);
	}
}

/*
 * SCTLR.AFE = 1: AP[0] of every descriptor becomes its access flag, which
 * user pages use to record that they were touched (pgaccess()). Every
 * mapping Tern makes has AP[0] = 1, so nothing else changes; the TLB may
 * hold entries read under the old meaning: drop them all (TLBIALL).
 */
static void enable_access_flag(void)
{
	u32 sctlr;

	asm volatile("mrc p15, 0, %0, c1, c0, 0" : "=r"(sctlr));
	asm volatile("mcr p15, 0, %0, c1, c0, 0\n\t"
		     "isb\n\t"
		     "mcr p15, 0, %1, c8, c7, 0\n\t"
		     "dsb\n\t"
		     "isb"
		     : : "r"(sctlr | CR_AFE), "r"(0) : "memory");
}

void paging_init(const struct membank *bank)
{
	unsigned long lowmem = LOWMEM_LIMIT - PAGE_OFFSET;
	unsigned long size = bank->size > lowmem ? lowmem : (unsigned long)bank->size;
	u32 *identity = pgd_offset_k(PHYS_OFFSET);

	if (size < bank->size)
		pr_info("Memory: using %lu MiB as lowmem (Tern has no highmem)\n", size >> 20);
	create_mapping(PAGE_OFFSET, PHYS_OFFSET, size, PMD_SECT_KERNEL_MEM);
	/* head.S's identity section for __turn_mmu_on is user space now. */
	*identity = 0;
	flush_pmd_entry(identity, PHYS_OFFSET);
	enable_access_flag();
}

static unsigned long io_virt_next = IO_VIRT_BASE + SECTION_SIZE;

void __iomem *ioremap(unsigned long phys, unsigned long size)
{
	unsigned long base = phys & ~(SECTION_SIZE - 1);
	unsigned long len = (phys + size - base + SECTION_SIZE - 1) & ~(SECTION_SIZE - 1);
	unsigned long virt = io_virt_next;

	if (len > IO_VIRT_END - virt)
		panic("ioremap: out of device address space for 0x%08lx", phys);
	create_mapping(virt, base, len, PMD_SECT_KERNEL_DEV);
	io_virt_next += len;
	return (void __iomem *)(virt + (phys - base));
}
