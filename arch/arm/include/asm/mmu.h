/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/mmu.h - the architecture's part of an mm_struct:
 * its ASID. Linux: arch/arm/include/asm/mmu.h.
 *
 * context.id holds the ASID in its low ASID_BITS bits and, above them,
 * the generation the ASID was handed out in (arch/arm/mm/context.c):
 *
 *   63                      8 7        0
 *   [ generation            ][  ASID   ]
 *
 * 0 means "no ASID yet": generation 0 is never the current one.
 */
#ifndef __ASM_MMU_H
#define __ASM_MMU_H

#include <linux/types.h>

typedef struct {
	u64 id;			/* generation | ASID (Linux: atomic64_t) */
} mm_context_t;

#define ASID_BITS	8
#define ASID_MASK	((~0ULL) << ASID_BITS)	/* the generation bits */
#define ASID(mm)	((unsigned int)((mm)->context.id & ~ASID_MASK))

#endif /* __ASM_MMU_H */
