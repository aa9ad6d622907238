// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/traps.c - the vector page and its kuser helpers,
 * undefined instructions, the ARM-private system calls, and the oops:
 * what a student sees when the kernel itself crashes.
 * Linux: arch/arm/kernel/traps.c (+ setup.c's cpu_init, stacktrace.c).
 */
#include <linux/errno.h>
#include <linux/kallsyms.h>
#include <linux/mm.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/cacheflush.h>
#include <asm/memory.h>
#include <asm/pgtable.h>
#include <asm/syscall.h>
#include <asm/tlbflush.h>
#include <asm/tls.h>
#include <asm/traps.h>

void (*ktest_trap_hook)(struct pt_regs *regs, int kind);

/* ---- the vector page ---------------------------------------------------- */

extern char __vectors_lma[], __stubs_lma[], __stubs_lma_end[];
extern char __kuser_helper_start[], __kuser_helper_end[];
extern unsigned long swapper_pg_dir_phys;

/* Two pages: the vectors at 0xffff0000, the stubs at 0xffff1000. */
static u8 vectors_page[2 * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));
/* The second-level table for the MiB at 0xfff00000. */
static u32 vectors_pte[256] __attribute__((aligned(1024)));

/*
 * Small-page descriptors: normal write-back memory (TEX=001 C B), global,
 * the access flag set (SCTLR.AFE: asm/pgtable.h). The stubs: AP[2:1]=00,
 * kernel read/write, no user access. The vectors page holds the kuser
 * helpers, so user mode may read and execute it: AP[2:1]=11, read-only
 * for the kernel and for user mode (Linux: MT_HIGH_VECTORS). The kernel
 * writes it only through vectors_page.
 */
#define PTE_KERNEL_TEXT		(PTE_TYPE_SMALL | PTE_BUFFERABLE | PTE_CACHEABLE | \
				 PTE_EXT_AF | PTE_EXT_TEX(1))
#define PTE_USER_RO_TEXT	(PTE_KERNEL_TEXT | PTE_EXT_AP1 | PTE_EXT_APX)
#define PMD_TYPE_TABLE_DESC	0x1

static void map_vectors_page(void)
{
	u32 *pgd = __va(swapper_pg_dir_phys);
	unsigned long va = VECTORS_BASE;
	unsigned int idx = (va >> PAGE_SHIFT) & 0xff;

	vectors_pte[idx] = __pa(vectors_page) | PTE_USER_RO_TEXT;
	vectors_pte[idx + 1] = __pa(vectors_page + PAGE_SIZE) | PTE_KERNEL_TEXT;
	clean_dcache_area(vectors_pte, sizeof(vectors_pte));
	pgd[va >> SECTION_SHIFT] = __pa(vectors_pte) | PMD_TYPE_TABLE_DESC;
	clean_dcache_area(&pgd[va >> SECTION_SHIFT], 4);
	local_flush_tlb_all();
}

/*
 * Each exception mode (IRQ, ABT, UND) has its own banked sp. The stubs only
 * keep three words there (r0, lr, spsr) before moving to SVC mode.
 */
struct stack {
	u32 irq[3];
	u32 abt[3];
	u32 und[3];
};
static struct stack stacks;

static void cpu_init(void)
{
	asm volatile(
		"msr	cpsr_c, %1\n\t"
		"mov	sp, %0\n\t"
		"msr	cpsr_c, %2\n\t"
		"add	sp, %0, #12\n\t"
		"msr	cpsr_c, %3\n\t"
		"add	sp, %0, #24\n\t"
		"msr	cpsr_c, %4"
		: : "r"(&stacks),
		    "I"(PSR_F_BIT | PSR_I_BIT | IRQ_MODE),
		    "I"(PSR_F_BIT | PSR_I_BIT | ABT_MODE),
		    "I"(PSR_F_BIT | PSR_I_BIT | UND_MODE),
		    "I"(PSR_F_BIT | PSR_I_BIT | SVC_MODE)
		: "memory");
}

/* Linux: kuser_init(). The helpers end where the vector page ends. */
static void kuser_init(u8 *vectors)
{
	size_t kuser_sz = __kuser_helper_end - __kuser_helper_start;

	memcpy(vectors + PAGE_SIZE - kuser_sz, __kuser_helper_start, kuser_sz);
}

/*
 * Linux: early_trap_init(). Copy the vectors, the kuser helpers and the
 * stubs into their pages, make the instruction side see them, point the
 * CPU at 0xffff0000.
 */
