// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/drivers/pl011.c - the ARM PL011 UART as Tern's console.
 * Linux: drivers/tty/serial/amba-pl011.c (and earlycon).
 *
 * Until setup_arch() has read the DTB, the console uses the UART at
 * CONFIG_DEBUG_UART_PHYS through the section head.S mapped at IO_VIRT_BASE
 * (Linux: DEBUG_LL / earlycon). pl011_init() then switches to the address
 * the DTB gives, and programs the UART properly: QEMU transmits without
 * it, real hardware does not.
 *
 * Receiving: console_init() (after init_IRQ) finds the UART's interrupt in
 * the DTB and unmasks the receive and receive-timeout interrupts; the
 * handler drains the receive FIFO into a 256-byte ring that
 * console_read() empties without blocking (Linux: pl011_int ->
 * pl011_fifo_to_tty -> the tty flip buffer). When the ring is full the
 * driver stops receiving while someone reads (the bytes wait in the UART:
 * Linux's throttle), and drops and counts them when nobody does.
 * docs/exceptions.md section 6 follows a byte from the wire to read().
 */
#include <linux/console.h>
#include <linux/fdt.h>
#include <linux/irq.h>
#include <linux/jiffies.h>
#include <linux/printk.h>
#include <asm/io.h>
#include <asm/memory.h>
#include <asm/setup.h>
#include "pl011.h"

#define UART01x_DR	0x00
#define UART01x_FR	0x18
#define UART01x_FR_TXFF	(1 << 5)
#define UART01x_FR_RXFE	(1 << 4)
#define UART011_DR_ERR	0xf00	/* overrun, break, parity, framing */
#define UART011_IBRD	0x24
#define UART011_FBRD	0x28
#define UART011_LCRH	0x2c
#define UART011_LCRH_WLEN_8	(3 << 5)
#define UART011_LCRH_FEN	(1 << 4)
#define UART011_CR	0x30
#define UART011_CR_UARTEN	(1 << 0)
#define UART011_CR_TXE	(1 << 8)
#define UART011_CR_RXE	(1 << 9)
#define UART011_IMSC	0x38
#define UART011_RXIM	(1 << 4)	/* receive FIFO at its trigger level */
#define UART011_RTIM	(1 << 6)	/* receive timeout: data below the trigger */
#define UART011_MIS	0x40
#define UART011_ICR	0x44

static void __iomem *uart_base =
	(void __iomem *)(IO_VIRT_BASE + (CONFIG_DEBUG_UART_PHYS & (SECTION_SIZE - 1)));

static void pl011_putc(char c)
{
	while (readl_relaxed(uart_base + UART01x_FR) & UART01x_FR_TXFF)
		;
	writel_relaxed(c, uart_base + UART01x_DR);
}

void console_write(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\n')
			pl011_putc('\r');
		pl011_putc(s[i]);
	}
}

/* 115200 8N1 from a 24 MHz reference clock, FIFOs on, interrupts masked. */
void pl011_init(void __iomem *base)
{
	uart_base = base;
	writel(0, base + UART011_CR);
	writel(0, base + UART011_IMSC);
	writel(0x7ff, base + UART011_ICR);
	writel(13, base + UART011_IBRD);	/* 24e6 / (16 * 115200) = 13.02 */
	writel(1, base + UART011_FBRD);
	writel(UART011_LCRH_WLEN_8 | UART011_LCRH_FEN, base + UART011_LCRH);
	writel(UART011_CR_UARTEN | UART011_CR_TXE | UART011_CR_RXE, base + UART011_CR);
}

/* --- receiving ------------------------------------------------------------ */

#define RX_HOLD		HZ	/* a reader this recent makes us hold input */

/*
 * head and tail count bytes ever put in and taken out: pl011_fifo_to_ring()
 * moves head (from the interrupt, or from console_read() while throttled),
 * console_read() moves tail. Every access is made with IRQs off.
 */
static struct {
	char buf[CONSOLE_RX_RING_SIZE];
	unsigned int head, tail;
	bool throttled;			/* ring full: RX masked, bytes left in the FIFO */
	unsigned long hold_until;	/* jiffies: hold, not drop, input until then */
	unsigned long overrun_quiet;	/* jiffies: no overrun message until then */
	unsigned long num_overrun;	/* bytes dropped since the last message */
} rx_ring;

unsigned long console_rx_count;
unsigned long console_rx_dropped;
void (*console_rx_notify)(void);

static bool rx_ring_full(void)
{
	return rx_ring.head - rx_ring.tail == CONSOLE_RX_RING_SIZE;
}

/*
 * Count a lost byte; say so at most once a second (Linux:
 * n_tty_receive_overrun, "ttyAMA0: N input overrun(s)").
 */
