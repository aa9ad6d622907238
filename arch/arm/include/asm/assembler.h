/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/assembler.h - helpers for assembly files
 * (Linux: arch/arm/include/asm/assembler.h, include/linux/linkage.h).
 */
#ifndef __ASM_ASSEMBLER_H
#define __ASM_ASSEMBLER_H

#ifndef __ASSEMBLY__
#error "assembler.h is for .S files only"
#endif

#define ENTRY(name)		\
	.globl	name;		\
	.type	name, %function;\
	.align	2;		\
name:

#define ENDPROC(name)		\
	.size	name, . - name

/* Invalidate the instruction cache and branch predictor, and wait. */
	.macro	invalidate_icache, tmp
	mov	\tmp, #0
	mcr	p15, 0, \tmp, c7, c5, 0	@ ICIALLU
	mcr	p15, 0, \tmp, c7, c5, 6	@ BPIALL
	dsb
	isb
	.endm

/* The same, and the whole TLB too (after changing page tables or the MMU). */
	.macro	invalidate_tlb_icache, tmp
	mov	\tmp, #0
	mcr	p15, 0, \tmp, c8, c7, 0	@ TLBIALL
	invalidate_icache \tmp
	.endm

#endif /* __ASM_ASSEMBLER_H */
