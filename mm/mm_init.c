// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mm_init.c - mem_init(): from "RAM is there" to alloc_pages().
 * Linux: mm/mm_init.c (mm_core_init, mem_init_print_info) and
 * arch/arm/mm/init.c (arm_memblock_init, mem_init).
 *
 *   arm_memblock_init  tell memblock the RAM and what is already in it
 *   free_area_init     mem_map[], one struct page per page frame
 *   memblock_free_all  every page nobody reserved goes to the buddy lists
 *
 * Only lowmem is managed: RAM beyond LOWMEM_LIMIT - PAGE_OFFSET is not
 * mapped by paging_init() and Tern has no highmem.
 */
#include <linux/fdt.h>
#include <linux/gfp.h>
#include <linux/printk.h>
#include <asm/setup.h>

extern char _stext[], _etext[], _sdata[], _edata[];
extern char __bss_start[], __bss_stop[], _end[];

static unsigned long lowmem_size(void)
{
	unsigned long lowmem = LOWMEM_LIMIT - PAGE_OFFSET;

	if (memory_bank.size > lowmem)
		return lowmem;
	return (unsigned long)memory_bank.size & PAGE_MASK;
}

/* Reserve [start, end) rounded out to whole pages. */
static void reserve_pages(unsigned long start, unsigned long end)
{
	start &= PAGE_MASK;
	memblock_reserve(start, PAGE_ALIGN(end) - start);
}

static void arm_memblock_init(void)
{
	unsigned long dtb = initial_boot_params_phys;

	memblock_add(PHYS_OFFSET, lowmem_size());
	/* Below the kernel: swapper_pg_dir at PHYS_OFFSET + 0x4000. */
	reserve_pages(PHYS_OFFSET, PHYS_OFFSET + TEXT_OFFSET);
	/* The kernel image: text, rodata, data, bss. */
	reserve_pages(PHYS_OFFSET + TEXT_OFFSET, __pa(_end));
	/* The DTB, whole: QEMU's is padded to 1 MiB. */
	reserve_pages(dtb, dtb + fdt_totalsize(initial_boot_params));
}

/* Linux: mem_init_print_info(). */
static void mem_init_print_info(void)
{
	unsigned long code = _etext - _stext;
	/* .rodata starts at the page after the text (linker.ld). */
	unsigned long ro = _sdata - (char *)PAGE_ALIGN((unsigned long)_etext);
	unsigned long rw = _edata - _sdata;
	unsigned long bss = __bss_stop - __bss_start;

	pr_info("Memory: %luK/%luK available (%luK kernel code, %luK rwdata, "
		"%luK rodata, %luK bss, %luK reserved)\n",
		nr_free_pages() << (PAGE_SHIFT - 10), max_mapnr << (PAGE_SHIFT - 10),
		code >> 10, rw >> 10, ro >> 10, bss >> 10,
		(max_mapnr - totalram_pages) << (PAGE_SHIFT - 10));
}

void mem_init(void)
{
	arm_memblock_init();
	free_area_init(lowmem_size() >> PAGE_SHIFT);
	memblock_free_all();
	mem_init_print_info();
}
