// SPDX-License-Identifier: GPL-2.0
/*
 * mm/memory.c - user page tables: filled on demand by the page-fault
 * handler, shared copy-on-write by fork, emptied by munmap and exit.
 * Linux: mm/memory.c (handle_mm_fault, do_anonymous_page, do_fault,
 * do_wp_page, copy_page_range, zap_page_range, free_pgtables),
 * mm/mprotect.c (change_protection), mm/gup.c (get_user_pages_remote).
 *
 * Below TASK_SIZE, each MiB of a process's first-level table is empty or
 * points to a second-level table of 256 entries (1 KiB). A table is
 * allocated when the first page of its MiB is mapped and freed when no
 * VMA covers any of its MiB any more (free_pgtables).
 *
 * Nothing is mapped in advance. The first touch of an address inside a
 * VMA faults (arch/arm/mm/fault.c checks the VMA's permissions) and
 * handle_mm_fault() maps a page:
 *   - anonymous memory: a zeroed page (do_anonymous_page);
 *   - a file mapping (a program's segment): a page filled from the file,
 *     zeroed past the file's end, never zeroed first (do_fault);
 *   - a write to a page that fork left shared and read-only: a copy, or
 *     the same page made writable if nobody else has it (do_wp_page).
 *
 * Each page's access flag records whether it was touched: pgaccess()
 * reads and clears the flags, and the access flag fault sets them again
 * (handle_access_flag_fault).
 */
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/cacheflush.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

static u32 *pmd_off(struct mm_struct *mm, unsigned long addr)
{
	return &mm->pgd[addr >> SECTION_SHIFT];
}

static bool pmd_present(u32 pmd)
{
	return (pmd & PMD_TYPE_MASK) == PMD_TYPE_TABLE;
}

/* The end of addr's MiB, or end if that comes first (Linux: pmd_addr_end). */
static unsigned long pmd_addr_end(unsigned long addr, unsigned long end)
{
	unsigned long boundary = (addr + SECTION_SIZE) & ~(SECTION_SIZE - 1);

	return boundary - 1 < end - 1 ? boundary : end;
}

static struct page *pte_page(u32 pte)
{
	return pfn_to_page(pte_phys(pte) >> PAGE_SHIFT);
}

/* Write a table entry where the table walker will see it. */
static void set_pte(u32 *ptep, u32 pte)
{
	*ptep = pte;
	clean_dcache_area(ptep, sizeof(*ptep));
}

/* The entry for addr, or NULL if its MiB has no second-level table. */
u32 *pte_offset(struct mm_struct *mm, unsigned long addr)
{
	u32 pmd = *pmd_off(mm, addr);

	if (!pmd_present(pmd))
		return NULL;
	return (u32 *)__va(pmd & ~(PTE_HWTABLE_SIZE - 1)) + ((addr >> PAGE_SHIFT) & (PTRS_PER_PTE - 1));
}

/* Linux: __pte_alloc(). The entry for addr, with a new table if needed. */
static u32 *pte_alloc(struct mm_struct *mm, unsigned long addr)
{
	u32 *pmd = pmd_off(mm, addr);

	if (!pmd_present(*pmd)) {
		/* kmalloc-1024 objects are 1 KiB aligned, as a table must be. */
		u32 *table = kzalloc(PTE_HWTABLE_SIZE);

		if (!table)
			return NULL;
		clean_dcache_area(table, PTE_HWTABLE_SIZE);
		set_pte(pmd, __pa(table) | PMD_TYPE_TABLE);
		mm->pgtables++;
	}
	return pte_offset(mm, addr);
}

/*
 * Call fn on every present entry of [start, end) (Linux: walk_page_range
 * with a pte_entry callback).
 */
static void walk_present_ptes(struct mm_struct *mm, unsigned long start, unsigned long end,
			      void (*fn)(struct vm_area_struct *vma, u32 *pte, unsigned long addr),
			      struct vm_area_struct *vma)
{
	for (unsigned long addr = start, next; addr < end; addr = next) {
		u32 *pte = pte_offset(mm, addr);

		next = pmd_addr_end(addr, end);
		for (; pte && addr < next; addr += PAGE_SIZE, pte++)
			if (pte_present(*pte))
				fn(vma, pte, addr);
	}
}

/* ---- page faults ---------------------------------------------------------- */

