/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/mm/fault.h - the fault status register, shared by fault.c and
 * its self-tests (fault-test.c). Linux: arch/arm/mm/fault.h.
 */
#ifndef __ARCH_ARM_FAULT_H
#define __ARCH_ARM_FAULT_H

/* Short-descriptor fault status: FS[4] is bit 10, FS[3:0] bits 3:0. */
#define FSR_WRITE	(1 << 11)	/* WnR: the access was a write (DFSR only) */
#define FSR_FS4		(1 << 10)
#define FSR_FS3_0	15

/* The 5-bit fault status code of a DFSR or IFSR value. */
static inline unsigned int fsr_fs(unsigned int fsr)
{
	return (fsr & FSR_FS3_0) | (fsr & FSR_FS4) >> 6;
}

#define FS_ACCESS_FLAG_PAGE	0x06	/* a small page's AF was 0 */

const char *fsr_name(unsigned int fsr);

#endif
