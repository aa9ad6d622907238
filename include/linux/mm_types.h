/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/mm_types.h - a user address space and its areas.
 * Linux: struct mm_struct and struct vm_area_struct in
 * include/linux/mm_types.h, reduced to what Tern needs.
 *
 * An address space is described by its VMAs (virtual memory areas): each
 * is a page-aligned range [vm_start, vm_end) with one set of permissions
 * (vm_flags) and one kind of backing:
 *   - anonymous memory (vm_file NULL): heap, stack, mmap(MAP_ANONYMOUS);
 *     a page appears zeroed at its first touch;
 *   - a file mapping: a PT_LOAD segment of the program, whose pages are
 *     filled from the ELF file in the initramfs at their first touch.
 * The page tables only cache what the VMAs say: a page not present yet
 * is one nobody touched (mm/memory.c). The VMAs are kept in a list
 * sorted by address (Linux kept a list and an rbtree until 6.1, a maple
 * tree since), short enough in a teaching kernel to walk.
 *
 * Tern processes have one thread each: only the task that owns an mm
 * changes it (Linux takes mmap_lock).
 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <asm/mmu.h>

struct mm_struct;

struct vm_area_struct {
	unsigned long vm_start;		/* first address */
	unsigned long vm_end;		/* first address after the area */
	struct vm_area_struct *vm_next, *vm_prev;	/* the mm's list, by address */
	struct mm_struct *vm_mm;	/* the address space it belongs to */
	unsigned long vm_flags;		/* VM_READ, VM_WRITE, ... (linux/mm.h) */
	u32 vm_page_prot;		/* PTE bits for its pages (asm/pgtable.h) */
	/*
	 * A file mapping reads its pages from vm_file, the bytes of a file
	 * in the initramfs (Linux: a struct file and its page cache):
	 * vm_start maps file offset vm_pgoff * PAGE_SIZE. The file ends,
	 * for this mapping, at vm_file_size: a PT_LOAD segment's end in the
	 * file (p_offset + p_filesz); what lies beyond reads as zeros (bss).
	 */
	const u8 *vm_file;		/* NULL: anonymous memory */
	unsigned long vm_file_size;
	unsigned long vm_pgoff;
};

struct mm_struct {
	struct vm_area_struct *mmap;	/* the VMAs, sorted by address */
	int map_count;			/* how many */
	u32 *pgd;			/* 16 KiB first-level table (kernel address) */
	mm_context_t context;		/* ASID and its generation (asm/mmu.h) */
	unsigned long mmap_base;	/* mmap() searches for room below this */
	unsigned long start_brk, brk;	/* heap: [start_brk, brk) */
	unsigned long start_stack;	/* the stack pointer exec started with */
	unsigned long rss;		/* pages mapped (Linux: rss_stat) */
	unsigned long pgtables;		/* second-level tables (Linux: pgtables_bytes) */
};

extern struct mm_struct init_mm;	/* the kernel's: swapper_pg_dir */

#endif
