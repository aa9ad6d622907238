// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/fault.c - data and prefetch aborts, and page faults.
 * Linux: arch/arm/mm/fault.c + fsr-2level.c + extable.c.
 *
 * User pages are mapped on demand, so most aborts are page faults: a
 * translation fault (nothing mapped yet) or a page permission fault (a
 * write to a page shared copy-on-write) at a user address. do_page_fault
 * finds the VMA, grows the stack if the address is just below it, checks
 * the access against the VMA's permissions and lets handle_mm_fault()
 * (mm/memory.c) map the page; the instruction then runs again. What is
 * left is an error:
 *  - from user mode: the process gets SIGSEGV (it is killed); a fault
 *    that found no memory kills it with SIGKILL (mm/oom_kill.c);
 *  - in the kernel, at an instruction listed in the exception table
 *    (copy_{to,from}_user): resume at its fixup, the syscall gets -EFAULT;
 *  - anywhere else in the kernel: an oops.
 */
#include <linux/mm.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/interrupt.h>
#include <asm/memory.h>
#include <asm/traps.h>

/* Short-descriptor fault status: FS[4] is bit 10, FS[3:0] bits 3:0. */
#define FSR_FS4		(1 << 10)
#define FSR_WRITE	(1 << 11)	/* WnR: the access was a write (DFSR only) */
#define FSR_CM		(1 << 13)	/* a cache maintenance operation: not a write */
#define FSR_LNX_PF	(1U << 31)	/* Linux's marker: an instruction fetch */

/* Linux ARM's own reasons a fault cannot be handled. */
#define VM_FAULT_BADMAP		0x010000	/* no VMA there */
#define VM_FAULT_BADACCESS	0x020000	/* the VMA forbids this access */

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

/* Linux: search_exception_tables(). The entry for pc, or NULL. */
static const struct exception_table_entry *search_exception_tables(unsigned long pc)
{
	for (const struct exception_table_entry *e = __start___ex_table;
	     e < __stop___ex_table; e++)
		if (e->insn == pc)
			return e;
	return NULL;
}

/* Linux: fixup_exception(). */
bool fixup_exception(struct pt_regs *regs)
{
	const struct exception_table_entry *e = search_exception_tables(regs->ARM_pc);

	if (e)
		regs->ARM_pc = e->fixup;
	return e;
}

/*
 * Faults do_page_fault may handle: translation faults, and permission
 * faults on small pages. A section permission fault is a user access
 * to the kernel's memory (Linux: do_sect_fault), never a page fault.
 */
static bool is_page_fault(unsigned int fsr)
{
	unsigned int fs = fsr_fs(fsr);

	return fs == 0x05 || fs == 0x07 || fs == 0x0f;
}

/*
 * Linux: do_page_fault(). 0 if the page is there now (the instruction
 * runs again), else why not. A write needs VM_WRITE, an instruction
 * fetch VM_EXEC, a read any access at all (Linux's rule: a writable or
 * executable page is readable on ARM).
 */
static vm_fault_t do_page_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long vm_flags = VM_ACCESS_FLAGS;
	unsigned int flags = 0;

	if (!mm || addr >= TASK_SIZE)
		return VM_FAULT_BADMAP;
	/* As the code that faulted: entry-armv.S masks them again before returning. */
	if (!(regs->ARM_cpsr & PSR_I_BIT))
		local_irq_enable();
	if (fsr & FSR_LNX_PF) {
		vm_flags = VM_EXEC;
	} else if ((fsr & FSR_WRITE) && !(fsr & FSR_CM)) {
		vm_flags = VM_WRITE;
		flags |= FAULT_FLAG_WRITE;
	}
	vma = find_vma(mm, addr);
	if (!vma || (vma->vm_start > addr && expand_stack(vma, addr)))
		return VM_FAULT_BADMAP;
	if (!(vma->vm_flags & vm_flags))
		return VM_FAULT_BADACCESS;
	return handle_mm_fault(vma, addr, flags);
}

/*
 * A page fault from user mode, or from a uaccess instruction in the
 * kernel (Linux makes the same exception-table check): true if it was
 * handled. A user process whose fault found no memory is killed.
 */
static bool handle_page_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	vm_fault_t fault;

	if (!is_page_fault(fsr) ||
	    (!user_mode(regs) && !search_exception_tables(regs->ARM_pc)))
		return false;
	fault = do_page_fault(addr, fsr, regs);
	if ((fault & VM_FAULT_OOM) && user_mode(regs)) {
		pagefault_out_of_memory();
		return true;
	}
	return !fault;
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
	if (handle_page_fault(addr, fsr, regs))
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
	if (user_mode(regs) && handle_page_fault(addr, ifsr | FSR_LNX_PF, regs))
		return;
	if (user_mode(regs)) {
		user_fault("prefetch abort", addr, ifsr, regs);
		return;
	}
	if (!fixup_exception(regs))
		__do_kernel_fault(addr, ifsr, regs, true);
}
