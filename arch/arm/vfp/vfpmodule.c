// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/vfp/vfpmodule.c - the VFP/NEON unit for user tasks: turn it
 * on, tell user space what it has, and give each task its own registers.
 * Linux: arch/arm/vfp/vfpmodule.c (vfp_init, vfp_support_entry,
 * vfp_notifier, vfp_sync_hwstate), for one CPU.
 *
 * Lazy switching, as Linux does. A switch only turns the unit off
 * (FPEXC.EN = 0, in __switch_to); the registers stay as they are, and
 * vfp_current_hw_state remembers whose they are. When a task next runs a
 * VFP or NEON instruction it is undefined; the undef hook below saves the
 * owner's 32 double registers and FPSCR into the owner's thread_info,
 * loads this task's, turns the unit on and runs the instruction again.
 *
 * Why lazy and not eager (saving and loading at every switch): on Tern
 * most switches are between tasks that never touch the unit: the kernel
 * threads, the idle task, and every newlib program (built soft-float).
 * Lazily, such a switch costs a read of FPEXC and a branch; eagerly it
 * would move 264 bytes out and 264 in. A glibc (hard-float) program pays
 * a trap on its first VFP instruction after another VFP user ran, and
 * nothing when it ran alone. Figures: docs/linux-abi.md.
 *
 * The unit never traps on arithmetic: Cortex-A15's VFPv4 has no trapped
 * exceptions (FPEXC.EX never sets), so Linux's "bounce" emulation of
 * exceptional operations is not needed.
 */
#include <linux/interrupt.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <asm/hwcap.h>
#include <asm/traps.h>
#include <asm/vfp.h>

#define CPACR_CP10_CP11_FULL	(0xf << 20)	/* cp10, cp11: PL0 and PL1 access */
#define FPSID_ARCH(fpsid)	(((fpsid) >> 16) & 0x7f)
#define MVFR0_A_SIMD_MASK	0xf		/* 1: d0-d15, 2: d0-d31 */
#define MVFR1_NEON_MASK		0x000fff00	/* load/store, integer, single float */
#define MVFR1_FMAC_MASK		0xf0000000	/* fused multiply-accumulate: VFPv4 */

/*
 * Whose registers are in the unit (Linux: vfp_current_hw_state[cpu]), or
 * NULL: nobody's that matters. Changed with IRQs off: a switch in the
 * middle of vfp_support_entry would turn the unit off under it.
 */
static union vfp_state *vfp_current_hw_state;

static union vfp_state *task_vfp(struct task_struct *tsk)
{
	return &tsk->thread_info.vfpstate;
}

/*
 * Linux: vfp_support_entry(). The hook for every VFP and NEON
 * instruction that was undefined. If the unit was off, it is this
 * task's turn: swap the registers if they are another's, turn it on, and
 * let the instruction run again. If it was on, the instruction really is
 * undefined (or the kernel ran one): not ours, the caller sends SIGILL.
 */
static int vfp_support_entry(struct pt_regs *regs, u32 instr)
{
	union vfp_state *vfp = task_vfp(current);
	unsigned long flags;
	u32 fpexc;

	(void)instr;
	if (!user_mode(regs))
		return 1;
	flags = local_irq_save();
	fpexc = fmrx(FPEXC);
	if (fpexc & FPEXC_EN) {
		local_irq_restore(flags);
		return 1;
	}
	fmxr(FPEXC, fpexc | FPEXC_EN);
	if (vfp_current_hw_state != vfp) {
		if (vfp_current_hw_state)
			vfp_save_state(&vfp_current_hw_state->hard, fpexc);
		vfp_load_state(&vfp->hard);
		vfp_current_hw_state = vfp;
	}
	local_irq_restore(flags);
	return 0;
}

/*
 * VFP (coprocessor 10/11) instructions in ARM and Thumb state, then NEON
 * data-processing and element load/store, ARM then Thumb encodings
 * (Linux: vfp_support_hook, neon_support_hook[]).
 */
static struct undef_hook vfp_hooks[] = {
	{ .instr_mask = 0x0c000e00, .instr_val = 0x0c000a00, .fn = vfp_support_entry },
	{ .instr_mask = 0xfe000000, .instr_val = 0xf2000000,
	  .cpsr_mask = PSR_T_BIT, .cpsr_val = 0, .fn = vfp_support_entry },
	{ .instr_mask = 0xff100000, .instr_val = 0xf4000000,
	  .cpsr_mask = PSR_T_BIT, .cpsr_val = 0, .fn = vfp_support_entry },
	{ .instr_mask = 0xef000000, .instr_val = 0xef000000,
	  .cpsr_mask = PSR_T_BIT, .cpsr_val = PSR_T_BIT, .fn = vfp_support_entry },
	{ .instr_mask = 0xff100000, .instr_val = 0xf9000000,
	  .cpsr_mask = PSR_T_BIT, .cpsr_val = PSR_T_BIT, .fn = vfp_support_entry },
};

