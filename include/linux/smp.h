/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/smp.h - which CPU this is, and one copy of a variable
 * per CPU. Linux: include/linux/smp.h (smp_processor_id),
 * include/linux/threads.h (NR_CPUS), include/linux/cpumask.h
 * (for_each_possible_cpu), include/linux/percpu-defs.h (DEFINE_PER_CPU,
 * per_cpu).
 *
 * Tern runs on one CPU. Code that keeps state per CPU says so with these
 * all the same, so that it reads as Linux's does and needs no rewrite for
 * SMP: there NR_CPUS grows and smp_processor_id() reads the CPU number.
 */
#ifndef _LINUX_SMP_H
#define _LINUX_SMP_H

#define NR_CPUS				1
#define smp_processor_id()		0U

#define for_each_possible_cpu(cpu)	for ((cpu) = 0; (cpu) < NR_CPUS; (cpu)++)

/* A per-CPU variable is an array with one element per CPU. */
#define DEFINE_PER_CPU(type, name)	type name[NR_CPUS]
#define per_cpu(var, cpu)		((var)[cpu])

#endif /* _LINUX_SMP_H */
