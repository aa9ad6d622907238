/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/ptrace.h - struct pt_regs: the interrupted state,
 * saved on the kernel stack by every exception entry.
 * Linux: arch/arm/include/uapi/asm/ptrace.h (same 18 words, same order).
 */
#ifndef __ASM_PTRACE_H
#define __ASM_PTRACE_H

#define USR_MODE	0x00000010
#define FIQ_MODE	0x00000011
#define IRQ_MODE	0x00000012
#define SVC_MODE	0x00000013
#define ABT_MODE	0x00000017
#define HYP_MODE	0x0000001a
#define UND_MODE	0x0000001b
#define SYSTEM_MODE	0x0000001f
#define MODE_MASK	0x0000001f
#define PSR_T_BIT	0x00000020
#define PSR_F_BIT	0x00000040
#define PSR_I_BIT	0x00000080
#define PSR_A_BIT	0x00000100

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct pt_regs {
	unsigned long uregs[18];
};

#define ARM_cpsr	uregs[16]
#define ARM_pc		uregs[15]
#define ARM_lr		uregs[14]
#define ARM_sp		uregs[13]
#define ARM_ip		uregs[12]
#define ARM_fp		uregs[11]
#define ARM_r10		uregs[10]
#define ARM_r9		uregs[9]
#define ARM_r8		uregs[8]
#define ARM_r7		uregs[7]
#define ARM_r6		uregs[6]
#define ARM_r5		uregs[5]
#define ARM_r4		uregs[4]
#define ARM_r3		uregs[3]
#define ARM_r2		uregs[2]
#define ARM_r1		uregs[1]
#define ARM_r0		uregs[0]
#define ARM_ORIG_r0	uregs[17]

#define processor_mode(regs)	((regs)->ARM_cpsr & MODE_MASK)
#define user_mode(regs)		(processor_mode(regs) == USR_MODE)
#define thumb_mode(regs)	(((regs)->ARM_cpsr & PSR_T_BIT) != 0)
#define instruction_pointer(regs)	((regs)->ARM_pc)
#endif

#endif /* __ASM_PTRACE_H */
