// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sys.c - the small system calls: identity, console I/O, the heap,
 * uname, reboot, yield, sysinfo. Linux: kernel/sys.c, fs/read_write.c,
 * mm/mmap.c (brk), kernel/reboot.c, kernel/sched/core.c (sched_yield).
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
#include <linux/mm_types.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
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

/* ---- console I/O: fd 0 reads the UART, fds 1 and 2 write it ---------------- */

long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	char kbuf[128];
	size_t done = 0;

	if (fd != 1 && fd != 2)
		return -EBADF;
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
	return fd <= 2 ? 0 : -EBADF;
}

/* ---- the heap ------------------------------------------------------------ */

/*
 * Linux: sys_brk(). Move the end of the heap; map or unmap the pages in
 * between. Returns the new break, or the old one if the request fails
 * (so brk(0) asks where the break is).
 */
long sys_brk(unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long old_end = (mm->brk + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
	unsigned long new_end = (brk + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);

	if (brk < mm->start_brk || brk > mm->start_stack - PAGE_SIZE)
		return mm->brk;
	if (new_end > old_end && map_user_range(mm, old_end, new_end)) {
		for (unsigned long va = old_end; va < new_end; va += PAGE_SIZE)
			unmap_user_page(mm, va);
		return mm->brk;
	}
	for (unsigned long va = new_end; va < old_end; va += PAGE_SIZE)
		unmap_user_page(mm, va);
	mm->brk = brk;
	return brk;
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
