/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/cacheflush.h - making written code executable.
 * Linux: arch/arm/include/asm/cacheflush.h (flush_icache_range) and
 * arch/arm/mm/cache-v7.S (v7_coherent_kern_range).
 *
 * Instructions written as data (the vector page, a program loaded by
 * exec, a page copied by fork) sit in the data cache; instruction fetch
 * reads through the instruction cache. Clean the data cache to the point
 * of unification, then invalidate the instruction cache. QEMU does not
 * model caches, so forgetting this never shows there: it would on a
 * real Cortex-A.
 */
#ifndef __ASM_CACHEFLUSH_H
#define __ASM_CACHEFLUSH_H

/* The smallest data-cache line, from CTR.DminLine. */
static inline unsigned long dcache_line_size(void)
{
	unsigned long ctr;

	asm("mrc p15, 0, %0, c0, c0, 1" : "=r"(ctr));
	return 4UL << ((ctr >> 16) & 0xf);
}

/*
 * Write page-table entries back to memory for the table walker (Linux:
 * clean_dcache_area / cpu_v7_dcache_clean_area). Tern's walks are
 * cacheable (TTB_FLAGS), which suffices on a Cortex-A15; cores whose
 * walker does not look in the L1 cache need this clean, so do it.
 */
static inline void clean_dcache_area(const void *addr, unsigned long size)
{
	unsigned long line = dcache_line_size();

	for (unsigned long p = (unsigned long)addr & ~(line - 1);
	     p < (unsigned long)addr + size; p += line)
		asm volatile("mcr p15, 0, %0, c7, c10, 1" : : "r"(p));	/* DCCMVAC */
	asm volatile("dsb" ::: "memory");
}

static inline void flush_icache_range(unsigned long start, unsigned long end)
{
	unsigned long line = dcache_line_size();

	for (unsigned long p = start & ~(line - 1); p < end; p += line)
		asm volatile("mcr p15, 0, %0, c7, c11, 1" : : "r"(p));	/* DCCMVAU */
	asm volatile("dsb\n\t"
		     "mcr p15, 0, %0, c7, c5, 0\n\t"	/* ICIALLU */
		     "mcr p15, 0, %0, c7, c5, 6\n\t"	/* BPIALL */
		     "dsb\n\tisb" : : "r"(0) : "memory");
}

#endif
