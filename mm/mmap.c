// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mmap.c - the VMAs of an address space, and the calls that change
 * them: mmap2, munmap, brk; stack growth; the end of an address space.
 * Linux: mm/mmap.c, mm/vma.c (split, merge, munmap), mm/util.c
 * (vm_mmap_pgoff, mmap_base), arch/arm/mm/mmap.c
 * (arch_get_unmapped_area_topdown), fs/proc/task_mmu.c (show_map_vma).
 *
 * The layout (Linux's "top-down" one, without randomisation):
 *
 *   0x00010000  program text, data, bss     PT_LOAD VMAs (exec)
 *               heap                        [start_brk, brk), grows up
 *               ...
 *   mmap_base   mmap() picks the highest free range below this: at exec,
 *               TASK_SIZE - RLIMIT_STACK - the guard gap, but at least
 *               128 MiB and at most 5/6 of user space below TASK_SIZE
 *   TASK_SIZE   the stack's top; it grows down, on demand (expand_stack)
 *
 * A VMA's range is page-aligned and never overlaps another. munmap and
 * mprotect cut VMAs where their range starts or ends inside one
 * (split_vma); neighbours that one VMA could describe are joined again
 * (vma_merge), as are mmap and brk ranges that continue one.
 */
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/mman.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <asm/pgtable.h>

#define MMAP_MIN_ADDR	PAGE_SIZE	/* nothing below: NULL stays a fault (Linux: mmap_min_addr) */
#define MIN_GAP		(128UL << 20)	/* Linux: mm/util.c, for mmap_base() */
#define MAX_GAP		(TASK_SIZE / 6 * 5)

#define IS_ERR_VALUE(x)	((unsigned long)(x) >= (unsigned long)-4095)

/* Linux: find_vma(). The first VMA that ends above addr: it holds addr, or lies above it. */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (addr < vma->vm_end)
			return vma;
	return NULL;
}

/* The first VMA that overlaps [start, end), or NULL. */
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm, unsigned long start,
					     unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);

	return vma && vma->vm_start < end ? vma : NULL;
}

struct vm_area_struct *vm_area_alloc(struct mm_struct *mm)
{
	struct vm_area_struct *vma = kzalloc(sizeof(*vma));

	if (vma)
		vma->vm_mm = mm;
	return vma;
}

/* A copy of orig, in no list yet. */
struct vm_area_struct *vm_area_dup(const struct vm_area_struct *orig)
{
	struct vm_area_struct *vma = kmalloc(sizeof(*vma));

	if (vma) {
		*vma = *orig;
		vma->vm_next = vma->vm_prev = NULL;
	}
	return vma;
}

void vm_area_free(struct vm_area_struct *vma)
{
	kfree(vma);
}

/* Linux: vma_link(). Put vma into mm's list, in address order. */
void vma_link(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev = NULL, *next = mm->mmap;

	while (next && next->vm_start < vma->vm_start) {
		prev = next;
		next = next->vm_next;
	}
	vma->vm_prev = prev;
	vma->vm_next = next;
	if (prev)
		prev->vm_next = vma;
	else
		mm->mmap = vma;
	if (next)
		next->vm_prev = vma;
	mm->map_count++;
}

static void vma_unlink(struct mm_struct *mm, struct vm_area_struct *vma)
{
	if (vma->vm_prev)
		vma->vm_prev->vm_next = vma->vm_next;
	else
		mm->mmap = vma->vm_next;
	if (vma->vm_next)
		vma->vm_next->vm_prev = vma->vm_prev;
	mm->map_count--;
	vm_area_free(vma);
}

/*
 * Does b continue a, so that one VMA can describe both? Same flags, and
 * both anonymous or both the same file at consecutive offsets. Shared
 * anonymous mappings stay apart, each its own object, as in Linux.
 */
static bool can_vma_merge(const struct vm_area_struct *a, const struct vm_area_struct *b)
{
	return a->vm_end == b->vm_start && a->vm_flags == b->vm_flags &&
	       !(a->vm_flags & VM_SHARED) && a->vm_file == b->vm_file &&
	       a->vm_file_size == b->vm_file_size &&
	       (!a->vm_file || a->vm_pgoff + vma_pages(a) == b->vm_pgoff);
}

/*
 * Linux: vma_merge(). Join vma with the neighbours that continue it;
 * returns the VMA that now covers vma's range.
 */
