/* SPDX-License-Identifier: GPL-2.0 */
/*
 * boot/compressed/head.S - the first code of the zImage.
 *
 * Linux: arch/arm/boot/compressed/head.S. Same flow, same names:
 *
 *   start          header, save r1/r2, find RAM (pc & 0xf8000000) + TEXT_OFFSET
 *   cache_on       1 MiB-section identity map so the caches can be on
 *   restart        find our own addresses, an appended DTB, the stack;
 *                  if the kernel would land on us, copy ourselves past it
 *                  and jump to restart in the copy
 *   wont_overwrite fix up the GOT, clear BSS, decompress_kernel()
 *   __enter_kernel caches and MMU off, r0 = 0, r1 = arch id, r2 = DTB
 *
 * Registers kept across the whole file (as Linux names them):
 *   r4  = where the kernel goes (RAM base + TEXT_OFFSET, "zreladdr")
 *   r7  = architecture ID from the boot loader (r1 at entry)
 *   r8  = DTB pointer (r2 at entry, or the appended DTB)
 *   r9  = bytes the decompressed kernel needs (Image + its BSS)
 *   r10 = end of everything this image uses (image + DTB + stack + heap)
 */
#include <asm/assembler.h>
#include <asm/memory.h>		/* TEXT_OFFSET: the kernel at RAM + 32 KiB; FDT_FIXED_SIZE */

#define STACK_SIZE	0x2000		/* decompressor stack */
#define MALLOC_SIZE	0x10000		/* decompressor heap (inflate tables) */

	.arm
	.section ".start", "ax"
/*
 * The header. Boot loaders look at 0x24..0x30; the eight nops are there
 * because old a.out loaders entered at +32 (0x20) in some cases.
 */
	.globl	start
	.type	start, %function
start:
	.rept	8
	mov	r0, r0			@ nop
	.endr
	b	1f
	.word	0x016f2818		@ 0x24: magic number: this is a zImage
	.word	_magic_start		@ 0x28: absolute load/run address (0)
	.word	_magic_end		@ 0x2c: end of the image (= file size)
	.word	0x04030201		@ 0x30: endianness flag
1:
	/* r0 = 0, r1 = arch id, r2 = DTB (or ATAGs), SVC mode, MMU off. */
	cpsid	aif			@ no interrupts or aborts until the kernel wants them
	mov	r7, r1			@ r7 = architecture ID
	mov	r8, r2			@ r8 = DTB pointer from the loader
	bl	perf_start		@ start counting instructions (PMCCNTR)

	/*
	 * AUTO_ZRELADDR: RAM starts at a 128 MiB boundary below us, and the
	 * kernel goes TEXT_OFFSET into it. 0x40010000 -> 0x40008000.
	 */
	mov	r0, pc
	and	r4, r0, #0xf8000000	@ r4 = RAM base
	add	r4, r4, #TEXT_OFFSET	@ r4 = kernel destination
	/*
	 * cache_on puts its page table in the 16 KiB below r4. If we were
	 * loaded below r4 that could be our own code: then run uncached
	 * (slower, but right), as Linux does.
	 */
	adr	r0, start		@ r0 = where we run
	cmp	r0, r4
	blhs	cache_on		@ page table at r4 - 16K, MMU + caches on

