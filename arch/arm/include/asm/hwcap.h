/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/hwcap.h - what the CPU can do, as user space is
 * told through the auxiliary vector (AT_HWCAP, AT_HWCAP2). glibc picks
 * its NEON memcpy and its use of the divide instruction from these bits.
 * Linux: arch/arm/include/uapi/asm/hwcap.h and asm/hwcap.h.
 */
#ifndef __ASM_HWCAP_H
#define __ASM_HWCAP_H

#define HWCAP_SWP	(1 << 0)
#define HWCAP_HALF	(1 << 1)
#define HWCAP_THUMB	(1 << 2)
#define HWCAP_26BIT	(1 << 3)	/* never on ARMv7 */
#define HWCAP_FAST_MULT	(1 << 4)
#define HWCAP_FPA	(1 << 5)
#define HWCAP_VFP	(1 << 6)
#define HWCAP_EDSP	(1 << 7)
#define HWCAP_JAVA	(1 << 8)
#define HWCAP_IWMMXT	(1 << 9)
#define HWCAP_CRUNCH	(1 << 10)
#define HWCAP_THUMBEE	(1 << 11)
#define HWCAP_NEON	(1 << 12)
#define HWCAP_VFPv3	(1 << 13)
#define HWCAP_VFPv3D16	(1 << 14)	/* also set for VFPv4-D16 */
#define HWCAP_TLS	(1 << 15)
#define HWCAP_VFPv4	(1 << 16)
#define HWCAP_IDIVA	(1 << 17)
#define HWCAP_IDIVT	(1 << 18)
#define HWCAP_VFPD32	(1 << 19)	/* 32 double registers, not 16 */
#define HWCAP_LPAE	(1 << 20)
#define HWCAP_EVTSTRM	(1 << 21)

#define HWCAP2_AES	(1 << 0)
#define HWCAP2_PMULL	(1 << 1)
#define HWCAP2_SHA1	(1 << 2)
#define HWCAP2_SHA2	(1 << 3)
#define HWCAP2_CRC32	(1 << 4)

#ifndef __ASSEMBLY__
/* arch/arm/kernel/setup.c, completed by vfp_init(). */
extern unsigned int elf_hwcap, elf_hwcap2;
#endif

#endif /* __ASM_HWCAP_H */
