// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/dump-test.c - ktest suite "pgtbl": ptdump_user() on an
 * address space of the test's own, with a read/write VMA over each page
 * faulted in for writing (as mm/mmap-test.c does). The case prints what
 * it mapped where
 * ("# pgtbl_dump: page va ... pa ...") and then the dump; the check is
 * the host's (tests/test_lab_pgtbl.py), which compares the two.
 * Run with ktest=pgtbl.
 */
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/sched/mm.h>
#include <asm/memory.h>

static void pgtbl_dump(struct ktest *t)
{
	/* Two pages in the first MiB, one in another, the top of user space. */
	static const unsigned long va[] = { 0x00010000, 0x00011000, 0x00500000,
					    TASK_SIZE - PAGE_SIZE };
	struct mm_struct *mm = mm_alloc();

	if (!mm) {
		ktest_skip(t, "out of memory");
		return;
	}
	ktest_info(t, "pgd 0x%08lx asid %u", __pa(mm->pgd), ASID(mm));
	for (unsigned int i = 0; i < ARRAY_SIZE(va); i++) {
		void *page = NULL;

		if (mmap_region(mm, va[i], PAGE_SIZE, VM_READ | VM_WRITE) == va[i])
			page = get_user_page_remote(mm, va[i]);

		KTEST_EXPECT_TRUE(t, page != NULL);
		ktest_info(t, "page va 0x%08lx pa 0x%08lx", va[i], __pa(page));
	}
	ptdump_user(mm);
	ktest_info(t, "end of dump");
	mmput(mm);
}

static const struct ktest_case pgtbl_cases[] = {
	KTEST_CASE(pgtbl_dump),
	{}
};
KTEST_SUITE(pgtbl_suite, "pgtbl", pgtbl_cases);
