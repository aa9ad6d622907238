// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/drivers/irq-gic.c - the ARM Generic Interrupt Controller v2.
 * Linux: drivers/irqchip/irq-gic.c (gic_of_init, gic_dist_init,
 * gic_cpu_init, gic_handle_irq, gic_raise_softirq), one CPU, no domains:
 * the Linux irq number is the GIC's INTID.
 *
 * The GIC has two parts, both found in the DTB node's "reg":
 *  - the distributor (GICD, reg index 0): one set of registers for the
 *    whole system; decides per interrupt whether it is enabled, its
 *    priority, its trigger and which CPUs it goes to;
 *  - the CPU interface (GICC, reg index 1): one per CPU; the CPU reads
 *    GICC_IAR to acknowledge the highest-priority pending interrupt (and
 *    learn its INTID) and writes that value to GICC_EOIR when done.
 * INTIDs: 0-15 SGIs (software-generated), 16-31 PPIs (private to a CPU:
 * e.g. its timer), 32-1019 SPIs (shared: devices), 1023 "none pending".
 *
 * handle_arch_irq: Linux keeps a function pointer that the irqchip sets
 * with set_handle_irq(gic_handle_irq). Tern has exactly one interrupt
 * controller, so handle_arch_irq() is simply defined here: the IRQ
 * vector's __irq_svc/__irq_usr call it directly, one indirect call less.
 */
#include <linux/fdt.h>
#include <linux/irq.h>
#include <linux/irqchip/arm-gic.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <asm/io.h>
#include <asm/setup.h>

/* Distributor registers (GICv2 architecture specification, 4.3). */
#define GIC_DIST_CTRL			0x000
#define GIC_DIST_CTR			0x004	/* GICD_TYPER */
#define GIC_DIST_ENABLE_SET		0x100
#define GIC_DIST_ENABLE_CLEAR		0x180
#define GIC_DIST_PENDING_SET		0x200
#define GIC_DIST_PENDING_CLEAR		0x280
#define GIC_DIST_ACTIVE_CLEAR		0x380
#define GIC_DIST_PRI			0x400
#define GIC_DIST_TARGET			0x800
#define GIC_DIST_CONFIG			0xc00
#define GIC_DIST_SOFTINT		0xf00	/* GICD_SGIR */

/* CPU interface registers (4.4). */
#define GIC_CPU_CTRL			0x00
#define GIC_CPU_PRIMASK			0x04	/* GICC_PMR */
#define GIC_CPU_BINPOINT		0x08
#define GIC_CPU_INTACK			0x0c	/* GICC_IAR */
#define GIC_CPU_EOI			0x10	/* GICC_EOIR */

#define GICC_IAR_INT_ID_MASK		0x3ff
#define GICC_INT_PRI_THRESHOLD		0xf0	/* PMR: let priorities < 0xf0 in */
#define GICD_INT_DEF_PRI		0xa0	/* every interrupt's priority */
#define GICD_INT_DEF_PRI_X4		0xa0a0a0a0
#define GICD_SGIR_TARGET_SELF		(2 << 24)	/* TargetListFilter 0b10 */
#define GIC_MAX_INTID			1020

static struct gic_chip_data {
	void __iomem *dist_base;
	void __iomem *cpu_base;
	unsigned int gic_irqs;		/* lines the distributor implements */
	unsigned int spurious;		/* IAR said 1023 with nothing handled */
} gic_data;

/* One bit per interrupt in the 32-bit-wide ENABLE/PENDING registers. */
static void gic_poke_bit(unsigned int irq, unsigned int reg)
{
	writel_relaxed(1U << (irq % 32), gic_data.dist_base + reg + (irq / 32) * 4);
}

static void gic_mask_irq(unsigned int irq)
{
	gic_poke_bit(irq, GIC_DIST_ENABLE_CLEAR);
}

static void gic_unmask_irq(unsigned int irq)
{
	gic_poke_bit(irq, GIC_DIST_ENABLE_SET);
}

static const struct irq_chip gic_chip = {
	.name		= "GICv2",
	.irq_unmask	= gic_unmask_irq,
	.irq_mask	= gic_mask_irq,
};

void gic_irq_set_pending(unsigned int irq, bool pending)
{
	if (irq < gic_data.gic_irqs)
		gic_poke_bit(irq, pending ? GIC_DIST_PENDING_SET : GIC_DIST_PENDING_CLEAR);
}

/*
 * gic_raise_softirq - send SGI sgi to this CPU. writel, not relaxed: its
 * dsb makes the caller's memory writes visible before the interrupt can
 * be taken (on SMP another CPU's handler would read them).
 */
void gic_raise_softirq(unsigned int sgi)
{
	writel(GICD_SGIR_TARGET_SELF | (sgi & 0xf), gic_data.dist_base + GIC_DIST_SOFTINT);
}

unsigned int gic_spurious_count(void)
{
	return gic_data.spurious;
}

/*
 * The root interrupt handler (Linux: gic_handle_irq). Acknowledge, handle
 * and end every pending interrupt, until GICC_IAR says 1023.
 *
 * Relaxed accessors are safe here: IAR, EOIR and the distributor are all
 * Device memory of the one GIC, so the CPU keeps these accesses in program
 * order among themselves, and nothing in normal memory (a DMA buffer) has
 * to be ordered against them. A handler that needs such ordering uses
 * readl/writel on its own device. (With SMP an SGI would need an smp_rmb
 * after the IAR read, so that data sent with it is seen; one CPU here.)
 */
