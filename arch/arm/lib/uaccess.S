/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/lib/uaccess.S - the only code that touches user memory, and
 * the copies that may touch memory that is not there.
 * Linux: arch/arm/lib/copy_from_user.S, copy_to_user.S (much simplified:
 * a byte at a time), mm/maccess.c.
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

/*
 * copy_bytes: copy r2 bytes from r1 to r0, a byte at a time, with \load
 * and \store; r0 = the bytes not copied. Only the access named by
 * \fault ("load" or "store") is in __ex_table: a fault anywhere else is
 * a kernel bug and must oops.
 */
	.macro	copy_bytes, load, store, fault
	cmp	r2, #0
	beq	2f
	.ifc	\fault, load
1:	uaccess_insn "\load r3, [r1], #1", 3f	@ r3 = next byte
	\store	r3, [r0], #1
	.else
1:	\load	r3, [r1], #1			@ r3 = next byte
	uaccess_insn "\store r3, [r0], #1", 3f
	.endif
	subs	r2, r2, #1			@ r2 = bytes left
	bne	1b
2:	mov	r0, #0				@ all copied
	mov	pc, lr
3:	mov	r0, r2				@ fault: r2 bytes were not copied
	mov	pc, lr
	.endm

/* __copy_from_user(to = r0, from = r1 (user), n = r2) */
ENTRY(__copy_from_user)
	copy_bytes ldrbt, strb, load
ENDPROC(__copy_from_user)

/* __copy_to_user(to = r0 (user), from = r1, n = r2) */
ENTRY(__copy_to_user)
	copy_bytes ldrb, strbt, store
ENDPROC(__copy_to_user)

/*
 * The same for kernel memory that may not be there (Linux:
 * copy_{from,to}_kernel_nofault in mm/maccess.c): plain ldrb/strb, with
 * kernel permissions. paging_init() probes RAM with them.
 */
ENTRY(__copy_from_kernel_nofault)
	copy_bytes ldrb, strb, load
ENDPROC(__copy_from_kernel_nofault)

ENTRY(__copy_to_kernel_nofault)
	copy_bytes ldrb, strb, store
ENDPROC(__copy_to_kernel_nofault)
