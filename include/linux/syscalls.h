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
struct __kernel_timespec;
struct old_timeval32;
struct timezone;
struct sysinfo;
struct iovec;
struct stat64;
struct rlimit;
struct rlimit64;
struct robust_list_head;

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
long sys_clock_gettime64(int which_clock, struct __kernel_timespec __user *tp);
long sys_clock_nanosleep(int which_clock, int flags, struct old_timespec32 __user *rqtp,
			 struct old_timespec32 __user *rmtp);
long sys_clock_nanosleep_time64(int which_clock, int flags, struct __kernel_timespec __user *rqtp,
				struct __kernel_timespec __user *rmtp);
long sys_gettimeofday(struct old_timeval32 __user *tv, struct timezone __user *tz);
long sys_clone(unsigned long clone_flags, unsigned long newsp, int __user *parent_tidptr,
	       unsigned long tls, int __user *child_tidptr);
long sys_vfork(void);
long sys_set_tid_address(int __user *tidptr);
long sys_gettid(void);
long sys_getuid(void);
long sys_geteuid(void);
long sys_getgid(void);
long sys_getegid(void);
long sys_setuid(uid_t uid);
long sys_setreuid(uid_t ruid, uid_t euid);
long sys_setresuid(uid_t ruid, uid_t euid, uid_t suid);
long sys_getresuid(uid_t __user *ruid, uid_t __user *euid, uid_t __user *suid);
long sys_setfsuid(uid_t uid);
long sys_getgroups(int gidsetsize, gid_t __user *grouplist);
long sys_setgroups(int gidsetsize, gid_t __user *grouplist);
long sys_getrlimit(unsigned int resource, struct rlimit __user *rlim);
long sys_setrlimit(unsigned int resource, struct rlimit __user *rlim);
long sys_prlimit64(int pid, unsigned int resource, const struct rlimit64 __user *new_rlim,
		   struct rlimit64 __user *old_rlim);
long sys_writev(unsigned int fd, const struct iovec __user *vec, unsigned int vlen);
long sys_fstat64(unsigned int fd, struct stat64 __user *statbuf);
long sys_fstatat64(int dfd, const char __user *filename, struct stat64 __user *statbuf, int flag);
long sys_ioctl(unsigned int fd, unsigned int cmd, unsigned long arg);
long sys_mprotect(unsigned long start, size_t len, unsigned long prot);
long sys_set_robust_list(struct robust_list_head __user *head, size_t len);
long sys_get_robust_list(int pid, struct robust_list_head __user *__user *head_ptr,
			 size_t __user *len_ptr);
long sys_rseq(void __user *rseq, u32 rseq_len, int flags, u32 sig);
long sys_getrandom(char __user *buf, size_t count, unsigned int flags);
/* Tern's own, for the course labs: arch/arm/kernel/ptrace.c, mm/memory.c */
long sys_trace(unsigned int len, const unsigned long __user *mask);
long sys_pgaccess(unsigned long start, int npages, unsigned int __user *mask);

#endif
