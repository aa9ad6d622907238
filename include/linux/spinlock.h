/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/spinlock.h - spinlock_t: state shared between CPUs and
 * interrupt handlers. Linux: include/linux/spinlock.h and
 * spinlock_types.h, without lockdep or debugging.
 *
 * spin_lock_irqsave() masks this CPU's interrupts, so that neither an
 * interrupt handler nor kernel preemption can get in, then takes the lock
 * word, so that no other CPU can either. On Tern's one CPU the lock word
 * is always free; it is there so that the same code is right on SMP.
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/interrupt.h>
#include <asm/spinlock.h>

typedef struct {
	arch_spinlock_t raw_lock;
} spinlock_t;

#define DEFINE_SPINLOCK(x)	spinlock_t x = { .raw_lock = __ARCH_SPIN_LOCK_UNLOCKED }

/* With interrupts already off, or for state no interrupt handler touches. */
#define spin_lock(lock)		arch_spin_lock(&(lock)->raw_lock)
#define spin_trylock(lock)	arch_spin_trylock(&(lock)->raw_lock)
#define spin_unlock(lock)	arch_spin_unlock(&(lock)->raw_lock)

#define spin_lock_irqsave(lock, flags)				\
	do {							\
		(flags) = local_irq_save();			\
		arch_spin_lock(&(lock)->raw_lock);		\
	} while (0)

#define spin_unlock_irqrestore(lock, flags)			\
	do {							\
		arch_spin_unlock(&(lock)->raw_lock);		\
		local_irq_restore(flags);			\
	} while (0)

#endif /* _LINUX_SPINLOCK_H */
