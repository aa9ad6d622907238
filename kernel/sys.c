// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sys.c - the small system calls: identity, resource limits,
 * console I/O, uname, reboot, yield, sysinfo, and the calls glibc makes
 * at start-up that Tern answers simply.
 * Linux: kernel/sys.c, fs/read_write.c, fs/stat.c, fs/ioctl.c +
 * drivers/tty/tty_io.c (TCGETS), kernel/reboot.c,
 * kernel/sched/core.c (sched_yield),
 * kernel/futex/syscalls.c (set_robust_list), kernel/rseq.c.
 *
 * Every pointer from user space goes through copy_{to,from}_user, so a
 * bad one gets -EFAULT and never an oops.
 */
#include <linux/bitops.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>
#include <linux/wait.h>
#include <linux/syscalls.h>
#include <asm/psci.h>
#include <asm/syscall.h>
#include <generated/compile.h>
#include <uapi/linux/sysinfo.h>

/*
 * Every number without a system call. Linux returns -ENOSYS silently;
 * Tern also says once per number which program asked for what, so that a
 * student running a new program sees what it needs:
 *   sys_ni_syscall: pid 7 (ls) called unknown syscall 397 (statx)
 * Numbers beyond the table share one report.
 */
long sys_ni_syscall(void)
{
	static unsigned long reported[BITS_TO_LONGS(NR_syscalls + 1)];
	static DEFINE_SPINLOCK(lock);
	unsigned int nr = syscall_get_nr(task_pt_regs(current));
	const char *name = syscall_name(nr);
	unsigned long flags;
	bool seen;

	spin_lock_irqsave(&lock, flags);
	seen = __test_and_set_bit(nr < NR_syscalls ? nr : NR_syscalls, reported);
	spin_unlock_irqrestore(&lock, flags);
	if (!seen)
		printk("sys_ni_syscall: pid %d (%s) called unknown syscall %u (%s)\n",
		       current->pid, current->comm, nr, name ? name : "not in Linux either");
	return -ENOSYS;
}

long sys_getpid(void)
{
	return current->pid;
}

long sys_getppid(void)
{
	return current->parent->pid;
}

/* Linux: sys_gettid(). One thread per process in Tern: the tid is the pid. */
long sys_gettid(void)
{
	return current->pid;
}

/* ---- identity: Tern has one user, root, and no groups ---------------------- */

long sys_getuid(void)
{
	return 0;
}

long sys_geteuid(void)
{
	return 0;
}

long sys_getgid(void)
{
	return 0;
}

long sys_getegid(void)
{
	return 0;
}

/* Becoming root again (or -1: "unchanged") succeeds; there is no other user to become. */
static long keep_root(uid_t id)
{
	return id == 0 || id == (uid_t)-1 ? 0 : -EPERM;
}

long sys_setuid(uid_t uid)
{
	return keep_root(uid);
}

long sys_setreuid(uid_t ruid, uid_t euid)
{
	return keep_root(ruid) ?: keep_root(euid);
}

long sys_setresuid(uid_t ruid, uid_t euid, uid_t suid)
{
	return keep_root(ruid) ?: keep_root(euid) ?: keep_root(suid);
}

/* Also getresgid(): the real, effective and saved ids, all 0. */
long sys_getresuid(uid_t __user *ruid, uid_t __user *euid, uid_t __user *suid)
{
	uid_t zero = 0;

	if (copy_to_user(ruid, &zero, sizeof(zero)) || copy_to_user(euid, &zero, sizeof(zero)) ||
	    copy_to_user(suid, &zero, sizeof(zero)))
		return -EFAULT;
	return 0;
}

/* Returns the previous fsuid (always 0), whether or not it changed, as Linux. */
long sys_setfsuid(uid_t uid)
{
	(void)uid;
	return 0;
}

long sys_getgroups(int gidsetsize, gid_t __user *grouplist)
{
	(void)grouplist;
	return gidsetsize < 0 ? -EINVAL : 0;	/* no supplementary groups */
}

long sys_setgroups(int gidsetsize, gid_t __user *grouplist)
{
	(void)grouplist;
	return gidsetsize == 0 ? 0 : -EPERM;
}

/* ---- resource limits (include/linux/resource.h) ----------------------------- */

/*
 * Linux: do_prlimit(). Read and/or set tsk's limit; a new one must have
 * cur <= max. prlimit64 reaches other tasks' limits: under a lock (Linux:
 * task_lock of the group leader).
 */
