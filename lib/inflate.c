// SPDX-License-Identifier: GPL-2.0
/*
 * lib/inflate.c - gzip (RFC 1952) and DEFLATE (RFC 1951) decoder.
 *
 * Linux: lib/zlib_inflate/ (inflate.c, inftrees.c, inffast.c) driven by
 * lib/decompress_inflate.c.  This is a smaller, from-scratch version of the
 * same design, for one flat output buffer:
 *
 *  - Huffman codes are decoded with lookup tables (inflate_table() in Linux).
 *    The low LITLEN_BITS (DIST_BITS) bits of the bit buffer index a first
 *    level table; the rare longer codes go through a second-level sub-table.
 *  - Bits are kept in a 32-bit buffer "hold" (least significant bit first,
 *    as DEFLATE packs them) and refilled a word at a time.
 *  - A fast loop (inflate_fast() in Linux) runs while at least
 *    FAST_IN_MARGIN input bytes and FAST_OUT_MARGIN output bytes remain, so
 *    it needs no per-byte bounds checks; the careful loop handles the end.
 *  - There is no window: a match copies from the output already written.
 *
 * Table entry format (u32): value << 16 | op << 8 | nbits, where nbits is
 * how many bits the entry's code takes and op says what value is:
 *   OP_LIT          value is a literal byte (or a code-length symbol)
 *   OP_BASE | n     value is a length or distance base; n extra bits follow
 *   OP_SUB | n      value is the offset of a sub-table indexed by n more bits
 *   OP_EOB          end of block
 *   OP_BAD          no such code: the stream is corrupt
 */
#include <linux/gunzip.h>
#include <linux/crc32.h>

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "inflate: the word loads below assume a little-endian CPU"
#endif

#define MAXBITS		15	/* longest DEFLATE Huffman code */
#define LITLEN_BITS	10	/* first-level index bits, literal/length */
#define DIST_BITS	8	/* first-level index bits, distance */
#define CODELEN_BITS	7	/* code-length codes are at most 7 bits */
/* Worst cases are 1334 and 402 entries (zlib's "enough" program). */
#define LITLEN_ENOUGH	1536
#define DIST_ENOUGH	512

#define OP_LIT		0x00
#define OP_BASE		0x10
#define OP_SUB		0x20
#define OP_BAD		0x40
#define OP_EOB		0x60

#define ENTRY(op, val)	((u32)(val) << 16 | (u32)(op) << 8)
#define E_NBITS(e)	((e) & 0xff)
#define E_OP(e)		(((e) >> 8) & 0xff)
#define E_VAL(e)	((e) >> 16)

/* Longest match is 258 and copies may run 7 bytes over (copy_match_fast). */
#define FAST_OUT_MARGIN	(258 + 8)
/* At most 3 refills per symbol, each reads 4 bytes and moves up to 3. */
#define FAST_IN_MARGIN	16

enum table_kind { CODES, LENS, DISTS };

struct inflate_workspace {
	u32 litlen[LITLEN_ENOUGH];
	u32 dist[DIST_ENOUGH];
	u32 codelen[1 << CODELEN_BITS];
	u16 sorted[288 + 32];	/* symbols in canonical code order */
	u8 lens[288 + 32];	/* code length of each symbol */
	bool fixed_built;	/* litlen/dist hold the fixed tables */
};

struct inflate_state {
	const u8 *in, *in_end;
	u8 *out_start, *out, *out_end;
	u32 hold;		/* bit buffer, next bit is bit 0 */
	unsigned int bits;	/* number of valid bits in hold */
	struct inflate_workspace *ws;
	const char *err;
};

/* Length codes 257..285 and distance codes 0..29 (RFC 1951 3.2.5). */
static const u16 len_base[29] = {
	3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
	35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258
};
static const u8 len_extra[29] = {
	0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
	3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0
};
static const u16 dist_base[30] = {
	1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
	257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
	8193, 12289, 16385, 24577
};
static const u8 dist_extra[30] = {
	0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
	7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13
};
/* The order in which code-length code lengths are sent. */
static const u8 codelen_order[19] = {
	16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15
};

