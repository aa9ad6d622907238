// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/kernel/asm-offsets.c - structure offsets for assembly code.
 * Linux: arch/arm/kernel/asm-offsets.c. Never linked: the build compiles it
 * to assembly, and tools/gen-asm-offsets.sh turns each "->NAME value"
 * marker into a #define in include/generated/asm-offsets.h.
 */
#include <linux/types.h>

#define DEFINE(sym, val) \
	asm volatile("\n.ascii \"->" #sym " %0\"" : : "i" (val))

int main(void);
int main(void)
{
	DEFINE(THREAD_SIZE_ASM, 8192);
	return 0;
}
