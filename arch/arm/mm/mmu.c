// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/mmu.c - the kernel's page table after boot, and the page
 * protection of user mappings.
 * Linux: arch/arm/mm/mmu.c (paging_init, create_mapping, protection_map)
 * and ioremap.c.
 *
 * head.S left swapper_pg_dir mapping only the kernel image, the DTB and
 * the early UART, plus an identity section. paging_init() maps all of RAM
 * that fits below LOWMEM_LIMIT at PAGE_OFFSET, checking that it is really
 * there, and removes the identity section; ioremap() hands out device
 * mappings above IO_VIRT_BASE.
 */
#include <linux/mm.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/uaccess.h>
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
 * Does RAM answer in [virt, virt + size)? A DTB may claim more than the
 * machine has. On QEMU virt any access there is a synchronous external
 * abort; elsewhere writes may vanish and reads return junk. So read the
 * last word (an abort is caught by the exception table, even before
 * early_trap_init: the early vectors call do_DataAbort too), write its
 * complement, read it back, and put the old value back. RAM that
 * repeats lower RAM (an alias) would pass: that is not detected.
 */
static bool ram_responds(unsigned long virt, unsigned long size)
{
	u32 *last = (u32 *)(virt + size) - 1;
	u32 old, test, back;

	if (copy_from_kernel_nofault(&old, last, sizeof(old)))
		return false;
	test = ~old;
	if (copy_to_kernel_nofault(last, &test, sizeof(test)) ||
	    copy_from_kernel_nofault(&back, last, sizeof(back)))
		return false;
	*last = old;
	return back == test;
}

/*
 * Map lowmem one MiB at a time, each checked before the next; a bank
 * whose top does not answer is cut down to the RAM that does, with a
 * warning, instead of faulting later in mem_init().
 */
void paging_init(struct membank *bank)
{
	unsigned long lowmem = LOWMEM_LIMIT - PAGE_OFFSET;
	unsigned long size = bank->size > lowmem ? lowmem : (unsigned long)bank->size;
	unsigned long mapped;
	u32 *identity = pgd_offset_k(PHYS_OFFSET);

	if (size < bank->size)
		pr_info("Memory: using %lu MiB as lowmem (Tern has no highmem)\n", size >> 20);
	for (mapped = 0; mapped < size; mapped += SECTION_SIZE) {
		unsigned long virt = PAGE_OFFSET + mapped;

		create_mapping(virt, PHYS_OFFSET + mapped, SECTION_SIZE, PMD_SECT_KERNEL_MEM);
		if (!ram_responds(virt, size - mapped < SECTION_SIZE ? size - mapped : SECTION_SIZE)) {
			create_mapping(virt, 0, SECTION_SIZE, 0);	/* a fault entry */
			pr_warn("Memory: the DTB's /memory claims %llu MiB at 0x%08llx, but no RAM answers at 0x%08lx: using %lu MiB\n",
				bank->size >> 20, bank->start, PHYS_OFFSET + mapped, mapped >> 20);
			bank->size = mapped;
			break;
		}
	}
	/* head.S's identity section for __turn_mmu_on is user space now. */
	*identity = 0;
	flush_pmd_entry(identity, PHYS_OFFSET);
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

/*
 * Linux: vm_get_page_prot() and protection_map[]. The PTE bits for the
 * pages of a VMA with these flags (the table in asm/pgtable.h). Only a
 * shared writable VMA maps its pages writable from the start: a private
 * one maps them read-only, and a write fault decides whether the page
 * must be copied first (mm/memory.c). Executable means readable: short
 * descriptors have no execute-only pages.
 */
u32 vm_get_page_prot(unsigned long vm_flags)
{
	u32 prot = PTE_USER_MEM | (vm_flags & VM_EXEC ? 0 : PTE_EXT_XN);

	if (!(vm_flags & VM_ACCESS_FLAGS))
		return prot | PTE_AP_NONE;
	if ((vm_flags & (VM_WRITE | VM_SHARED)) == (VM_WRITE | VM_SHARED))
		return prot | PTE_AP_RW;
	return prot | PTE_AP_RDONLY;
}