static int fail(struct inflate_state *s, const char *why)
{
	s->err = why;
	return -1;
}

/*
 * Unaligned little-endian word access.  With -munaligned-access (the ARMv7
 * default) these are single ldr/str; with -mno-unaligned-access GCC makes
 * them byte by byte, which is slower but still right.
 */
static inline u32 get_le32(const u8 *p)
{
	u32 v;

	__builtin_memcpy(&v, p, 4);
	return v;
}

static inline void put_32(u8 *p, u32 v)
{
	__builtin_memcpy(p, &v, 4);
}

/* ---------------------------------------------------------------------- */
/* Building the decoding tables (Linux: lib/zlib_inflate/inftrees.c)       */

/* What a symbol means, as a table entry without nbits. */
static u32 symbol_entry(enum table_kind kind, unsigned int sym)
{
	if (kind == CODES || (kind == LENS && sym < 256))
		return ENTRY(OP_LIT, sym);
	if (kind == LENS) {
		if (sym == 256)
			return ENTRY(OP_EOB, 0);
		sym -= 257;
		if (sym < 29)
			return ENTRY(OP_BASE | len_extra[sym], len_base[sym]);
		return ENTRY(OP_BAD, 0);
	}
	if (sym < 30)
		return ENTRY(OP_BASE | dist_extra[sym], dist_base[sym]);
	return ENTRY(OP_BAD, 0);
}

/* Store e at t[start], t[start + step], ... below t[end]. */
static void fill_entries(u32 *t, u32 start, u32 step, u32 end, u32 e)
{
	for (; start < end; start += step)
		t[start] = e;
}

/*
 * Add one to a len-bit code that is stored bit-reversed (DEFLATE sends
 * codes most significant bit first, but we index tables with the bits in
 * arrival order).
 */
static u32 reversed_increment(u32 huff, unsigned int len)
{
	u32 incr = 1u << (len - 1);

	while (huff & incr)
		incr >>= 1;
	return incr ? (huff & (incr - 1)) + incr : 0;
}

/*
 * How many index bits the sub-table starting with a len-bit code needs:
 * grow it until the codes still to come (remain[]) would fill it.
 */
static unsigned int subtable_bits(const u16 *remain, unsigned int len,
				  unsigned int root, unsigned int max)
{
	unsigned int curr = len - root;
	int left = 1 << curr;

	while (curr + root < max) {
		left -= remain[curr + root];
		if (left <= 0)
			break;
		curr++;
		left <<= 1;
	}
	return curr;
}

/*
 * Count the codes of each length and check they form a prefix code.  Like
 * zlib, an incomplete code is only allowed if it is a single 1-bit code.
 * Returns the longest length (0 if there are no codes), or -1.
 */
static int count_lengths(const u8 *lens, unsigned int n, u16 *count)
{
	unsigned int len, sym, max;
	int left = 1;

	for (len = 0; len <= MAXBITS; len++)
		count[len] = 0;
	for (sym = 0; sym < n; sym++)
		count[lens[sym]]++;
	for (max = MAXBITS; max > 0 && count[max] == 0; max--)
		;
	for (len = 1; len <= MAXBITS; len++) {
		left = (left << 1) - count[len];
		if (left < 0)
			return -1;		/* over-subscribed */
	}
	if (max > 1 && left > 0)
		return -1;			/* incomplete */
	return max;
}

/* List the symbols in canonical order: by code length, then by value. */
static void sort_symbols(const u8 *lens, unsigned int n, const u16 *count,
			 u16 *sorted)
{
	u16 offs[MAXBITS + 1];
	unsigned int len, sym;

	offs[1] = 0;
	for (len = 1; len < MAXBITS; len++)
		offs[len + 1] = offs[len] + count[len];
	for (sym = 0; sym < n; sym++)
		if (lens[sym])
			sorted[offs[lens[sym]]++] = sym;
}

