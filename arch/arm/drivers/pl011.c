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
 */
#include <linux/console.h>
#include <asm/io.h>
#include <asm/memory.h>
#include "pl011.h"

#define UART01x_DR	0x00
#define UART01x_FR	0x18
#define UART01x_FR_TXFF	(1 << 5)
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
