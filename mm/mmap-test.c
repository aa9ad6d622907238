// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mmap-test.c - ktest suite "vma": the VMAs of mm/mmap.c and the page
 * faults of mm/memory.c, on address spaces of the test's own (run with
 * ktest=vma). Nothing switches to them: pages are faulted in through
 * handle_mm_fault() on that mm, as exec faults in the new program's
 * stack, and the cases look at the entries and the pages directly.
 *
 * Tern has no /proc yet, so the cases print each address space as
 * /proc/<pid>/maps would show it (show_map_vma), one diagnostic line per
 * VMA, and compare the lines with the expected ones.
 */
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/string.h>
#include <asm/pgtable.h>

#define BASE	0x10000000UL
#define RW	(VM_READ | VM_WRITE)

static struct mm_struct *test_mm(struct ktest *t)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		ktest_fail(t, __FILE__, __LINE__, "mm_alloc failed");
	else
		arch_pick_mmap_layout(mm);
	return mm;
}

/* mm's VMAs, as maps lines, must be want[] (NULL-terminated). */
static void expect_maps(struct ktest *t, struct mm_struct *mm, const char *const *want)
{
	const struct vm_area_struct *vma = mm->mmap;
	char line[80];

	for (; *want; want++, vma = vma->vm_next) {
		if (!vma) {
			ktest_fail(t, __FILE__, __LINE__, "no VMA for \"%s\"", *want);
			return;
		}
		show_map_vma(line, sizeof(line), vma);
		ktest_info(t, "%s", line);
		if (strcmp(line, *want))
			ktest_fail(t, __FILE__, __LINE__, "expected \"%s\"", *want);
	}
	KTEST_EXPECT_TRUE(t, !vma);
}

/* Fault addr in for writing; the kernel address of its page, or NULL. */
static u8 *touch(struct mm_struct *mm, unsigned long addr)
{
	return get_user_page_remote(mm, addr);
}

/* The page-table entry of addr (0 if none). */
static u32 pte_of(struct mm_struct *mm, unsigned long addr)
{
	u32 *pte = pte_offset(mm, addr);

	return pte ? *pte : 0;
}

/* Adjacent ranges merge; munmap in the middle splits; MAP_FIXED replaces. */
static void vma_merge_split(struct ktest *t)
{
	struct mm_struct *mm = test_mm(t);
	static const char *const one[] = {
		"10000000-10006000 rw-p 00000000 00:00 0 ", NULL };
	static const char *const two[] = {
		"10000000-10001000 rw-p 00000000 00:00 0 ",
		"10002000-10006000 rw-p 00000000 00:00 0 ", NULL };
	static const char *const three[] = {
		"10000000-10001000 rw-p 00000000 00:00 0 ",
		"10001000-10002000 r--p 00000000 00:00 0 ",
		"10002000-10006000 rw-p 00000000 00:00 0 ", NULL };

	if (!mm)
		return;
	mmap_region(mm, BASE, 0x4000, RW);
	mmap_region(mm, BASE + 0x4000, 0x2000, RW);
	expect_maps(t, mm, one);
	KTEST_EXPECT_EQ(t, do_munmap(mm, BASE + 0x1000, 0x1000), 0);
	expect_maps(t, mm, two);
	mmap_region(mm, BASE + 0x1000, 0x1000, VM_READ);
	expect_maps(t, mm, three);
	mmap_region(mm, BASE + 0x1000, 0x1000, RW);	/* MAP_FIXED over it */
	expect_maps(t, mm, one);
	KTEST_EXPECT_EQ(t, mm->map_count, 1);
	mmput(mm);
}

/* A table per MiB touched, freed when no VMA covers its MiB; every page back. */
static void vma_tables_freed(struct ktest *t)
{
	unsigned long free_before = nr_free_pages();
	struct mm_struct *mm = test_mm(t);
	u8 *page;

	if (!mm)
		return;
	mmap_region(mm, BASE, 2 * SECTION_SIZE, RW);
	page = touch(mm, BASE);
	KTEST_EXPECT_TRUE(t, page && !page[0] && !memcmp(page, page + 1, PAGE_SIZE - 1));
	KTEST_EXPECT_TRUE(t, touch(mm, BASE + SECTION_SIZE) != NULL);
	KTEST_EXPECT_EQ(t, mm->rss, 2);
	KTEST_EXPECT_EQ(t, mm->pgtables, 2);
	KTEST_EXPECT_EQ(t, do_munmap(mm, BASE + SECTION_SIZE, SECTION_SIZE), 0);
	KTEST_EXPECT_EQ(t, mm->rss, 1);
	KTEST_EXPECT_EQ(t, mm->pgtables, 1);
	mmput(mm);
	KTEST_EXPECT_EQ(t, nr_free_pages(), free_before);
}

