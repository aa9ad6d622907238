// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq.c - the interrupt descriptor table: who handles which line.
 * Linux: kernel/irq/manage.c (request_irq, free_irq, enable/disable_irq),
 * kernel/irq/irqdesc.c (generic_handle_irq, kstat_irqs) and
 * kernel/irq/spurious.c ("nobody cared"), reduced to one flat table
 * indexed by the GIC's INTID and one handler per line (no sharing).
 *
 * The interrupt controller driver (arch/arm/drivers/irq-gic.c) registers
 * a struct irq_chip for masking, acknowledges each interrupt and calls
 * generic_handle_irq(); handle_arch_irq() itself lives in the GIC driver
 * (see there).
 */
#include <linux/irq.h>
#include <linux/printk.h>

/* Tern has no <linux/errno.h> yet; the values are Linux's. */
#define EBUSY	16
#define EINVAL	22

static struct irq_desc irq_desc[NR_IRQS];
static const struct irq_chip *irq_chip;
struct pt_regs *__irq_regs;

void irq_set_chip(const struct irq_chip *chip)
{
	irq_chip = chip;
}

/* Linux: irq_enable() -> chip->irq_unmask. */
void enable_irq(unsigned int irq)
{
	if (irq >= NR_IRQS || !irq_chip)
		return;
	irq_desc[irq].masked = false;
	irq_chip->irq_unmask(irq);
}

/* Linux: irq_disable() -> chip->irq_mask (no waiting: one CPU). */
void disable_irq(unsigned int irq)
{
	if (irq >= NR_IRQS || !irq_chip)
		return;
	irq_desc[irq].masked = true;
	irq_chip->irq_mask(irq);
}

bool irq_is_masked(unsigned int irq)
{
	return irq < NR_IRQS && irq_desc[irq].masked;
}

/*
 * request_irq - install handler for irq and unmask it. Returns 0,
 * -EINVAL for a bad line or no handler, -EBUSY if the line is taken.
 */
int request_irq(unsigned int irq, irq_handler_t handler, const char *name, void *dev_id)
{
	struct irq_desc *desc;
	unsigned long flags;

	if (irq >= NR_IRQS || !handler)
		return -EINVAL;
	desc = &irq_desc[irq];
	flags = local_irq_save();
	if (desc->handler) {
		local_irq_restore(flags);
		return -EBUSY;
	}
	desc->dev_id = dev_id;
	desc->name = name;
	desc->handler = handler;
	local_irq_restore(flags);
	enable_irq(irq);
	return 0;
}

/* free_irq - mask irq and forget its handler (dev_id must match). */
void free_irq(unsigned int irq, void *dev_id)
{
	struct irq_desc *desc;

	if (irq >= NR_IRQS || irq_desc[irq].dev_id != dev_id)
		return;
	desc = &irq_desc[irq];
	disable_irq(irq);
	desc->handler = NULL;
	desc->dev_id = NULL;
	desc->name = NULL;
}

/*
 * An interrupt nobody asked for: say so (at most a few times, it could
 * come back forever) and mask it so it does not (Linux: handle_bad_irq +
 * note_interrupt's "nobody cared").
 */
#define NOBODY_CARED_REPORTS	10

static void handle_bad_irq(unsigned int irq)
{
	static unsigned int reports;

	if (reports < NOBODY_CARED_REPORTS) {
		reports++;
		pr_err("irq %u: nobody cared (masking it)\n", irq);
	} else if (reports++ == NOBODY_CARED_REPORTS) {
		pr_err("irq: further 'nobody cared' reports suppressed\n");
	}
	disable_irq(irq);
}

/*
 * generic_handle_irq - count irq and call its handler. The fast path:
 * one bounds check, one increment, one indirect call.
 */
void generic_handle_irq(unsigned int irq)
{
	struct irq_desc *desc;

	if (__builtin_expect(irq >= NR_IRQS, 0))
		return;
	desc = &irq_desc[irq];
	desc->count++;
	if (__builtin_expect(desc->handler == NULL, 0)) {
		handle_bad_irq(irq);
		return;
	}
	if (desc->handler(irq, desc->dev_id) == IRQ_NONE)
		desc->unhandled++;
}

unsigned int kstat_irqs(unsigned int irq)
{
	return irq < NR_IRQS ? irq_desc[irq].count : 0;
}