void handle_arch_irq(struct pt_regs *regs)
{
	void __iomem *cpu_base = gic_data.cpu_base;
	struct pt_regs *old_regs = set_irq_regs(regs);
	u32 irqstat = readl_relaxed(cpu_base + GIC_CPU_INTACK);

	/*
	 * 1020-1023 are not interrupts: 1023 means nothing is pending (any
	 * more). Only a first read of it is spurious: the interrupt went away
	 * between the CPU seeing IRQ and this read.
	 */
	if (__builtin_expect((irqstat & GICC_IAR_INT_ID_MASK) >= GIC_MAX_INTID, 0))
		gic_data.spurious++;
	while ((irqstat & GICC_IAR_INT_ID_MASK) < GIC_MAX_INTID) {
		generic_handle_irq(irqstat & GICC_IAR_INT_ID_MASK);
		/* EOIR takes the whole IAR value (an SGI's source CPU too). */
		writel_relaxed(irqstat, cpu_base + GIC_CPU_EOI);
		irqstat = readl_relaxed(cpu_base + GIC_CPU_INTACK);
	}
	set_irq_regs(old_regs);
}

/* Write val to every 32-bit register covering interrupts [from, gic_irqs). */
static void gic_dist_fill(unsigned int reg, unsigned int from, unsigned int per_reg, u32 val)
{
	for (unsigned int i = from; i < gic_data.gic_irqs; i += per_reg)
		writel_relaxed(val, gic_data.dist_base + reg + i / per_reg * 4);
}

/*
 * The distributor: every SPI level-triggered, priority 0xa0, routed to
 * CPU0 and disabled until a driver asks for it (Linux: gic_dist_init).
 */
static void gic_dist_init(void)
{
	void __iomem *base = gic_data.dist_base;

	writel_relaxed(0, base + GIC_DIST_CTRL);
	gic_dist_fill(GIC_DIST_CONFIG, 32, 16, 0);		/* 2 bits each: 0 = level */
	gic_dist_fill(GIC_DIST_TARGET, 32, 4, 0x01010101);	/* a byte each: CPU0 */
	gic_dist_fill(GIC_DIST_PRI, 32, 4, GICD_INT_DEF_PRI_X4);
	gic_dist_fill(GIC_DIST_ACTIVE_CLEAR, 32, 32, 0xffffffff);
	gic_dist_fill(GIC_DIST_ENABLE_CLEAR, 32, 32, 0xffffffff);
	writel_relaxed(1, base + GIC_DIST_CTRL);
}

/*
 * This CPU's banked part of the distributor (SGIs and PPIs: PPIs off,
 * SGIs on) and its CPU interface: priority mask 0xf0 lets every
 * interrupt at 0xa0 in, no preemption grouping (Linux: gic_cpu_init).
 */
static void gic_cpu_init(void)
{
	void __iomem *dist = gic_data.dist_base;
	void __iomem *cpu = gic_data.cpu_base;

	writel_relaxed(0xffffffff, dist + GIC_DIST_ACTIVE_CLEAR);
	writel_relaxed(0xffff0000, dist + GIC_DIST_ENABLE_CLEAR);
	writel_relaxed(0x0000ffff, dist + GIC_DIST_ENABLE_SET);
	for (unsigned int i = 0; i < 32; i += 4)
		writel_relaxed(GICD_INT_DEF_PRI_X4, dist + GIC_DIST_PRI + i);
	writel_relaxed(GICC_INT_PRI_THRESHOLD, cpu + GIC_CPU_PRIMASK);
	writel_relaxed(0, cpu + GIC_CPU_BINPOINT);
	writel_relaxed(1, cpu + GIC_CPU_CTRL);
}

static int gic_find_node(const void *fdt)
{
	int node = fdt_node_offset_by_compatible(fdt, -1, "arm,cortex-a15-gic");

	if (node < 0)
		node = fdt_node_offset_by_compatible(fdt, -1, "arm,gic-400");
	return node;
}

/*
 * The GIC binding's 3-cell specifier <type number flags>: type 0 = SPI
 * (INTID number + 32), 1 = PPI (number + 16); flags give the trigger,
 * which Tern leaves as gic_dist_init set it (Linux: gic_irq_domain_translate).
 */
int irq_of_parse_and_map(const void *fdt, int node, int index)
{
	int len;
	const u8 *cells = fdt_getprop(fdt, node, "interrupts", &len);
	u32 type, num;

	if (!cells || index < 0 || len < (index + 1) * 12)
		return -1;
	type = fdt32_ld(cells + index * 12);
	num = fdt32_ld(cells + index * 12 + 4);
	if (type == 0 && num < GIC_MAX_INTID - 32)
		return num + 32;
	if (type == 1 && num < 16)
		return num + 16;
	return -1;
}

/* Linux: gic_of_init() via irqchip_init(). */
void init_IRQ(void)
{
	const void *fdt = initial_boot_params;
	int node = gic_find_node(fdt);
	u64 dist, dist_size, cpu, cpu_size;
	unsigned int lines;

	if (node < 0)
		panic("init_IRQ: no arm,cortex-a15-gic or arm,gic-400 node in the device tree");
	if (fdt_get_reg(fdt, node, 0, &dist, &dist_size) ||
	    fdt_get_reg(fdt, node, 1, &cpu, &cpu_size))
		panic("init_IRQ: GIC node without distributor and CPU interface reg");
	gic_data.dist_base = ioremap(dist, dist_size);
	gic_data.cpu_base = ioremap(cpu, cpu_size);
	lines = ((readl_relaxed(gic_data.dist_base + GIC_DIST_CTR) & 0x1f) + 1) * 32;
	gic_data.gic_irqs = lines > GIC_MAX_INTID ? GIC_MAX_INTID : lines;
	gic_dist_init();
	gic_cpu_init();
	irq_set_chip(&gic_chip);
	pr_info("GIC: GICv2 at 0x%08llx (distributor) 0x%08llx (CPU interface), %u lines\n",
		dist, cpu, gic_data.gic_irqs);
}
