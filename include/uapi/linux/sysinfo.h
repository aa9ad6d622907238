/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/uapi/linux/sysinfo.h - what sysinfo() (syscall 116) returns.
 * Linux: the same file. Shared by the kernel (kernel/sys.c) and user
 * programs (user/Makefile adds include/uapi to their include path).
 */
#ifndef _UAPI_LINUX_SYSINFO_H
#define _UAPI_LINUX_SYSINFO_H

struct sysinfo {
	long uptime;			/* seconds since boot */
	unsigned long loads[3];		/* load averages (0 in Tern) */
	unsigned long totalram;		/* total usable RAM, in mem_unit */
	unsigned long freeram;		/* free RAM: Tern's free page count */
	unsigned long sharedram, bufferram, totalswap, freeswap;
	unsigned short procs;		/* number of tasks */
	unsigned short pad;
	unsigned long totalhigh, freehigh;
	unsigned int mem_unit;		/* bytes per unit: PAGE_SIZE */
	char _f[8];
};

#endif
