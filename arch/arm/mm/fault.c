// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/fault.c - data and prefetch aborts.
 * Linux: arch/arm/mm/fault.c + fsr-2level.c + extable.c.
 *
 * Tern maps everything a process owns up front (no demand paging), so an
 * abort is an error, except an access flag fault (see mm/memory.c):
 *  - from user mode: the process gets SIGSEGV (it is killed);
 *  - in the kernel, at an instruction listed in the exception table
 *    (copy_{to,from}_user): resume at its fixup, the syscall gets -EFAULT;
 *  - anywhere else in the kernel: an oops.
 */
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <asm/memory.h>
#include <asm/traps.h>
#include "fault.h"

/*
 * What each fault status means (ARM ARM B3.13.3, short descriptors; the
 * codes not listed there are reserved).
 */
const char *fsr_name(unsigned int fsr)
{
	/* LAB fault BEGIN
	 * Decode the 5-bit status (fsr_fs) and name it as the ARM ARM's
	 * table of short-descriptor FSR encodings does, in lower case:
	 * "section translation fault", "page permission fault", ... and
	 * "unknown fault" for a reserved code. docs/labs/fault.md lists the
	 * names the checks expect.
	 * STUB:
	 *	(void)fsr;
	 *	return "unknown fault";
	 */
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
	case 0x10: return "TLB conflict abort";
	case 0x14: return "lockdown abort";
	case 0x16: return "asynchronous external abort";
	case 0x18: return "asynchronous parity error";
	case 0x19: return "synchronous parity error";
	case 0x1a: return "coprocessor abort";
	case 0x1c: return "parity error on first-level table walk";
	case 0x1e: return "parity error on second-level table walk";
	default:   return "unknown fault";
	}
	/* LAB fault END */
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
	/* LAB fault BEGIN
	 * Print Linux's three lines ("8<--- cut here ---", "Unable to handle
	 * kernel NULL pointer dereference|paging request at virtual address
	 * %08lx", "[%08lx] fsr 0x%03x: <fsr_name>, read|write|instruction
	 * fetch"), then die("Oops", regs, fsr).
	 * STUB:
	 *	(void)addr;
	 *	(void)instruction;
	 *	die("Oops", regs, fsr);
	 */
	printk("8<--- cut here ---\n");
	printk("Unable to handle kernel %s at virtual address %08lx\n",
	       addr < PAGE_SIZE ? "NULL pointer dereference" : "paging request", addr);
	printk("[%08lx] fsr 0x%03x: %s, %s\n", addr, fsr, fsr_name(fsr),
	       instruction ? "instruction fetch" : fsr & FSR_WRITE ? "write" : "read");
	die("Oops", regs, fsr);
	/* LAB fault END */
}

/*
 * The first touch of a page since pgaccess() cleared its access flag, by
 * the user or by a uaccess routine on its behalf: set the flag, retry.
 */
static bool access_flag_fault(unsigned long addr, unsigned int fsr)
{
	return fsr_fs(fsr) == FS_ACCESS_FLAG_PAGE &&
	       handle_access_flag_fault(current->mm, addr);
}

void do_DataAbort(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	if (access_flag_fault(addr, fsr))
		return;
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
	if (access_flag_fault(addr, ifsr))
		return;
	if (user_mode(regs)) {
		user_fault("prefetch abort", addr, ifsr, regs);
		return;
	}
	if (!fixup_exception(regs))
		__do_kernel_fault(addr, ifsr, regs, true);
}
