/* SPDX-License-Identifier: GPL-2.0 */
/* include/linux/random.h - random bytes (kernel/random.c; Linux: the same header). */
#ifndef _LINUX_RANDOM_H
#define _LINUX_RANDOM_H

#include <linux/types.h>

void get_random_bytes(void *buf, size_t len);

#endif