/*
 * Map the new page at vmf->address (Linux: finish_fault, set_pte_at).
 * It belongs to this mm alone, so it is writable at once if the VMA may
 * write. Code the kernel wrote must reach the instruction side first.
 */
static void map_new_page(struct vm_fault *vmf, void *page)
{
	struct vm_area_struct *vma = vmf->vma;
	u32 pte = __pa(page) | vma->vm_page_prot;

	if (vma->vm_flags & VM_WRITE)
		pte = pte_mkwrite(pte);
	if (vma->vm_flags & VM_EXEC)
		flush_icache_range((unsigned long)page, (unsigned long)page + PAGE_SIZE);
	set_pte(vmf->pte, pte);
}

/* The first touch of anonymous memory: a zeroed page. */
static vm_fault_t do_anonymous_page(struct vm_fault *vmf)
{
	void *page = alloc_page();

	if (!page)
		return VM_FAULT_OOM;
	clear_page(page);
	map_new_page(vmf, page);
	vmf->vma->vm_mm->rss++;
	return 0;
}

/*
 * The first touch of a file mapping: a private page filled from the file
 * (Linux: do_fault -> do_cow_fault, which copies the page-cache page).
 * Past vm_file_size the page is zeros: the end of the data and the bss.
 */
static vm_fault_t do_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long off = (vma->vm_pgoff << PAGE_SHIFT) + (vmf->address - vma->vm_start);
	unsigned long n = off < vma->vm_file_size ? vma->vm_file_size - off : 0;
	u8 *page = alloc_page();

	if (!page)
		return VM_FAULT_OOM;
	if (n > PAGE_SIZE)
		n = PAGE_SIZE;
	memcpy(page, vma->vm_file + off, n);
	memset(page + n, 0, PAGE_SIZE - n);
	map_new_page(vmf, page);
	vma->vm_mm->rss++;
	return 0;
}

/*
 * Linux: do_wp_page(). A write to a read-only page of a writable private
 * VMA: fork shares such pages read-only between parent and child. If
 * nobody else has the page any more, it becomes writable where it is
 * (wp_page_reuse); else this mm gets a copy, and lets go of the shared
 * page (wp_page_copy).
 */
static vm_fault_t do_wp_page(struct vm_fault *vmf)
{
	struct page *old = pte_page(*vmf->pte);
	void *new;

	if (page_count(old) == 1) {
		set_pte(vmf->pte, pte_mkwrite(*vmf->pte));
		local_flush_tlb_page(vmf->vma->vm_mm, vmf->address);
		return 0;
	}
	new = alloc_page();
	if (!new)
		return VM_FAULT_OOM;
	copy_page(new, page_address(old));
	/*
	 * Clear the old entry and flush it before the new one goes in, as
	 * Linux does: no TLB (of any CPU) may hold old and new at once.
	 */
	set_pte(vmf->pte, 0);
	local_flush_tlb_page(vmf->vma->vm_mm, vmf->address);
	map_new_page(vmf, new);
	put_page(old);
	return 0;
}

/*
 * Linux: handle_mm_fault(). address lies in vma, and the access is one
 * vma allows (the caller checked). 0 when the page is there, or
 * VM_FAULT_OOM.
 */
vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address, unsigned int flags)
{
	struct vm_fault vmf = { .vma = vma, .address = address & PAGE_MASK, .flags = flags };

	vmf.pte = pte_alloc(vma->vm_mm, vmf.address);
	if (!vmf.pte)
		return VM_FAULT_OOM;
	if (!pte_present(*vmf.pte))
		return vma->vm_file ? do_fault(&vmf) : do_anonymous_page(&vmf);
	if ((flags & FAULT_FLAG_WRITE) && !pte_write(*vmf.pte))
		return do_wp_page(&vmf);
	return 0;		/* already mapped, as this access needs */
}

/*
 * Linux: follow_page(). The page mapped at address in vma, or NULL if
 * there is none yet; nothing is faulted in.
 */
struct page *follow_page(struct vm_area_struct *vma, unsigned long address)
{
	u32 *pte = pte_offset(vma->vm_mm, address);

	return pte && pte_present(*pte) ? pte_page(*pte) : NULL;
}

/*
 * Linux: get_user_pages_remote() for one page, to write: fault addr in
 * (in mm, which need not be current's) and return the kernel address of
 * its byte, or NULL. exec writes the new program's stack this way.
 */
