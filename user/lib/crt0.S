/* SPDX-License-Identifier: GPL-2.0 */
/*
 * user/lib/crt0.S - process entry point, _start, for Tern's programs.
 *
 * The kernel's ELF loader (Linux: fs/binfmt_elf.c create_elf_tables,
 * start_thread in arch/arm/include/asm/processor.h) enters _start in user
 * mode with every register but sp and pc meaningless, and the stack:
 *
 *	sp ->	argc
 *		argv[0] ... argv[argc - 1], NULL
 *		envp[0] ... NULL
 *		auxv pairs (type, value) ... AT_NULL (0), 0
 *
 * _start clears .bss, runs the C constructors and calls
 * exit(main(argc, argv, envp)).  Counterpart of glibc's
 * sysdeps/arm/start.S and nolibc's arch-arm.h _start.
 * Assembles to Thumb-2 or ARM, whichever -mthumb/-marm selects.
 */
	.syntax	unified
#ifdef __thumb__
	.thumb				@ -mthumb: a Thumb entry, e_entry odd
#else
	.arm				@ -marm (armtest): e_entry even
#endif
	.text

	.global	_start
	.type	_start, %function
_start:
	/* sp = &argc, set by the kernel */
	mov	fp, #0			@ r11 = 0: no caller frame, ends backtraces
	mov	lr, #0			@ lr = 0: _start never returns
	ldr	r4, [sp]		@ r4 = argc
	add	r5, sp, #4		@ r5 = argv = sp + 4
	add	r6, r5, r4, lsl #2	@ r6 = &argv[argc] (the NULL)
	add	r6, r6, #4		@ r6 = envp = &argv[argc + 1]
	mov	r0, sp			@ r0 = sp (Thumb can't bic sp itself)
	bic	r0, r0, #7		@ r0 = sp rounded down to 8: AAPCS
	mov	sp, r0			@ sp = 8-byte aligned stack top

	ldr	r0, =environ		@ r0 = &environ (newlib's getenv)
	str	r6, [r0]		@ environ = envp

	/* clear .bss: the kernel already zeroes it, but it is cheap */
	ldr	r0, =__bss_start__	@ r0 = first word of .bss
	ldr	r1, =__bss_end__	@ r1 = end of .bss (4-aligned)
	mov	r2, #0			@ r2 = 0, the value to store
1:	cmp	r0, r1			@ r0 < r1: words left?
	bhs	2f			@ no: done
	str	r2, [r0], #4		@ *r0++ = 0
	b	1b
2:
	bl	__libc_init_array	@ constructors (.preinit/.init_array)
	mov	r0, r4			@ r0 = argc
	mov	r1, r5			@ r1 = argv
	mov	r2, r6			@ r2 = envp
	bl	main			@ r0 = main's return value
	bl	exit			@ flush stdio, exit_group(r0): no return
	.size	_start, . - _start
	.ltorg

/*
 * newlib's __libc_init_array calls _init and __libc_fini_array _fini,
 * which gcc's crti.o/crtn.o provide; with -nostartfiles they are empty.
 */
	.global	_init
	.type	_init, %function
_init:
	bx	lr
	.size	_init, . - _init

	.global	_fini
	.type	_fini, %function
_fini:
	bx	lr
	.size	_fini, . - _fini

	.section .note.GNU-stack, "", %progbits
