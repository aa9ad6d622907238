/* SPDX-License-Identifier: GPL-2.0 */
/* include/linux/kallsyms.h - address -> function name (Linux: same file). */
#ifndef _LINUX_KALLSYMS_H
#define _LINUX_KALLSYMS_H

#include <linux/types.h>

/*
 * The name of the function containing addr, with the offset into it and
 * its size (distance to the next symbol); NULL if addr is not kernel code.
 */
const char *kallsyms_lookup(unsigned long addr, unsigned long *size,
			    unsigned long *offset);
/* "name+0x10/0x40" into buf, or the bare address. */
int sprint_symbol(char *buf, size_t len, unsigned long addr);

#endif
