/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/kernel/head.S - the kernel's entry point, stext.
 * Linux: arch/arm/kernel/head.S (and head-common.S for __mmap_switched).
 *
 * The decompressor (or a boot loader) jumps here with
 *   r0 = 0, r1 = machine number, r2 = physical address of the DTB,
 *   MMU and caches off, SVC mode, running at RAM base + TEXT_OFFSET.
 * The kernel is linked at PAGE_OFFSET + TEXT_OFFSET (0xc0008000), so until
 * the MMU is on everything here must be position-independent.
 *
 *   stext                 PHYS_OFFSET from our own address
 *   __create_page_tables  swapper_pg_dir at PHYS_OFFSET + 0x4000
 *   __enable_mmu          TTBR0, DACR, SCTLR.M
 *   __turn_mmu_on         the identity-mapped instruction that flips it
 *   __mmap_switched       now virtual: BSS, stack, start_kernel(dtb)
 *
 * Registers across this file:
 *   r8 = PHYS_OFFSET (physical RAM base), r9 = DTB physical address,
 *   r4 = physical address of swapper_pg_dir, r13 = where to go once the
 *   MMU is on (a virtual address).
 */
#include <asm/assembler.h>
#include <asm/current.h>
#include <asm/memory.h>
#include <asm/pgtable.h>
#include <asm/ptrace.h>

	.arm
	.section ".head.text", "ax"
ENTRY(stext)
	cpsid	aif			@ SVC with IRQ, FIQ and aborts masked
	/* r0 = 0, r1 = machine nr (ignored: DT only), r2 = DTB */
	adr	r3, stext		@ r3 = physical address of stext
	sub	r8, r3, #TEXT_OFFSET	@ r8 = PHYS_OFFSET
	mov	r9, r2			@ r9 = DTB (physical)
	bl	__create_page_tables	@ r4 = swapper_pg_dir (physical)
	ldr	r13, =__mmap_switched	@ r13 = virtual address to continue at
	b	__enable_mmu
ENDPROC(stext)

/*
 * __create_page_tables: the initial page table, 1 MiB sections only:
 *  - an identity map of the MiB holding __turn_mmu_on, so the instruction
 *    after the SCTLR write still exists once the MMU is on;
 *  - the kernel image, from PAGE_OFFSET, onto PHYS_OFFSET;
 *  - 2 MiB of DTB at FDT_FIXED_BASE, so C can parse it before paging_init;
 *  - the early UART at IO_VIRT_BASE, for printk before the DTB is read.
 *   in:  r8 = PHYS_OFFSET, r9 = DTB;  out: r4 = table
 *   clobbers r0, r3, r5, r6, r7
 */
__create_page_tables:
	add	r4, r8, #0x4000		@ r4 = swapper_pg_dir (16 KiB aligned)
	mov	r0, r4
	mov	r3, #0
	add	r6, r0, #PGD_SIZE
