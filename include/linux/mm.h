/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/mm.h - physical pages: struct page, the mem_map array and
 * the early boot allocator (memblock); and user address spaces: VMA
 * flags, the page-fault entry point, mmap and friends.
 * Linux: include/linux/mm.h, mm_types.h, page-flags.h, page_ref.h,
 * memblock.h, asm-generic/memory_model.h (FLATMEM), much reduced.
 *
 * Every page frame of managed RAM (lowmem only: Tern has no highmem) has
 * one struct page in mem_map[], in physical order:
 *
 *   mem_map[0]   describes the page at PHYS_OFFSET (virtual PAGE_OFFSET)
 *   mem_map[i]   describes the page at PHYS_OFFSET + i * PAGE_SIZE
 *
 * A page is in exactly one state, told by its flags:
 *   PG_reserved  never handed to the buddy allocator (kernel image, page
 *                table, DTB, mem_map itself ...)
 *   PG_buddy     first page of a free block of 2^order pages
 *   PG_head      first page of an allocated block of 2^order pages
 *   PG_slab      as PG_head (order 0), carved into kmalloc objects
 *   none         any other page of a free or allocated block
 *
 * _refcount counts the users of an allocated page: 1 when alloc_pages()
 * hands it out; a user page gains one for each address space that maps
 * it (fork shares pages copy-on-write), and put_page() frees it when the
 * last one lets go.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/mm_types.h>
#include <linux/types.h>
#include <asm/atomic.h>
#include <asm/memory.h>

#define PAGE_MASK		(~(PAGE_SIZE - 1UL))
#define PAGE_ALIGN(x)		(((x) + PAGE_SIZE - 1) & PAGE_MASK)
#define PAGE_ALIGNED(x)		(((unsigned long)(x) & (PAGE_SIZE - 1)) == 0)

/* Buddy allocator orders 0 .. MAX_PAGE_ORDER: blocks of 4 KiB .. 4 MiB. */
#define MAX_PAGE_ORDER		10
#define NR_PAGE_ORDERS		(MAX_PAGE_ORDER + 1)

/* page->flags */
#define PG_reserved		0x01
#define PG_buddy		0x02
#define PG_head			0x04
#define PG_slab			0x08

struct kmem_cache;

struct page {
	u8 flags;		/* PG_* */
	u8 order;		/* PG_buddy or PG_head: the block is 2^order pages */
	u16 inuse;		/* PG_slab: objects handed out from this page */
	atomic_t _refcount;	/* allocated: how many users (see above) */
	struct page *next;	/* PG_buddy: free_area list; PG_slab: partial list */
	struct page *prev;
	void *freelist;			/* PG_slab: first free object */
	struct kmem_cache *slab_cache;	/* PG_slab: its size class */
};

extern struct page *mem_map;	/* one entry per managed page frame */
extern unsigned long max_mapnr;	/* how many */
extern unsigned long totalram_pages;	/* managed pages (free or allocated) */

/* Page frame numbers are physical addresses >> PAGE_SHIFT (FLATMEM). */
#define ARCH_PFN_OFFSET		(PHYS_OFFSET >> PAGE_SHIFT)

static inline unsigned long page_to_pfn(const struct page *page)
{
	return (unsigned long)(page - mem_map) + ARCH_PFN_OFFSET;
}

static inline struct page *pfn_to_page(unsigned long pfn)
{
	return mem_map + (pfn - ARCH_PFN_OFFSET);
}

static inline unsigned long page_to_phys(const struct page *page)
{
	return page_to_pfn(page) << PAGE_SHIFT;
}

static inline void *page_address(const struct page *page)
{
	return __va(page_to_phys(page));
}

/* Is addr in the linear map of managed RAM (so virt_to_page() works)? */
static inline bool virt_addr_valid(const void *addr)
{
	unsigned long a = (unsigned long)addr;

	return mem_map && a >= PAGE_OFFSET && a - PAGE_OFFSET < max_mapnr * PAGE_SIZE;
}

static inline struct page *virt_to_page(const void *addr)
{
	return pfn_to_page(__pa(addr) >> PAGE_SHIFT);
}

static inline int page_count(const struct page *page)
{
	return atomic_read(&page->_refcount);
}

static inline void get_page(struct page *page)
{
	atomic_inc(&page->_refcount);
}

/* Drop a reference; the last one frees the page (mm/page_alloc.c). */
void put_page(struct page *page);

/*
 * Doubly linked lists of pages, headed by a plain pointer: the buddy
 * allocator's free lists and the slab allocator's partial lists.
 * (Linux uses struct list_head page->lru.)
 */
static inline void page_list_add(struct page **head, struct page *page)
{
	page->prev = NULL;
	page->next = *head;
	if (*head)
		(*head)->prev = page;
	*head = page;
}

