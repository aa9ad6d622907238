/* SPDX-License-Identifier: GPL-2.0 */
/* include/linux/initramfs.h - files of the built-in cpio archive. */
#ifndef _LINUX_INITRAMFS_H
#define _LINUX_INITRAMFS_H

#include <linux/types.h>

/* The contents of "path" ("/init", "/bin/hello"), or NULL. */
const u8 *initramfs_find(const char *path, size_t *size);
int kernel_execve(const char *filename, const char *const *argv, const char *const *envp);

#endif
