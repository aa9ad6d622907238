/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/compiler_attributes.h - short names for gcc attributes.
 * Linux: the same file. Safe in the kernel, the decompressor and the host
 * tests (lib/ is built for all three).
 */
#ifndef _LINUX_COMPILER_ATTRIBUTES_H
#define _LINUX_COMPILER_ATTRIBUTES_H

/* A helper that a lab's stub may leave unused: no -Wunused-function. */
#define __maybe_unused	__attribute__((__unused__))

#endif
