/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/mman.h - mmap's PROT_* and MAP_* flags, and their VM_*
 * counterparts. Linux: include/linux/mman.h.
 */
#ifndef _LINUX_MMAN_H
#define _LINUX_MMAN_H

#include <linux/mm.h>
#include <uapi/linux/mman.h>

static inline unsigned long calc_vm_prot_bits(unsigned long prot)
{
	return (prot & PROT_READ ? VM_READ : 0) | (prot & PROT_WRITE ? VM_WRITE : 0) |
	       (prot & PROT_EXEC ? VM_EXEC : 0);
}

#endif