static long do_prlimit(struct task_struct *tsk, unsigned int resource,
		       const struct rlimit *new, struct rlimit *old)
{
	static DEFINE_SPINLOCK(rlimit_lock);
	unsigned long flags;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	if (new && new->rlim_cur > new->rlim_max)
		return -EINVAL;
	spin_lock_irqsave(&rlimit_lock, flags);
	if (old)
		*old = tsk->rlim[resource];
	if (new)
		tsk->rlim[resource] = *new;	/* root may raise a hard limit too */
	spin_unlock_irqrestore(&rlimit_lock, flags);
	return 0;
}

/* ARM's getrlimit: "u" as the limits are unsigned (Linux: sys_getrlimit). */
long sys_getrlimit(unsigned int resource, struct rlimit __user *rlim)
{
	struct rlimit value;
	long ret = do_prlimit(current, resource, NULL, &value);

	if (!ret && copy_to_user(rlim, &value, sizeof(value)))
		return -EFAULT;
	return ret;
}

long sys_setrlimit(unsigned int resource, struct rlimit __user *rlim)
{
	struct rlimit value;

	if (copy_from_user(&value, rlim, sizeof(value)))
		return -EFAULT;
	return do_prlimit(current, resource, &value, NULL);
}

static u64 rlim_to_rlim64(unsigned long lim)
{
	return lim == RLIM_INFINITY ? RLIM64_INFINITY : lim;
}

static unsigned long rlim64_to_rlim(u64 lim)
{
	return lim >= RLIM_INFINITY ? RLIM_INFINITY : (unsigned long)lim;
}

/* Linux: sys_prlimit64(). pid 0 is the caller; root may change anyone's. */
long sys_prlimit64(int pid, unsigned int resource, const struct rlimit64 __user *new_rlim,
		   struct rlimit64 __user *old_rlim)
{
	struct task_struct *tsk = pid ? find_task_by_pid(pid) : current;
	struct rlimit new, old;
	struct rlimit64 val;
	long ret;

	if (!tsk)
		return -ESRCH;
	if (new_rlim) {
		if (copy_from_user(&val, new_rlim, sizeof(val)))
			return -EFAULT;
		new.rlim_cur = rlim64_to_rlim(val.rlim_cur);
		new.rlim_max = rlim64_to_rlim(val.rlim_max);
	}
	ret = do_prlimit(tsk, resource, new_rlim ? &new : NULL, old_rlim ? &old : NULL);
	if (ret || !old_rlim)
		return ret;
	val.rlim_cur = rlim_to_rlim64(old.rlim_cur);
	val.rlim_max = rlim_to_rlim64(old.rlim_max);
	return copy_to_user(old_rlim, &val, sizeof(val)) ? -EFAULT : 0;
}

/* ---- console I/O: fd 0 reads the UART, fds 1 and 2 write it ---------------- */

/*
 * Until Tern has a VFS, the three standard fds are the console and
 * nothing else is open: these are the calls on them that a C library
 * makes, answered as Linux answers them for a serial console.
 */
static bool console_fd(unsigned int fd)
{
	return fd <= 2;
}

/* Copy count bytes from user space to the console; bytes written, or -EFAULT. */
static long console_write_user(const char __user *buf, size_t count)
{
	char kbuf[128];
	size_t done = 0;

	if (!access_ok(buf, count))
		return -EFAULT;
	while (done < count) {
		size_t chunk = count - done < sizeof(kbuf) ? count - done : sizeof(kbuf);

		if (copy_from_user(kbuf, buf + done, chunk))
			return done ? (long)done : -EFAULT;
		console_write(kbuf, chunk);
		done += chunk;
	}
	return done;
}

long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	if (fd != 1 && fd != 2)
		return -EBADF;
	return console_write_user(buf, count);
}

struct iovec {
	void __user *iov_base;
	size_t iov_len;
};

#define UIO_MAXIOV	1024

/* Linux: sys_writev() (fs/read_write.c). printf's buffer and its tail in one call. */
long sys_writev(unsigned int fd, const struct iovec __user *vec, unsigned int vlen)
{
	struct iovec iov;
	size_t total = 0;

	if (fd != 1 && fd != 2)
		return -EBADF;
	if (vlen > UIO_MAXIOV)
		return -EINVAL;
	for (unsigned int i = 0; i < vlen; i++) {
		long n;

		if (copy_from_user(&iov, &vec[i], sizeof(iov)))
			return total ? (long)total : -EFAULT;
		if ((long)iov.iov_len < 0 || (long)(total + iov.iov_len) < 0)
			return -EINVAL;			/* the sum must fit in the return value */
		n = console_write_user(iov.iov_base, iov.iov_len);
		if (n < 0)
			return total ? (long)total : n;
		total += n;
	}
	return total;
}