/*
 * Build the table for the n code lengths in lens[].  The first 1 << root
 * entries are the first level; sub-tables follow.  Returns 0 or -1.
 */
static int build_table(struct inflate_workspace *ws, enum table_kind kind,
		       const u8 *lens, unsigned int n, u32 *table,
		       unsigned int root, unsigned int size)
{
	u16 remain[MAXBITS + 1];
	u32 huff = 0, prefix = ~0u, sub = 0, sub_bits = 0;
	u32 next = 1u << root, e;
	unsigned int len, i = 0;
	int max = count_lengths(lens, n, remain);

	if (max < 0)
		return -1;
	if (max <= 1)	/* incomplete or empty: unused codes are invalid */
		fill_entries(table, 0, 1, 1u << root, ENTRY(OP_BAD, 0) | 1);
	sort_symbols(lens, n, remain, ws->sorted);

	for (len = 1; len <= (unsigned int)max; len++) {
		while (remain[len]) {
			e = symbol_entry(kind, ws->sorted[i++]);
			if (len <= root) {
				fill_entries(table, huff, 1u << len, 1u << root,
					     e | len);
			} else {
				if ((huff & ((1u << root) - 1)) != prefix) {
					/* first code with a new prefix */
					prefix = huff & ((1u << root) - 1);
					sub_bits = subtable_bits(remain, len,
								 root, max);
					sub = next;
					next += 1u << sub_bits;
					if (next > size)
						return -1;
					table[prefix] = ENTRY(OP_SUB | sub_bits,
							      sub) | root;
				}
				fill_entries(table + sub, huff >> root,
					     1u << (len - root), 1u << sub_bits,
					     e | (len - root));
			}
			remain[len]--;
			huff = reversed_increment(huff, len);
		}
	}
	return 0;
}

/* The fixed Huffman code of block type 1 (RFC 1951 3.2.6). */
static void build_fixed_tables(struct inflate_workspace *ws)
{
	unsigned int sym;

	if (ws->fixed_built)
		return;
	for (sym = 0; sym < 288; sym++)
		ws->lens[sym] = sym < 144 ? 8 : sym < 256 ? 9 : sym < 280 ? 7 : 8;
	build_table(ws, LENS, ws->lens, 288, ws->litlen, LITLEN_BITS,
		    LITLEN_ENOUGH);
	/* 32 codes so the code is complete; 30 and 31 decode as OP_BAD. */
	for (sym = 0; sym < 32; sym++)
		ws->lens[sym] = 5;
	build_table(ws, DISTS, ws->lens, 32, ws->dist, DIST_BITS, DIST_ENOUGH);
	ws->fixed_built = true;
}

/* ---------------------------------------------------------------------- */
/* Careful bit reading, with a bounds check on every byte                  */

static bool pull_byte(struct inflate_state *s)
{
	if (s->in == s->in_end)
		return false;
	s->hold |= (u32)*s->in++ << s->bits;
	s->bits += 8;
	return true;
}

/* Make sure at least n <= 24 bits are in hold. */
static bool need_bits(struct inflate_state *s, unsigned int n)
{
	while (s->bits < n)
		if (!pull_byte(s))
			return false;
	return true;
}

static u32 take_bits(struct inflate_state *s, unsigned int n)
{
	u32 v = s->hold & ((1u << n) - 1);

	s->hold >>= n;
	s->bits -= n;
	return v;
}

/* Look up one entry, pulling bytes until its whole code is in hold. */
static bool lookup(struct inflate_state *s, const u32 *table, unsigned int bits,
		   u32 *entry)
{
	u32 e;

	for (;;) {
		e = table[s->hold & ((1u << bits) - 1)];
		if (E_NBITS(e) <= s->bits)
			break;
		if (!pull_byte(s))
			return false;
	}
	take_bits(s, E_NBITS(e));
	*entry = e;
	return true;
}