/* A file page is the file's bytes up to vm_file_size, zeros after. */
static void vma_file_fault(struct ktest *t)
{
	static u8 file[PAGE_SIZE + 1000];
	struct mm_struct *mm = test_mm(t);
	struct vm_area_struct *vma;
	u8 *p0, *p1, *p2;

	if (!mm || !(vma = vm_area_alloc(mm)))
		return;
	for (unsigned int i = 0; i < sizeof(file); i++)
		file[i] = i % 251 + 1;
	vma->vm_start = 0x10000;
	vma->vm_end = 0x13000;
	vma->vm_flags = RW;
	vma->vm_page_prot = vm_get_page_prot(RW);
	vma->vm_file = file;
	vma->vm_file_size = PAGE_SIZE + 904;
	vma_link(mm, vma);
	p0 = touch(mm, 0x10000);
	p1 = touch(mm, 0x11000);
	p2 = touch(mm, 0x12000);
	KTEST_EXPECT_TRUE(t, p0 && !memcmp(p0, file, PAGE_SIZE));
	KTEST_EXPECT_TRUE(t, p1 && !memcmp(p1, file + PAGE_SIZE, 904) && !p1[904] &&
			  !memcmp(p1 + 904, p1 + 905, PAGE_SIZE - 905));
	KTEST_EXPECT_TRUE(t, p2 && !p2[0] && !memcmp(p2, p2 + 1, PAGE_SIZE - 1));
	mmput(mm);
}

/*
 * After dup_mm both map the page read-only with two references; the
 * child's write copies it, and the parent's, now alone, reuses it.
 */
static void vma_cow(struct ktest *t)
{
	struct mm_struct *mm = test_mm(t), *child;
	struct page *page;
	u8 *p, *c;

	if (!mm)
		return;
	mmap_region(mm, BASE, PAGE_SIZE, RW);
	p = touch(mm, BASE);
	if (!p || !(child = dup_mm(mm))) {
		ktest_fail(t, __FILE__, __LINE__, "no memory");
		mmput(mm);
		return;
	}
	*p = 0xab;
	page = virt_to_page(p);
	KTEST_EXPECT_EQ(t, page_count(page), 2);
	KTEST_EXPECT_TRUE(t, !pte_write(pte_of(mm, BASE)) && !pte_write(pte_of(child, BASE)));
	c = touch(child, BASE);
	KTEST_EXPECT_TRUE(t, c && c != p && *c == 0xab && pte_write(pte_of(child, BASE)));
	KTEST_EXPECT_EQ(t, page_count(page), 1);
	KTEST_EXPECT_TRUE(t, touch(mm, BASE) == p && pte_write(pte_of(mm, BASE)));
	mmput(child);
	mmput(mm);
}

/* The stack grows down to RLIMIT_STACK, the caller's, and keeps its gap above a mapping. */
static void vma_stack_growth(struct ktest *t)
{
	static const char *const maps[] = {
		"be700000-be780000 rw-p 00000000 00:00 0 ",
		"be880000-bf000000 rw-p 00000000 00:00 0 [stack]", NULL };
	struct mm_struct *mm = test_mm(t);
	struct vm_area_struct *stack;

	if (!mm || !(stack = vm_area_alloc(mm)))
		return;
	stack->vm_start = TASK_SIZE - 0x20000;
	stack->vm_end = TASK_SIZE;
	stack->vm_flags = RW | VM_GROWSDOWN;
	stack->vm_page_prot = vm_get_page_prot(stack->vm_flags);
	vma_link(mm, stack);
	mm->start_stack = TASK_SIZE - 0x100;
	KTEST_EXPECT_EQ(t, expand_stack(stack, TASK_SIZE - _STK_LIM + 0x123), 0);
	KTEST_EXPECT_EQ(t, stack->vm_start, TASK_SIZE - _STK_LIM);
	KTEST_EXPECT_EQ(t, expand_stack(stack, stack->vm_start - 1), -ENOMEM);
	current->rlim[RLIMIT_STACK].rlim_cur = 0x40000;		/* setrlimit */
	stack->vm_start = TASK_SIZE - 0x20000;
	KTEST_EXPECT_EQ(t, expand_stack(stack, TASK_SIZE - 0x41000), -ENOMEM);
	KTEST_EXPECT_EQ(t, expand_stack(stack, TASK_SIZE - 0x40000), 0);
	current->rlim[RLIMIT_STACK].rlim_cur = 256UL << 20;	/* exec leaves it room */
	arch_pick_mmap_layout(mm);
	KTEST_EXPECT_EQ(t, mm->mmap_base, TASK_SIZE - (256UL << 20) - STACK_GUARD_GAP);
	current->rlim[RLIMIT_STACK].rlim_cur = _STK_LIM;
	arch_pick_mmap_layout(mm);
	KTEST_EXPECT_EQ(t, mm->mmap_base, TASK_SIZE - (128UL << 20));
	stack->vm_start = TASK_SIZE - 0x20000;
	mmap_region(mm, 0xbe700000, 0x80000, RW);
	KTEST_EXPECT_EQ(t, expand_stack(stack, 0xbe880000), 0);	/* 1 MiB above it */
	KTEST_EXPECT_EQ(t, expand_stack(stack, 0xbe87f000), -ENOMEM);	/* in the gap */
	expect_maps(t, mm, maps);
	mmput(mm);
}

static const struct ktest_case vma_cases[] = {
	KTEST_CASE(vma_merge_split),
	KTEST_CASE(vma_tables_freed),
	KTEST_CASE(vma_file_fault),
	KTEST_CASE(vma_cow),
	KTEST_CASE(vma_stack_growth),
	{}
};

KTEST_SUITE(vma_suite, "vma", vma_cases);
