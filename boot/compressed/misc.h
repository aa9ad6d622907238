/* SPDX-License-Identifier: GPL-2.0 */
/*
 * boot/compressed/misc.h - what the decompressor's C files share.
 * Linux: arch/arm/boot/compressed/misc.h.
 */
#ifndef __BOOT_COMPRESSED_MISC_H
#define __BOOT_COMPRESSED_MISC_H

#include <linux/types.h>
#include <linux/kconfig.h>

void putstr(const char *s);
void *malloc(size_t size);
void error(const char *x) __attribute__((noreturn));
int do_decompress(const u8 *input, size_t len, u8 *output, size_t out_max,
		  size_t *out_len, const char **err);
void decompress_kernel(unsigned long output_start, unsigned long free_mem_ptr_p,
		       unsigned long free_mem_ptr_end_p, unsigned long dtb,
		       unsigned long kernel_size);

#endif