struct vm_area_struct *vma_merge(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev = vma->vm_prev, *next = vma->vm_next;

	if (next && can_vma_merge(vma, next)) {
		vma->vm_end = next->vm_end;
		vma_unlink(mm, next);
	}
	if (prev && can_vma_merge(prev, vma)) {
		prev->vm_end = vma->vm_end;
		vma_unlink(mm, vma);
		vma = prev;
	}
	return vma;
}

/*
 * Linux: split_vma(). Cut vma in two at addr, a page boundary inside it.
 * new_below: the new VMA takes the part below addr; else the part above.
 * Either way vma keeps the other part.
 */
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr,
	      int new_below)
{
	struct vm_area_struct *new = vm_area_dup(vma);
	unsigned long pgoff = vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT);

	if (!new)
		return -ENOMEM;
	if (new_below) {
		new->vm_end = addr;
		vma->vm_start = addr;
		vma->vm_pgoff = pgoff;
	} else {
		new->vm_start = addr;
		new->vm_pgoff = pgoff;
		vma->vm_end = addr;
	}
	vma_link(mm, new);
	return 0;
}

/* Where vma's room starts: a stack keeps a gap below it (Linux: vm_start_gap). */
static unsigned long vm_start_gap(const struct vm_area_struct *vma)
{
	unsigned long start = vma->vm_start;

	if (vma->vm_flags & VM_GROWSDOWN)
		start = start > STACK_GUARD_GAP ? start - STACK_GUARD_GAP : 0;
	return start;
}

/*
 * Linux: expand_downwards(). A fault at address, below the stack vma:
 * grow the stack down to it, up to RLIMIT_STACK, and never closer than
 * the guard gap to the mapping below. 0, or -ENOMEM: the fault is a
 * SIGSEGV.
 */
int expand_stack(struct vm_area_struct *vma, unsigned long address)
{
	struct vm_area_struct *prev = vma->vm_prev;

	address &= PAGE_MASK;
	if (!(vma->vm_flags & VM_GROWSDOWN) || address < MMAP_MIN_ADDR)
		return -ENOMEM;
	if (prev && (prev->vm_flags & VM_ACCESS_FLAGS) &&
	    address - prev->vm_end < STACK_GUARD_GAP)
		return -ENOMEM;
	if (vma->vm_end - address > rlimit(RLIMIT_STACK))
		return -ENOMEM;
	vma->vm_start = address;
	return 0;
}

/*
 * Linux: mmap_base() + arch_pick_mmap_layout(), at exec: room below the
 * stack for RLIMIT_STACK and its guard gap. (Linux lays out an unlimited
 * stack's process bottom-up instead; Tern gives it MAX_GAP.)
 */
void arch_pick_mmap_layout(struct mm_struct *mm)
{
	unsigned long gap = rlimit(RLIMIT_STACK);

	if (gap + STACK_GUARD_GAP > gap)	/* RLIM_INFINITY would wrap */
		gap += STACK_GUARD_GAP;
	if (gap < MIN_GAP)
		gap = MIN_GAP;
	else if (gap > MAX_GAP)
		gap = MAX_GAP;
	mm->mmap_base = PAGE_ALIGN(TASK_SIZE - gap);
}

/*
 * Linux: vm_unmapped_area() top-down. The highest len bytes free between
 * MMAP_MIN_ADDR and mmap_base, or -ENOMEM. Walks the VMAs from the top:
 * gap_end is where the free room below the VMAs seen so far ends.
 */
static unsigned long unmapped_area_topdown(struct mm_struct *mm, unsigned long len)
{
	struct vm_area_struct *vma = mm->mmap;
	unsigned long gap_end = mm->mmap_base;

	while (vma && vma->vm_next)
		vma = vma->vm_next;		/* the highest */
	for (;; vma = vma->vm_prev) {
		unsigned long gap_start = vma && vma->vm_end > MMAP_MIN_ADDR ? vma->vm_end : MMAP_MIN_ADDR;

		if (gap_end >= gap_start && gap_end - gap_start >= len)
			return gap_end - len;
		if (!vma)
			return -ENOMEM;
		if (vm_start_gap(vma) < gap_end)
			gap_end = vm_start_gap(vma);
	}
}

/*
 * Linux: __get_unmapped_area() + arch_get_unmapped_area_topdown(). The
 * address to map len bytes at: addr itself for MAP_FIXED, the hint addr
 * if that range is free, else the highest free range below mmap_base.
 */
static unsigned long get_unmapped_area(struct mm_struct *mm, unsigned long addr,
				       unsigned long len, unsigned long flags)
{
	struct vm_area_struct *vma;

	if (len > TASK_SIZE - MMAP_MIN_ADDR)
		return -ENOMEM;
	if (flags & MAP_FIXED) {
		if (addr > TASK_SIZE - len)
			return -ENOMEM;
		if (addr & ~PAGE_MASK)
			return -EINVAL;
		return addr < MMAP_MIN_ADDR ? (unsigned long)-EPERM : addr;
	}
	if (addr) {
		addr = PAGE_ALIGN(addr);
		vma = find_vma(mm, addr);
		if (addr <= TASK_SIZE - len && (!vma || addr + len <= vm_start_gap(vma)))
			return addr;
	}
	return unmapped_area_topdown(mm, len);
}

/*
 * Linux: __vm_enough_memory() under the default overcommit heuristic:
 * refuse only what could never fit, more pages than there is RAM.
 */
static bool vm_enough_memory(unsigned long pages)
{
	return pages <= totalram_pages;
}

/* Map anonymous memory of a shared mapping at once: see do_mmap. */
static int populate_shared(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	for (unsigned long addr = start; addr < end; addr += PAGE_SIZE)
		if (handle_mm_fault(vma, addr, 0))
			return -ENOMEM;
	return 0;
}

/*
 * Linux: mmap_region(). A new anonymous VMA over [addr, addr + len):
 * whatever was mapped there goes first (MAP_FIXED); it joins a
 * neighbour it continues. The address, or -ENOMEM.
 */
unsigned long mmap_region(struct mm_struct *mm, unsigned long addr, unsigned long len,
			  unsigned long vm_flags)
{
	struct vm_area_struct *vma;

	if ((vm_flags & (VM_WRITE | VM_SHARED)) && !vm_enough_memory(len >> PAGE_SHIFT))
		return -ENOMEM;
	if (do_munmap(mm, addr, len))
		return -ENOMEM;
	vma = vm_area_alloc(mm);
	if (!vma)
		return -ENOMEM;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = vm_flags;
	vma->vm_page_prot = vm_get_page_prot(vm_flags);
	vma_link(mm, vma);
	vma = vma_merge(mm, vma);
	if ((vm_flags & VM_SHARED) && populate_shared(vma, addr, addr + len)) {
		do_munmap(mm, addr, len);
		return -ENOMEM;
	}
	return addr;
}

/*
 * Linux: do_mmap() for anonymous memory, with its checks in its order.
 * A shared mapping gets all its pages at once: Tern has no shmem object
 * to find a page in when a child touches it first, so a page must exist
 * before fork copies the page tables (Linux maps them on demand).
 */
static unsigned long do_mmap(struct mm_struct *mm, unsigned long addr, unsigned long len,
			     unsigned long prot, unsigned long flags, unsigned long pgoff)
{
	unsigned long vm_flags = calc_vm_prot_bits(prot);

	if (!len)
		return -EINVAL;
	if (!(flags & MAP_FIXED)) {		/* Linux: round_hint_to_min() */
		addr &= PAGE_MASK;
		if (addr && addr < MMAP_MIN_ADDR)
			addr = MMAP_MIN_ADDR;
	}
	len = PAGE_ALIGN(len);
	if (!len)
		return -ENOMEM;			/* it wrapped around */
	if (pgoff + (len >> PAGE_SHIFT) < pgoff)
		return -EOVERFLOW;
	if (flags & MAP_FIXED_NOREPLACE)
		flags |= MAP_FIXED;
	addr = get_unmapped_area(mm, addr, len, flags);
	if (IS_ERR_VALUE(addr))
		return addr;
	if ((flags & MAP_FIXED_NOREPLACE) && find_vma_intersection(mm, addr, addr + len))
		return -EEXIST;
	switch (flags & MAP_TYPE) {
	case MAP_SHARED:
		vm_flags |= VM_SHARED;
		break;
	case MAP_PRIVATE:
		break;
	default:
		return -EINVAL;
	}
	return mmap_region(mm, addr, len, vm_flags);
}

/*
 * mmap2: offsets in pages. Only anonymous memory: Tern has no files to
 * map yet; its only descriptors are the console's, which cannot be.
 */
long sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot,
	       unsigned long flags, unsigned long fd, unsigned long pgoff)
{
	if (!(flags & MAP_ANONYMOUS))
		return fd <= 2 ? -ENODEV : -EBADF;
	return do_mmap(current->mm, addr, len, prot, flags, pgoff);
}

