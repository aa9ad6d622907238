// SPDX-License-Identifier: GPL-2.0
/*
 * lib/lz4.c - LZ4 legacy-frame decoder (what `lz4 -l` writes).
 *
 * Linux: lib/decompress_unlz4.c (the frame) and lib/lz4/lz4_decompress.c
 * (the block format).  An LZ4 block is a list of sequences:
 *
 *   token       high nibble: literal count, low nibble: match length - 4
 *               (15 in a nibble means "more bytes follow, add each until
 *               one is not 255")
 *   literals    copied as they are
 *   offset      LE16, how far back the match starts (1..65535)
 *   [lengths]   the extra match length bytes
 *
 * The last sequence of a block has only literals.  There is no entropy
 * coding, so decoding is almost all copying: the fast paths copy 8 bytes
 * at a time and may run up to 7 bytes past the end of a copy when there is
 * room, so that short copies need no tail loop.
 */
#include <linux/unlz4.h>

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "lz4: the word loads below assume a little-endian CPU"
#endif

#define LZ4_LEGACY_MAGIC	0x184c2102u
#define LZ4_BLOCK_MAX		(8u << 20)	/* output of one legacy block */
#define LZ4_MIN_MATCH		4
#define WILD			8		/* bytes one wild copy step moves */

/* Unaligned word access: one ldr/str on ARMv7 (see lib/inflate.c). */
static inline u32 get_le32(const u8 *p)
{
	u32 v;

	__builtin_memcpy(&v, p, 4);
	return v;
}

/* Copy 8 bytes at a time from src to dst until dst reaches end (or passes
 * it by up to 7 bytes).  Overlap is fine if src is at least 8 bytes back. */
static inline void wild_copy(u8 *dst, const u8 *src, const u8 *end)
{
	do {
		__builtin_memcpy(dst, src, WILD);
		dst += WILD;
		src += WILD;
	} while (dst < end);
}

/*
 * Read a length that continues in extra bytes: add bytes until one is not
 * 255.  Returns false if the input ends first.
 */
static bool read_length(const u8 **ip, const u8 *iend, size_t *len)
{
	const u8 *p = *ip;
	u8 b;

	do {
		if (p == iend)
			return false;
		b = *p++;
		*len += b;
	} while (b == 255);
	*ip = p;
	return true;
}

/* Copy n literal bytes; returns an error string or NULL. */
static const char *copy_literals(const u8 **ip, const u8 *iend, u8 **op,
				 const u8 *oend, size_t n)
{
	const u8 *src = *ip;
	u8 *dst = *op;

	if (n + WILD <= (size_t)(iend - src) && n + WILD <= (size_t)(oend - dst)) {
		wild_copy(dst, src, dst + n);
	} else {
		if (n > (size_t)(iend - src))
			return "truncated input";
		if (n > (size_t)(oend - dst))
			return "output overflow";
		for (size_t i = 0; i < n; i++)
			dst[i] = src[i];
	}
	*ip = src + n;
	*op = dst + n;
	return NULL;
}

/* Copy an n-byte match from offset bytes back (already range-checked). */
static const char *copy_match(u8 **op, const u8 *oend, size_t offset, size_t n)
{
	u8 *dst = *op, *end = dst + n;
	const u8 *src = dst - offset;

	if (n > (size_t)(oend - dst))
		return "output overflow";
	if (offset >= WILD && n + WILD <= (size_t)(oend - dst))
		wild_copy(dst, src, end);
	else
		while (dst < end)
			*dst++ = *src++;	/* overlapping: byte by byte */
	*op = end;
	return NULL;
}

/*
 * The fast loop (Linux: the "shortcut" in LZ4_decompress_generic()).  While
 * FAST_MARGIN bytes of input and output remain, a sequence whose literal and
 * match lengths both fit in the token needs no bounds checks at all: copy
 * 16 literal bytes and 8 or 16 match bytes, whatever the true lengths, and
 * move on by the true lengths.  Anything else (long lengths, a match closer
 * than 8 bytes, a bad offset, the end in sight) is left to the careful
 * loop, which starts again at the same token.
 */
