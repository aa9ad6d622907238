// SPDX-License-Identifier: GPL-2.0
/*
 * user/linux/sys.c - "sys": the small calls glibc makes at start-up and
 * a program makes about itself: ids, resource limits, uname, getrandom,
 * the terminal on fds 0-2 (fstat, TCGETS), mprotect's argument checks,
 * and -ENOSYS for calls that do not exist. Values that differ between
 * machines (the user, the limits set by the shell) show as relations.
 */
#define _GNU_SOURCE		/* getresuid */
#include <errno.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <termios.h>
#include <unistd.h>

#include "t_glibc.h"

static void ids(void)
{
	uid_t r, e, s;

	printf("sys: getuid() == geteuid(), getgid() == getegid(): %s\n",
	       getuid() == geteuid() && getgid() == getegid() ? "yes" : "no");
	printf("sys: getresuid: %s, all three the uid: %s\n", err_name(getresuid(&r, &e, &s), errno),
	       r == getuid() && e == r && s == r ? "yes" : "no");
	printf("sys: setuid(getuid()): %s\n", err_name(setuid(getuid()), errno));
	printf("sys: gettid() is getpid() with one thread: %s\n",
	       syscall(SYS_gettid) == getpid() ? "yes" : "no");
	printf("sys: set_tid_address returns the tid: %s\n",
	       syscall(SYS_set_tid_address, NULL) == getpid() ? "yes" : "no");
}

static void limits(void)
{
	struct rlimit rl, lowered, back;

	printf("sys: getrlimit(RLIMIT_STACK): %s, soft <= hard: %s\n",
	       err_name(getrlimit(RLIMIT_STACK, &rl), errno),
	       rl.rlim_cur <= rl.rlim_max ? "yes" : "no");
	getrlimit(RLIMIT_NOFILE, &rl);
	lowered.rlim_cur = rl.rlim_cur / 2;
	lowered.rlim_max = rl.rlim_max;
	printf("sys: setrlimit(RLIMIT_NOFILE, soft/2): %s\n",
	       err_name(setrlimit(RLIMIT_NOFILE, &lowered), errno));
	getrlimit(RLIMIT_NOFILE, &back);
	printf("sys: getrlimit sees it: %s\n", back.rlim_cur == lowered.rlim_cur ? "yes" : "no");
	lowered.rlim_cur = lowered.rlim_max + 1;
	printf("sys: a soft limit above the hard one: %s\n",
	       err_name(setrlimit(RLIMIT_NOFILE, &lowered), errno));
	printf("sys: RLIMIT_NLIMITS + 1: %s\n", err_name(getrlimit(RLIM_NLIMITS + 1, &rl), errno));
}

static void terminal(void)
{
	struct termios t;
	struct stat st;

	printf("sys: isatty(0, 1, 2): %d %d %d\n", isatty(0), isatty(1), isatty(2));
	printf("sys: fstat(1): %s, a character device: %s\n", err_name(fstat(1, &st), errno),
	       S_ISCHR(st.st_mode) ? "yes" : "no");
	printf("sys: tcgetattr(1): %s, ICANON %s, ECHO %s, ONLCR %s\n",
	       err_name(tcgetattr(1, &t), errno), t.c_lflag & ICANON ? "on" : "off",
	       t.c_lflag & ECHO ? "on" : "off", t.c_oflag & ONLCR ? "on" : "off");
	printf("sys: fstat(99): %s\n", err_name(fstat(99, &st), errno));
}

int t_sys(int argc, char **argv)
{
	unsigned char buf[64];
	struct utsname u;
	static char page[4096] __attribute__((aligned(4096)));

	(void)argc, (void)argv;
	ids();
	limits();
	printf("sys: uname: %s, machine %s\n", err_name(uname(&u), errno), u.machine);
	printf("sys: getrandom(64): %ld\n", (long)getrandom(buf, sizeof(buf), 0));
	printf("sys: getrandom(GRND_NONBLOCK): %ld\n", (long)getrandom(buf, 16, GRND_NONBLOCK));
	printf("sys: getrandom with flags 0x100: %s\n", err_name(getrandom(buf, 16, 0x100), errno));
	terminal();
	printf("sys: mprotect(a page, PROT_READ | PROT_WRITE): %s\n",
	       err_name(mprotect(page, 4096, PROT_READ | PROT_WRITE), errno));
	printf("sys: mprotect(unaligned): %s\n", err_name(mprotect(page + 1, 4096, PROT_READ), errno));
	printf("sys: syscall 1000: %s\n", err_name(syscall(1000), errno));
	printf("sys: ARM-private syscall 0xf0007: %s\n", err_name(syscall(0xf0007), errno));
	return 0;
}
