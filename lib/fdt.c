// SPDX-License-Identifier: GPL-2.0
/*
 * lib/fdt.c - read-only walker for a flattened device tree (DTB).
 *
 * Linux: scripts/dtc/libfdt/fdt.c, fdt_ro.c, fdt_addresses.c (the API) and
 * drivers/of/fdt.c (early_init_dt_scan_memory/chosen, what boot does with
 * it).  The firmware or QEMU hands the kernel a blob:
 *
 *   header | memory reserve map | structure block | strings block
 *
 * The structure block is a stream of big-endian 32-bit tokens:
 *   FDT_BEGIN_NODE name\0 (pad to 4)   opens a node
 *   FDT_PROP len nameoff value (pad)   a property of the open node
 *   FDT_END_NODE                       closes it
 *   FDT_NOP                            ignored
 *   FDT_END                            end of the block
 * A property name is an offset into the strings block.
 *
 * The blob comes from outside, so it is never trusted: every read is checked
 * against the block it must lie in, every string must find its NUL inside
 * its block, and every loop moves forward by at least one token or is
 * bounded by a count, so a corrupted blob gives -1, never a fault or a hang.
 *
 * Freestanding: no libc, nothing allocated, no static data.
 */
#include <linux/compiler_attributes.h>
#include <linux/fdt.h>

/* Header field offsets (struct fdt_header in libfdt's fdt.h). */
#define FDT_HDR_MAGIC		0x00
#define FDT_HDR_TOTALSIZE	0x04
#define FDT_HDR_OFF_STRUCT	0x08
#define FDT_HDR_OFF_STRINGS	0x0c
#define FDT_HDR_OFF_RSVMAP	0x10
#define FDT_HDR_VERSION		0x14
#define FDT_HDR_LAST_COMP	0x18
#define FDT_HDR_SIZE_STRINGS	0x20
#define FDT_HDR_SIZE_STRUCT	0x24	/* version 17 and later */

#define FDT_V16_HDR_SIZE	36
#define FDT_V17_HDR_SIZE	40
#define FDT_RSV_ENTRY_SIZE	16	/* u64 address, u64 size */
#define FDT_MAX_TOTALSIZE	0x40000000	/* 1 GiB: offsets fit an int */
#define FDT_MAX_NCELLS		4

#define FDT_TAGALIGN(x)		(((x) + 3) & ~3)

/* ---- small freestanding helpers ---------------------------------------- */

u32 fdt32_ld(const void *p)
{
	const u8 *b = p;

	return ((u32)b[0] << 24) | ((u32)b[1] << 16) |
	       ((u32)b[2] << 8) | (u32)b[3];
}

/* Length of s if a NUL is found within max bytes, else -1. */
static int fdt_strnlen(const char *s, u32 max)
{
	u32 i;

	for (i = 0; i < max; i++)
		if (s[i] == '\0')
			return (int)i;
	return -1;
}

