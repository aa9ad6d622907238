/* SPDX-License-Identifier: GPL-2.0 */
/*
 * boot/compressed/piggy.S - the compressed kernel, carried as data.
 * Linux: arch/arm/boot/compressed/piggy.S. piggy_data is the kernel Image
 * compressed by the host's gzip or lz4, followed by its inflated size as a
 * little-endian word. zimage.ld puts it last in the image.
 */
	.section .piggydata, "a"
	.globl	input_data
input_data:
	.incbin	"piggy_data"
	.globl	input_data_end
input_data_end:
