// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm/mm/context.c - ASIDs, handed out by generation, and the
 * address-space switch. Linux: arch/arm/mm/context.c,
 * arch/arm/mm/proc-v7-2level.S (cpu_v7_switch_mm).
 *
 * User pages are mapped non-global (nG): their TLB entries are tagged with
 * the ASID in CONTEXTIDR, so switching between processes needs no TLB
 * flush. Kernel mappings are global and shared by every page table.
 *
 * An ASID has 8 bits, and 0 is never handed out: at most 255 address
 * spaces can hold one at a time, but there may be many more processes.
 * So an mm gets an ASID only when it is switched to, stamped with the
 * generation it was handed out in (mm->context.id, asm/mmu.h); an mm
 * whose stamp is the current generation uses its ASID as it is. An ASID
 * is never given back on its own: when every number of the generation is
 * taken, a rollover starts a new one (new_context, flush_context):
 *
 *  - asid_generation moves on, so every mm's ASID is stale;
 *  - asid_map is cleared, except for the ASID each CPU is running with
 *    (active_asids): those become reserved_asids, and their mms keep
 *    their numbers, as their TLB entries are in use right now;
 *  - each CPU flushes its TLB before its next switch (tlb_flush_pending):
 *    entries of the old generation would match the new owners of their
 *    numbers.
 *
 * An mm with a stale ASID gets one of the new generation at its next
 * switch: its old number if reserved or still free, else the next free.
 *
 * cpu_asid_lock protects all of it. Tern has one CPU, where interrupts
 * off would be enough; the lock and the per-CPU variables make the same
 * code correct on several. (Linux also skips the lock when the generation
 * matches, with an atomic exchange on active_asids; Tern always takes it.)
 */
#include <linux/bitops.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <asm/memory.h>
#include <asm/mmu_context.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

#define ASID_FIRST_VERSION	(1ULL << ASID_BITS)	/* generation 1, ASID 0 */
#define NUM_USER_ASIDS		ASID_FIRST_VERSION

static DEFINE_SPINLOCK(cpu_asid_lock);
static u64 asid_generation = ASID_FIRST_VERSION;
static unsigned long asid_map[BITS_TO_LONGS(NUM_USER_ASIDS)];	/* taken in this generation */

static DEFINE_PER_CPU(u64, active_asids);	/* context.id each CPU runs with */
static DEFINE_PER_CPU(u64, reserved_asids);	/* ... as it was at the last rollover */
static unsigned long tlb_flush_pending;		/* CPUs to flush, bit N for CPU N */

extern unsigned long swapper_pg_dir_phys;
struct mm_struct init_mm;	/* pgd filled in by mm_context_init() */
unsigned long nr_tlb_local_flush_all;

/* Rollover: only the ASIDs that CPUs run with stay taken. */
static void flush_context(void)
{
	unsigned int i;
	u64 asid;

	bitmap_zero(asid_map, NUM_USER_ASIDS);
	for_each_possible_cpu(i) {
		asid = per_cpu(active_asids, i);
		per_cpu(active_asids, i) = 0;
		/*
		 * A CPU that has not switched since the last rollover still
		 * runs with its reserved ASID: keep that one.
		 */
		if (asid == 0)
			asid = per_cpu(reserved_asids, i);
		__set_bit(asid & ~ASID_MASK, asid_map);
		per_cpu(reserved_asids, i) = asid;
	}
	tlb_flush_pending = (1UL << NR_CPUS) - 1;	/* every CPU */
}

/* Was asid running at the rollover? Then it is newasid now. */
static bool check_update_reserved_asid(u64 asid, u64 newasid)
{
	unsigned int cpu;
	bool hit = false;

	for_each_possible_cpu(cpu) {
		if (per_cpu(reserved_asids, cpu) == asid) {
			hit = true;
			per_cpu(reserved_asids, cpu) = newasid;
		}
	}
	return hit;
}

/* An ASID of the current generation for mm (cpu_asid_lock held). */
static u64 new_context(struct mm_struct *mm)
{
	static unsigned int cur_idx = 1;
	u64 asid = mm->context.id;
	u64 generation = asid_generation;

	if (asid != 0) {
		u64 newasid = generation | (asid & ~ASID_MASK);

		/* It was running at the rollover: it keeps its number. */
		if (check_update_reserved_asid(asid, newasid))
			return newasid;
		/* It had a number in an earlier generation: the same if free. */
		if (!__test_and_set_bit(asid & ~ASID_MASK, asid_map))
			return newasid;
	}
	/* The next free number after the last one handed out; 0 never is. */
	asid = find_next_zero_bit(asid_map, NUM_USER_ASIDS, cur_idx);
	if (asid == NUM_USER_ASIDS) {
		asid_generation += ASID_FIRST_VERSION;
		generation = asid_generation;
		flush_context();
		asid = find_next_zero_bit(asid_map, NUM_USER_ASIDS, 1);
	}
	__set_bit(asid, asid_map);
	cur_idx = asid;
	return asid | generation;
}

/*
 * CONTEXTIDR and TTBR0 cannot change in one go. Between the two, walks
 * go through swapper_pg_dir, which maps nothing in user space, so no
 * walk of one mm's table is tagged with another mm's ASID.
 */
static void cpu_set_reserved_ttbr0(void)
{
	asm volatile("mcr p15, 0, %0, c2, c0, 0\n\tisb"	/* TTBR0 = swapper_pg_dir */
		     : : "r"(swapper_pg_dir_phys | TTB_FLAGS) : "memory");
}

/* Linux: cpu_v7_switch_mm. CONTEXTIDR (ASID), then TTBR0, each followed by an ISB. */
static void cpu_switch_mm(unsigned long pgd_phys, unsigned int asid)
{
	asm volatile("mcr p15, 0, %0, c13, c0, 1\n\t"	/* CONTEXTIDR = ASID */
		     "isb\n\t"
		     "mcr p15, 0, %1, c2, c0, 0\n\t"	/* TTBR0 = the table */
		     "isb"
		     : : "r"(asid), "r"(pgd_phys | TTB_FLAGS) : "memory");
}

void check_and_switch_context(struct mm_struct *mm)
{
	unsigned int cpu = smp_processor_id();
	unsigned long flags;
	u64 asid;

	cpu_set_reserved_ttbr0();
	spin_lock_irqsave(&cpu_asid_lock, flags);
	asid = mm->context.id;
	if ((asid ^ asid_generation) >> ASID_BITS) {	/* not this generation's */
		asid = new_context(mm);
		mm->context.id = asid;
	}
	if (tlb_flush_pending & (1UL << cpu)) {		/* a rollover since the last switch */
		tlb_flush_pending &= ~(1UL << cpu);
		local_flush_bp_all();
		local_flush_tlb_all();
	}
	per_cpu(active_asids, cpu) = asid;
	spin_unlock_irqrestore(&cpu_asid_lock, flags);
	cpu_switch_mm(__pa(mm->pgd), ASID(mm));
}

void mm_context_init(void)
{
	init_mm.pgd = __va(swapper_pg_dir_phys);
}
