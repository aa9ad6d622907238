/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/resource.h - resource limits (getrlimit, setrlimit,
 * prlimit64). Linux: include/uapi/linux/resource.h,
 * include/asm-generic/resource.h (INIT_RLIMITS).
 *
 * Tern stores each task's limits, copies them at fork and reports and
 * changes them as Linux does, but enforces none of them yet.
 */
#ifndef _LINUX_RESOURCE_H
#define _LINUX_RESOURCE_H

#include <linux/types.h>

#define RLIMIT_CPU		0	/* CPU time in seconds */
#define RLIMIT_FSIZE		1	/* largest file */
#define RLIMIT_DATA		2	/* data + heap */
#define RLIMIT_STACK		3
#define RLIMIT_CORE		4	/* core dump size */
#define RLIMIT_RSS		5
#define RLIMIT_NPROC		6
#define RLIMIT_NOFILE		7	/* open files */
#define RLIMIT_MEMLOCK		8
#define RLIMIT_AS		9	/* address space */
#define RLIMIT_LOCKS		10
#define RLIMIT_SIGPENDING	11
#define RLIMIT_MSGQUEUE		12
#define RLIMIT_NICE		13
#define RLIMIT_RTPRIO		14
#define RLIMIT_RTTIME		15
#define RLIM_NLIMITS		16

#define RLIM_INFINITY		(~0UL)
#define RLIM64_INFINITY		(~0ULL)

struct rlimit {
	unsigned long rlim_cur;
	unsigned long rlim_max;
};

struct rlimit64 {
	u64 rlim_cur;
	u64 rlim_max;
};

/*
 * Linux's defaults for init. Linux sizes NPROC and SIGPENDING from the
 * RAM; Tern limits processes by memory alone and queues no signals, so
 * they are unlimited. RLIMIT_STACK is how far a stack may grow
 * (expand_stack() in mm/mmap.c); the others are not enforced yet.
 */
#define _STK_LIM		(8 * 1024 * 1024)	/* the default stack limit */

#define INIT_RLIMITS {							\
	[RLIMIT_CPU]		= { RLIM_INFINITY, RLIM_INFINITY },	\
	[RLIMIT_FSIZE]		= { RLIM_INFINITY, RLIM_INFINITY },	\
	[RLIMIT_DATA]		= { RLIM_INFINITY, RLIM_INFINITY },	\
	[RLIMIT_STACK]		= { _STK_LIM, RLIM_INFINITY },		\
	[RLIMIT_CORE]		= { 0, RLIM_INFINITY },			\
	[RLIMIT_RSS]		= { RLIM_INFINITY, RLIM_INFINITY },	\
	[RLIMIT_NPROC]		= { RLIM_INFINITY, RLIM_INFINITY },	\
	[RLIMIT_NOFILE]		= { 1024, 4096 },			\
	[RLIMIT_MEMLOCK]	= { 8 * 1024 * 1024, 8 * 1024 * 1024 },	\
	[RLIMIT_AS]		= { RLIM_INFINITY, RLIM_INFINITY },	\
	[RLIMIT_LOCKS]		= { RLIM_INFINITY, RLIM_INFINITY },	\
	[RLIMIT_SIGPENDING]	= { RLIM_INFINITY, RLIM_INFINITY },	\
	[RLIMIT_MSGQUEUE]	= { 819200, 819200 },			\
	[RLIMIT_NICE]		= { 0, 0 },				\
	[RLIMIT_RTPRIO]		= { 0, 0 },				\
	[RLIMIT_RTTIME]		= { RLIM_INFINITY, RLIM_INFINITY },	\
}

#endif
