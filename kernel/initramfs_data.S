/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kernel/initramfs_data.S - the user programs, linked into the kernel as
 * one cpio archive (built by user/Makefile with GNU cpio).
 * Linux: usr/initramfs_data.S.
 */
	.section .rodata.initramfs, "a"
	.balign	4
	.globl	__initramfs_start
__initramfs_start:
	.incbin	"initramfs.cpio"
	.globl	__initramfs_end
__initramfs_end:
