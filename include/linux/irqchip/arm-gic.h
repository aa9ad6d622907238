/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/irqchip/arm-gic.h - the GICv2 driver's extra interface
 * (Linux: the same file). Register offsets stay in the driver.
 */
#ifndef _LINUX_IRQCHIP_ARM_GIC_H
#define _LINUX_IRQCHIP_ARM_GIC_H

#include <linux/types.h>

#define GIC_SPURIOUS_INTID	1023	/* GICC_IAR when nothing is pending */

/* Interrupt this CPU with software-generated interrupt sgi (0-15). */
void gic_raise_softirq(unsigned int sgi);
/* Set or clear an interrupt's pending latch (GICD_ISPENDR/ICPENDR). */
void gic_irq_set_pending(unsigned int irq, bool pending);
/* How often handle_arch_irq() found nothing to acknowledge. */
unsigned int gic_spurious_count(void);

#endif
