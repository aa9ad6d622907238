/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bench/bench.h - the instruction counter and the raw system calls that
 * Tern's benchmarks share, for both builds: Tern (arm-none-eabi-gcc,
 * newlib) and Linux (arm-linux-gnueabihf-gcc -static, glibc).
 *
 * Under QEMU -icount shift=0 every guest instruction advances virtual
 * time by exactly 1 ns, so any counter of virtual time counts
 * instructions.  Two such counters can be readable from user mode:
 *
 *   PMCCNTR (c9, c13, 0)  1 count per instruction, 32 bits.  User mode
 *                         may read it when PMUSERENR.EN is set: Tern's
 *                         zImage and the boot shim bench/bootp.S set it;
 *                         Linux by itself leaves it clear.
 *   CNTVCT  (mrrc c14)    the generic timer's virtual count, 62.5 MHz on
 *                         QEMU virt: 1 count per 16 ns = 16 instructions.
 *                         Linux lets user mode read it (CNTKCTL.PL0VCTEN,
 *                         for the vDSO); Tern does not.
 *
 * bench_clock_init() detects which one works (PMUSERENR is readable at
 * PL0 on every ARMv7 PMU) and bench_now() reads it, scaled to
 * instructions.  With CNTVCT a single reading has a resolution of 16
 * instructions; averages over many iterations do not suffer from that.
 * Linux counterpart: tools/perf/arch/arm/util, the vDSO's
 * __arch_get_hw_counter (arch/arm/include/asm/vdso/gettimeofday.h).
 */
#ifndef TERN_BENCH_H
#define TERN_BENCH_H

#include "syscall.h"		/* user/lib: syscall0..6, Linux ARM EABI numbers */

typedef unsigned int bench_u32;
typedef unsigned long long bench_u64;

/* Linux ARM EABI numbers Tern may not name (used on Linux only). */
#ifndef __NR_mount
#define __NR_mount		21
#endif
#ifndef __NR_mkdir
#define __NR_mkdir		39
#endif
#ifndef __NR_dup2
#define __NR_dup2		63
#endif

/* include/uapi/linux/reboot.h */
#define BENCH_REBOOT_MAGIC1	0xfee1dead
#define BENCH_REBOOT_MAGIC2	672274793
#define BENCH_REBOOT_POWER_OFF	0x4321fedc

enum bench_clock { BENCH_CLOCK_PMCCNTR, BENCH_CLOCK_CNTVCT };

/* Set by bench_clock_init(); each program has its own copy. */
static enum bench_clock bench_clock;
static bench_u32 bench_cntvct_scale;	/* instructions per CNTVCT count */

/*
 * CP15_READ - a reader for one 32-bit cp15 register (mrc p15, 0, ...).
 * The kernel's own readers (asm/arch_timer.h) need kernel headers; these
 * build with newlib and with glibc alike.
 */
#define CP15_READ(name, crn, crm, op2)						\
static inline bench_u32 name(void)						\
{										\
	bench_u32 v;								\
										\
	__asm__ volatile("mrc p15, 0, %0, " #crn ", " #crm ", " #op2		\
			 : "=r"(v) : : "memory");				\
	return v;								\
}

CP15_READ(read_pmuserenr, c9, c14, 0)	/* readable at PL0 on every ARMv7 PMU */
CP15_READ(read_pmcr, c9, c12, 0)	/* PL0: only with PMUSERENR.EN */
CP15_READ(read_pmcntenset, c9, c12, 1)	/* PL0: only with PMUSERENR.EN */
CP15_READ(read_pmccntr, c9, c13, 0)	/* PL0: only with PMUSERENR.EN */
CP15_READ(read_pmovsr, c9, c12, 3)	/* PL0: only with PMUSERENR.EN */
CP15_READ(read_pmxevcntr, c9, c13, 2)	/* PL0: only with PMUSERENR.EN */
CP15_READ(read_cntfrq, c14, c0, 0)

/* isb first, as the vDSO does: the read is not hoisted above the code. */
static inline bench_u64 read_cntvct(void)
{
	bench_u32 lo, hi;

	__asm__ volatile("isb\n\tmrrc p15, 1, %0, %1, c14"
			 : "=r"(lo), "=r"(hi) : : "memory");
	return (bench_u64)hi << 32 | lo;
}

/*
 * bench_clock_init - PMCCNTR if user mode may read it and it counts
 * (PMUSERENR.EN, PMCR.E, PMCNTENSET.C), else CNTVCT times 1e9 / CNTFRQ.
 */
static inline void bench_clock_init(void)
{
	bench_u32 frq;

	if ((read_pmuserenr() & 1) && (read_pmcr() & 1) &&
	    (read_pmcntenset() & (1u << 31))) {
		bench_clock = BENCH_CLOCK_PMCCNTR;
		return;
	}
	bench_clock = BENCH_CLOCK_CNTVCT;
	frq = read_cntfrq();
	/* 1e9 / frq without a divide (bench_exec links no libgcc): 16 steps
	 * for QEMU's 62.5 MHz. */
	bench_cntvct_scale = 16;
	if (frq) {
		bench_u32 s = 1;

		while ((bench_u64)s * frq < 1000000000u)
			s++;
		bench_cntvct_scale = s;
	}
}

/* bench_now - instructions, modulo 2^32: subtract two readings. */
static inline bench_u32 bench_now(void)
{
	if (bench_clock == BENCH_CLOCK_PMCCNTR)
		return read_pmccntr();
	return (bench_u32)read_cntvct() * bench_cntvct_scale;
}

/*
 * bench_since_reset - 64-bit instructions since the counter started:
 * with CNTVCT, since QEMU's reset; with PMCCNTR, since Tern's zImage
 * reset it at its first instruction (32 bits: wraps after 4.29e9).
 */
static inline bench_u64 bench_since_reset(void)
{
	if (bench_clock == BENCH_CLOCK_PMCCNTR)
		return read_pmccntr();
	return read_cntvct() * bench_cntvct_scale;
}

static inline const char *bench_clock_name(void)
{
	return bench_clock == BENCH_CLOCK_PMCCNTR ? "pmccntr" : "cntvct";
}

/* The resolution of one reading, in instructions. */
static inline bench_u32 bench_clock_resolution(void)
{
	return bench_clock == BENCH_CLOCK_PMCCNTR ? 1 : bench_cntvct_scale;
}

static inline long bench_power_off(void)
{
	return syscall4(__NR_reboot, (long)BENCH_REBOOT_MAGIC1, BENCH_REBOOT_MAGIC2,
			(long)BENCH_REBOOT_POWER_OFF, 0);
}

#define BENCH_EXEC_PATH	"/bin/bench_exec"

#endif /* TERN_BENCH_H */