void *get_user_page_remote(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	if (!vma || vma->vm_start > addr || !(vma->vm_flags & VM_WRITE) ||
	    handle_mm_fault(vma, addr, FAULT_FLAG_WRITE))
		return NULL;
	return __va(pte_phys(*pte_offset(mm, addr)) | (addr & ~PAGE_MASK));
}

/* ---- fork ----------------------------------------------------------------- */

/*
 * Linux: copy_pte_range() + copy_present_pte(). The child maps the same
 * pages. In a private writable VMA both parent and child lose write
 * access: the first to write gets a copy (do_wp_page). Returns how many
 * pages may need that copy.
 */
static unsigned long copy_pte_range(struct mm_struct *dst_mm, struct vm_area_struct *vma,
				    u32 *dst, u32 *src, unsigned long addr, unsigned long end)
{
	bool cow = (vma->vm_flags & (VM_SHARED | VM_WRITE)) == VM_WRITE;
	unsigned long n = (end - addr) >> PAGE_SHIFT, copies = 0;

	for (unsigned long i = 0; i < n; i++) {
		u32 pte = src[i];

		if (!pte_present(pte))
			continue;
		if (cow) {
			src[i] = pte = pte_wrprotect(pte);
			copies++;
		}
		get_page(pte_page(pte));
		dst[i] = pte;
		dst_mm->rss++;
	}
	clean_dcache_area(src, n * sizeof(*src));
	clean_dcache_area(dst, n * sizeof(*dst));
	return copies;
}

/*
 * Linux: copy_page_range(). Copy vma's entries into dst_mm, MiB by MiB,
 * only where vma's own mm has a table. The caller flushes the parent's
 * TLB afterwards: its writable entries became read-only. Returns how
 * many pages are now shared copy-on-write, or -ENOMEM.
 */
long copy_page_range(struct mm_struct *dst_mm, struct vm_area_struct *vma)
{
	long copies = 0;

	for (unsigned long addr = vma->vm_start, next; addr < vma->vm_end; addr = next) {
		u32 *src = pte_offset(vma->vm_mm, addr), *dst;

		next = pmd_addr_end(addr, vma->vm_end);
		if (!src)
			continue;
		dst = pte_alloc(dst_mm, addr);
		if (!dst)
			return -ENOMEM;
		copies += copy_pte_range(dst_mm, vma, dst, src, addr, next);
	}
	return copies;
}

/* ---- unmapping and protection -------------------------------------------- */

/* Linux: zap_pte_range(). Unmap one page and drop this mm's reference. */
static void zap_pte(struct vm_area_struct *vma, u32 *pte, unsigned long addr)
{
	struct page *page = pte_page(*pte);

	set_pte(pte, 0);
	local_flush_tlb_page(vma->vm_mm, addr);	/* before anyone may reuse the page */
	put_page(page);
	vma->vm_mm->rss--;
}

/* Linux: zap_page_range(). Unmap the pages of [start, end), inside vma. */
void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	walk_present_ptes(vma->vm_mm, start, end, zap_pte, vma);
}

/*
 * Linux: free_pgtables(). Free the second-level tables of [start, end)
 * whose whole MiB lies between floor (where the VMA below ends) and
 * ceiling (where the VMA above starts): no VMA uses them any more.
 */
void free_pgtables(struct mm_struct *mm, unsigned long start, unsigned long end,
		   unsigned long floor, unsigned long ceiling)
{
	unsigned long first = (floor + SECTION_SIZE - 1) >> SECTION_SHIFT;
	unsigned long last = (end + SECTION_SIZE - 1) >> SECTION_SHIFT;

	if (first < start >> SECTION_SHIFT)
		first = start >> SECTION_SHIFT;
	if (last > ceiling >> SECTION_SHIFT)
		last = ceiling >> SECTION_SHIFT;
	for (unsigned long i = first; i < last; i++) {
		u32 *pmd = &mm->pgd[i];

		if (!pmd_present(*pmd))
			continue;
		kfree(__va(*pmd & ~(PTE_HWTABLE_SIZE - 1)));
		set_pte(pmd, 0);
		local_flush_tlb_page(mm, i << SECTION_SHIFT);	/* the cached walk */
		mm->pgtables--;
	}
}

