/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/memory.h - the kernel's virtual memory map and the
 * physical <-> virtual conversion (Linux: arch/arm/include/asm/memory.h).
 *
 *   0x00000000 - 0xbeffffff  user space (TASK_SIZE = 0xbf000000)
 *   0xc0000000 - 0xefffffff  lowmem: RAM mapped linearly (PAGE_OFFSET)
 *   0xf0000000 - 0xfeffffff  device mappings (ioremap), the first MiB is
 *                            the early UART mapped by head.S
 *   0xff800000 - 0xff9fffff  the DTB, mapped by head.S (FDT_FIXED_BASE)
 *   0xffff0000               the vector page
 */
#ifndef __ASM_MEMORY_H
#define __ASM_MEMORY_H

#define PAGE_OFFSET		0xc0000000
#define TEXT_OFFSET		0x00008000
#define TASK_SIZE		0xbf000000
#define LOWMEM_LIMIT		0xf0000000	/* end of the linear map */
#define IO_VIRT_BASE		0xf0000000	/* early UART, then ioremap */
#define IO_VIRT_END		0xff000000
#define FDT_FIXED_BASE		0xff800000
#define FDT_FIXED_SIZE		0x00200000
#define VECTORS_BASE		0xffff0000

#define SECTION_SHIFT		20
#define SECTION_SIZE		0x00100000
#define PAGE_SHIFT		12
#define PAGE_SIZE		0x1000
#define THREAD_SIZE		8192

#ifndef __ASSEMBLY__
#include <linux/types.h>

/* Where RAM starts physically: worked out by head.S from where it runs. */
extern unsigned long __pv_phys_offset;
#define PHYS_OFFSET		__pv_phys_offset

static inline unsigned long __virt_to_phys(unsigned long x)
{
	return x - PAGE_OFFSET + PHYS_OFFSET;
}

static inline unsigned long __phys_to_virt(unsigned long x)
{
	return x - PHYS_OFFSET + PAGE_OFFSET;
}

#define __pa(x)			__virt_to_phys((unsigned long)(x))
#define __va(x)			((void *)__phys_to_virt((unsigned long)(x)))
#endif

#endif /* __ASM_MEMORY_H */
