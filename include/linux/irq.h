/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/irq.h - the irqchip side of interrupt handling.
 * Linux: include/linux/irq.h (struct irq_chip), include/linux/irqdesc.h
 * (struct irq_desc), include/asm-generic/irq_regs.h (get_irq_regs) and
 * include/linux/of_irq.h (irq_of_parse_and_map), much reduced.
 *
 * Drivers use <linux/interrupt.h>; this header is for kernel/irq.c, the
 * interrupt controller driver and code that needs the interrupted state.
 */
#ifndef _LINUX_IRQ_H
#define _LINUX_IRQ_H

#include <linux/interrupt.h>

/* What kernel/irq.c needs from the interrupt controller (one per system). */
struct irq_chip {
	const char *name;
	void (*irq_unmask)(unsigned int irq);	/* let irq through to the CPU */
	void (*irq_mask)(unsigned int irq);	/* hold irq back at the controller */
};

/* One interrupt line (Linux: struct irq_desc + struct irqaction). */
struct irq_desc {
	irq_handler_t handler;	/* NULL: nobody asked for this line */
	void *dev_id;		/* handed back to handler */
	const char *name;
	unsigned int count;	/* times taken (Linux: kstat_irqs) */
	unsigned int unhandled;	/* times handler said IRQ_NONE */
	bool masked;
};

/* The irqchip driver registers itself once, from init_IRQ(). */
void irq_set_chip(const struct irq_chip *chip);
void free_irq(unsigned int irq, void *dev_id);
bool irq_is_masked(unsigned int irq);

/* Are interrupts masked on this CPU (CPSR.I)? (Linux: irqs_disabled) */
static inline bool irqs_disabled(void)
{
	unsigned long cpsr;

	asm volatile("mrs %0, cpsr" : "=r"(cpsr) : : "memory");
	return cpsr & (1 << 7);
}

/*
 * The registers of the interrupted context while a handler runs, NULL
 * outside interrupts (Linux: get_irq_regs/set_irq_regs, per CPU there).
 * The root handler sets it so that e.g. the tick can tell user time from
 * system time without passing pt_regs through every handler.
 */
extern struct pt_regs *__irq_regs;

static inline struct pt_regs *get_irq_regs(void)
{
	return __irq_regs;
}

static inline struct pt_regs *set_irq_regs(struct pt_regs *new_regs)
{
	struct pt_regs *old = __irq_regs;

	__irq_regs = new_regs;
	return old;
}

/*
 * The Linux INTID of a device's index-th interrupt, from its DTB node's
 * "interrupts" property, decoded by the interrupt controller's binding
 * (for the GIC: <type number flags>, type 0 = SPI, 1 = PPI). Negative if
 * the node has no such interrupt.
 */
int irq_of_parse_and_map(const void *fdt, int node, int index);

#endif /* _LINUX_IRQ_H */
