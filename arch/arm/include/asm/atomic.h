/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm/include/asm/atomic.h - atomic_t: a counter that two CPUs, or a
 * task and the task that preempts it, may change at the same time.
 * Linux: arch/arm/include/asm/atomic.h (ARMv6 and later), reduced to
 * what struct page's reference count needs.
 *
 * LDREX loads the counter and marks it for this CPU; STREX stores the new
 * value only if nobody wrote the counter since, else the loop tries again.
 * The DMBs make the update a full barrier, as Linux's value-returning
 * atomics are.
 */
#ifndef __ASM_ATOMIC_H
#define __ASM_ATOMIC_H

typedef struct {
	int counter;
} atomic_t;

static inline int atomic_read(const atomic_t *v)
{
	return *(const volatile int *)&v->counter;
}

static inline void atomic_set(atomic_t *v, int i)
{
	*(volatile int *)&v->counter = i;
}

/* Add i to the counter; the new value. */
static inline int atomic_add_return(int i, atomic_t *v)
{
	unsigned long tmp;
	int result;

	asm volatile(
"	dmb\n"
"1:	ldrex	%0, [%3]\n"		/* result = v->counter, marked exclusive */
"	add	%0, %0, %4\n"
"	strex	%1, %0, [%3]\n"		/* tmp = 0: stored, nobody wrote in between */
"	teq	%1, #0\n"
"	bne	1b\n"
"	dmb"
	: "=&r"(result), "=&r"(tmp), "+Qo"(v->counter)
	: "r"(&v->counter), "Ir"(i)
	: "cc", "memory");
	return result;
}

#define atomic_inc(v)		((void)atomic_add_return(1, (v)))
#define atomic_dec_and_test(v)	(atomic_add_return(-1, (v)) == 0)

#endif /* __ASM_ATOMIC_H */