/* Decode one symbol with its table, following a sub-table link. */
static int decode_symbol(struct inflate_state *s, const u32 *table,
			 unsigned int root, u32 *entry)
{
	if (!lookup(s, table, root, entry))
		return fail(s, "truncated input");
	if ((E_OP(*entry) & 0xf0) == OP_SUB &&
	    !lookup(s, table + E_VAL(*entry), E_OP(*entry) & 15, entry))
		return fail(s, "truncated input");
	return 0;
}

/* Read n extra bits after a length or distance code. */
static int extra_bits(struct inflate_state *s, unsigned int n, u32 *v)
{
	if (!need_bits(s, n))
		return fail(s, "truncated input");
	*v = take_bits(s, n);
	return 0;
}

/* Drop the bits up to the next byte boundary and give back whole bytes. */
static void align_to_byte(struct inflate_state *s)
{
	take_bits(s, s->bits & 7);
	s->in -= s->bits >> 3;
	s->hold = 0;
	s->bits = 0;
}

/* ---------------------------------------------------------------------- */
/* Block types                                                             */

/* Exact copy of n bytes, no overlap, a word at a time where possible. */
static void copy_bytes(u8 *dst, const u8 *src, size_t n)
{
	for (; n >= 4; n -= 4, dst += 4, src += 4)
		put_32(dst, get_le32(src));
	while (n--)
		*dst++ = *src++;
}

/* Block type 0: LEN, NLEN, then LEN raw bytes. */
static int inflate_stored(struct inflate_state *s)
{
	u32 len;

	align_to_byte(s);
	if (s->in_end - s->in < 4)
		return fail(s, "truncated input");
	len = s->in[0] | s->in[1] << 8;
	if ((len ^ 0xffff) != (u32)(s->in[2] | s->in[3] << 8))
		return fail(s, "invalid stored block lengths");
	s->in += 4;
	if ((size_t)(s->in_end - s->in) < len)
		return fail(s, "truncated input");
	if ((size_t)(s->out_end - s->out) < len)
		return fail(s, "output overflow");
	copy_bytes(s->out, s->in, len);
	s->in += len;
	s->out += len;
	return 0;
}

/* Read the code lengths of a dynamic block with the code-length code. */
static int read_code_lengths(struct inflate_state *s, unsigned int n)
{
	u8 *lens = s->ws->lens;
	unsigned int i = 0, rep, sym;
	u32 e, v;

	while (i < n) {
		if (decode_symbol(s, s->ws->codelen, CODELEN_BITS, &e))
			return -1;
		if (E_OP(e) != OP_LIT)
			return fail(s, "invalid code lengths");
		sym = E_VAL(e);
		if (sym < 16) {
			lens[i++] = sym;
			continue;
		}
		if (sym == 16 && i == 0)
			return fail(s, "invalid code lengths");
		if (extra_bits(s, sym == 16 ? 2 : sym == 17 ? 3 : 7, &v))
			return -1;
		rep = v + (sym == 18 ? 11 : 3);
		if (rep > n - i)
			return fail(s, "invalid code lengths");
		v = sym == 16 ? lens[i - 1] : 0;
		while (rep--)
			lens[i++] = v;
	}
	return 0;
}