#define FAST_MARGIN	32

static void lz4_fast(const u8 **ipp, const u8 *iend, u8 **opp,
		     const u8 *oend, const u8 *block_start)
{
	const u8 *ip = *ipp;
	u8 *op = *opp;
	size_t lit, len, offset;
	u8 token;

	while ((size_t)(iend - ip) >= FAST_MARGIN &&
	       (size_t)(oend - op) >= FAST_MARGIN) {
		token = ip[0];
		lit = token >> 4;
		len = token & 15;
		offset = ip[1 + lit] | ip[2 + lit] << 8;
		if (lit == 15 || len == 15 || offset < WILD ||
		    offset > (size_t)(op + lit - block_start))
			break;
		__builtin_memcpy(op, ip + 1, 16);	/* lit <= 14 */
		ip += 3 + lit;
		op += lit;
		__builtin_memcpy(op, op - offset, WILD);	/* len + 4 <= 18 */
		if (len > WILD - LZ4_MIN_MATCH) {
			__builtin_memcpy(op + 8, op + 8 - offset, WILD);
			__builtin_memcpy(op + 16, op + 16 - offset, 2);
		}
		op += len + LZ4_MIN_MATCH;
	}
	*ipp = ip;
	*opp = op;
}

/*
 * Decode one LZ4 block from [ip, iend) to [op, oend).  Matches may only
 * reach back to the start of the block, as in Linux's LZ4_decompress_safe().
 */
static const char *lz4_block(const u8 *ip, const u8 *iend, u8 **opp,
			     const u8 *oend)
{
	u8 *op = *opp;
	const u8 *const block_start = op;
	const char *err;
	size_t lit, len, offset;
	u8 token;

	for (;;) {
		lz4_fast(&ip, iend, &op, oend, block_start);
		if (ip == iend) {
			err = "truncated input";
			break;
		}
		token = *ip++;
		lit = token >> 4;
		if (lit == 15 && !read_length(&ip, iend, &lit)) {
			err = "truncated input";
			break;
		}
		err = copy_literals(&ip, iend, &op, oend, lit);
		if (err || ip == iend)		/* the last sequence */
			break;

		if (iend - ip < 2) {
			err = "truncated input";
			break;
		}
		offset = ip[0] | ip[1] << 8;
		ip += 2;
		if (offset == 0 || offset > (size_t)(op - block_start)) {
			err = "invalid offset";
			break;
		}
		len = token & 15;
		if (len == 15 && !read_length(&ip, iend, &len)) {
			err = "truncated input";
			break;
		}
		err = copy_match(&op, oend, offset, len + LZ4_MIN_MATCH);
		if (err)
			break;
	}
	*opp = op;
	return err;
}

int unlz4(const u8 *in, size_t in_len, u8 *out, size_t out_max,
	  size_t *out_len, const char **err)
{
	const u8 *ip = in, *iend = in + in_len;
	u8 *op = out, *oend = out + out_max, *block_end;
	u32 size;

	*out_len = 0;
	*err = NULL;
	if (in_len < 4 || get_le32(ip) != LZ4_LEGACY_MAGIC) {
		*err = "bad lz4 magic";
		return -1;
	}
	ip += 4;
	while (ip != iend) {
		if (iend - ip < 4) {
			*err = "truncated input";
			break;
		}
		size = get_le32(ip);
		ip += 4;
		if (size == LZ4_LEGACY_MAGIC)	/* a concatenated frame */
			continue;
		if (size > (size_t)(iend - ip)) {
			*err = "truncated input";
			break;
		}
		/* one block may not produce more than LZ4_BLOCK_MAX bytes */
		block_end = (size_t)(oend - op) > LZ4_BLOCK_MAX ?
			    op + LZ4_BLOCK_MAX : oend;
		*err = lz4_block(ip, ip + size, &op, block_end);
		if (*err)
			break;
		ip += size;
	}
	*out_len = op - out;
	return *err ? -1 : 0;
}
