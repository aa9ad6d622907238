/* SPDX-License-Identifier: GPL-2.0 */
/* include/linux/timekeeping.h - time since boot (Linux: same file). */
#ifndef _LINUX_TIMEKEEPING_H
#define _LINUX_TIMEKEEPING_H

#include <linux/types.h>

#define NSEC_PER_SEC	1000000000ULL
#define NSEC_PER_USEC	1000ULL

u64 ktime_get_ns(void);

#endif