/*
 * Give a present entry the protection its VMA has now (Linux:
 * change_pte_range). A private page stays read-only until a write fault
 * decides whether to copy it; its access flag stays as it was (Linux:
 * pte_modify keeps young). A page that becomes executable may hold
 * code the program wrote: make the instruction side see it.
 */
static void change_pte(struct vm_area_struct *vma, u32 *pte, unsigned long addr)
{
	u32 old = *pte;
	u32 new = pte_phys(old) | (vma->vm_page_prot & ~PTE_EXT_AF) | (old & PTE_EXT_AF);

	if ((old & PTE_EXT_XN) && !(new & PTE_EXT_XN)) {
		unsigned long kaddr = (unsigned long)__va(pte_phys(old));

		flush_icache_range(kaddr, kaddr + PAGE_SIZE);
	}
	set_pte(pte, new);
	local_flush_tlb_page(vma->vm_mm, addr);
}

/* Linux: change_protection(). After mprotect changed vma's flags. */
void change_protection(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	walk_present_ptes(vma->vm_mm, start, end, change_pte, vma);
}

/*
 * An access flag fault at addr (FSR status 0x06): the first touch of a
 * page whose flag pgaccess() cleared. ARMv7's MMU does not set the flag
 * itself (no hardware access flag management): the kernel sets it and the
 * access is retried. False if addr is not a mapped page of mm, or its
 * flag is set already: then the fault is a real one. (Linux: on LPAE,
 * handle_pte_fault() -> pte_mkyoung(), for the same fault.)
 */
bool handle_access_flag_fault(struct mm_struct *mm, unsigned long addr)
{
	/* LAB pgtbl BEGIN
	 * Find addr's page-table entry in mm (pte_offset, without allocating;
	 * mm may be NULL, addr may be a kernel address); if it maps a small
	 * page (pte_present) whose PTE_EXT_AF is 0, set it where the table
	 * walker sees it (set_pte), drop the TLB entry (local_flush_tlb_page)
	 * and return true. Otherwise false.
	 * STUB:
	 *	(void)mm;
	 *	(void)addr;
	 *	return false;
	 */
	u32 *pte;

	if (!mm || addr >= TASK_SIZE || !(pte = pte_offset(mm, addr)) ||
	    !pte_present(*pte) || (*pte & PTE_EXT_AF))
		return false;
	set_pte(pte, *pte | PTE_EXT_AF);
	local_flush_tlb_page(mm, addr);
	return true;
	/* LAB pgtbl END */
}

/*
 * pgaccess(start, npages, mask): which of the npages (at most 32) pages
 * from start were touched since the last pgaccess() of theirs: bit i of
 * *mask for page i. It clears their access flags, so the next call sees
 * only newer accesses. Unmapped pages count as not touched. -EINVAL for
 * an unaligned start or a range outside user space, -EFAULT for a bad
 * mask. xv6's pgaccess(); Linux's nearest are /proc/PID/clear_refs and
 * /sys/kernel/mm/page_idle/bitmap.
 */
long sys_pgaccess(unsigned long start, int npages, unsigned int __user *mask)
{
	/* LAB pgtbl BEGIN
	 * Check the arguments. For each page i of the range whose entry in
	 * current->mm maps a page (pte_present) with PTE_EXT_AF set: set
	 * bit i, clear the flag (set_pte) and drop the page's TLB entry
	 * (local_flush_tlb_page), or the CPU keeps using the old one. Then
	 * copy the bits to *mask (copy_to_user).
	 * STUB:
	 *	(void)start;
	 *	(void)npages;
	 *	(void)mask;
	 *	return -ENOSYS;
	 */
	struct mm_struct *mm = current->mm;
	unsigned int bits = 0;

	if (npages < 0 || npages > 32 || (start & (PAGE_SIZE - 1)) || start >= TASK_SIZE ||
	    (unsigned long)npages > (TASK_SIZE - start) >> PAGE_SHIFT)
		return -EINVAL;
	for (int i = 0; i < npages; i++) {
		unsigned long va = start + i * PAGE_SIZE;
		u32 *pte = pte_offset(mm, va);

		if (!pte || !pte_present(*pte) || !(*pte & PTE_EXT_AF))
			continue;
		bits |= 1U << i;
		set_pte(pte, *pte & ~PTE_EXT_AF);
		local_flush_tlb_page(mm, va);
	}
	return copy_to_user(mask, &bits, sizeof(bits)) ? -EFAULT : 0;
	/* LAB pgtbl END */
}
