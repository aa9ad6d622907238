/* SPDX-License-Identifier: GPL-2.0 */
/* arch/arm/drivers/pl011.h - the console UART driver's interface. */
#ifndef __DRIVERS_PL011_H
#define __DRIVERS_PL011_H

#include <asm/io.h>

void pl011_init(void __iomem *base);

#endif
