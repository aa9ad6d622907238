// SPDX-License-Identifier: GPL-2.0
/*
 * mm/uaccess.c - strncpy_from_user (Linux: lib/strncpy_from_user.c), on
 * top of the fault-safe __copy_from_user in arch/arm/lib/uaccess.S.
 */
#include <linux/errno.h>
#include <linux/uaccess.h>

/* Copy a string of at most count - 1 bytes; its length or -errno. */
long strncpy_from_user(char *dst, const char __user *src, long count)
{
	for (long i = 0; i < count; i++) {
		if (!access_ok(src + i, 1) || __copy_from_user(&dst[i], src + i, 1))
			return -EFAULT;
		if (!dst[i])
			return i;
	}
	return -ENAMETOOLONG;
}
