/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/spinlock.h - the lock word of a spinlock, taken
 * with LDREX/STREX. Linux: arch/arm/include/asm/spinlock.h as it was
 * before ticket locks (v2.6.3x), for ARMv7.
 *
 * LDREX loads the word and marks it for this CPU; STREX stores only if
 * no other CPU wrote it since, and says whether it did. A lock that is
 * held is waited for with WFE; the unlock's SEV wakes the waiters.
 */
#ifndef __ASM_SPINLOCK_H
#define __ASM_SPINLOCK_H

typedef struct {
	volatile unsigned int lock;	/* 0: free, 1: held */
} arch_spinlock_t;

#define __ARCH_SPIN_LOCK_UNLOCKED	{ 0 }

static inline void arch_spin_lock(arch_spinlock_t *lock)
{
	unsigned long tmp;

	asm volatile(
"1:	ldrex	%0, [%1]\n"		/* tmp = lock->lock, marked exclusive */
"	teq	%0, #0\n"		/* held? */
"	wfene\n"			/* held: wait for an unlock's SEV */
"	strexeq	%0, %2, [%1]\n"		/* free: try to write 1; tmp = 0 if done */
"	teqeq	%0, #0\n"
"	bne	1b\n"			/* held, or another CPU got there first */
"	dmb"				/* the critical section starts after the lock */
	: "=&r"(tmp)
	: "r"(&lock->lock), "r"(1)
	: "cc", "memory");
}

/* Take the lock only if it is free; 1 if taken. */
static inline int arch_spin_trylock(arch_spinlock_t *lock)
{
	unsigned long tmp;

	asm volatile(
"1:	ldrex	%0, [%1]\n"		/* tmp = lock->lock, marked exclusive */
"	teq	%0, #0\n"
"	bne	2f\n"			/* held: give up, tmp != 0 */
"	strex	%0, %2, [%1]\n"		/* free: try to write 1; tmp = 0 if done */
"	teq	%0, #0\n"
"	bne	1b\n"			/* another CPU wrote the word: look again */
"	dmb\n"				/* taken: the critical section starts here */
"2:"
	: "=&r"(tmp)
	: "r"(&lock->lock), "r"(1)
	: "cc", "memory");
	return tmp == 0;
}

static inline void arch_spin_unlock(arch_spinlock_t *lock)
{
	asm volatile(
"	dmb\n"				/* the critical section ends before the unlock */
"	str	%1, [%0]\n"		/* lock->lock = 0 */
"	dsb\n"
"	sev"				/* wake CPUs waiting in arch_spin_lock's WFE */
	: : "r"(&lock->lock), "r"(0) : "memory");
}

#endif /* __ASM_SPINLOCK_H */
