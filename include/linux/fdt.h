/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/fdt.h - read-only walker for a flattened device tree (DTB).
 *
 * Linux: include/linux/libfdt.h (scripts/dtc/libfdt/libfdt.h) for the API
 * names and include/linux/of_fdt.h for what early boot does with it.
 *
 * Rules for every function below:
 *  - Call fdt_check_header(fdt, size_of_your_buffer, &err) once first.  It
 *    is the only function that knows how big the buffer really is; after it
 *    returned 0 every other function reads only inside fdt_totalsize() bytes.
 *  - A node is named by its "offset": the byte offset of its FDT_BEGIN_NODE
 *    tag inside the structure block (the root node is offset 0), exactly as
 *    in libfdt, so results can be compared with libfdt/pylibfdt.
 *  - Errors (absent node, corrupted blob) are all -1 (or NULL): a teaching
 *    kernel at early boot can only say "no".
 *  - Nothing is allocated and fields are read byte by byte, so the blob may
 *    sit at any alignment.
 */
#ifndef _LINUX_FDT_H
#define _LINUX_FDT_H

#include <linux/types.h>

#define FDT_MAGIC		0xd00dfeed	/* first word, big-endian */
#define FDT_FIRST_SUPPORTED_VERSION	16
#define FDT_LAST_SUPPORTED_VERSION	17

/* Structure block tokens (Devicetree Specification, chapter 5.4). */
#define FDT_BEGIN_NODE		0x1	/* + NUL-terminated name, padded */
#define FDT_END_NODE		0x2
#define FDT_PROP		0x3	/* + len, nameoff, value, padded */
#define FDT_NOP			0x4
#define FDT_END			0x9

/* Big-endian 32-bit load from any alignment (libfdt: fdt32_ld). */
u32 fdt32_ld(const void *p);

/* Header. */
int fdt_check_header(const void *fdt, size_t max_size, const char **err);
u32 fdt_totalsize(const void *fdt);

/* Walking nodes. */
int fdt_next_node(const void *fdt, int offset, int *depth);
int fdt_first_subnode(const void *fdt, int offset);
int fdt_next_subnode(const void *fdt, int offset);
int fdt_parent_offset(const void *fdt, int nodeoffset);
const char *fdt_get_name(const void *fdt, int nodeoffset, int *lenp);

/* Finding nodes. */
int fdt_path_offset(const void *fdt, const char *path);
int fdt_node_offset_by_compatible(const void *fdt, int startoffset,
				  const char *compatible);

/* Properties. */
const void *fdt_getprop(const void *fdt, int nodeoffset, const char *name,
			int *lenp);
const char *fdt_getprop_string(const void *fdt, int nodeoffset,
			       const char *name);
int fdt_stringlist_contains(const char *strlist, int listlen, const char *str);

/* Addresses: "reg" decoded with the parent's #address-cells/#size-cells. */
int fdt_address_cells(const void *fdt, int nodeoffset);
int fdt_size_cells(const void *fdt, int nodeoffset);
int fdt_get_reg(const void *fdt, int nodeoffset, int index,
		u64 *addr, u64 *size);

/* Early boot: the first memory bank (Linux: early_init_dt_scan_memory). */
int fdt_find_memory(const void *fdt, u64 *base, u64 *size);

#endif /* _LINUX_FDT_H */