1:	str	r3, [r0], #4		@ clear all 4096 entries
	str	r3, [r0], #4
	str	r3, [r0], #4
	str	r3, [r0], #4
	teq	r0, r6
	bne	1b

	ldr	r7, =PMD_SECT_KERNEL_MEM	@ r7 = flags of a kernel RAM section

	/* Identity map for __turn_mmu_on. */
	adr	r0, __turn_mmu_on	@ r0 = its physical address
	mov	r6, r0, lsr #SECTION_SHIFT	@ r6 = section index
	orr	r3, r7, r6, lsl #SECTION_SHIFT
	str	r3, [r4, r6, lsl #2]

	/* Kernel image: PAGE_OFFSET .. _end  ->  PHYS_OFFSET .. */
	ldr	r6, =(_end - PAGE_OFFSET + SECTION_SIZE - 1)
	mov	r6, r6, lsr #SECTION_SHIFT	@ r6 = number of sections
	add	r0, r4, #(PAGE_OFFSET >> (SECTION_SHIFT - 2))	@ r0 = first entry
	orr	r3, r7, r8		@ r3 = descriptor for PHYS_OFFSET
1:	str	r3, [r0], #4
	add	r3, r3, #SECTION_SIZE
	subs	r6, r6, #1
	bne	1b

	/* The DTB: two sections at FDT_FIXED_BASE (it may cross a MiB). */
	mov	r3, r9, lsr #SECTION_SHIFT
	orr	r3, r7, r3, lsl #SECTION_SHIFT	@ r3 = section holding the DTB
	ldr	r0, =(FDT_FIXED_BASE >> (SECTION_SHIFT - 2))
	add	r0, r4, r0		@ r0 = entry for FDT_FIXED_BASE
	str	r3, [r0], #4
	add	r3, r3, #SECTION_SIZE
	str	r3, [r0]

	/* Early UART (Linux: DEBUG_LL's debug_ll_io_init). */
	ldr	r3, =(CONFIG_DEBUG_UART_PHYS & 0xfff00000) | PMD_SECT_KERNEL_DEV
	add	r0, r4, #(IO_VIRT_BASE >> (SECTION_SHIFT - 2))
	str	r3, [r0]
	mov	pc, lr
ENDPROC(__create_page_tables)

/*
 * __enable_mmu: in r4 = page table, r13 = virtual continuation.
 * The table was written with caches off, so it is already in RAM.
 */
__enable_mmu:
	mov	r0, #0
	mcr	p15, 0, r0, c2, c0, 2	@ TTBCR = 0: TTBR0 translates all 4 GiB
	orr	r0, r4, #TTB_FLAGS
	mcr	p15, 0, r0, c2, c0, 0	@ TTBR0 = swapper_pg_dir | walk attributes
	ldr	r0, =0x55555555
	mcr	p15, 0, r0, c3, c0, 0	@ DACR: all domains "client" (check AP bits)
	invalidate_tlb_icache r0
	mrc	p15, 0, r0, c1, c0, 0	@ r0 = SCTLR
	orr	r0, r0, #(1 << 0)	@ M: MMU on
	orr	r0, r0, #(1 << 2)	@ C: data cache
	orr	r0, r0, #(1 << 11)	@ Z: branch prediction
	orr	r0, r0, #(1 << 12)	@ I: instruction cache
	bic	r0, r0, #(1 << 1)	@ A: unaligned accesses allowed
	bic	r0, r0, #(1 << 13)	@ V: vectors at VBAR (the early ones)
	b	__turn_mmu_on
ENDPROC(__enable_mmu)

/*
 * __turn_mmu_on: r0 = new SCTLR, r13 = virtual address to go to.
 * Runs from the identity map, so the fetch after the write still works.
 */
	.align	5
__turn_mmu_on:
	mcr	p15, 0, r0, c1, c0, 0	@ write SCTLR: the MMU is on
	isb
	mov	pc, r13			@ jump to the kernel's virtual address
ENDPROC(__turn_mmu_on)
	.ltorg

/*
 * __mmap_switched: running at virtual addresses now.
 *   r8 = PHYS_OFFSET, r9 = DTB physical address
 * First the early vectors (entry-armv.S), so that from here on any
 * exception is reported, not a silent hang: VBAR = __early_vectors, and
 * ABT mode's sp = the top of __early_stack, where they save pt_regs.
 */
	.text
__mmap_switched:
	ldr	r0, =__early_vectors
	mcr	p15, 0, r0, c12, c0, 0	@ VBAR = __early_vectors
	cps	#ABT_MODE
	ldr	sp, =__early_stack_end - 4	@ sp_abt: see __early_stack_end
	cps	#SVC_MODE
	isb
	ldr	r0, =__bss_start
	ldr	r1, =__bss_stop
	mov	r2, #0
1:	cmp	r0, r1			@ clear BSS
	strlo	r2, [r0], #4
	blo	1b
	ldr	r0, =__pv_phys_offset
	str	r8, [r0]		@ PHYS_OFFSET for __pa()/__va()
	ldr	r0, =swapper_pg_dir_phys
	str	r4, [r0]
	ldr	sp, =init_stack + THREAD_SIZE	@ the init task's kernel stack
	ldr	r0, =init_task
	set_current r0			@ current = init_task, for an early oops
	mov	fp, #0			@ end of the frame-pointer chain
	mov	r0, r9
	b	start_kernel		@ start_kernel(dtb_phys), never returns
ENDPROC(__mmap_switched)
	.ltorg

	.data
	.align	2
	.globl	__pv_phys_offset
__pv_phys_offset:
	.word	0
	.globl	swapper_pg_dir_phys
swapper_pg_dir_phys:
	.word	0
