// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mprotect.c - mprotect(): new permissions for a range of pages.
 * Linux: mm/mprotect.c (do_mprotect_pkey, mprotect_fixup).
 *
 * Each VMA the range covers is cut where the range starts or ends
 * inside it (split_vma), gets the new flags and page protection, its
 * present pages get the new protection (change_protection in
 * mm/memory.c), and it joins a neighbour that now continues it. A hole
 * in the range gives -ENOMEM, after the VMAs before it were changed, as
 * in Linux.
 */
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/syscalls.h>

/* Linux: mprotect_fixup(). Give [start, end), inside vma, the flags newflags. */
static int mprotect_fixup(struct mm_struct *mm, struct vm_area_struct *vma,
			  unsigned long start, unsigned long end, unsigned long newflags)
{
	if (newflags == vma->vm_flags)
		return 0;
	if (vma->vm_start < start && split_vma(mm, vma, start, 1))
		return -ENOMEM;
	if (vma->vm_end > end && split_vma(mm, vma, end, 0))
		return -ENOMEM;
	vma->vm_flags = newflags;
	vma->vm_page_prot = vm_get_page_prot(newflags);
	change_protection(vma, start, end);
	vma_merge(mm, vma);
	return 0;
}

long sys_mprotect(unsigned long start, size_t len, unsigned long prot)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long end, tmp;
	int error;

	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!len)
		return 0;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end <= start)
		return -ENOMEM;
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM))
		return -EINVAL;
	vma = find_vma(mm, start);
	if (!vma || vma->vm_start > start)
		return -ENOMEM;
	for (;;) {
		unsigned long newflags = (vma->vm_flags & ~VM_ACCESS_FLAGS) | calc_vm_prot_bits(prot);

		tmp = vma->vm_end < end ? vma->vm_end : end;
		error = mprotect_fixup(mm, vma, start, tmp, newflags);
		if (error || tmp >= end)
			return error;
		start = tmp;
		vma = find_vma(mm, start);	/* vma may have merged with the next */
		if (!vma || vma->vm_start > start)
			return -ENOMEM;
	}
}