void early_trap_init(void)
{
	u32 sctlr;

	memcpy(vectors_page, __vectors_lma, __stubs_lma - __vectors_lma);
	kuser_init(vectors_page);
	memcpy(vectors_page + PAGE_SIZE, __stubs_lma, __stubs_lma_end - __stubs_lma);
	map_vectors_page();
	/* Written as data, run as code. */
	flush_icache_range(VECTORS_BASE, VECTORS_BASE + 2 * PAGE_SIZE);
	/* U-Boot leaves VBAR pointing into itself: set it, and use high vectors. */
	asm volatile("mcr p15, 0, %0, c12, c0, 0" : : "r"(VECTORS_BASE));
	asm volatile("mrc p15, 0, %0, c1, c0, 0" : "=r"(sctlr));
	sctlr |= 1 << 13;				/* SCTLR.V: vectors at 0xffff0000 */
	asm volatile("mcr p15, 0, %0, c1, c0, 0\n\tisb" : : "r"(sctlr));
	cpu_init();
}

/* ---- the oops ------------------------------------------------------------ */

static const char *const processor_modes[] = {
	[USR_MODE & 0xf] = "USER_32", [FIQ_MODE & 0xf] = "FIQ_32",
	[IRQ_MODE & 0xf] = "IRQ_32", [SVC_MODE & 0xf] = "SVC_32",
	[ABT_MODE & 0xf] = "ABT_32", [HYP_MODE & 0xf] = "HYP_32",
	[UND_MODE & 0xf] = "UND_32", [SYSTEM_MODE & 0xf] = "SYSTEM_32",
};

static void print_symbol(const char *fmt, unsigned long addr)
{
	char sym[96];

	sprint_symbol(sym, sizeof(sym), addr);
	printk(fmt, sym);
}

void show_regs(struct pt_regs *regs)
{
	unsigned long flags = regs->ARM_cpsr;
	const char *mode = processor_modes[processor_mode(regs) & 0xf];

	print_symbol("PC is at %s\n", regs->ARM_pc);
	print_symbol("LR is at %s\n", regs->ARM_lr);
	printk("pc : [<%08lx>]    lr : [<%08lx>]    psr: %08lx\n",
	       regs->ARM_pc, regs->ARM_lr, flags);
	printk("sp : %08lx  ip : %08lx  fp : %08lx\n",
	       regs->ARM_sp, regs->ARM_ip, regs->ARM_fp);
	printk("r10: %08lx  r9 : %08lx  r8 : %08lx\n",
	       regs->ARM_r10, regs->ARM_r9, regs->ARM_r8);
	printk("r7 : %08lx  r6 : %08lx  r5 : %08lx  r4 : %08lx\n",
	       regs->ARM_r7, regs->ARM_r6, regs->ARM_r5, regs->ARM_r4);
	printk("r3 : %08lx  r2 : %08lx  r1 : %08lx  r0 : %08lx\n",
	       regs->ARM_r3, regs->ARM_r2, regs->ARM_r1, regs->ARM_r0);
	printk("Flags: %c%c%c%c  IRQs %s  FIQs %s  Mode %s  ISA %s\n",
	       flags & (1u << 31) ? 'N' : 'n', flags & (1 << 30) ? 'Z' : 'z',
	       flags & (1 << 29) ? 'C' : 'c', flags & (1 << 28) ? 'V' : 'v',
	       flags & PSR_I_BIT ? "off" : "on", flags & PSR_F_BIT ? "off" : "on",
	       mode ? mode : "???", thumb_mode(regs) ? "Thumb" : "ARM");
}

/*
 * Walk the APCS frame-pointer chain (the kernel is built with
 * -mapcs-frame). Each function's prologue is
 *	mov ip, sp;  push {fp, ip, lr, pc};  sub fp, ip, #4
 * so fp points at the saved pc, and below it are the return address
 * (fp - 4), the caller's sp (fp - 8) and the caller's fp (fp - 12).
 */
