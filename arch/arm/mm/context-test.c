// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/context-test.c - ktest suite "asid": the ASID allocator of
 * arch/arm/mm/context.c (run with ktest=asid). An ASID is handed out at
 * the first switch to an mm; a generation hands out each of 1..255 once;
 * the rollover after it flushes the TLB once, moves the generation on,
 * and leaves the running mm its ASID.
 *
 * The cases switch to address spaces of their own (nothing mapped in
 * user space) with interrupts off, so that no task switch sees them, and
 * go back to current->active_mm before they end.
 */
#include <linux/bitops.h>
#include <linux/interrupt.h>
#include <linux/ktest.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <asm/memory.h>
#include <asm/mmu_context.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

#define NR_ASIDS	(1U << ASID_BITS)	/* 0 .. 255; 0 is never handed out */

static u64 generation(const struct mm_struct *mm)
{
	return mm->context.id & ASID_MASK;
}

/*
 * Switch to fresh as a new mm, and back to live, until an allocation
 * rolls over (a TLB flush). Returns how many new ASIDs fresh got before
 * that one, marking each in seen.
 */
static unsigned int churn_until_rollover(struct mm_struct *live, struct mm_struct *fresh,
					 unsigned long *seen)
{
	unsigned long flushes = nr_tlb_local_flush_all;
	unsigned int n;

	for (n = 0; n < 2 * NR_ASIDS; n++) {
		init_new_context(fresh);
		switch_mm(live, fresh);
		switch_mm(fresh, live);
		if (nr_tlb_local_flush_all != flushes)
			break;
		__set_bit(ASID(fresh), seen);
	}
	return n;
}

/* n fresh mms (all or none); false fails the case. */
static bool alloc_mms(struct ktest *t, struct mm_struct **mms, unsigned int n)
{
	for (unsigned int i = 0; i < n; i++) {
		mms[i] = mm_alloc();
		if (!mms[i]) {
			ktest_fail(t, __FILE__, __LINE__, "mm_alloc failed");
			while (i--)
				mmput(mms[i]);
			return false;
		}
	}
	return true;
}

static void free_mms(struct mm_struct **mms, unsigned int n)
{
	for (unsigned int i = 0; i < n; i++)
		mmput(mms[i]);
}

/* No ASID before the first switch; CONTEXTIDR and TTBR0 after; no flush. */
static void asid_given_at_first_switch(struct ktest *t)
{
	struct mm_struct *mm[2], *prev = current->active_mm;
	unsigned long flags, flushes, contextidr, ttbr0;
	u64 id;

	if (!alloc_mms(t, mm, 2))
		return;
	KTEST_EXPECT_EQ(t, mm[0]->context.id, 0);
	flags = local_irq_save();
	flushes = nr_tlb_local_flush_all;
	switch_mm(prev, mm[0]);
	asm("mrc p15, 0, %0, c13, c0, 1" : "=r"(contextidr));
	asm("mrc p15, 0, %0, c2, c0, 0" : "=r"(ttbr0));
	id = mm[0]->context.id;
	switch_mm(mm[0], mm[1]);
	switch_mm(mm[1], mm[0]);
	switch_mm(mm[0], prev);
	KTEST_EXPECT_EQ(t, nr_tlb_local_flush_all, flushes);
	local_irq_restore(flags);

	KTEST_EXPECT_TRUE(t, ASID(mm[0]) != 0);
	KTEST_EXPECT_TRUE(t, generation(mm[0]) != 0);
	KTEST_EXPECT_EQ(t, contextidr, ASID(mm[0]));
	KTEST_EXPECT_EQ(t, ttbr0 & ~(PGD_SIZE - 1), __pa(mm[0]->pgd));
	KTEST_EXPECT_EQ(t, mm[0]->context.id, id);	/* switched to again: the same */
	KTEST_EXPECT_EQ(t, generation(mm[1]), generation(mm[0]));
	KTEST_EXPECT_TRUE(t, ASID(mm[1]) != 0 && ASID(mm[1]) != ASID(mm[0]));
	ktest_info(t, "ASIDs %u and %u", ASID(mm[0]), ASID(mm[1]));
	free_mms(mm, 2);
}