/* ARM's struct stat64 (Linux: arch/arm/include/uapi/asm/stat.h). */
struct stat64 {
	u64 st_dev;
	u8 __pad0[4];
	u32 __st_ino;
	u32 st_mode;
	u32 st_nlink;
	u32 st_uid;
	u32 st_gid;
	u64 st_rdev;
	u8 __pad3[4];
	s64 st_size;
	u32 st_blksize;
	u64 st_blocks;
	u32 st_atime, st_atime_nsec;
	u32 st_mtime, st_mtime_nsec;
	u32 st_ctime, st_ctime_nsec;
	u64 st_ino;
};

#define S_IFCHR		0020000
#define TTY_MAJOR_AMA	204	/* ttyAMA0 is char device 204:64 (Documentation/admin-guide/devices.txt) */
#define TTY_MINOR_AMA0	64
#define AT_FDCWD	-100
#define AT_EMPTY_PATH	0x1000

/*
 * Linux: sys_fstat64() on /dev/ttyAMA0. What Linux reports for a serial
 * console, as far as Tern has it: a character device, crw--w----, owner
 * root, no times (there is no inode, and no clock of the day yet).
 */
long sys_fstat64(unsigned int fd, struct stat64 __user *statbuf)
{
	struct stat64 st;

	if (!console_fd(fd))
		return -EBADF;
	memset(&st, 0, sizeof(st));
	st.st_mode = S_IFCHR | 0620;
	st.st_nlink = 1;
	st.st_rdev = TTY_MINOR_AMA0 | TTY_MAJOR_AMA << 8;	/* Linux: new_encode_dev() */
	st.__st_ino = st.st_ino = fd + 1;
	st.st_blksize = PAGE_SIZE;
	return copy_to_user(statbuf, &st, sizeof(st)) ? -EFAULT : 0;
}

/*
 * Linux: sys_fstatat64(). glibc's fstat() is fstatat64(fd, "",
 * AT_EMPTY_PATH); with no file system every path is -ENOENT, as open's.
 */
long sys_fstatat64(int dfd, const char __user *filename, struct stat64 __user *statbuf, int flag)
{
	char c;

	if (copy_from_user(&c, filename, 1))
		return -EFAULT;
	if (c || !(flag & AT_EMPTY_PATH))
		return -ENOENT;
	return dfd == AT_FDCWD ? -ENOENT : sys_fstat64(dfd, statbuf);
}

/* The termios of asm-generic/termbits.h, and the bits Tern reports. */
#define NCCS		19
struct termios {
	u32 c_iflag, c_oflag, c_cflag, c_lflag;
	u8 c_line;
	u8 c_cc[NCCS];
};

#define TCGETS		0x5401
#define ICRNL		0000400
#define IXON		0002000
#define OPOST		0000001
#define ONLCR		0000004
#define B115200		0010002
#define CS8		0000060
#define CREAD		0000200
#define HUPCL		0002000
#define CLOCAL		0004000
#define ISIG		0000001
#define ICANON		0000002
#define ECHO		0000010
#define ECHOE		0000020
#define ECHOK		0000040
#define ECHOCTL		0001000
#define ECHOKE		0004000
#define IEXTEN		0100000
/* ^C ^\ DEL ^U ^D, VTIME 0, VMIN 1, -, ^Q ^S ^Z, -, ^R ^O ^W ^V (Linux: INIT_C_CC) */
#define INIT_C_CC	"\003\034\177\025\004\0\1\0\021\023\032\0\022\017\027\026\0"

/*
 * Linux: sys_ioctl() -> tty_ioctl(). Only TCGETS, which isatty() and
 * glibc's stdio use to tell a terminal (line-buffered) from a file. The
 * settings are those of Linux's serial console (tty_std_termios at
 * 115200 baud); Tern's console has no line discipline yet, so it neither
 * echoes nor edits lines whatever they say. Anything else: -ENOTTY.
 */
long sys_ioctl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	struct termios t = {
		.c_iflag = ICRNL | IXON,
		.c_oflag = OPOST | ONLCR,
		.c_cflag = B115200 | CS8 | CREAD | HUPCL | CLOCAL,
		.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
		.c_cc = INIT_C_CC,
	};

	if (!console_fd(fd))
		return -EBADF;
	if (cmd != TCGETS)
		return -ENOTTY;
	return copy_to_user((void __user *)arg, &t, sizeof(t)) ? -EFAULT : 0;
}

static DECLARE_WAIT_QUEUE_HEAD(console_wait);