/* Block type 2 header: the two Huffman codes, themselves Huffman coded. */
static int read_dynamic_tables(struct inflate_state *s)
{
	struct inflate_workspace *ws = s->ws;
	unsigned int nlen, ndist, ncode, i;

	if (!need_bits(s, 14))
		return fail(s, "truncated input");
	nlen = take_bits(s, 5) + 257;
	ndist = take_bits(s, 5) + 1;
	ncode = take_bits(s, 4) + 4;
	if (nlen > 286 || ndist > 30)
		return fail(s, "invalid code lengths");

	for (i = 0; i < 19; i++)
		ws->lens[codelen_order[i]] = 0;
	for (i = 0; i < ncode; i++) {
		if (!need_bits(s, 3))
			return fail(s, "truncated input");
		ws->lens[codelen_order[i]] = take_bits(s, 3);
	}
	ws->fixed_built = false;
	if (build_table(ws, CODES, ws->lens, 19, ws->codelen, CODELEN_BITS,
			1 << CODELEN_BITS))
		return fail(s, "invalid code lengths");

	if (read_code_lengths(s, nlen + ndist))
		return -1;
	if (ws->lens[256] == 0)		/* no end-of-block code */
		return fail(s, "invalid code lengths");
	if (build_table(ws, LENS, ws->lens, nlen, ws->litlen, LITLEN_BITS,
			LITLEN_ENOUGH) ||
	    build_table(ws, DISTS, ws->lens + nlen, ndist, ws->dist, DIST_BITS,
			DIST_ENOUGH))
		return fail(s, "invalid code lengths");
	return 0;
}

/*
 * Copy a match of len bytes from dist bytes back.  May write up to 7 bytes
 * past out + len: only for use with FAST_OUT_MARGIN of room.  Word copies
 * are safe when dist >= the word size: each word read is already written.
 */
static inline void copy_match_fast(u8 *out, u32 dist, u32 len)
{
	const u8 *src = out - dist;
	u8 *end = out + len;
	u32 v;

	if (dist >= 8) {
		do {
			put_32(out, get_le32(src));
			put_32(out + 4, get_le32(src + 4));
			out += 8;
			src += 8;
		} while (out < end);
	} else if (dist >= 4) {
		do {
			put_32(out, get_le32(src));
			out += 4;
			src += 4;
		} while (out < end);
	} else if (dist == 1) {			/* a run of one byte */
		v = *src * 0x01010101u;
		do {
			put_32(out, v);
			out += 4;
		} while (out < end);
	} else {
		do
			*out++ = *src++;
		while (out < end);
	}
}

/*
 * Top up hold to at least 24 bits with one unaligned word load: bytes that
 * do not fit whole are loaded again next time (ORing the same bits).
 */
#define REFILL() do {						\
	hold |= get_le32(in) << bits;				\
	in += (31 - bits) >> 3;					\
	bits |= 24;						\
} while (0)

/* Drop n bits that have been used. */
#define DROPBITS(n) do {					\
	hold >>= (n);						\
	bits -= (n);						\
} while (0)

/* The low n bits of hold. */
#define BITS(n)		(hold & ((1u << (n)) - 1))

/* Where the fast loop must stop: margin bytes before end, if there is room. */
static inline const u8 *fast_limit(const u8 *p, const u8 *end, size_t margin)
{
	return (size_t)(end - p) > margin ? end - margin : p;
}

/*
 * The fast loop (Linux: lib/zlib_inflate/inffast.c).  Decodes symbols
 * while the margins guarantee no bounds can be crossed.  Returns 1 at the
 * end of the block, 0 when a margin runs out, -1 on a corrupt stream.
 */
