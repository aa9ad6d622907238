/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/lib/copy_page.S - copy or clear one 4 KiB page, 64 bytes per
 * loop: two ldm/stm pairs of eight registers. Linux: arch/arm/lib/
 * copy_page.S (copy_page) and arch/arm/mm/copypage-v4wb.c (the stmia
 * loop of v4wb_clear_user_highpage), without the preloads.
 *
 * Copying takes 6 instructions per 64 bytes (3 per 32), clearing 4; the
 * C memcpy of lib/string.c takes about 12 per 16.
 */
#include <asm/assembler.h>
#include <asm/memory.h>

/* copy_page(to = r0, from = r1): both page-aligned. */
ENTRY(copy_page)
	stmfd	sp!, {r4 - r10, lr}
	mov	r2, #PAGE_SIZE / 64		@ r2 = 64-byte blocks left
1:	ldmia	r1!, {r3 - r10}			@ r3-r10 = 32 bytes of from
	stmia	r0!, {r3 - r10}
	ldmia	r1!, {r3 - r10}			@ and the next 32
	stmia	r0!, {r3 - r10}
	subs	r2, r2, #1
	bne	1b
	ldmfd	sp!, {r4 - r10, pc}
ENDPROC(copy_page)

/* clear_page(page = r0): page-aligned. */
ENTRY(clear_page)
	stmfd	sp!, {r4 - r8, lr}
	mov	r1, #PAGE_SIZE / 64		@ r1 = 64-byte blocks left
	mov	r2, #0				@ r2-r8, lr = eight zero words
	mov	r3, #0
	mov	r4, #0
	mov	r5, #0
	mov	r6, #0
	mov	r7, #0
	mov	r8, #0
	mov	lr, #0
1:	stmia	r0!, {r2 - r8, lr}
	stmia	r0!, {r2 - r8, lr}
	subs	r1, r1, #1
	bne	1b
	ldmfd	sp!, {r4 - r8, pc}
ENDPROC(clear_page)
