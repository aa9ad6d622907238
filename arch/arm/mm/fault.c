// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/fault.c - data and prefetch aborts.
 * Linux: arch/arm/mm/fault.c + fsr-2level.c + extable.c.
 *
 * Tern maps everything a process owns up front (no demand paging), so an
 * abort is always an error:
 *  - from user mode: the process gets SIGSEGV (it is killed);
 *  - in the kernel, at an instruction listed in the exception table
 *    (copy_{to,from}_user): resume at its fixup, the syscall gets -EFAULT;
 *  - anywhere else in the kernel: an oops.
 */
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <asm/memory.h>
#include <asm/traps.h>

/* Short-descriptor fault status: FS[4] is bit 10, FS[3:0] bits 3:0. */
#define FSR_FS4		(1 << 10)
#define FSR_WRITE	(1 << 11)	/* WnR: the access was a write (DFSR only) */

static unsigned int fsr_fs(unsigned int fsr)
{
	return (fsr & 0xf) | ((fsr & FSR_FS4) >> 6);
}

/* What each fault status means (ARM ARM B3.13.3, short descriptors). */
static const char *fsr_name(unsigned int fsr)
{
	switch (fsr_fs(fsr)) {
	case 0x01: return "alignment fault";
	case 0x02: return "debug event";
	case 0x03: return "section access flag fault";
	case 0x04: return "instruction cache maintenance fault";
	case 0x05: return "section translation fault";
	case 0x06: return "page access flag fault";
	case 0x07: return "page translation fault";
	case 0x08: return "synchronous external abort";
	case 0x09: return "section domain fault";
	case 0x0b: return "page domain fault";
	case 0x0c: return "external abort on first-level table walk";
	case 0x0d: return "section permission fault";
	case 0x0e: return "external abort on second-level table walk";
	case 0x0f: return "page permission fault";
	default:   return "unknown fault";
	}
}

extern const struct exception_table_entry __start___ex_table[], __stop___ex_table[];

/* Linux: fixup_exception(). */
bool fixup_exception(struct pt_regs *regs)
{
	for (const struct exception_table_entry *e = __start___ex_table;
	     e < __stop___ex_table; e++) {
		if (e->insn == regs->ARM_pc) {
			regs->ARM_pc = e->fixup;
			return true;
		}
	}
	return false;
}

/* A user process touched what it must not: tell the console, kill it. */
static void user_fault(const char *what, unsigned long addr, unsigned int fsr,
		       struct pt_regs *regs)
{
	printk("%s[%d]: unhandled %s (11) at 0x%08lx, code 0x%03x\n",
	       current->comm, current->pid, what, addr, fsr);
	printk("%s[%d]: %s, %s, pc=%08lx\n", current->comm, current->pid,
	       fsr_name(fsr), fsr & FSR_WRITE ? "write" : "read", regs->ARM_pc);
	force_sig_fault(SIGSEGV);
}

/* Linux: __do_kernel_fault(). The kernel itself faulted: oops. */
static void __do_kernel_fault(unsigned long addr, unsigned int fsr,
			      struct pt_regs *regs, bool instruction)
{
	printk("8<--- cut here ---\n");
	printk("Unable to handle kernel %s at virtual address %08lx\n",
	       addr < PAGE_SIZE ? "NULL pointer dereference" : "paging request", addr);
	printk("[%08lx] fsr 0x%03x: %s, %s\n", addr, fsr, fsr_name(fsr),
	       instruction ? "instruction fetch" : fsr & FSR_WRITE ? "write" : "read");
	die("Oops", regs, fsr);
}

void do_DataAbort(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	if (user_mode(regs)) {
		user_fault("page fault", addr, fsr, regs);
		return;
	}
	if (fixup_exception(regs))
		return;			/* a uaccess fault: the copy returns short */
	if (ktest_trap_hook) {
		ktest_trap_hook(regs, TRAP_DABT);
		return;
	}
	__do_kernel_fault(addr, fsr, regs, false);
}

void do_PrefetchAbort(unsigned long addr, unsigned int ifsr, struct pt_regs *regs)
{
	if (user_mode(regs)) {
		user_fault("prefetch abort", addr, ifsr, regs);
		return;
	}
	if (!fixup_exception(regs))
		__do_kernel_fault(addr, ifsr, regs, true);
}
