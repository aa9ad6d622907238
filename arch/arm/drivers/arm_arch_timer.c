// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/drivers/arm_arch_timer.c - the periodic tick from the ARM
 * generic timer's virtual timer.
 * Linux: drivers/clocksource/arm_arch_timer.c (the clock event half; the
 * clocksource half is kernel/time/timekeeping.c) with
 * kernel/time/tick-common.c's periodic mode emulated on a one-shot timer.
 *
 * The virtual timer fires when the virtual count CNTVCT reaches the
 * compare value CNTV_CVAL, and keeps its (level) interrupt asserted until
 * CVAL moves past CNTVCT again. Tick k is due at count
 *	deadline(k) = floor(k * CNTFRQ / HZ),
 * a fixed grid from count 0. Each tick programs the next grid point, so
 * the tick never drifts, however late its interrupt is handled; the grid
 * is computed by adding CNTFRQ / HZ and carrying CNTFRQ % HZ (no division
 * on the fast path). A handler that finds several grid points already
 * passed (interrupts were off for long) calls the tick once for each
 * (as Linux's tick_handle_periodic does), so jiffies counts time:
 *	jiffies == floor(CNTVCT * HZ / CNTFRQ)
 * whenever no tick is pending. The number of such late ticks is kept in
 * arch_timer_lost_ticks.
 */
#include <linux/fdt.h>
#include <linux/irq.h>
#include <linux/jiffies.h>
#include <linux/math64.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <asm/arch_timer.h>
#include <asm/setup.h>

#define ARCH_TIMER_CTRL_ENABLE		(1 << 0)
#define ARCH_TIMER_CTRL_IT_MASK		(1 << 1)
#define ARCH_TIMER_CTRL_IT_STAT		(1 << 2)

/* The DT node's "interrupts": <secure phys, non-secure phys, virt, hyp>. */
enum { ARCH_TIMER_PHYS_SECURE_PPI, ARCH_TIMER_PHYS_NONSECURE_PPI,
       ARCH_TIMER_VIRT_PPI, ARCH_TIMER_HYP_PPI };

static struct {
	u32 rate;		/* CNTFRQ: counts per second */
	u32 period;		/* CNTFRQ / HZ: counts per tick */
	u32 period_rem;		/* CNTFRQ % HZ: carried into the grid */
	u32 rem_acc;		/* (k * CNTFRQ) % HZ for the next deadline k */
	u64 next;		/* deadline programmed into CNTV_CVAL */
	int irq;
} arch_timer;

unsigned long arch_timer_lost_ticks;

/* CNTV_CTL and CNTV_CVAL (Linux: arch_timer_reg_write_cp15, ARCH_TIMER_VIRT_ACCESS). */
static inline void arch_timer_set_cntv_ctl(u32 ctl)
{
	asm volatile("mcr p15, 0, %0, c14, c3, 1\n\tisb" : : "r"(ctl) : "memory");
}

static inline void arch_timer_set_cntv_cval(u64 cval)
{
	/* isb: the new compare value (and so the dropped interrupt line)
	 * takes effect before the GIC sees our EOI. */
	asm volatile("mcrr p15, 3, %Q0, %R0, c14\n\tisb" : : "r"(cval) : "memory");
}

/* Step arch_timer.next to the next grid point. */
static inline void arch_timer_advance(void)
{
	arch_timer.next += arch_timer.period;
	arch_timer.rem_acc += arch_timer.period_rem;
	if (arch_timer.rem_acc >= HZ) {
		arch_timer.rem_acc -= HZ;
		arch_timer.next++;
	}
}

/*
 * The tick interrupt (Linux: arch_timer_handler_virt + the periodic
 * event handler): re-arm first, then run the tick for every grid point
 * that has passed.
 */
static irqreturn_t arch_timer_handler_virt(int irq, void *dev_id)
{
	u64 now = arch_counter_get_cntvct();
	unsigned int ticks = 0;

	(void)irq;
	(void)dev_id;
	if (now < arch_timer.next)
		return IRQ_NONE;	/* not due: a stale level */
	do {
		arch_timer_advance();
		ticks++;
	} while (arch_timer.next <= now);
	arch_timer_set_cntv_cval(arch_timer.next);
	arch_timer_lost_ticks += ticks - 1;
	while (ticks--)
		tick_handle_periodic();
	return IRQ_HANDLED;
}

/* The INTID of the virtual timer, from the "arm,armv7-timer" node. */
static int arch_timer_find_irq(const void *fdt)
{
	int node = fdt_node_offset_by_compatible(fdt, -1, "arm,armv7-timer");

	if (node < 0)
		node = fdt_node_offset_by_compatible(fdt, -1, "arm,armv8-timer");
	if (node < 0)
		panic("time_init: no arm,armv7-timer node in the device tree");
	return irq_of_parse_and_map(fdt, node, ARCH_TIMER_VIRT_PPI);
}

/*
 * Place the first deadline on the grid: the first point after now, and
 * start jiffies at the index of the last point passed.
 */
static void arch_timer_start_grid(void)
{
	u64 k = arch_counter_get_cntvct() * HZ;
	u64 deadline;

	do_div(k, arch_timer.rate);	/* k = last grid point passed */
	tick_setup_periodic(k);
	deadline = (k + 1) * arch_timer.rate;
	arch_timer.rem_acc = do_div(deadline, HZ);
	arch_timer.next = deadline;
	arch_timer_set_cntv_cval(arch_timer.next);
	arch_timer_set_cntv_ctl(ARCH_TIMER_CTRL_ENABLE);	/* IMASK clear */
}

u32 arch_timer_get_rate(void)
{
	return arch_timer.rate;
}

/* Linux: time_init() -> timer_probe() -> arch_timer_of_init(). */
void time_init(void)
{
	const void *fdt = initial_boot_params;

	arch_timer.rate = arch_timer_get_cntfrq();
	if (arch_timer.rate < HZ)
		panic("time_init: CNTFRQ is %u Hz, below HZ", arch_timer.rate);
	arch_timer.period = arch_timer.rate / HZ;
	arch_timer.period_rem = arch_timer.rate % HZ;
	arch_timer.irq = arch_timer_find_irq(fdt);
	if (arch_timer.irq < 0)
		panic("time_init: the timer node has no virtual timer interrupt");
	arch_timer_set_cntv_ctl(ARCH_TIMER_CTRL_IT_MASK);
	if (request_irq(arch_timer.irq, arch_timer_handler_virt, "arch_timer", NULL))
		panic("time_init: cannot request irq %d", arch_timer.irq);
	arch_timer_start_grid();
	pr_info("arch_timer: cp15 timer running at %u.%02uMHz (virt), irq %d, HZ=%u\n",
		arch_timer.rate / 1000000, arch_timer.rate / 10000 % 100, arch_timer.irq, HZ);
}
