/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/syscalls.h - every system call's C entry point, in one
 * place (Linux: the same file). vector_swi calls them through
 * sys_call_table (arch/arm/kernel/calls.c) with r0-r5 as arguments.
 */
#ifndef _LINUX_SYSCALLS_H
#define _LINUX_SYSCALLS_H

#include <linux/types.h>
#include <linux/uaccess.h>

struct new_utsname;
struct old_timespec32;
struct pt_regs;
struct sysinfo;

/* arch/arm/kernel/calls.c: number -> entry point, number -> name (or NULL) */
typedef long (*syscall_fn_t)(void);
extern const syscall_fn_t sys_call_table[];
extern const char *const sys_call_names[];

long sys_ni_syscall(void);
long sys_exit(int error_code);
long sys_exit_group(int error_code);
long sys_fork(void);
long sys_execve(const char __user *filename, const char __user *const __user *argv,
		const char __user *const __user *envp);
long sys_wait4(int pid, int __user *stat_addr, int options, void __user *ru);
long sys_kill(int pid, int sig);
long sys_read(unsigned int fd, char __user *buf, size_t count);
long sys_write(unsigned int fd, const char __user *buf, size_t count);
long sys_open(const char __user *filename, int flags, int mode);
long sys_close(unsigned int fd);
long sys_getpid(void);
long sys_getppid(void);
long sys_brk(unsigned long brk);
long sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot,
	       unsigned long flags, unsigned long fd, unsigned long pgoff);
long sys_munmap(unsigned long addr, size_t len);
long sys_mprotect(unsigned long start, size_t len, unsigned long prot);
long sys_madvise(unsigned long start, size_t len_in, int behavior);
long sys_mincore(unsigned long start, size_t len, unsigned char __user *vec);
long sys_newuname(struct new_utsname __user *name);
long sys_reboot(int magic1, int magic2, unsigned int cmd, void __user *arg);
long sys_sched_yield(void);
long sys_sysinfo(struct sysinfo __user *info);
long sys_clock_gettime(int which_clock, struct old_timespec32 __user *tp);
long sys_nanosleep(struct old_timespec32 __user *rqtp, struct old_timespec32 __user *rmtp);
/* Tern's own, for the course labs: arch/arm/kernel/ptrace.c, mm/memory.c */
long sys_trace(unsigned int len, const unsigned long __user *mask);
long sys_pgaccess(unsigned long start, int npages, unsigned int __user *mask);
void syscall_trace_exit(struct pt_regs *regs, unsigned int scno);

#endif
