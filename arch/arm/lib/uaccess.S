/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/lib/uaccess.S - the only code that touches user memory.
 * Linux: arch/arm/lib/copy_from_user.S, copy_to_user.S (much simplified:
 * a byte at a time).
 *
 * ldrbt/strbt access memory with user permissions, so even a kernel
 * address that slipped past access_ok() would fault. Each of them is
 * listed in __ex_table: on a fault, do_DataAbort() resumes at the fixup,
 * which returns how many bytes were left.
 */
#include <asm/assembler.h>

	.macro	uaccess_insn, insn, fixup
9999:	\insn
	.pushsection __ex_table, "a"
	.align	2
	.long	9999b, \fixup
	.popsection
	.endm

/* __copy_from_user(to = r0, from = r1 (user), n = r2): r0 = bytes not copied */
ENTRY(__copy_from_user)
	cmp	r2, #0
	beq	2f
1:	uaccess_insn "ldrbt r3, [r1], #1", 3f	@ r3 = next user byte
	strb	r3, [r0], #1
	subs	r2, r2, #1			@ r2 = bytes left
	bne	1b
2:	mov	r0, #0				@ all copied
	mov	pc, lr
3:	mov	r0, r2				@ fault: r2 bytes were not copied
	mov	pc, lr
ENDPROC(__copy_from_user)

/* __copy_to_user(to = r0 (user), from = r1, n = r2): r0 = bytes not copied */
ENTRY(__copy_to_user)
	cmp	r2, #0
	beq	2f
1:	ldrb	r3, [r1], #1			@ r3 = next kernel byte
	uaccess_insn "strbt r3, [r0], #1", 3f
	subs	r2, r2, #1			@ r2 = bytes left
	bne	1b
2:	mov	r0, #0
	mov	pc, lr
3:	mov	r0, r2
	mov	pc, lr
ENDPROC(__copy_to_user)
