/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/crc32.h - the IEEE 802.3 CRC32 that gzip, zlib and PNG use.
 *
 * Linux: include/linux/crc32.h (crc32_le) and lib/crc32.c.
 *
 * Unlike Linux's raw crc32_le(), this one does the gzip conditioning
 * (~crc before and after) itself, so:
 *   crc32_le(0, "123456789", 9) == 0xcbf43926
 *   crc32_le(crc32_le(0, a, n), b, m) == crc of a followed by b
 * which matches zlib's crc32() and Python's zlib.crc32().
 */
#ifndef _LINUX_CRC32_H
#define _LINUX_CRC32_H

#include <linux/types.h>

u32 crc32_le(u32 crc, const void *p, size_t len);

#endif /* _LINUX_CRC32_H */