static int inflate_fast(struct inflate_state *s)
{
	const u32 *const lcode = s->ws->litlen, *const dcode = s->ws->dist;
	const u8 *in = s->in;
	const u8 *const in_limit = fast_limit(in, s->in_end, FAST_IN_MARGIN);
	u8 *out = s->out;
	u8 *const out_limit = (u8 *)fast_limit(out, s->out_end,
					       FAST_OUT_MARGIN);
	u8 *const out_start = s->out_start;
	u32 hold = s->hold, e, len, dist;
	unsigned int bits = s->bits;
	int ret = 0;

	while (in < in_limit && out < out_limit) {
		REFILL();
		e = lcode[BITS(LITLEN_BITS)];
		if (E_OP(e) == OP_LIT) {
			/*
			 * A run of literals: go on while the next code is a
			 * literal wholly inside the bits we have (its table
			 * entry does not depend on the bits above them).
			 */
			do {
				DROPBITS(E_NBITS(e));
				*out++ = E_VAL(e);
				e = lcode[BITS(LITLEN_BITS)];
			} while (E_OP(e) == OP_LIT && E_NBITS(e) <= bits);
			continue;
		}
		if ((E_OP(e) & 0xf0) == OP_SUB) {	/* a code > 10 bits */
			DROPBITS(E_NBITS(e));
			e = lcode[E_VAL(e) + BITS(E_OP(e) & 15)];
			if (E_OP(e) == OP_LIT) {
				DROPBITS(E_NBITS(e));
				*out++ = E_VAL(e);
				continue;
			}
		}
		DROPBITS(E_NBITS(e));
		if (!(E_OP(e) & OP_BASE)) {
			ret = E_OP(e) == OP_EOB ? 1 : fail(s, "invalid code");
			break;
		}
		/* a length: <= 15 + 5 bits used since the refill */
		len = E_VAL(e) + BITS(E_OP(e) & 15);
		DROPBITS(E_OP(e) & 15);

		REFILL();
		e = dcode[BITS(DIST_BITS)];
		if ((E_OP(e) & 0xf0) == OP_SUB) {
			DROPBITS(E_NBITS(e));
			e = dcode[E_VAL(e) + BITS(E_OP(e) & 15)];
		}
		DROPBITS(E_NBITS(e));
		if (!(E_OP(e) & OP_BASE)) {
			ret = fail(s, "invalid distance");
			break;
		}
		if (bits < (E_OP(e) & 15))	/* up to 13 extra bits */
			REFILL();
		dist = E_VAL(e) + BITS(E_OP(e) & 15);
		DROPBITS(E_OP(e) & 15);
		if (dist > (size_t)(out - out_start)) {
			ret = fail(s, "invalid distance");
			break;
		}
		copy_match_fast(out, dist, len);
		out += len;
	}
	s->in = in;
	s->out = out;
	s->hold = hold;
	s->bits = bits;
	return ret;
}

/* The careful loop: one symbol at a time, every access checked. */
static int inflate_slow(struct inflate_state *s)
{
	const u32 *lcode = s->ws->litlen, *dcode = s->ws->dist;
	u32 e, len, dist;
	u8 *out;

	for (;;) {
		if (decode_symbol(s, lcode, LITLEN_BITS, &e))
			return -1;
		if (E_OP(e) == OP_LIT) {
			if (s->out == s->out_end)
				return fail(s, "output overflow");
			*s->out++ = E_VAL(e);
			continue;
		}
		if (E_OP(e) == OP_EOB)
			return 0;
		if (!(E_OP(e) & OP_BASE))
			return fail(s, "invalid code");
		if (extra_bits(s, E_OP(e) & 15, &len))
			return -1;
		len += E_VAL(e);

		if (decode_symbol(s, dcode, DIST_BITS, &e))
			return -1;
		if (!(E_OP(e) & OP_BASE))
			return fail(s, "invalid distance");
		if (extra_bits(s, E_OP(e) & 15, &dist))
			return -1;
		dist += E_VAL(e);
		if (dist > (size_t)(s->out - s->out_start))
			return fail(s, "invalid distance");
		if (len > (size_t)(s->out_end - s->out))
			return fail(s, "output overflow");
		for (out = s->out, s->out += len; out < s->out; out++)
			*out = out[-(ptrdiff_t)dist];
	}
}

/* Block types 1 and 2: Huffman-coded literals and matches. */
static int inflate_huffman(struct inflate_state *s)
{
	int ret = inflate_fast(s);

	if (ret)
		return ret < 0 ? ret : 0;
	return inflate_slow(s);
}

