/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/traps.h - exception handling entry points and
 * the exception table (Linux: asm/traps.h, asm/extable.h).
 */
#ifndef __ASM_TRAPS_H
#define __ASM_TRAPS_H

#include <linux/list.h>
#include <asm/ptrace.h>

/*
 * An exception table entry: if the instruction at insn faults, resume at
 * fixup instead of oopsing. copy_{to,from}_user's loads and stores have
 * entries, so a bad user pointer turns into -EFAULT.
 */
struct exception_table_entry {
	unsigned long insn, fixup;
};

/*
 * Linux: struct undef_hook. Code that emulates or enables instructions
 * claims the undefined instructions matching (instr & instr_mask) ==
 * instr_val, taken with (cpsr & cpsr_mask) == cpsr_val. A Thumb-2 32-bit
 * instruction is seen as (first halfword << 16) | second. fn returns 0
 * when it handled the instruction: the task resumes at regs->ARM_pc,
 * which do_undefinstr() pointed back at the instruction, so it runs again.
 */
struct undef_hook {
	struct list_head node;
	u32 instr_mask;
	u32 instr_val;
	u32 cpsr_mask;
	u32 cpsr_val;
	int (*fn)(struct pt_regs *regs, u32 instr);
};

void register_undef_hook(struct undef_hook *hook);

void early_trap_init(void);
void die(const char *str, struct pt_regs *regs, int err) __attribute__((noreturn));
void show_regs(struct pt_regs *regs);
void dump_backtrace(unsigned long pc, unsigned long fp, unsigned long sp);
bool fixup_exception(struct pt_regs *regs);

/* Called from entry-armv.S / entry-common.S. */
void do_DataAbort(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
void do_PrefetchAbort(unsigned long addr, unsigned int ifsr, struct pt_regs *regs);
void do_undefinstr(struct pt_regs *regs);
void bad_mode(struct pt_regs *regs, int reason) __attribute__((noreturn));
void do_svc_kernel(struct pt_regs *regs);

/*
 * Self-test hooks: a test may catch one undefined instruction or kernel
 * data abort (or watch an in-kernel svc) instead of oopsing.
 */
extern void (*ktest_trap_hook)(struct pt_regs *regs, int kind);
#define TRAP_UNDEF	1
#define TRAP_DABT	2
#define TRAP_SVC	3

#endif