void dump_backtrace(unsigned long pc, unsigned long fp, unsigned long sp)
{
	/* LAB backtrace BEGIN
	 * Print "Backtrace:", then one line per frame, innermost first:
	 * "[<pc>] (symbol of pc) from [<return address>] (its symbol)", with
	 * sprint_symbol() and %08lx. The return address is at fp - 4, the
	 * caller's fp at fp - 12; the caller's pc is this return address.
	 * Stop at 32 frames, at an fp outside this kernel stack (the
	 * THREAD_SIZE block around sp) or not word-aligned, or when the
	 * caller's fp does not go up the stack.
	 * STUB:
	 *	(void)pc;
	 *	(void)fp;
	 *	(void)sp;
	 *	printk("Backtrace: (lab backtrace: dump_backtrace() is not written yet)\n");
	 */
	unsigned long low = sp & ~(THREAD_SIZE - 1), high = low + THREAD_SIZE;
	char from[96], to[96];

	printk("Backtrace:\n");
	for (int depth = 0; depth < 32; depth++) {
		unsigned long *frame = (unsigned long *)fp;
		unsigned long ret, next;

		if (fp < low + 12 || fp >= high || (fp & 3))
			break;
		ret = frame[-1];		/* where this function returns to */
		next = frame[-3];		/* the caller's fp */
		sprint_symbol(from, sizeof(from), pc);
		sprint_symbol(to, sizeof(to), ret);
		printk("[<%08lx>] (%s) from [<%08lx>] (%s)\n", pc, from, ret, to);
		if (next <= fp)
			break;			/* frames only go up the stack */
		pc = ret;
		fp = next;
	}
	/* LAB backtrace END */
}

static int die_counter;

/* Linux: die(). Print everything, then the kernel cannot go on. */
void die(const char *str, struct pt_regs *regs, int err)
{
	struct task_struct *tsk = current;

	bust_spinlocks(1);
	printk("Internal error: %s: %x [#%d] ARM\n", str, err, ++die_counter);
	printk("CPU: 0 PID: %d Comm: %s Tainted: G    D   Tern\n",
	       tsk ? tsk->pid : 0, tsk ? tsk->comm : "swapper");
	show_regs(regs);
	dump_backtrace(regs->ARM_pc, regs->ARM_fp, regs->ARM_sp);
	printk("---[ end trace 0000000000000000 ]---\n");
	panic("Fatal exception");
}

/* ---- undefined instructions ----------------------------------------------- */

static LIST_HEAD(undef_hook);
static DEFINE_SPINLOCK(undef_lock);

void register_undef_hook(struct undef_hook *hook)
{
	unsigned long flags;

	spin_lock_irqsave(&undef_lock, flags);
	list_add(&hook->node, &undef_hook);
	spin_unlock_irqrestore(&undef_lock, flags);
}

/* Linux: call_undef_hook(). 1 if no hook took the instruction. */
static int call_undef_hook(struct pt_regs *regs, u32 instr)
{
	int (*fn)(struct pt_regs *regs, u32 instr) = NULL;
	struct undef_hook *hook;
	unsigned long flags;

	spin_lock_irqsave(&undef_lock, flags);
	list_for_each_entry(hook, &undef_hook, node)
		if ((instr & hook->instr_mask) == hook->instr_val &&
		    (regs->ARM_cpsr & hook->cpsr_mask) == hook->cpsr_val)
			fn = hook->fn;
	spin_unlock_irqrestore(&undef_lock, flags);
	return fn ? fn(regs, instr) : 1;
}

/* One halfword of the code at addr, user's or kernel's; 0 if it could be read. */
static int read_insn16(const struct pt_regs *regs, unsigned long addr, u16 *val)
{
	if (user_mode(regs))
		return copy_from_user(val, (const void __user *)addr, 2) ? -EFAULT : 0;
	return copy_from_kernel_nofault(val, (const void *)addr, 2);
}

/* The instruction at regs->ARM_pc, Thumb-2 32-bit ones as two halfwords. */
static int read_undef_instr(const struct pt_regs *regs, u32 *instr)
{
	unsigned long pc = regs->ARM_pc;
	u16 lo, hi;

	if (thumb_mode(regs)) {
		if (read_insn16(regs, pc, &hi))
			return -EFAULT;
		*instr = hi;
		if (hi < 0xe800)		/* a 16-bit instruction */
			return 0;
		if (read_insn16(regs, pc + 2, &lo))
			return -EFAULT;
		*instr = (u32)hi << 16 | lo;
		return 0;
	}
	if (read_insn16(regs, pc, &lo) || read_insn16(regs, pc + 2, &hi))
		return -EFAULT;
	*instr = (u32)hi << 16 | lo;
	return 0;
}

/*
 * An undefined instruction. lr_und pointed 4 (ARM) or 2 (Thumb) bytes
 * past it: step back so regs->ARM_pc is the instruction itself. A hook
 * may claim it (the VFP's, when the unit is off for this task: vfpmodule.c);
 * otherwise a user task gets SIGILL and the kernel oopses.
 */