/*
 * Linux: vfp_sync_hwstate(). Make tsk's thread_info hold its registers:
 * if they are in the unit, save them (turning it on just for that).
 */
static void vfp_sync_hwstate(struct task_struct *tsk)
{
	unsigned long flags = local_irq_save();

	if (vfp_current_hw_state == task_vfp(tsk)) {
		u32 fpexc = fmrx(FPEXC);

		fmxr(FPEXC, fpexc | FPEXC_EN);
		vfp_save_state(&task_vfp(tsk)->hard, fpexc);
		fmxr(FPEXC, fpexc);
	}
	local_irq_restore(flags);
}

/* Forget that the unit holds tsk's registers, and turn it off. */
static void vfp_drop_hwstate(struct task_struct *tsk)
{
	unsigned long flags = local_irq_save();

	if (vfp_current_hw_state == task_vfp(tsk)) {
		vfp_current_hw_state = NULL;
		fmxr(FPEXC, fmrx(FPEXC) & ~FPEXC_EN);
	}
	local_irq_restore(flags);
}

/*
 * exec (Linux: vfp_flush_thread): the new program starts with every
 * register zero, round-to-nearest and no flags (FPSCR = 0).
 */
void vfp_flush_thread(struct task_struct *tsk)
{
	vfp_drop_hwstate(tsk);
	memset(task_vfp(tsk), 0, sizeof(union vfp_state));
	task_vfp(tsk)->hard.fpexc = FPEXC_EN;
}

/* fork (Linux: vfp_thread_copy): the child starts with its parent's registers. */
void vfp_thread_copy(struct task_struct *child)
{
	vfp_sync_hwstate(current);
	*task_vfp(child) = *task_vfp(current);
}

/* exit: the thread_info goes away, so must the unit's pointer to it. */
void vfp_thread_exit(struct task_struct *tsk)
{
	vfp_drop_hwstate(tsk);
}

/*
 * Linux: vfp_init(). Give user mode access to coprocessors 10 and 11 (the
 * unit stays off until a task needs it), say what the unit is, and add
 * its abilities to AT_HWCAP as Linux does: VFPv3 for FPSID's
 * architecture >= 2 (it is 3 for "VFPv3 or later", with MVFR0/MVFR1 to
 * say the rest), D32 or D16 from MVFR0, NEON and VFPv4 from MVFR1.
 */
void vfp_init(void)
{
	u32 cpacr, fpsid, mvfr0, mvfr1;

	asm volatile("mrc p15, 0, %0, c1, c0, 2" : "=r"(cpacr));
	asm volatile("mcr p15, 0, %0, c1, c0, 2\n\tisb" : : "r"(cpacr | CPACR_CP10_CP11_FULL));
	fpsid = fmrx(FPSID);
	mvfr0 = fmrx(MVFR0);
	mvfr1 = fmrx(MVFR1);
	fmxr(FPEXC, fmrx(FPEXC) & ~FPEXC_EN);
	pr_info("VFP support v0.3: implementor %x architecture %u part %x variant %x rev %x, lazy switching\n",
		fpsid >> 24, FPSID_ARCH(fpsid), (fpsid >> 8) & 0xff, (fpsid >> 4) & 0xf, fpsid & 0xf);
	elf_hwcap |= HWCAP_VFP;
	if (FPSID_ARCH(fpsid) >= 2) {
		elf_hwcap |= HWCAP_VFPv3;
		if ((mvfr0 & MVFR0_A_SIMD_MASK) == 1)
			elf_hwcap |= HWCAP_VFPv3D16;
		else
			elf_hwcap |= HWCAP_VFPD32;
		if ((mvfr1 & MVFR1_NEON_MASK) == 0x00011100)
			elf_hwcap |= HWCAP_NEON;
		if ((mvfr1 & MVFR1_FMAC_MASK) == 0x10000000)
			elf_hwcap |= HWCAP_VFPv4;
	}
	for (unsigned int i = 0; i < ARRAY_SIZE(vfp_hooks); i++)
		register_undef_hook(&vfp_hooks[i]);
}
