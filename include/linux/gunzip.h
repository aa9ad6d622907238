/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/gunzip.h - one-shot gzip decompression into a flat buffer.
 *
 * Linux: include/linux/decompress/inflate.h (gunzip()) and
 * include/linux/zlib.h; the code is lib/inflate.c.
 *
 * The whole output is one contiguous buffer (the decompressed kernel), so
 * the DEFLATE back-references read the output itself: no sliding window.
 *
 *   in, in_len      the complete .gz file (one gzip member; bytes after
 *                   its 8-byte trailer are ignored)
 *   out, out_max    the output buffer; nothing is ever written at or past
 *                   out + out_max, and nothing read past in + in_len, even
 *                   for a corrupt stream.  Bytes between *out_len and
 *                   out_max may be scribbled on.
 *   out_len         set to the number of bytes produced (also on error)
 *   workspace       gunzip_workspace_size() bytes, 4-byte aligned, for the
 *                   Huffman decoding tables (no other memory is used)
 *   err             on error, set to a short reason such as
 *                   "bad gzip header", "truncated input", "invalid code",
 *                   "invalid block type", "invalid distance",
 *                   "output overflow", "CRC mismatch", "size mismatch"
 *
 * Returns 0 on success (CRC32 and ISIZE checked), a negative number on error.
 */
#ifndef _LINUX_GUNZIP_H
#define _LINUX_GUNZIP_H

#include <linux/types.h>

size_t gunzip_workspace_size(void);
int gunzip(const u8 *in, size_t in_len, u8 *out, size_t out_max,
	   size_t *out_len, void *workspace, const char **err);

#endif /* _LINUX_GUNZIP_H */