/*
 * Linux: do_vmi_munmap(). Unmap [start, start + len): cut the VMAs at
 * both ends, free their pages and the tables nobody needs any more.
 * Nothing mapped there is not an error.
 */
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	struct vm_area_struct *vma, *prev, *next;
	unsigned long end;

	if ((start & ~PAGE_MASK) || start > TASK_SIZE || len > TASK_SIZE - start)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (!len)
		return -EINVAL;
	vma = find_vma_intersection(mm, start, end);
	if (!vma)
		return 0;
	if (vma->vm_start < start && split_vma(mm, vma, start, 1))
		return -ENOMEM;
	for (next = vma; next && next->vm_start < end; next = next->vm_next)
		if (next->vm_end > end && split_vma(mm, next, end, 0))
			return -ENOMEM;
	prev = vma->vm_prev;
	for (; vma && vma->vm_start < end; vma = next) {
		next = vma->vm_next;
		zap_page_range(vma, vma->vm_start, vma->vm_end);
		vma_unlink(mm, vma);
	}
	free_pgtables(mm, start, end, prev ? prev->vm_end : 0, vma ? vma->vm_start : TASK_SIZE);
	return 0;
}

long sys_munmap(unsigned long addr, size_t len)
{
	return do_munmap(current->mm, addr, len);
}

/*
 * Linux: sys_brk(). Move the end of the heap. Growing maps an anonymous
 * VMA (or extends the heap's), which stays a page below the next
 * mapping's gap; shrinking unmaps. Returns the new break, or the old
 * one if the request fails (so brk(0) asks where the break is).
 */
long sys_brk(unsigned long brk)
{
	/* LAB exec BEGIN
	 * Refuse (return the old mm->brk) a break below mm->start_brk.
	 * Pages are whole: round both ends up (PAGE_ALIGN). Shrinking:
	 * do_munmap() the pages above the new end. Growing: refuse if the
	 * new end comes within a page of the next VMA (find_vma,
	 * vm_start_gap) or mmap_region() fails; else the new pages are an
	 * anonymous read/write VMA. Then mm->brk = brk, and return it.
	 * STUB:
	 *	(void)brk;
	 *	return -ENOSYS;
	 */
	struct mm_struct *mm = current->mm;
	unsigned long newbrk = PAGE_ALIGN(brk), oldbrk = PAGE_ALIGN(mm->brk);
	struct vm_area_struct *next;

	if (brk < mm->start_brk)
		return mm->brk;
	if (brk <= mm->brk) {
		if (newbrk < oldbrk && do_munmap(mm, newbrk, oldbrk - newbrk))
			return mm->brk;
	} else if (newbrk > oldbrk) {
		next = find_vma(mm, oldbrk);
		if ((next && newbrk + PAGE_SIZE > vm_start_gap(next)) ||
		    IS_ERR_VALUE(mmap_region(mm, oldbrk, newbrk - oldbrk, VM_READ | VM_WRITE)))
			return mm->brk;
	}
	mm->brk = brk;
	return brk;
	/* LAB exec END */
}

/* Linux: exit_mmap(). Unmap everything, free every table and VMA. */
void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		zap_page_range(vma, vma->vm_start, vma->vm_end);
	while ((vma = mm->mmap)) {
		free_pgtables(mm, vma->vm_start, vma->vm_end, 0, TASK_SIZE);
		vma_unlink(mm, vma);
	}
}

/*
 * One line of /proc/<pid>/maps, in Linux's format (fs/proc/task_mmu.c
 * show_map_vma): range, permissions, offset, device, inode, name.
 * Tern has no /proc yet: the "vma" ktest prints them.
 */
int show_map_vma(char *buf, size_t size, const struct vm_area_struct *vma)
{
	const struct mm_struct *mm = vma->vm_mm;
	unsigned long flags = vma->vm_flags;
	const char *name = "";

	if (!vma->vm_file && vma->vm_start <= mm->brk && vma->vm_end >= mm->start_brk)
		name = "[heap]";
	else if (vma->vm_start <= mm->start_stack && vma->vm_end >= mm->start_stack)
		name = "[stack]";
	return snprintf(buf, size, "%08lx-%08lx %c%c%c%c %08lx 00:00 0 %s",
			vma->vm_start, vma->vm_end, flags & VM_READ ? 'r' : '-',
			flags & VM_WRITE ? 'w' : '-', flags & VM_EXEC ? 'x' : '-',
			flags & VM_SHARED ? 's' : 'p',
			vma->vm_file ? vma->vm_pgoff << PAGE_SHIFT : 0, name);
}
