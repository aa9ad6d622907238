// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/strace.c - strace= on the kernel command line: print every system
 * call of the traced processes with its arguments and its result, as the
 * strace tool does, for a student to see what a program asks of the
 * kernel. Linux has no such option: strace is a user program that stops
 * the tracee at each call through ptrace (kernel/ptrace.c,
 * arch/arm/kernel/ptrace.c syscall_trace_enter/exit, where this file's
 * two hooks are named after); Tern prints from those same two points.
 *
 *   strace=1       every process, from its next exec on
 *   strace=NAME    the processes that exec a program called NAME
 * A traced process stays traced across exec, and its children are traced
 * too (strace -f). The lines go to the kernel log:
 *   [pid 7] write(1, "hello\n", 6) = 6
 *   [pid 7] open("/etc/passwd", 0x0, 0x0) = -1 ENOENT
 * A call that blocks while another traced process makes calls is split as
 * strace -f splits it: "read(0, ... <unfinished ...>", then
 * "<... read resumed>) = 5".
 *
 * How: exec sets TIF_SYSCALL_TRACE; vector_swi sees it and goes through
 * __sys_trace, which calls syscall_trace_enter() before the call and
 * syscall_trace_exit() after it. trace() (arch/arm/kernel/ptrace.c, the
 * course's lab) sets TIF_SYSCALL_TRACEPOINT instead, which takes the same
 * path: syscall_trace_exit() then calls its trace_sys_exit().
 */
#include <linux/errno.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/strace.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>
#include <asm/syscall.h>

#define STRACE_STRLEN	32	/* characters of a string shown, as strace -s 32 */
#define STRACE_LINE	240

static char strace_comm[TASK_COMM_LEN];	/* "" off, "1" all, else a program name */

/*
 * How to print each call Tern implements: the result, ':', one letter
 * per argument. d: signed, u: unsigned, x: hex, p: pointer, s: string,
 * b: buffer of the next argument's length, v: vector of strings.
 */
static const struct {
	unsigned int nr;
	const char *fmt;
} strace_formats[] = {
	{ __NR_exit, "d:d" }, { __NR_fork, "d:" }, { __NR_read, "d:dpu" },
	{ __NR_write, "d:dbu" }, { __NR_open, "d:sxx" }, { __NR_close, "d:d" },
	{ __NR_execve, "d:svv" }, { __NR_getpid, "d:" }, { __NR_getuid, "d:" },
	{ __NR_kill, "d:dd" }, { __NR_brk, "x:p" }, { __NR_getgid, "d:" },
	{ __NR_geteuid, "d:" }, { __NR_getegid, "d:" }, { __NR_ioctl, "d:dxp" },
	{ __NR_getppid, "d:" }, { __NR_setrlimit, "d:dp" }, { __NR_gettimeofday, "d:pp" },
	{ __NR_reboot, "d:xxxp" }, { __NR_munmap, "d:pu" },
	{ __NR_wait4, "d:dpxp" }, { __NR_sysinfo, "d:p" },
	{ __NR_clone, "d:xppxp" }, { __NR_uname, "d:p" }, { __NR_mprotect, "d:pux" },
	{ __NR_writev, "d:dpd" }, { __NR_sched_yield, "d:" }, { __NR_nanosleep, "d:pp" },
	{ __NR_vfork, "d:" }, { __NR_ugetrlimit, "d:dp" }, { __NR_mmap2, "x:puxxdx" },
	{ __NR_fstat64, "d:dp" },
	{ __NR_getuid32, "d:" }, { __NR_getgid32, "d:" }, { __NR_geteuid32, "d:" },
	{ __NR_getegid32, "d:" }, { __NR_setreuid32, "d:dd" }, { __NR_setregid32, "d:dd" },
	{ __NR_getgroups32, "d:dp" }, { __NR_setgroups32, "d:dp" },
	{ __NR_setresuid32, "d:ddd" }, { __NR_getresuid32, "d:ppp" },
	{ __NR_setresgid32, "d:ddd" }, { __NR_getresgid32, "d:ppp" },
	{ __NR_setuid32, "d:d" }, { __NR_setgid32, "d:d" }, { __NR_setfsuid32, "d:d" },
	{ __NR_setfsgid32, "d:d" }, { __NR_mincore, "d:pup" }, { __NR_madvise, "d:pud" },
	{ __NR_gettid, "d:" }, { __NR_exit_group, "d:d" },
	{ __NR_set_tid_address, "d:p" }, { __NR_clock_gettime, "d:dp" },
	{ __NR_clock_nanosleep, "d:dxpp" }, { __NR_fstatat64, "d:dspx" },
	{ __NR_set_robust_list, "d:pu" }, { __NR_get_robust_list, "d:dpp" },
	{ __NR_prlimit64, "d:ddpp" }, { __NR_getrandom, "d:pux" }, { __NR_rseq, "d:puxx" },
	{ __NR_clock_gettime64, "d:dp" }, { __NR_clock_nanosleep_time64, "d:dxpp" },
	{ __NR_trace, "d:up" }, { __NR_pgaccess, "d:pdp" },
	{ __ARM_NR_cacheflush, "d:ppx" }, { __ARM_NR_set_tls, "d:p" }, { __ARM_NR_get_tls, "x:" },
};

/* Linux's names for the errors a call returns (asm-generic/errno-base.h, errno.h). */
static const char *const errno_names[] = {
	NULL, "EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "ENOEXEC",
	"EBADF", "ECHILD", "EAGAIN", "ENOMEM", "EACCES", "EFAULT", "ENOTBLK", "EBUSY",
	"EEXIST", "EXDEV", "ENODEV", "ENOTDIR", "EISDIR", "EINVAL", "ENFILE", "EMFILE",
	"ENOTTY", "ETXTBSY", "EFBIG", "ENOSPC", "ESPIPE", "EROFS", "EMLINK", "EPIPE",
	"EDOM", "ERANGE", "EDEADLK", "ENAMETOOLONG", "ENOLCK", "ENOSYS",
};

/*
 * The first half of a line, "name(args", waiting for its result; only
 * one at a time (Linux's strace keeps one per tracee). Another traced
 * task's call in between prints it as <unfinished ...>.
 */
static struct {
	struct task_struct *owner;	/* NULL: nothing waiting */
	char text[STRACE_LINE];
} pending;
static DEFINE_SPINLOCK(strace_lock);

/* strace= from the command line (kernel_init); "" turns nothing on. */
void strace_setup(const char *arg)
{
	strlcpy(strace_comm, arg, sizeof(strace_comm));
	if (arg[0])
		pr_info("strace: tracing %s\n", strcmp(arg, "1") ? arg : "every process");
}

/* exec: trace the new program if it is the one asked for. */
void strace_exec(struct task_struct *tsk)
{
	if (strace_comm[0] && (!strcmp(strace_comm, "1") || !strcmp(strace_comm, tsk->comm)))
		tsk->thread_info.flags |= _TIF_SYSCALL_TRACE;
}

static const char *strace_format(unsigned int nr)
{
	for (unsigned int i = 0; i < ARRAY_SIZE(strace_formats); i++)
		if (strace_formats[i].nr == nr)
			return strace_formats[i].fmt;
	return NULL;
}

/* A quoted user string: at most max bytes (or up to a NUL if max < 0). */
static int put_string(char *buf, int len, const char __user *s, int max)
{
	int n = scnprintf(buf, len, "\"");
	int i;

	for (i = 0; i < STRACE_STRLEN && (max < 0 || i < max); i++) {
		char c;

		if (copy_from_user(&c, s + i, 1))
			return scnprintf(buf, len, "%p", s);
		if (!c && max < 0)
			break;
		if (c == '\n' || c == '\t' || c == '\r' || c == '"' || c == '\\')
			n += scnprintf(buf + n, len - n, "\\%c",
				       c == '\n' ? 'n' : c == '\t' ? 't' : c == '\r' ? 'r' : c);
		else if (c < ' ' || c > '~')
			n += scnprintf(buf + n, len - n, "\\%o", (u8)c);
		else
			n += scnprintf(buf + n, len - n, "%c", c);
	}
	n += scnprintf(buf + n, len - n, "\"");
	if (i == STRACE_STRLEN && (max < 0 || max > STRACE_STRLEN))
		n += scnprintf(buf + n, len - n, "...");
	return n;
}

/* A NULL-terminated user vector of strings: the first three, then "...". */
static int put_vector(char *buf, int len, const char __user *const __user *vec)
{
	int n = scnprintf(buf, len, "[");

	for (int i = 0; ; i++) {
		const char __user *s;

		if (copy_from_user(&s, &vec[i], sizeof(s)))
			return scnprintf(buf, len, "%p", vec);
		if (!s)
			break;
		if (i == 3) {
			n += scnprintf(buf + n, len - n, ", ...");
			break;
		}
		n += scnprintf(buf + n, len - n, i ? ", " : "");
		n += put_string(buf + n, len - n, s, -1);
	}
	return n + scnprintf(buf + n, len - n, "]");
}

/* "name(arg, arg, ..." for the call regs describes. */
static void format_call(char *buf, int len, unsigned int nr, const struct pt_regs *regs)
{
	const char *name = syscall_name(nr), *fmt = strace_format(nr);
	int n;

	n = name ? scnprintf(buf, len, "[pid %d] %s(", current->pid, name) :
		   scnprintf(buf, len, "[pid %d] syscall_%#x(", current->pid, nr);
	if (!fmt) {
		scnprintf(buf + n, len - n, "...");
		return;
	}
	fmt += 2;		/* past the result's letter and ':' */
	for (int i = 0; fmt[i]; i++) {
		unsigned long arg = i ? regs->uregs[i] : regs->ARM_ORIG_r0;

		n += scnprintf(buf + n, len - n, i ? ", " : "");
		switch (fmt[i]) {
		case 'd': n += scnprintf(buf + n, len - n, "%ld", (long)arg); break;
		case 'u': n += scnprintf(buf + n, len - n, "%lu", arg); break;
		case 's': n += put_string(buf + n, len - n, (const char __user *)arg, -1); break;
		case 'b': n += put_string(buf + n, len - n, (const char __user *)arg,
					  regs->uregs[i + 1]); break;
		case 'v': n += put_vector(buf + n, len - n, (const char __user *const __user *)arg); break;
		case 'p': n += scnprintf(buf + n, len - n, arg ? "%#lx" : "NULL", arg); break;
		default:  n += scnprintf(buf + n, len - n, "%#lx", arg); break;
		}
	}
}

/* " = 6", " = 0x2000", " = -1 ENOSYS", after a call's text. */
static void print_result(const char *text, unsigned int nr, long ret)
{
	const char *fmt = strace_format(nr);

	if (ret < 0 && ret >= -(long)ARRAY_SIZE(errno_names) + 1)
		printk("%s) = -1 %s\n", text, errno_names[-ret]);
	else if (ret < 0 && ret > -4096)
		printk("%s) = -1 errno %ld\n", text, -ret);
	else if (fmt && fmt[0] == 'x')
		printk("%s) = %#lx\n", text, ret);
	else
		printk("%s) = %ld\n", text, ret);
}

/* Linux: syscall_trace_enter(). Returns the number to run (never changed here). */
int syscall_trace_enter(struct pt_regs *regs)
{
	unsigned int nr = syscall_get_nr(regs);
	char text[STRACE_LINE];
	unsigned long flags;

	current->thread_info.abi_syscall = nr;
	if (!(current->thread_info.flags & _TIF_SYSCALL_TRACE))
		return nr;		/* only trace()'s TIF_SYSCALL_TRACEPOINT */
	format_call(text, sizeof(text), nr, regs);
	spin_lock_irqsave(&strace_lock, flags);
	if (pending.owner && pending.owner != current)
		printk("%s <unfinished ...>\n", pending.text);
	pending.owner = NULL;
	if (nr == __NR_exit || nr == __NR_exit_group)
		printk("%s) = ?\n", text);		/* they never return */
	else {
		strlcpy(pending.text, text, sizeof(pending.text));
		pending.owner = current;
	}
	spin_unlock_irqrestore(&strace_lock, flags);
	return nr;
}

/* Linux: syscall_trace_exit(). regs->ARM_r0 holds the result. */
void syscall_trace_exit(struct pt_regs *regs)
{
	unsigned int nr = current->thread_info.abi_syscall;
	char text[STRACE_LINE / 2];
	unsigned long flags;

	if (current->thread_info.flags & _TIF_SYSCALL_TRACEPOINT)
		trace_sys_exit(regs, nr);
	if (!(current->thread_info.flags & _TIF_SYSCALL_TRACE))
		return;
	spin_lock_irqsave(&strace_lock, flags);
	if (pending.owner == current) {
		pending.owner = NULL;
		print_result(pending.text, nr, regs->ARM_r0);
	} else {
		const char *name = syscall_name(nr);

		scnprintf(text, sizeof(text), "[pid %d] <... %s resumed>", current->pid,
			  name ? name : "syscall");
		print_result(text, nr, regs->ARM_r0);
	}
	spin_unlock_irqrestore(&strace_lock, flags);
}
