/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/page.h - whole-page copy and clear, in assembly
 * (arch/arm/lib/copy_page.S). Linux: arch/arm/include/asm/page.h.
 * Both take page-aligned kernel addresses.
 */
#ifndef __ASM_PAGE_H
#define __ASM_PAGE_H

void copy_page(void *to, const void *from);
void clear_page(void *page);

#endif
