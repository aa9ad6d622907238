/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/interrupt.h - interrupt handlers (Linux: same file and
 * include/linux/irq.h, reduced). The irqchip driver (GIC) calls
 * generic_handle_irq(); drivers register with request_irq().
 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <linux/types.h>

struct pt_regs;

typedef enum { IRQ_NONE = 0, IRQ_HANDLED = 1 } irqreturn_t;
typedef irqreturn_t (*irq_handler_t)(int irq, void *dev_id);

#define NR_IRQS		1020	/* GICv2 INTIDs 0-1019; 1020-1023 are special */

int request_irq(unsigned int irq, irq_handler_t handler, const char *name, void *dev_id);
void enable_irq(unsigned int irq);
void disable_irq(unsigned int irq);
/* Called by the irqchip with the INTID it acknowledged. */
void generic_handle_irq(unsigned int irq);
unsigned int kstat_irqs(unsigned int irq);	/* how often irq was handled */

/* The root handler, called from __irq_svc/__irq_usr (Linux: handle_arch_irq). */
void handle_arch_irq(struct pt_regs *regs);
void init_IRQ(void);		/* probe the interrupt controller from the DTB */

/* Local (this CPU) interrupt masking, CPSR.I. */
static inline void local_irq_enable(void)
{
	asm volatile("cpsie i" ::: "memory", "cc");
}

static inline void local_irq_disable(void)
{
	asm volatile("cpsid i" ::: "memory", "cc");
}

static inline unsigned long local_irq_save(void)
{
	unsigned long flags;

	asm volatile("mrs %0, cpsr\n\tcpsid i" : "=r"(flags) : : "memory", "cc");
	return flags;
}

static inline void local_irq_restore(unsigned long flags)
{
	asm volatile("msr cpsr_c, %0" : : "r"(flags) : "memory", "cc");
}

#endif /* _LINUX_INTERRUPT_H */