/* A whole DEFLATE stream: blocks until the one marked last. */
static int inflate(struct inflate_state *s)
{
	u32 last, type;
	int ret;

	do {
		if (!need_bits(s, 3))
			return fail(s, "truncated input");
		last = take_bits(s, 1);
		type = take_bits(s, 2);
		if (type == 0) {
			ret = inflate_stored(s);
		} else if (type == 1) {
			build_fixed_tables(s->ws);
			ret = inflate_huffman(s);
		} else if (type == 2) {
			ret = read_dynamic_tables(s);
			if (!ret)
				ret = inflate_huffman(s);
		} else {
			ret = fail(s, "invalid block type");
		}
		if (ret)
			return ret;
	} while (!last);
	align_to_byte(s);
	return 0;
}

/* ---------------------------------------------------------------------- */
/* The gzip wrapper (Linux: lib/decompress_inflate.c)                      */

#define FHCRC		0x02
#define FEXTRA		0x04
#define FNAME		0x08
#define FCOMMENT	0x10
#define FRESERVED	0xe0

/* Skip a zero-terminated string at in[pos]; returns its end or 0. */
static size_t skip_string(const u8 *in, size_t in_len, size_t pos)
{
	while (pos < in_len)
		if (in[pos++] == 0)
			return pos;
	return 0;
}

/* Check the gzip header; returns the offset of the DEFLATE data or 0. */
static size_t gzip_header(const u8 *in, size_t in_len, const char **err)
{
	size_t pos = 10;
	u8 flags;

	*err = "truncated input";
	if (in_len < 10)
		return 0;
	flags = in[3];
	if (in[0] != 0x1f || in[1] != 0x8b || in[2] != 8 || (flags & FRESERVED)) {
		*err = "bad gzip header";
		return 0;
	}
	if (flags & FEXTRA) {
		if (in_len - pos < 2)
			return 0;
		pos += 2 + (in[pos] | in[pos + 1] << 8);
		if (pos > in_len)
			return 0;
	}
	if ((flags & FNAME) && !(pos = skip_string(in, in_len, pos)))
		return 0;
	if ((flags & FCOMMENT) && !(pos = skip_string(in, in_len, pos)))
		return 0;
	if (flags & FHCRC) {
		if (in_len - pos < 2)
			return 0;
		if ((crc32_le(0, in, pos) & 0xffff) !=
		    (u32)(in[pos] | in[pos + 1] << 8)) {
			*err = "bad gzip header";
			return 0;
		}
		pos += 2;
	}
	return pos;
}

size_t gunzip_workspace_size(void)
{
	return sizeof(struct inflate_workspace);
}

int gunzip(const u8 *in, size_t in_len, u8 *out, size_t out_max,
	   size_t *out_len, void *workspace, const char **err)
{
	struct inflate_state s;
	size_t pos = gzip_header(in, in_len, err);
	size_t n;

	*out_len = 0;
	if (!pos)
		return -1;
	if (in_len - pos < 8) {			/* room for the trailer */
		*err = "truncated input";
		return -1;
	}
	s.in = in + pos;
	s.in_end = in + in_len - 8;
	s.out_start = s.out = out;
	s.out_end = out + out_max;
	s.hold = 0;
	s.bits = 0;
	s.ws = workspace;
	s.ws->fixed_built = false;
	s.err = NULL;

	if (inflate(&s)) {
		*out_len = s.out - out;
		*err = s.err;
		return -1;
	}
	n = *out_len = s.out - out;
	/* the trailer: CRC32 and size modulo 2^32 of the output */
	if (get_le32(s.in + 4) != (u32)n) {
		*err = "size mismatch";
		return -1;
	}
	if (get_le32(s.in) != crc32_le(0, out, n)) {
		*err = "CRC mismatch";
		return -1;
	}
	*err = NULL;
	return 0;
}
