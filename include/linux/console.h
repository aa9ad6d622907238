/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/console.h - where printk's text goes (Linux: same file,
 * much reduced: one console, the PL011 in arch/arm/drivers/pl011.c).
 */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#include <linux/types.h>

void console_write(const char *s, size_t len);

/* Start receiving: after init_IRQ() (Linux: console_init in start_kernel). */
void console_init(void);
/*
 * Copy up to len received bytes into buf without waiting; returns how many
 * (0 if none). For read() on the console. A call, even for 0 bytes, tells
 * the driver someone reads: for the next second, input the ring cannot
 * hold waits in the UART instead of being dropped.
 */
int console_read(char *buf, size_t len);

/* What the receive ring holds (a power of two; Linux: N_TTY_BUF_SIZE). */
#define CONSOLE_RX_RING_SIZE	256
/*
 * Bytes put in the ring so far, bytes lost (ring full with nobody
 * reading, or received with an error flag), and a hook the receive
 * interrupt calls (a reader to wake).
 */
extern unsigned long console_rx_count;
extern unsigned long console_rx_dropped;
extern void (*console_rx_notify)(void);

#endif