restart:
	/*
	 * LC0 holds link-time addresses (we are linked at 0); the difference
	 * from where LC0 really is gives the relocation delta.
	 */
	adr	r0, LC0
	ldmia	r0, {r1, r2, r3, r6, r10, r11, r12}
	sub	r0, r0, r1		@ r0 = delta = run address - link address
	add	r6, r6, r0		@ r6 = _edata: end of the image file
	add	r10, r10, r0		@ r10 = &inflated size word (end of payload - 4)

	/* The inflated size is a little-endian word, maybe unaligned. */
	ldrb	r9, [r10, #0]
	ldrb	lr, [r10, #1]
	orr	r9, r9, lr, lsl #8
	ldrb	lr, [r10, #2]
	ldrb	r10, [r10, #3]
	orr	r9, r9, lr, lsl #16
	orr	r9, r9, r10, lsl #24	@ r9 = Image size
	add	r9, r9, r3		@ r9 = Image + kernel BSS (r3 = _kernel_bss_size)

#ifdef CONFIG_ARM_APPENDED_DTB
	/*
	 * A DTB cat'ed to the zImage starts at _edata. If there is one it
	 * wins over r2, and our image grows to include it, so that neither
	 * the relocation nor the stack below can step on it.
	 * A totalsize larger than the kernel can map (FDT_FIXED_SIZE) is
	 * not a DTB we can use: then r2 stays, and the image grows by the
	 * 8-byte header only, so that decompress_kernel() finds it after a
	 * relocation too and says why it was ignored.
	 */
	ldr	lr, [r6, #0]		@ lr = first word after the image
	ldr	r1, =0xedfe0dd0		@ 0xd00dfeed read as a little-endian word
	cmp	lr, r1
	bne	dtb_check_done
	ldr	r5, [r6, #4]		@ r5 = totalsize, big-endian
	rev	r5, r5
	cmp	r5, #FDT_FIXED_SIZE
	movls	r8, r6			@ it fits: r8 = the appended DTB
	movhi	r5, #8			@ too large: keep r8, keep the header
	add	r5, r5, #7
	bic	r5, r5, #7		@ r5 = DTB size rounded up to 8
	add	r6, r6, r5		@ r6 = end of image + DTB
dtb_check_done:
#endif

	/* Stack, then the malloc area, after the image (and DTB). */
	add	sp, r6, #7
	bic	sp, sp, #7
	add	sp, sp, #STACK_SIZE	@ sp = top of our stack
	add	r10, sp, #MALLOC_SIZE	@ r10 = end of everything we use

	/*
	 * Would the decompressed kernel [r4, r4 + r9) overwrite us
	 * [start, r10)? Not if it starts above our end, with room for
	 * cache_on's page table in the 16 KiB below it ...
	 */
	@ LAB decompress BEGIN
	@ Branch to wont_overwrite when the kernel [r4, r4 + r9) cannot touch
	@ us: it starts at or above r10 + 16 KiB (cache_on's page table lies
	@ below the kernel), or it ends at or below start. Fall through to
	@ the copy otherwise, with r1 = r4 + r9 and r5 = start, as it needs.
	@ Compare unsigned (bhs, bls).
	@ STUB:
	@	adr	r0, 1f
	@	bl	error			@ prints the message and halts
	@ 1:	.asciz	"lab decompress: the relocation decision is not written yet"
	@	.align	2
	add	r1, r10, #16384		@ r1 = our end + the page table
	cmp	r4, r1
	bhs	wont_overwrite
	/* ... or if it ends below our start. */
	add	r1, r4, r9		@ r1 = end of the decompressed kernel
	adr	r5, start		@ r5 = where we run
	cmp	r1, r5
	bls	wont_overwrite
	@ LAB decompress END

	/*
	 * It would. Copy [start, r6) (code, payload and any appended DTB)
	 * to just past the end of the kernel, keeping clear of the loader's
	 * DTB (r8), and run the copy from restart. Under QEMU -kernel
	 * (start = 0x40010000, kernel at 0x40008000) this always happens.
	 *   r1 = copy destination, r5 = source start, r6 = source end
	 */
	add	r1, r1, #255
	bic	r1, r1, #255		@ r1 = destination, 256-byte aligned
	mov	r0, r1
	mov	r1, r5
	mov	r2, r6
	mov	r3, r8
	bl	relocate_dest		@ r0 = destination moved past r8's DTB if needed
	sub	r12, r0, r5		@ r12 = distance we move
	/* Copy backwards in 16-byte blocks: the two ranges may overlap. */
	sub	r3, r6, r5
	add	r3, r3, #15
	bic	r3, r3, #15		@ r3 = bytes to copy
	add	r6, r5, r3		@ r6 = source end (rounded)
	add	r2, r0, r3		@ r2 = destination end (rounded)
1:	ldmdb	r6!, {r0, r1, r3, r9}
	stmdb	r2!, {r0, r1, r3, r9}
	cmp	r6, r5
	bhi	1b

	/* The copy is code: make it visible to instruction fetch. */
	add	r0, r5, r12		@ r0 = start of the copy
	add	r1, r6, r12		@ r1 = its end
	bl	cache_clean_range
	adr	r0, restart
	add	r0, r0, r12		@ r0 = restart in the copy
	mov	pc, r0

wont_overwrite:
	/*
	 * r0 = relocation delta, r4 = kernel destination, r7 = arch id,
	 * r8 = DTB, r10 = end of our area, r11/r12 = GOT start/end (link),
	 * sp = stack top; the malloc area is [sp, r10).
	 *
	 * The C code reaches global data through the GOT, whose entries
	 * hold link-time addresses: add the delta to each of them.
	 */
	teq	r0, #0
	beq	not_relocated
	add	r11, r11, r0
	add	r12, r12, r0
1:	ldr	r1, [r11, #0]		@ r1 = a GOT entry
	add	r1, r1, r0		@ relocate it
	str	r1, [r11], #4
	cmp	r11, r12
	blo	1b
not_relocated:
	/* Clear BSS (it lives inside the image, before the payload). */
	adr	r1, LC0
	ldr	r2, [r1, #28]		@ r2 = __bss_start (link)
	ldr	r3, [r1, #32]		@ r3 = _bss_end (link)
	add	r2, r2, r0
	add	r3, r3, r0
	mov	r1, #0
1:	cmp	r2, r3
	strlo	r1, [r2], #4
	blo	1b

	/*
	 * decompress_kernel(output_start = r4, free_mem_ptr = sp,
	 *                   free_mem_end = r10, dtb = r8, kernel_size = r9)
	 * It only returns when the kernel is in place.
	 */
	mov	r0, r4
	mov	r1, sp
	mov	r2, r10
	mov	r3, r8
	str	r9, [sp, #-8]!		@ 5th argument on the stack (sp stays 8-aligned)
	bl	decompress_kernel
	bl	cache_clean_flush
	bl	cache_off

/*
 * Enter the kernel as a boot loader would: r0 = 0, r1 = arch id,
 * r2 = DTB, MMU and caches off, SVC mode, interrupts masked.
 */
	.globl	__enter_kernel
	.type	__enter_kernel, %function
__enter_kernel:
	mov	r0, #0
	mov	r1, r7
	mov	r2, r8
	mov	pc, r4

	.align	2
	.type	LC0, #object
LC0:	.word	LC0			@ r1
	.word	__bss_start		@ r2 (reloaded later)
	.word	_kernel_bss_size	@ r3
	.word	_edata			@ r6
	.word	input_data_end - 4	@ r10
	.word	_got_start		@ r11
	.word	_got_end		@ r12
	.word	__bss_start		@ +28
	.word	_bss_end		@ +32
	.ltorg

/*
 * perf_start: reset and start the PMU cycle counter. Under QEMU with
 * -icount shift=0 it counts guest instructions; the kernel reads it to
 * report how long the boot took. Clobbers r0.
 */
perf_start:
	mov	r0, #(1 << 31)
	mcr	p15, 0, r0, c9, c12, 1	@ PMCNTENSET: enable the cycle counter
	mov	r0, #(1 << 0) | (1 << 2)
	mcr	p15, 0, r0, c9, c12, 0	@ PMCR: E = 1, C = 1 (reset PMCCNTR)
	mov	r0, #1
	mcr	p15, 0, r0, c9, c14, 0	@ PMUSERENR: user mode may read it
	mov	pc, lr

/*
 * cache_on: build a 1 MiB-section identity map at r4 - 16K and turn the
 * MMU and caches on. The map is not for translation, only so that RAM
 * can be cacheable: the 256 MiB around r4 are normal write-back memory,
 * everything else is device memory that cannot be executed.
 *   in: r4 = kernel destination; clobbers r0-r3, r5, r6, r9, r12
 */
cache_on:
	sub	r3, r4, #16384		@ r3 = page table (16K aligned)
	mov	r5, r3, lsr #28
	mov	r5, r5, lsl #28		@ r5 = start of cacheable RAM (256 MiB)
	add	r6, r5, #0x10000000	@ r6 = its end
	ldr	r9, =0x00001c0e		@ section, AP=11, TEX=001 C B: normal WBWA
	ldr	r12, =0x00000c16	@ section, AP=11, XN, B: device
	mov	r0, r3			@ r0 = descriptor pointer
	mov	r1, #0			@ r1 = address of this 1 MiB section
1:	cmp	r1, r5
	cmphs	r6, r1
	orrhi	r2, r1, r9		@ inside RAM: normal memory
	orrls	r2, r1, r12		@ outside: device
	str	r2, [r0], #4
	adds	r1, r1, #0x100000
	bne	1b			@ until the address wraps to 0

	mov	r0, #0
	mcr	p15, 0, r0, c2, c0, 2	@ TTBCR = 0: TTBR0 covers 4 GiB
	mcr	p15, 0, r3, c2, c0, 0	@ TTBR0 = our table (walks uncached)
	ldr	r0, =0x55555555
	mcr	p15, 0, r0, c3, c0, 0	@ DACR: every domain "client"
	invalidate_tlb_icache r0
	mrc	p15, 0, r0, c1, c0, 0	@ r0 = SCTLR
	orr	r0, r0, #(1 << 0)	@ M: MMU on
	orr	r0, r0, #(1 << 2)	@ C: data cache on
	orr	r0, r0, #(1 << 12)	@ I: instruction cache on
	orr	r0, r0, #(1 << 11)	@ Z: branch prediction on
	mcr	p15, 0, r0, c1, c0, 0
	isb
	mov	pc, lr

/*
 * cache_off: MMU and caches off again (after cache_clean_flush), as the
 * kernel expects to be entered. Clobbers r0.
 */
cache_off:
	mrc	p15, 0, r0, c1, c0, 0
	bic	r0, r0, #(1 << 0) | (1 << 2)	@ M and C off
	bic	r0, r0, #(1 << 12)		@ I off
	mcr	p15, 0, r0, c1, c0, 0
	isb
	invalidate_tlb_icache r0
	mov	pc, lr

/*
 * cache_clean_range: write [r0, r1) back from the data cache to the point
 * of unification, then invalidate the instruction cache, so that code just
 * written as data can be executed. Cheaper than cleaning the whole cache.
 * Clobbers r0-r3.
 */
cache_clean_range:
	mrc	p15, 0, r3, c0, c0, 1	@ r3 = CTR
	ubfx	r3, r3, #16, #4		@ DminLine: log2(words in the smallest line)
	mov	r2, #4
	mov	r2, r2, lsl r3		@ r2 = smallest data-cache line, in bytes
	sub	r3, r2, #1
	bic	r0, r0, r3		@ r0 = first line
1:	mcr	p15, 0, r0, c7, c11, 1	@ DCCMVAU: clean this line to PoU
	add	r0, r0, r2
	cmp	r0, r1
	blo	1b
	dsb
	invalidate_icache r0
	mov	pc, lr

/*
 * cache_clean_flush: write every dirty data-cache line back to RAM and
 * invalidate it (by set/way, every level CLIDR reports), then
 * invalidate the instruction cache. QEMU does not model caches, so
 * leaving this out would never show here: it would on hardware.
 * Clobbers r0-r3, r5, r6, r9, r10, r11 (keeps r4, r7, r8, r12).
 */
cache_clean_flush:
	dmb
	mrc	p15, 1, r0, c0, c0, 1	@ r0 = CLIDR
	ands	r3, r0, #0x07000000
	mov	r3, r3, lsr #23		@ r3 = level of coherence * 2
	beq	5f
	mov	r9, #0			@ r9 = cache level * 2, from 0
1:	add	r2, r9, r9, lsr #1	@ r2 = level * 3
	mov	r1, r0, lsr r2
	and	r1, r1, #7		@ r1 = cache type at this level
	cmp	r1, #2
	blt	4f			@ no data cache here
	mcr	p15, 2, r9, c0, c0, 0	@ CSSELR: select this level's D-cache
	isb
	mrc	p15, 1, r1, c0, c0, 0	@ r1 = CCSIDR
	and	r2, r1, #7
	add	r2, r2, #4		@ r2 = log2(line size)
	ldr	r5, =0x3ff
	ands	r5, r5, r1, lsr #3	@ r5 = max way number
	clz	r6, r5			@ r6 = bit position of the way field
	ldr	r11, =0x7fff
	ands	r11, r11, r1, lsr #13	@ r11 = max set number
2:	mov	r1, r5			@ r1 = way, counting down
3:	orr	r10, r9, r1, lsl r6	@ r10 = level | way
	orr	r10, r10, r11, lsl r2	@       | set
	mcr	p15, 0, r10, c7, c14, 2	@ DCCISW: clean & invalidate by set/way
	subs	r1, r1, #1
	bge	3b
	subs	r11, r11, #1
	bge	2b
4:	add	r9, r9, #2
	cmp	r3, r9
	bgt	1b
5:	mov	r9, #0
	mcr	p15, 2, r9, c0, c0, 0	@ CSSELR back to level 0
	invalidate_icache r9
	mov	pc, lr

/*
 * relocate_dest: pick where the relocated image goes.
 *   in:  r0 = proposed destination, r1 = our start, r2 = our end
 *        (image + appended DTB), r3 = DTB the loader passed (r8)
 *   out: r0 = destination; moved past the loader's DTB if the copy, its
 *        stack or its heap would land on it. Clobbers r1-r3, r11, r12.
 */
relocate_dest:
	cmp	r3, r1			@ DTB inside our image (appended)?
	cmphs	r2, r3
	bhi	1f			@ yes: it moves with us
	ldr	r12, [r3, #0]
	ldr	r11, =0xedfe0dd0
	cmp	r12, r11
	bne	1f			@ no DTB at r3: nothing to avoid
	sub	r2, r2, r1
	add	r2, r2, r0
	add	r2, r2, #STACK_SIZE + 256
	add	r2, r2, #MALLOC_SIZE	@ r2 = end of the copy's area
	cmp	r2, r3
	bls	1f			@ copy ends below the DTB
	ldr	r12, [r3, #4]
	rev	r12, r12		@ r12 = DTB totalsize
	add	r12, r3, r12		@ r12 = DTB end
	cmp	r0, r12
	bhs	1f			@ copy starts above the DTB
	add	r0, r12, #255
	bic	r0, r0, #255		@ r0 = just past the DTB
1:	mov	pc, lr
