// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/asm-offsets.c - structure offsets for assembly code.
 * Linux: arch/arm/kernel/asm-offsets.c. Never linked: the build compiles it
 * to assembly, and tools/gen-asm-offsets.sh turns each "->NAME value"
 * marker into a #define in include/generated/asm-offsets.h, so entry-*.S
 * can never disagree with the C structures.
 */
#include <linux/sched.h>
#include <asm/ptrace.h>

#define DEFINE(sym, val) \
	asm volatile("\n.ascii \"->" #sym " %0\"" : : "i" (val))
#define OFFSET(sym, str, mem)	DEFINE(sym, __builtin_offsetof(struct str, mem))

int main(void);
int main(void)
{
	OFFSET(TI_FLAGS, thread_info, flags);
	OFFSET(TI_PREEMPT, thread_info, preempt_count);
	OFFSET(TI_CPU_SAVE, thread_info, cpu_context);
	OFFSET(TI_TP_VALUE, thread_info, tp_value);

	OFFSET(S_R0, pt_regs, ARM_r0);
	OFFSET(S_SP, pt_regs, ARM_sp);
	OFFSET(S_LR, pt_regs, ARM_lr);
	OFFSET(S_PC, pt_regs, ARM_pc);
	OFFSET(S_PSR, pt_regs, ARM_cpsr);
	OFFSET(S_OLD_R0, pt_regs, ARM_ORIG_r0);
	DEFINE(PT_REGS_SIZE, sizeof(struct pt_regs));
	return 0;
}
