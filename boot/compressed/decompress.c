// SPDX-License-Identifier: GPL-2.0
/*
 * boot/compressed/decompress.c - pick the decoder the kernel was
 * compressed for. Linux: arch/arm/boot/compressed/decompress.c, which
 * likewise #includes the whole decompressor from lib/.
 */
#include "misc.h"

#ifdef CONFIG_KERNEL_GZIP
#include <linux/gunzip.h>
#include "../../lib/inflate.c"

int do_decompress(const u8 *input, size_t len, u8 *output, size_t out_max,
		  size_t *out_len, const char **err)
{
	return gunzip(input, len, output, out_max, out_len,
		      malloc(gunzip_workspace_size()), err);
}
#endif

#ifdef CONFIG_KERNEL_LZ4
#include <linux/unlz4.h>
#include "../../lib/lz4.c"

int do_decompress(const u8 *input, size_t len, u8 *output, size_t out_max,
		  size_t *out_len, const char **err)
{
	return unlz4(input, len, output, out_max, out_len, err);
}
#endif
