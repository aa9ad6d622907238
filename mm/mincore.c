// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mincore.c - mincore(): which pages of a range are in memory.
 * Linux: mm/mincore.c (do_mincore, mincore_pte_range).
 *
 * One byte per page, 1 if the page is mapped. Linux also counts a file
 * page that sits in the page cache unmapped; Tern's file mappings read
 * from the initramfs, so only their mapped pages count here.
 */
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <asm/pgtable.h>

#define MINCORE_CHUNK	64	/* pages looked at per copy_to_user */

long sys_mincore(unsigned long start, size_t len, unsigned char __user *vec)
{
	struct mm_struct *mm = current->mm;
	unsigned long pages;
	unsigned char buf[MINCORE_CHUNK];

	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!access_ok((void __user *)start, len))
		return -ENOMEM;
	pages = (len >> PAGE_SHIFT) + ((len & ~PAGE_MASK) != 0);
	if (!access_ok(vec, pages))
		return -EFAULT;
	while (pages) {
		struct vm_area_struct *vma = find_vma(mm, start);
		unsigned long n = pages < MINCORE_CHUNK ? pages : MINCORE_CHUNK;

		if (!vma || start < vma->vm_start)
			return -ENOMEM;
		if (n > (vma->vm_end - start) >> PAGE_SHIFT)
			n = (vma->vm_end - start) >> PAGE_SHIFT;
		for (unsigned long i = 0; i < n; i++) {
			u32 *pte = pte_offset(mm, start + i * PAGE_SIZE);

			buf[i] = pte && pte_present(*pte);
		}
		if (copy_to_user(vec, buf, n))
			return -EFAULT;
		vec += n;
		start += n * PAGE_SIZE;
		pages -= n;
	}
	return 0;
}
