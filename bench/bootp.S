/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bench/bootp.S - a boot shim put in front of a zImage: start the PMU's
 * instruction counter, then enter the zImage as the boot loader would.
 *
 * tools/bench.py boots every kernel, Tern's and Linux's, as
 *	bootp.bin + zImage
 * with QEMU -kernel.  QEMU's boot stub enters this code with r0 = 0,
 * r1 = machine number (~0: DT), r2 = DTB address; they are passed on
 * untouched.  Before that, this code programs the ARMv7 PMU:
 *
 *   event counter 0 = INST_RETIRED (0x08).  QEMU implements it only
 *	under -icount, from the raw instruction count, so unlike the
 *	cycle counter it does not advance while the CPU sleeps in wfi.
 *   PMCCNTR, the cycle counter.  Under -icount shift=0 it counts
 *	virtual nanoseconds: instructions plus idle time.
 *   PMUSERENR.EN = 1, so user mode may read both.
 *
 * No Linux PMU driver binds on -M virt -cpu cortex-a15 (QEMU's DTB has an
 * empty pmu node, without "compatible"), so nothing resets the counters
 * after this: the benchmark program reads event counter 0 at
 * its first instruction (bench.c, bench_entry) and so learns how many
 * instructions both kernels ran from here to user mode.  Tern's zImage
 * resets PMCCNTR again (perf_start) but leaves event counter 0 alone.
 * Linux counterpart: arch/arm/boot/bootp/init.S, which likewise sits in
 * front of a zImage and jumps into it.
 */
	.syntax	unified
	.arm
	.text

	.global	_start
_start:
	mov	r3, #0				@ r3 = 0: counter 0
	mcr	p15, 0, r3, c9, c12, 5		@ PMSELR: select event counter 0
	mov	r3, #0x08			@ r3 = INST_RETIRED, no filtering
	mcr	p15, 0, r3, c9, c13, 1		@ PMXEVTYPER: counter 0 counts it
	mov	r3, #(1 << 31) | (1 << 0)	@ r3 = PMCCNTR and counter 0
	mcr	p15, 0, r3, c9, c12, 1		@ PMCNTENSET: enable both
	mov	r3, #(1 << 2) | (1 << 1) | (1 << 0)
	mcr	p15, 0, r3, c9, c12, 0		@ PMCR: C, P (zero both), E (count)
	mov	r3, #1
	mcr	p15, 0, r3, c9, c14, 0		@ PMUSERENR.EN: user mode may read them
	b	zimage				@ r0-r2 as QEMU set them

	.balign	64
zimage:						@ the zImage is appended here