/* A generation hands out every ASID from 1 to 255 exactly once. */
static void asid_generation_hands_out_255(struct ktest *t)
{
	unsigned long seen[BITS_TO_LONGS(NR_ASIDS)] = { 0 };
	struct mm_struct *mm[2], *prev = current->active_mm;
	unsigned int n, distinct = 0;
	unsigned long flags;

	if (!alloc_mms(t, mm, 2))
		return;
	flags = local_irq_save();
	switch_mm(prev, mm[0]);
	churn_until_rollover(mm[0], mm[1], seen);	/* to the start of a generation */
	bitmap_zero(seen, NR_ASIDS);
	__set_bit(ASID(mm[0]), seen);	/* kept: it was running */
	__set_bit(ASID(mm[1]), seen);	/* the first of the new generation */
	n = churn_until_rollover(mm[0], mm[1], seen);
	switch_mm(mm[0], prev);
	local_irq_restore(flags);

	for (unsigned int asid = 0; asid < NR_ASIDS; asid++)
		distinct += test_bit(asid, seen);
	KTEST_EXPECT_EQ(t, n, NR_ASIDS - 3);	/* 255 less the two above */
	KTEST_EXPECT_EQ(t, distinct, NR_ASIDS - 1);
	KTEST_EXPECT_TRUE(t, !test_bit(0, seen));
	ktest_info(t, "%u ASIDs in one generation", distinct);
	free_mms(mm, 2);
}

/*
 * The rollover flushes the TLB once and moves the generation on. The mm
 * running at that moment keeps its ASID; one that had an ASID but was not
 * running gets a new-generation one at its next switch, none shared.
 */
static void asid_rollover_keeps_running_mm(struct ktest *t)
{
	unsigned long seen[BITS_TO_LONGS(NR_ASIDS)] = { 0 };
	struct mm_struct *mm[3], *prev = current->active_mm;
	struct mm_struct *live, *sleeper, *fresh;
	unsigned long flags, flushes;
	unsigned int live_asid, n;
	u64 gen, sleeper_id;

	if (!alloc_mms(t, mm, 3))
		return;
	live = mm[0];
	sleeper = mm[1];
	fresh = mm[2];
	flags = local_irq_save();
	switch_mm(prev, sleeper);
	switch_mm(sleeper, live);
	gen = generation(live);
	live_asid = ASID(live);
	sleeper_id = sleeper->context.id;
	flushes = nr_tlb_local_flush_all;
	n = churn_until_rollover(live, fresh, seen);
	KTEST_EXPECT_EQ(t, nr_tlb_local_flush_all - flushes, 1);
	KTEST_EXPECT_EQ(t, generation(live), gen + (1ULL << ASID_BITS));
	KTEST_EXPECT_EQ(t, ASID(live), live_asid);
	KTEST_EXPECT_EQ(t, generation(fresh), generation(live));
	KTEST_EXPECT_EQ(t, sleeper->context.id, sleeper_id);	/* untouched until it runs */
	switch_mm(live, sleeper);
	switch_mm(sleeper, prev);
	KTEST_EXPECT_EQ(t, nr_tlb_local_flush_all - flushes, 1);
	local_irq_restore(flags);

	KTEST_EXPECT_TRUE(t, n < NR_ASIDS - 1);
	KTEST_EXPECT_EQ(t, generation(sleeper), generation(live));
	KTEST_EXPECT_TRUE(t, ASID(sleeper) != ASID(live) && ASID(sleeper) != ASID(fresh));
	KTEST_EXPECT_TRUE(t, ASID(fresh) != ASID(live));
	ktest_info(t, "rollover after %u new ASIDs; the running mm kept ASID %u", n, live_asid);
	free_mms(mm, 3);
}

static const struct ktest_case asid_cases[] = {
	KTEST_CASE(asid_given_at_first_switch),
	KTEST_CASE(asid_generation_hands_out_255),
	KTEST_CASE(asid_rollover_keeps_running_mm),
	{}
};
KTEST_SUITE(asid_suite, "asid", asid_cases);
