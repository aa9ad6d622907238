// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/init_task.c - the first task's kernel stack (Linux:
 * init/init_task.c). head.S points sp at its top before start_kernel.
 */
#include <asm/memory.h>

unsigned long init_stack[THREAD_SIZE / sizeof(unsigned long)]
	__attribute__((aligned(THREAD_SIZE)));
