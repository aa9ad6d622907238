/* SPDX-License-Identifier: GPL-2.0 */
/* include/linux/errno.h - Linux's error numbers (uapi/asm-generic/errno*.h). */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#define EPERM		1
#define ENOENT		2
#define ESRCH		3
#define EINTR		4
#define EIO		5
#define E2BIG		7
#define ENOEXEC		8
#define EBADF		9
#define ECHILD		10
#define EAGAIN		11
#define ENOMEM		12
#define EFAULT		14
#define EEXIST		17
#define ENODEV		19
#define EINVAL		22
#define ENOTTY		25
#define ESPIPE		29
#define ENAMETOOLONG	36
#define ENOSYS		38
#define EOVERFLOW	75

#endif
