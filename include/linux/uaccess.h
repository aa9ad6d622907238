/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/uaccess.h - copying to and from user space.
 * Linux: include/linux/uaccess.h + arch/arm/include/asm/uaccess.h.
 *
 * Two lines of defence against a bad user pointer:
 *  1. access_ok(): the range must lie below TASK_SIZE, so a program can
 *     never make the kernel read or write kernel memory for it;
 *  2. the copy itself uses ldrbt/strbt ("as if in user mode") and every
 *     such instruction has an exception-table entry: if the page is not
 *     mapped, the abort handler resumes at the fixup and the copy returns
 *     the bytes it could not copy, which the syscall turns into -EFAULT.
 */
#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H

#include <linux/errno.h>
#include <linux/types.h>
#include <asm/memory.h>

#define __user

static inline bool access_ok(const void __user *addr, unsigned long size)
{
	unsigned long a = (unsigned long)addr;

	return size <= TASK_SIZE && a <= TASK_SIZE - size;
}

/* arch/arm/lib/uaccess.S: return the number of bytes NOT copied. */
unsigned long __copy_from_user(void *to, const void __user *from, unsigned long n);
unsigned long __copy_to_user(void __user *to, const void *from, unsigned long n);

static inline unsigned long copy_from_user(void *to, const void __user *from, unsigned long n)
{
	return access_ok(from, n) ? __copy_from_user(to, from, n) : n;
}

static inline unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	return access_ok(to, n) ? __copy_to_user(to, from, n) : n;
}

/*
 * Read or write kernel memory that may not be there (Linux: mm/maccess.c):
 * 0, or -EFAULT if the access faulted. paging_init() probes RAM with them.
 */
unsigned long __copy_from_kernel_nofault(void *dst, const void *src, size_t size);
unsigned long __copy_to_kernel_nofault(void *dst, const void *src, size_t size);

static inline long copy_from_kernel_nofault(void *dst, const void *src, size_t size)
{
	return __copy_from_kernel_nofault(dst, src, size) ? -EFAULT : 0;
}

static inline long copy_to_kernel_nofault(void *dst, const void *src, size_t size)
{
	return __copy_to_kernel_nofault(dst, src, size) ? -EFAULT : 0;
}

/* Copy a NUL-terminated string; its length, or -EFAULT / -ENAMETOOLONG. */
long strncpy_from_user(char *dst, const char __user *src, long count);

#endif
