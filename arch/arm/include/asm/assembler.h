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

#endif /* __ASM_ASSEMBLER_H */
