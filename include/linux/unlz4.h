/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/unlz4.h - one-shot LZ4 legacy-frame decompression.
 *
 * Linux: include/linux/decompress/unlz4.h; the code is lib/lz4.c
 * (Linux splits it into lib/decompress_unlz4.c and lib/lz4/).
 *
 * The input is what `lz4 -l` writes: the magic 0x184c2102 (little-endian),
 * then blocks of [LE32 compressed size][LZ4 block], each decompressing to
 * at most 8 MiB.  The frame ends where the input ends; another magic word
 * where a block size is expected starts a new frame and is skipped.
 *
 *   in, in_len      the complete .lz4 file
 *   out, out_max    the output buffer; nothing is ever written at or past
 *                   out + out_max, and nothing read past in + in_len, even
 *                   for a corrupt stream.  Bytes between *out_len and
 *                   out_max may be scribbled on.
 *   out_len         set to the number of bytes produced (also on error)
 *   err             on error, set to a short reason such as
 *                   "bad lz4 magic", "truncated input", "invalid offset",
 *                   "output overflow", "bad block size"
 *
 * Returns 0 on success, a negative number on error.  LZ4 legacy frames have
 * no checksum, so some corruptions decode "successfully" to wrong data.
 */
#ifndef _LINUX_UNLZ4_H
#define _LINUX_UNLZ4_H

#include <linux/types.h>

int unlz4(const u8 *in, size_t in_len, u8 *out, size_t out_max,
	  size_t *out_len, const char **err);

#endif /* _LINUX_UNLZ4_H */
