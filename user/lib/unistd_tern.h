/* SPDX-License-Identifier: GPL-2.0 */
/*
 * user/lib/unistd_tern.h - Linux-named wrappers for Tern's system calls.
 *
 * newlib declares fork, execve, kill, nanosleep... but an embedded newlib
 * implements none of them; unistd_tern.c does, with the Linux ARM EABI
 * system calls.  This header adds what newlib lacks: wait4, uname,
 * reboot, exit_group, sysinfo and Linux's wait-status encoding.
 * Corresponds to the user-space view of Linux's
 * include/uapi/linux/{utsname,reboot}.h and the status macros of
 * include/uapi/linux/wait.h / glibc waitstatus.h.
 */
#ifndef TERN_USER_UNISTD_TERN_H
#define TERN_USER_UNISTD_TERN_H

#include <signal.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "syscall.h"

/*
 * Clock ids as the kernel numbers them; newlib's time.h numbers them
 * differently, and clock_gettime() below passes the id straight through.
 */
#undef CLOCK_REALTIME
#undef CLOCK_MONOTONIC
#define CLOCK_REALTIME		((clockid_t)LINUX_CLOCK_REALTIME)
#define CLOCK_MONOTONIC		((clockid_t)LINUX_CLOCK_MONOTONIC)

/*
 * Linux's wait status: exit code in bits 8-15 and 0 in bits 0-7; or the
 * killing signal in bits 0-6 (bit 7: core dumped).
 */
#undef WIFEXITED
#undef WEXITSTATUS
#undef WIFSIGNALED
#undef WTERMSIG
#define WIFEXITED(s)	(((s) & 0x7f) == 0)
#define WEXITSTATUS(s)	(((s) >> 8) & 0xff)
#define WIFSIGNALED(s)	(((s) & 0x7f) != 0 && ((s) & 0x7f) != 0x7f)
#define WTERMSIG(s)	((s) & 0x7f)
#define WNOHANG		1

/* struct new_utsname of include/uapi/linux/utsname.h: 6 x 65 bytes. */
#define __NEW_UTS_LEN	64
struct utsname {
	char sysname[__NEW_UTS_LEN + 1];
	char nodename[__NEW_UTS_LEN + 1];
	char release[__NEW_UTS_LEN + 1];
	char version[__NEW_UTS_LEN + 1];
	char machine[__NEW_UTS_LEN + 1];
	char domainname[__NEW_UTS_LEN + 1];
};

/* include/uapi/linux/reboot.h */
#define LINUX_REBOOT_MAGIC1		0xfee1dead
#define LINUX_REBOOT_MAGIC2		672274793
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321fedc
#define LINUX_REBOOT_CMD_RESTART	0x01234567
#define RB_POWER_OFF			LINUX_REBOOT_CMD_POWER_OFF

/* The wrappers: -1 and errno on failure, as in glibc. */
pid_t fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
pid_t wait4(pid_t pid, int *status, int options, void *rusage);
pid_t waitpid(pid_t pid, int *status, int options);
pid_t wait(int *status);
int sched_yield(void);
int nanosleep(const struct timespec *req, struct timespec *rem);
unsigned int sleep(unsigned int seconds);
int usleep(useconds_t usec);
int clock_gettime(clockid_t clk, struct timespec *tp);
int uname(struct utsname *buf);
int reboot(int cmd);		/* glibc's form: the magics are added */
pid_t getppid(void);
int kill(pid_t pid, int sig);
void exit_group(int status) __attribute__((noreturn));
struct sysinfo;			/* <linux/sysinfo.h> */
int sysinfo(struct sysinfo *info);

/* running_on_tern - uname says "Tern" (not Linux under qemu-arm). */
int running_on_tern(void);

#endif /* TERN_USER_UNISTD_TERN_H */