static void pl011_rx_overrun(void)
{
	console_rx_dropped++;
	rx_ring.num_overrun++;
	if (time_after_eq(jiffies, rx_ring.overrun_quiet)) {
		pr_warn("ttyAMA0: %lu input overrun(s)\n", rx_ring.num_overrun);
		rx_ring.overrun_quiet = jiffies + HZ;
		rx_ring.num_overrun = 0;
	}
}

/* Stop and restart receiving: mask and unmask the receive interrupts. */
static void pl011_throttle_rx(void)
{
	rx_ring.throttled = true;
	writel_relaxed(0, uart_base + UART011_IMSC);
}

static void pl011_unthrottle_rx(void)
{
	rx_ring.throttled = false;
	writel_relaxed(UART011_RXIM | UART011_RTIM, uart_base + UART011_IMSC);
}

/*
 * Move the receive FIFO into the ring (Linux: pl011_fifo_to_tty) until
 * the FIFO is empty or the ring is full. A full ring with bytes still in
 * the FIFO: if someone has read within RX_HOLD, stop receiving and leave
 * them there (the reader empties the FIFO itself, console_read()); else
 * nobody reads, and they are dropped. Returns the bytes taken out.
 */
static unsigned int pl011_fifo_to_ring(void)
{
	unsigned int received = 0;

	while (!(readl_relaxed(uart_base + UART01x_FR) & UART01x_FR_RXFE)) {
		u32 ch;

		if (rx_ring_full() && time_before(jiffies, rx_ring.hold_until)) {
			pl011_throttle_rx();
			break;
		}
		ch = readl_relaxed(uart_base + UART01x_DR);
		received++;
		if ((ch & UART011_DR_ERR) || rx_ring_full()) {
			pl011_rx_overrun();
			continue;
		}
		rx_ring.buf[rx_ring.head++ % CONSOLE_RX_RING_SIZE] = ch & 0xff;
		console_rx_count++;
	}
	return received;
}

/*
 * The receive interrupt. Clear it first, then empty the FIFO: QEMU raises
 * RX only when its FIFO count goes from 0 to 1 (the trigger level; its
 * pl011 has no receive timeout), so a byte that arrives during the drain
 * must find the interrupt already cleared, or it is never raised again.
 */
static irqreturn_t pl011_int(int irq, void *dev_id)
{
	(void)irq;
	(void)dev_id;
	if (!(readl_relaxed(uart_base + UART011_MIS) & (UART011_RXIM | UART011_RTIM)))
		return IRQ_NONE;
	writel_relaxed(UART011_RXIM | UART011_RTIM, uart_base + UART011_ICR);
	if (pl011_fifo_to_ring() && console_rx_notify)
		console_rx_notify();
	return IRQ_HANDLED;
}

int console_read(char *buf, size_t len)
{
	unsigned long flags = local_irq_save();
	size_t n = 0;

	while (n < len && rx_ring.tail != rx_ring.head)
		buf[n++] = rx_ring.buf[rx_ring.tail++ % CONSOLE_RX_RING_SIZE];
	rx_ring.hold_until = jiffies + RX_HOLD;
	/* Throttled: refill the ring from the FIFO; room left, unmask. */
	if (rx_ring.throttled) {
		pl011_fifo_to_ring();
		if (!rx_ring_full())
			pl011_unthrottle_rx();
	}
	local_irq_restore(flags);
	return n;
}

/*
 * Linux: console_init() runs the console drivers' init calls after
 * init_IRQ(); Tern has one console, so this is the PL011's: take its
 * interrupt and start receiving.
 */
void console_init(void)
{
	const void *fdt = initial_boot_params;
	int node = fdt_node_offset_by_compatible(fdt, -1, "arm,pl011");
	int irq = node < 0 ? -1 : irq_of_parse_and_map(fdt, node, 0);

	if (irq < 0 || request_irq(irq, pl011_int, "uart-pl011", NULL)) {
		pr_warn("console: no receive interrupt for the pl011: input disabled\n");
		return;
	}
	/* Nobody has read: drop what the ring cannot hold, and say so. */
	rx_ring.hold_until = rx_ring.overrun_quiet = jiffies;
	/*
	 * Keep what arrived before, then read DR once more even if empty:
	 * QEMU 7.2 stops passing input on after pl011_init()'s FIFO flush
	 * (the LCRH write) until the CPU reads DR.
	 */
	pl011_fifo_to_ring();
	(void)readl_relaxed(uart_base + UART01x_DR);
	pl011_unthrottle_rx();
	pr_info("console: pl011 receiving on irq %d\n", irq);
}
