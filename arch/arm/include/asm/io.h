/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/io.h - device register access (Linux:
 * arch/arm/include/asm/io.h). The barriers order a register access
 * against normal memory accesses, e.g. a DMA buffer written just before.
 */
#ifndef __ASM_IO_H
#define __ASM_IO_H

#include <linux/types.h>

#define __iomem

static inline u32 readl_relaxed(const volatile void __iomem *addr)
{
	return *(const volatile u32 *)addr;
}

static inline void writel_relaxed(u32 val, volatile void __iomem *addr)
{
	*(volatile u32 *)addr = val;
}

static inline u32 readl(const volatile void __iomem *addr)
{
	u32 val = readl_relaxed(addr);

	asm volatile("dmb" ::: "memory");	/* later reads see the device's data */
	return val;
}

static inline void writel(u32 val, volatile void __iomem *addr)
{
	asm volatile("dsb st" ::: "memory");	/* earlier writes reach memory first */
	writel_relaxed(val, addr);
}

void __iomem *ioremap(unsigned long phys, unsigned long size);

#endif /* __ASM_IO_H */