void do_undefinstr(struct pt_regs *regs)
{
	u32 instr;

	regs->ARM_pc -= thumb_mode(regs) ? 2 : 4;
	if (ktest_trap_hook && !user_mode(regs)) {
		ktest_trap_hook(regs, TRAP_UNDEF);
		return;
	}
	if (!read_undef_instr(regs, &instr) && !call_undef_hook(regs, instr))
		return;
	if (user_mode(regs)) {
		printk("%s[%d]: undefined instruction: pc=%08lx\n",
		       current->comm, current->pid, regs->ARM_pc);
		force_sig_fault(SIGILL);
		return;
	}
	die("Oops - undefined instruction", regs, 0);
}

/* ---- the ARM-private system calls ----------------------------------------- */

/*
 * Linux: do_cache_op(). The cacheflush call: a JIT or a dynamic linker
 * wrote instructions into [start, end) and asks that the CPU may now run
 * them. Each page must be in a VMA: at the first that is not, -EFAULT,
 * as Linux's flush faults there. A page not touched yet has nothing in
 * any cache; a present one is flushed through the kernel's alias
 * (ICIALLU covers every alias).
 */
static long do_cache_op(unsigned long start, unsigned long end, int flags)
{
	if (end < start || flags)
		return -EINVAL;
	if (!access_ok((void __user *)start, end - start))
		return -EFAULT;
	while (start < end) {
		struct vm_area_struct *vma = find_vma(current->mm, start);
		unsigned long next = (start & PAGE_MASK) + PAGE_SIZE;
		struct page *page;

		if (!vma || vma->vm_start > start)
			return -EFAULT;
		if (next > end)
			next = end;
		page = follow_page(vma, start);
		if (page) {
			unsigned long kaddr = (unsigned long)page_address(page) + (start & ~PAGE_MASK);

			flush_icache_range(kaddr, kaddr + (next - start));
		}
		start = next;
	}
	return 0;
}

/*
 * Linux: arm_syscall(). vector_swi sends here every number from
 * __ARM_NR_BASE (0xf0000) up, with no = the number and regs = the caller's
 * registers. As in Linux, an unknown number in 0xf0000-0xf07ff returns
 * -ENOSYS; anything else above the table is not a system call at all:
 * SIGILL.
 */
long arm_syscall(int no, struct pt_regs *regs)
{
	if ((no >> 16) == (__ARM_NR_BASE >> 16)) {
		switch (no) {
		case __ARM_NR_cacheflush:
			return do_cache_op(regs->ARM_r0, regs->ARM_r1, regs->ARM_r2);
		case __ARM_NR_set_tls:
			set_tls(regs->ARM_r0);
			return 0;
		case __ARM_NR_get_tls:
			return current->thread_info.tp_value[0];
		}
		if ((no & 0xffff) <= 0x7ff)
			return sys_ni_syscall();
	}
	printk("%s[%d]: bad syscall 0x%x at pc=%08lx\n",
	       current->comm, current->pid, no, regs->ARM_pc);
	force_sig_fault(SIGILL);
	return regs->ARM_r0;
}

static const char *const arm_private_names[] = {
	[__ARM_NR_breakpoint - __ARM_NR_BASE] = "breakpoint",
	[__ARM_NR_cacheflush - __ARM_NR_BASE] = "cacheflush",
	[__ARM_NR_usr26 - __ARM_NR_BASE] = "usr26",
	[__ARM_NR_usr32 - __ARM_NR_BASE] = "usr32",
	[__ARM_NR_set_tls - __ARM_NR_BASE] = "set_tls",
	[__ARM_NR_get_tls - __ARM_NR_BASE] = "get_tls",
};

const char *syscall_name(unsigned int nr)
{
	switch (nr) {		/* Tern's own calls, past Linux's (asm/unistd.h) */
	case __NR_trace:	return "trace";
	case __NR_pgaccess:	return "pgaccess";
	}
	if (nr < NR_syscalls)
		return syscall_names[nr];
	if (nr - __ARM_NR_BASE < ARRAY_SIZE(arm_private_names))
		return arm_private_names[nr - __ARM_NR_BASE];
	return NULL;
}

void do_svc_kernel(struct pt_regs *regs)
{
	if (ktest_trap_hook)
		ktest_trap_hook(regs, TRAP_SVC);
	else
		printk("svc from kernel mode at %08lx ignored\n", regs->ARM_pc);
}

static const char *const handler[] = { "interrupt", "data abort", "prefetch abort",
				       "undefined instruction" };

void bad_mode(struct pt_regs *regs, int reason)
{
	printk("Bad mode in %s handler detected\n", handler[reason]);
	die("Oops - bad mode", regs, 0);
}
