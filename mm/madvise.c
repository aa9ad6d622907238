// SPDX-License-Identifier: GPL-2.0
/*
 * mm/madvise.c - madvise(): hints about a range of memory. Linux:
 * mm/madvise.c (do_madvise, madvise_walk_vmas, madvise_dontneed_single_vma).
 *
 * MADV_DONTNEED throws the range's pages away: the next touch maps a
 * zeroed page (anonymous memory) or a fresh copy from the file (a
 * program's segment). A shared mapping keeps its pages: in Linux they
 * live on in the shmem object and come back unchanged, which is what
 * keeping them looks like. NORMAL, RANDOM, SEQUENTIAL and WILLNEED are
 * accepted and change nothing. Linux knows more advice values; Tern
 * refuses them with -EINVAL.
 */
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/syscalls.h>

long sys_madvise(unsigned long start, size_t len_in, int behavior)
{
	struct vm_area_struct *vma;
	unsigned long end, tmp, len;
	int unmapped_error = 0;

	if (behavior < MADV_NORMAL || behavior > MADV_DONTNEED)
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	len = PAGE_ALIGN(len_in);
	if (len_in && !len)
		return -EINVAL;
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;
	for (vma = find_vma(current->mm, start);; vma = vma->vm_next) {
		if (!vma)
			return -ENOMEM;
		if (start < vma->vm_start) {	/* a hole: go on, but say so */
			unmapped_error = -ENOMEM;
			start = vma->vm_start;
			if (start >= end)
				return unmapped_error;
		}
		tmp = vma->vm_end < end ? vma->vm_end : end;
		if (behavior == MADV_DONTNEED && !(vma->vm_flags & VM_SHARED))
			zap_page_range(vma, start, tmp);
		start = tmp;
		if (start >= end)
			return unmapped_error;
	}
}
