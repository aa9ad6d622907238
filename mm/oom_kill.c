// SPDX-License-Identifier: GPL-2.0
/*
 * mm/oom_kill.c - out of memory: a page fault found no free page.
 * Linux: mm/oom_kill.c (pagefault_out_of_memory, oom_kill_process,
 * __oom_kill_process's message).
 *
 * Linux chooses the process whose death frees the most memory
 * (oom_badness). Tern kills the process whose fault found no memory: the
 * one that keeps asking. It dies of SIGKILL on its way back to user mode,
 * and exit gives all its memory back; the kernel and the other
 * processes go on.
 */
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/printk.h>
#include <linux/sched.h>

#define K(pages)	((pages) << (PAGE_SHIFT - 10))

void pagefault_out_of_memory(void)
{
	struct task_struct *p = current;
	struct mm_struct *mm = p->mm;
	unsigned long total_vm = 0;

	for (struct vm_area_struct *vma = mm->mmap; vma; vma = vma->vm_next)
		total_vm += vma_pages(vma);
	pr_err("Out of memory: Killed process %d (%s) total-vm:%lukB, anon-rss:%lukB, file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:%lukB oom_score_adj:0\n",
	       p->pid, p->comm, K(total_vm), K(mm->rss), mm->pgtables);	/* tables of 1 KiB */
	send_sig(SIGKILL, p);
}