static void console_wake_readers(void)
{
	wake_up(&console_wait);
}

long sys_read(unsigned int fd, char __user *buf, size_t count)
{
	char kbuf[64];
	int n;

	if (fd != 0)
		return -EBADF;
	if (!access_ok(buf, count))
		return -EFAULT;
	if (!count)
		return 0;
	console_rx_notify = console_wake_readers;
	if (count > sizeof(kbuf))
		count = sizeof(kbuf);
	if (wait_event_interruptible(console_wait, (n = console_read(kbuf, count)) > 0))
		return -EINTR;
	if (copy_to_user(buf, kbuf, n))
		return -EFAULT;
	return n;
}

long sys_open(const char __user *filename, int flags, int mode)
{
	(void)filename, (void)flags, (void)mode;
	return -ENOENT;			/* no file system */
}

long sys_close(unsigned int fd)
{
	return console_fd(fd) ? 0 : -EBADF;
}

/* ---- calls glibc makes at start-up ------------------------------------------- */

struct robust_list_head {
	void __user *list;
	long futex_offset;
	void __user *list_op_pending;
};

/*
 * Linux: sys_set_robust_list(). The head of the calling thread's list of
 * robust mutexes, for the kernel to release them if it dies holding one.
 * Stored; Tern has no futexes yet, so nothing walks it.
 */
long sys_set_robust_list(struct robust_list_head __user *head, size_t len)
{
	if (len != sizeof(*head))
		return -EINVAL;
	current->robust_list = head;
	return 0;
}

long sys_get_robust_list(int pid, struct robust_list_head __user *__user *head_ptr,
			 size_t __user *len_ptr)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;
	size_t len = sizeof(struct robust_list_head);

	if (!p)
		return -ESRCH;
	if (copy_to_user(len_ptr, &len, sizeof(len)) ||
	    copy_to_user(head_ptr, &p->robust_list, sizeof(p->robust_list)))
		return -EFAULT;
	return 0;
}

/*
 * Linux: sys_rseq(), restartable sequences. Not in Tern: -ENOSYS, which
 * glibc takes to mean "run without" (as on a kernel built without
 * CONFIG_RSEQ), so it is not reported as an unknown call.
 */
long sys_rseq(void __user *rseq, u32 rseq_len, int flags, u32 sig)
{
	(void)rseq, (void)rseq_len, (void)flags, (void)sig;
	return -ENOSYS;
}

/* ---- uname, reboot, yield, sysinfo ------------------------------------------ */

struct new_utsname {
	char sysname[65];
	char nodename[65];
	char release[65];
	char version[65];
	char machine[65];
	char domainname[65];
};

long sys_newuname(struct new_utsname __user *name)
{
	struct new_utsname u;

	memset(&u, 0, sizeof(u));
	strlcpy(u.sysname, "Tern", sizeof(u.sysname));
	strlcpy(u.nodename, "tern", sizeof(u.nodename));
	strlcpy(u.release, UTS_RELEASE, sizeof(u.release));
	strlcpy(u.version, UTS_VERSION, sizeof(u.version));
	strlcpy(u.machine, "armv7l", sizeof(u.machine));
	strlcpy(u.domainname, "(none)", sizeof(u.domainname));
	return copy_to_user(name, &u, sizeof(u)) ? -EFAULT : 0;
}

#define LINUX_REBOOT_MAGIC1		0xfee1dead
#define LINUX_REBOOT_MAGIC2		672274793
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321fedc

long sys_reboot(int magic1, int magic2, unsigned int cmd, void __user *arg)
{
	(void)arg;
	if ((unsigned int)magic1 != LINUX_REBOOT_MAGIC1 || magic2 != LINUX_REBOOT_MAGIC2)
		return -EINVAL;
	if (cmd != LINUX_REBOOT_CMD_POWER_OFF)
		return -EINVAL;
	machine_power_off();
}

long sys_sched_yield(void)
{
	schedule();		/* current stays runnable: to the back of the queue */
	return 0;
}

/* Linux: sys_sysinfo(). Lets user tests see the free page count. */
long sys_sysinfo(struct sysinfo __user *info)
{
	struct sysinfo si;
	struct task_struct *p;

	memset(&si, 0, sizeof(si));
	si.uptime = ktime_get_ns() / 1000000000ULL;
	si.totalram = totalram_pages;
	si.freeram = nr_free_pages();
	si.mem_unit = PAGE_SIZE;
	for_each_process(p)
		si.procs++;
	return copy_to_user(info, &si, sizeof(si)) ? -EFAULT : 0;
}