static inline void page_list_del(struct page **head, struct page *page)
{
	if (page->prev)
		page->prev->next = page->next;
	else
		*head = page->next;
	if (page->next)
		page->next->prev = page->prev;
	page->next = page->prev = NULL;
}

/*
 * memblock (mm/memblock.c): physical memory before the buddy allocator
 * exists. One bank of RAM, and the regions in it that are in use.
 */
void memblock_add(unsigned long base, unsigned long size);
void memblock_reserve(unsigned long base, unsigned long size);
void *memblock_alloc(unsigned long size, unsigned long align);
void memblock_free_all(void);

/* The buddy allocator's free lists, one per order (Linux: mmzone.h). */
struct free_area {
	struct page *free_list;		/* first pages of free blocks */
	unsigned long nr_free;		/* how many blocks */
};
extern struct free_area free_area[NR_PAGE_ORDERS];

/* page_alloc.c: memblock_free_all() hands it free memory block by block. */
void free_area_init(unsigned long nr_pages);
void memblock_free_pages(struct page *page, unsigned int order);
/* Make an allocated order-n block 2^n order-0 ones, each freed on its own. */
void split_page(struct page *page, unsigned int order);

/* mm/mm_init.c: bring up memblock, the buddy allocator and kmalloc. */
void mem_init(void);

/*
 * User address spaces (mm/memory.c, mm/mmap.c, mm/mprotect.c, ...).
 * vm_flags of a vm_area_struct (linux/mm_types.h):
 */
#define VM_NONE		0x00000000
#define VM_READ		0x00000001
#define VM_WRITE	0x00000002
#define VM_EXEC		0x00000004
#define VM_SHARED	0x00000008	/* writes are seen by every mapper */
#define VM_GROWSDOWN	0x00000100	/* a stack: a fault just below extends it */
#define VM_ACCESS_FLAGS	(VM_READ | VM_WRITE | VM_EXEC)

/* A stack grows up to RLIMIT_STACK, and never closer than this to the
 * mapping below it (Linux: stack_guard_gap). */
#define STACK_GUARD_GAP		(256UL << PAGE_SHIFT)

static inline unsigned long vma_pages(const struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

/* What the fault handler found (Linux: enum vm_fault_reason). */
typedef unsigned int vm_fault_t;
#define VM_FAULT_OOM		0x0001	/* no memory for the page or its table */

#define FAULT_FLAG_WRITE	0x01	/* the access was a write */

/* One fault being handled (Linux: struct vm_fault). */
struct vm_fault {
	struct vm_area_struct *vma;
	unsigned long address;		/* page-aligned */
	unsigned int flags;		/* FAULT_FLAG_* */
	u32 *pte;			/* the page-table entry for address */
};

/* mm/memory.c */
vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address,
			   unsigned int flags);
bool handle_access_flag_fault(struct mm_struct *mm, unsigned long addr);
u32 *pte_offset(struct mm_struct *mm, unsigned long addr);
struct page *follow_page(struct vm_area_struct *vma, unsigned long address);
void *get_user_page_remote(struct mm_struct *mm, unsigned long addr);
void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);
void free_pgtables(struct mm_struct *mm, unsigned long start, unsigned long end,
		   unsigned long floor, unsigned long ceiling);
long copy_page_range(struct mm_struct *dst_mm, struct vm_area_struct *vma);
void change_protection(struct vm_area_struct *vma, unsigned long start, unsigned long end);

/* mm/mmap.c */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm, unsigned long start,
					     unsigned long end);
struct vm_area_struct *vm_area_alloc(struct mm_struct *mm);
struct vm_area_struct *vm_area_dup(const struct vm_area_struct *orig);
void vm_area_free(struct vm_area_struct *vma);
void vma_link(struct mm_struct *mm, struct vm_area_struct *vma);
struct vm_area_struct *vma_merge(struct mm_struct *mm, struct vm_area_struct *vma);
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr,
	      int new_below);
int expand_stack(struct vm_area_struct *vma, unsigned long address);
unsigned long mmap_region(struct mm_struct *mm, unsigned long addr, unsigned long len,
			  unsigned long vm_flags);
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len);
void exit_mmap(struct mm_struct *mm);
void arch_pick_mmap_layout(struct mm_struct *mm);
int show_map_vma(char *buf, size_t size, const struct vm_area_struct *vma);

/* arch/arm/mm/mmu.c: the PTE bits for a VMA's pages (Linux: protection_map). */
u32 vm_get_page_prot(unsigned long vm_flags);

/* mm/oom_kill.c: a fault found no memory: kill the faulting process. */
void pagefault_out_of_memory(void);

#endif /* _LINUX_MM_H */