static int fdt_memeq(const char *a, const char *b, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/* Both strings are already known to be NUL-terminated. */
static int fdt_streq(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

static u32 fdt_hdr(const void *fdt, int field)
{
	return fdt32_ld((const u8 *)fdt + field);
}

/* ---- the header --------------------------------------------------------- */

u32 fdt_totalsize(const void *fdt)
{
	return fdt_hdr(fdt, FDT_HDR_TOTALSIZE);
}

static int fdt_fail(const char **err, const char *msg)
{
	if (err)
		*err = msg;
	return -1;
}

/* Does [off, off + size) lie inside [lo, hi)?  No overflow possible. */
static int fdt_block_ok(u32 off, u32 size, u32 lo, u32 hi)
{
	return off >= lo && off <= hi && size <= hi - off;
}

/*
 * Size of the structure block.  Version 17 records it; version 16 does not,
 * so it runs to the strings block when that follows, else to the end.
 */
static u32 fdt_size_dt_struct(const void *fdt)
{
	u32 off = fdt_hdr(fdt, FDT_HDR_OFF_STRUCT);
	u32 str = fdt_hdr(fdt, FDT_HDR_OFF_STRINGS);

	if (fdt_hdr(fdt, FDT_HDR_VERSION) >= 17)
		return fdt_hdr(fdt, FDT_HDR_SIZE_STRUCT);
	if (str > off)
		return str - off;
	return fdt_totalsize(fdt) - off;
}

/* Do the blocks [a, a + alen) and [b, b + blen) share a byte? */
static int fdt_overlap(u32 a, u32 alen, u32 b, u32 blen)
{
	return alen && blen && a < b + blen && b < a + alen;
}

/*
 * Check everything the walker relies on before it reads a token.
 * max_size is how many bytes the caller really has at fdt.
 */
int fdt_check_header(const void *fdt, size_t max_size, const char **err)
{
	u32 version, hdrsize, total, rsv, st, stsize, str, strsize;

	if (!fdt || max_size < 4)
		return fdt_fail(err, "truncated");
	if (fdt_hdr(fdt, FDT_HDR_MAGIC) != FDT_MAGIC)
		return fdt_fail(err, "bad magic");
	if (max_size < FDT_HDR_LAST_COMP + 4)
		return fdt_fail(err, "truncated");

	version = fdt_hdr(fdt, FDT_HDR_VERSION);
	if (version < FDT_FIRST_SUPPORTED_VERSION ||
	    fdt_hdr(fdt, FDT_HDR_LAST_COMP) > FDT_LAST_SUPPORTED_VERSION)
		return fdt_fail(err, "unsupported version");
	if (fdt_hdr(fdt, FDT_HDR_LAST_COMP) > version)
		return fdt_fail(err, "bad version");
	hdrsize = version >= 17 ? FDT_V17_HDR_SIZE : FDT_V16_HDR_SIZE;
	if (max_size < hdrsize)
		return fdt_fail(err, "truncated");

	total = fdt_totalsize(fdt);
	if (total < hdrsize || total > FDT_MAX_TOTALSIZE)
		return fdt_fail(err, "bad totalsize");
	if (total > max_size)
		return fdt_fail(err, "truncated");

	rsv = fdt_hdr(fdt, FDT_HDR_OFF_RSVMAP);
	if (rsv & 7)
		return fdt_fail(err, "misaligned memory reserve map");
	if (!fdt_block_ok(rsv, FDT_RSV_ENTRY_SIZE, hdrsize, total))
		return fdt_fail(err, "memory reserve map outside blob");

	st = fdt_hdr(fdt, FDT_HDR_OFF_STRUCT);
	if (st & 3)
		return fdt_fail(err, "misaligned structure block");
	if (st < hdrsize || st > total)
		return fdt_fail(err, "structure block outside blob");
	stsize = fdt_size_dt_struct(fdt);
	if (!fdt_block_ok(st, stsize, hdrsize, total))
		return fdt_fail(err, "structure block outside blob");

	str = fdt_hdr(fdt, FDT_HDR_OFF_STRINGS);
	strsize = fdt_hdr(fdt, FDT_HDR_SIZE_STRINGS);
	if (!fdt_block_ok(str, strsize, hdrsize, total))
		return fdt_fail(err, "strings block outside blob");

	/* dtc's order: the reserve map first, then two disjoint blocks. */
	if (rsv > st || fdt_overlap(rsv, FDT_RSV_ENTRY_SIZE, st, stsize) ||
	    fdt_overlap(st, stsize, str, strsize))
		return fdt_fail(err, "blocks overlap");

	return 0;
}

/*
 * Every other entry point re-checks the header against its own totalsize
 * (cheap), so a blob that was never checked, or was damaged since, cannot
 * send the walker outside the blocks.
 */
static int fdt_ro_probe(const void *fdt)
{
	if (!fdt)
		return -1;
	return fdt_check_header(fdt, fdt_totalsize(fdt), NULL);
}

/* ---- tokens in the structure block -------------------------------------- */

static const char *fdt_struct(const void *fdt)
{
	return (const char *)fdt + fdt_hdr(fdt, FDT_HDR_OFF_STRUCT);
}

/* Pointer to len bytes at offset of the structure block, or NULL. */
static const char *fdt_offset_ptr(const void *fdt, int offset, u32 len)
{
	u32 size = fdt_size_dt_struct(fdt);

	if (offset < 0 || (u32)offset > size || len > size - (u32)offset)
		return NULL;
	return fdt_struct(fdt) + offset;
}

/* Upper bound on the number of tokens: each one is at least 4 bytes. */
static u32 fdt_max_tags(const void *fdt)
{
	return fdt_size_dt_struct(fdt) / 4 + 1;
}

/*
 * Read the token at offset and set *nextoffset past it and its payload.
 * Returns the token, or -1 if it is unknown or runs outside the block.
 * *nextoffset is always > offset, which is what bounds every walk below.
 */
static int fdt_next_tag(const void *fdt, int offset, int *nextoffset)
{
	const char *p = fdt_offset_ptr(fdt, offset, 4);
	u32 tag, len;
	int next, namelen;

	if (!p)
		return -1;
	tag = fdt32_ld(p);
	next = offset + 4;

	switch (tag) {
	case FDT_BEGIN_NODE:
		p = fdt_offset_ptr(fdt, next, 0);
		namelen = fdt_strnlen(p, fdt_size_dt_struct(fdt) - (u32)next);
		if (namelen < 0)
			return -1;
		next += namelen + 1;
		break;
	case FDT_PROP:
		p = fdt_offset_ptr(fdt, next, 8);
		if (!p)
			return -1;
		len = fdt32_ld(p);
		if (!fdt_offset_ptr(fdt, next + 8, len))
			return -1;
		next += 8 + (int)len;
		break;
	case FDT_END_NODE:
	case FDT_NOP:
	case FDT_END:
		break;
	default:
		return -1;
	}
	*nextoffset = FDT_TAGALIGN(next);
	return (int)tag;
}

/* The NUL-terminated string at stroffset of the strings block, or NULL. */
static const char *fdt_string(const void *fdt, u32 stroffset)
{
	const char *strings = (const char *)fdt +
			      fdt_hdr(fdt, FDT_HDR_OFF_STRINGS);
	u32 size = fdt_hdr(fdt, FDT_HDR_SIZE_STRINGS);

	if (stroffset >= size ||
	    fdt_strnlen(strings + stroffset, size - stroffset) < 0)
		return NULL;
	return strings + stroffset;
}

/* ---- walking nodes ------------------------------------------------------ */

/*
 * The next FDT_BEGIN_NODE after the node at offset (offset -1: from the
 * start, so the root comes first).  *depth, if given, goes up by one for
 * each node entered and down for each one left; leaving the node the walk
 * started in (depth below 0) ends the walk with -1, as does FDT_END.
 */
int fdt_next_node(const void *fdt, int offset, int *depth)
{
	int next = 0, tag;
	u32 guard;

	if (fdt_ro_probe(fdt))
		return -1;
	if (offset >= 0 && fdt_next_tag(fdt, offset, &next) != FDT_BEGIN_NODE)
		return -1;

	for (guard = fdt_max_tags(fdt); guard; guard--) {
		offset = next;
		tag = fdt_next_tag(fdt, offset, &next);
		switch (tag) {
		case FDT_PROP:
		case FDT_NOP:
			break;
		case FDT_BEGIN_NODE:
			if (depth)
				(*depth)++;
			return offset;
		case FDT_END_NODE:
			if (depth && --(*depth) < 0)
				return -1;
			break;
		default:	/* FDT_END or a corrupted token */
			return -1;
		}
	}
	return -1;
}

int fdt_first_subnode(const void *fdt, int offset)
{
	int depth = 0;

	offset = fdt_next_node(fdt, offset, &depth);
	if (offset < 0 || depth != 1)
		return -1;
	return offset;
}

/* Skip the subtree of offset; stop at the next node back at depth 1. */
int fdt_next_subnode(const void *fdt, int offset)
{
	int depth = 1;

	do {	/* ends: fdt_next_node only ever returns a larger offset */
		offset = fdt_next_node(fdt, offset, &depth);
		if (offset < 0 || depth < 1)
			return -1;
	} while (depth > 1);
	return offset;
}

/*
 * Walk from the root to nodeoffset.  Returns the last node seen at
 * want_depth on the way (its ancestor at that depth) and sets *depth to
 * nodeoffset's own depth (root: 0); -1 if nodeoffset is not a node.
 */
static int fdt_walk_to(const void *fdt, int nodeoffset, int want_depth,
		       int *depth)
{
	int offset = 0, found = -1;

	*depth = 0;
	if (fdt_next_node(fdt, -1, NULL) != 0)	/* the root must be first */
		return -1;
	while (offset >= 0 && offset < nodeoffset) {
		if (*depth == want_depth)
			found = offset;
		offset = fdt_next_node(fdt, offset, depth);
	}
	if (offset != nodeoffset)
		return -1;
	return found;
}

int fdt_parent_offset(const void *fdt, int nodeoffset)
{
	int depth;

	if (nodeoffset < 0)
		return -1;
	fdt_walk_to(fdt, nodeoffset, -1, &depth);
	if (depth <= 0)		/* the root, or not a node */
		return -1;
	return fdt_walk_to(fdt, nodeoffset, depth - 1, &depth);
}

const char *fdt_get_name(const void *fdt, int nodeoffset, int *lenp)
{
	const char *name;
	int next;

	if (lenp)
		*lenp = -1;
	if (fdt_ro_probe(fdt) ||
	    fdt_next_tag(fdt, nodeoffset, &next) != FDT_BEGIN_NODE)
		return NULL;
	name = fdt_struct(fdt) + nodeoffset + 4;	/* NUL checked above */
	if (lenp)
		*lenp = fdt_strnlen(name, (u32)(next - nodeoffset - 4));
	return name;
}

/* ---- finding nodes ------------------------------------------------------ */

/*
 * Does the node's name match name[0..len)?  As in libfdt, "memory" also
 * matches "memory@40000000": the unit address is ignored when the path
 * component has none.
 */
static int fdt_nodename_eq(const void *fdt, int offset, const char *s,
			   int len)
{
	int nlen, i;
	const char *name = fdt_get_name(fdt, offset, &nlen);

	if (!name || nlen < len || !fdt_memeq(name, s, len))
		return 0;
	if (nlen == len)
		return 1;
	for (i = 0; i < len; i++)
		if (s[i] == '@')
			return 0;
	return name[len] == '@';
}

static int fdt_subnode_offset_namelen(const void *fdt, int parent,
				      const char *name, int namelen)
{
	int offset;

	for (offset = fdt_first_subnode(fdt, parent); offset >= 0;
	     offset = fdt_next_subnode(fdt, offset))
		if (fdt_nodename_eq(fdt, offset, name, namelen))
			return offset;
	return -1;
}

/* "/", "/chosen", "/soc/uart@1000": one subnode lookup per component. */
int fdt_path_offset(const void *fdt, const char *path)
{
	const char *end;
	int offset = 0;

	if (!path || path[0] != '/' || !fdt_get_name(fdt, 0, NULL))
		return -1;
	while (*path) {
		while (*path == '/')
			path++;
		if (!*path)
			break;
		for (end = path; *end && *end != '/'; end++)
			;
		offset = fdt_subnode_offset_namelen(fdt, offset, path,
						    (int)(end - path));
		if (offset < 0)
			return -1;
		path = end;
	}
	return offset;
}

/* Is str one of the NUL-separated strings in strlist[0..listlen)? */
int fdt_stringlist_contains(const char *strlist, int listlen, const char *str)
{
	int len;

	while (listlen > 0) {
		len = fdt_strnlen(strlist, (u32)listlen);
		if (len < 0)
			return 0;	/* last string not terminated */
		if (fdt_streq(strlist, str))
			return 1;
		strlist += len + 1;
		listlen -= len + 1;
	}
	return 0;
}

int fdt_node_offset_by_compatible(const void *fdt, int startoffset,
				  const char *compatible)
{
	const char *list;
	int offset, len;

	for (offset = fdt_next_node(fdt, startoffset, NULL); offset >= 0;
	     offset = fdt_next_node(fdt, offset, NULL)) {
		list = fdt_getprop(fdt, offset, "compatible", &len);
		if (list && fdt_stringlist_contains(list, len, compatible))
			return offset;
	}
	return -1;
}

/* ---- properties --------------------------------------------------------- */

/*
 * A node's properties come right after its FDT_BEGIN_NODE, before any
 * subnode, so the search stops at the first token that is not a property.
 */
const void *fdt_getprop(const void *fdt, int nodeoffset, const char *name,
			int *lenp)
{
	const char *p, *pname;
	int offset, next, tag;
	u32 guard;

	if (lenp)
		*lenp = -1;
	if (fdt_ro_probe(fdt) ||
	    fdt_next_tag(fdt, nodeoffset, &next) != FDT_BEGIN_NODE)
		return NULL;

	for (guard = fdt_max_tags(fdt); guard; guard--) {
		offset = next;
		tag = fdt_next_tag(fdt, offset, &next);
		if (tag == FDT_NOP)
			continue;
		if (tag != FDT_PROP)
			return NULL;
		p = fdt_struct(fdt) + offset;	/* bounds checked by next_tag */
		pname = fdt_string(fdt, fdt32_ld(p + 8));
		if (pname && fdt_streq(pname, name)) {
			if (lenp)
				*lenp = (int)fdt32_ld(p + 4);
			return p + 12;
		}
	}
	return NULL;
}

/* A string property (bootargs, device_type) only if its NUL is inside it. */
const char *fdt_getprop_string(const void *fdt, int nodeoffset,
			       const char *name)
{
	int len;
	const char *s = fdt_getprop(fdt, nodeoffset, name, &len);

	if (!s || len <= 0 || fdt_strnlen(s, (u32)len) < 0)
		return NULL;
	return s;
}

/* ---- addresses ---------------------------------------------------------- */

/* A #...-cells property of a node: dflt when absent, -1 when malformed. */
static int fdt_cells(const void *fdt, int nodeoffset, const char *name,
		     int dflt)
{
	const void *p;
	int len;
	u32 val;

	if (!fdt_get_name(fdt, nodeoffset, NULL))
		return -1;
	p = fdt_getprop(fdt, nodeoffset, name, &len);
	if (!p)
		return dflt;
	if (len != 4)
		return -1;
	val = fdt32_ld(p);
	if (val > FDT_MAX_NCELLS)
		return -1;
	return (int)val;
}

int fdt_address_cells(const void *fdt, int nodeoffset)
{
	int val = fdt_cells(fdt, nodeoffset, "#address-cells", 2);

	return val == 0 ? -1 : val;	/* an address needs a cell */
}

int fdt_size_cells(const void *fdt, int nodeoffset)
{
	return fdt_cells(fdt, nodeoffset, "#size-cells", 1);
}

/* Big-endian number of n cells; keeps the low 64 bits (of_read_number). */
static __maybe_unused u64 fdt_read_number(const char *p, int n)
{
	u64 v = 0;
	int i;

	for (i = 0; i < n; i++)
		v = (v << 32) | fdt32_ld(p + 4 * i);
	return v;
}

int fdt_get_reg(const void *fdt, int nodeoffset, int index,
		u64 *addr, u64 *size)
{
	/* LAB fdt BEGIN
	 * The parent's #address-cells and #size-cells (fdt_parent_offset,
	 * fdt_address_cells, fdt_size_cells) give the size of one entry of
	 * the "reg" property (fdt_getprop). Read entry index's address and
	 * size (big-endian cells: fdt_read_number) into *addr and *size,
	 * either of which may be NULL. -1 if the node has no parent, no
	 * "reg", or no entry index: never read past the property.
	 * STUB:
	 *	(void)fdt;
	 *	(void)nodeoffset;
	 *	(void)index;
	 *	(void)addr;
	 *	(void)size;
	 *	return -1;
	 */
	int parent = fdt_parent_offset(fdt, nodeoffset);
	int ac, sc, len, entry;
	const char *reg;

	if (parent < 0)
		return -1;
	ac = fdt_address_cells(fdt, parent);
	sc = fdt_size_cells(fdt, parent);
	if (ac < 0 || sc < 0)
		return -1;
	reg = fdt_getprop(fdt, nodeoffset, "reg", &len);
	entry = (ac + sc) * 4;
	/* no division: ARMv7-A has no divide instruction (no libgcc here) */
	if (!reg || index < 0 || (u64)(index + 1) * (u64)entry > (u64)len)
		return -1;
	reg += index * entry;
	if (addr)
		*addr = fdt_read_number(reg, ac);
	if (size)
		*size = fdt_read_number(reg + ac * 4, sc);
	return 0;
	/* LAB fdt END */
}

/* ---- early boot --------------------------------------------------------- */

static int fdt_is_memory_node(const void *fdt, int offset)
{
	const char *type = fdt_getprop_string(fdt, offset, "device_type");

	if (type)
		return fdt_streq(type, "memory");
	return fdt_nodename_eq(fdt, offset, "memory", 6);
}

int fdt_find_memory(const void *fdt, u64 *base, u64 *size)
{
	int offset;

	for (offset = fdt_next_node(fdt, -1, NULL); offset >= 0;
	     offset = fdt_next_node(fdt, offset, NULL))
		if (fdt_is_memory_node(fdt, offset) &&
		    fdt_get_reg(fdt, offset, 0, base, size) == 0)
			return 0;
	return -1;
}
