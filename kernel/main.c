// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/main.c - start_kernel(), where C begins.
 * Linux: init/main.c. head.S jumps here with the MMU on, on the init
 * task's stack, with the DTB's physical address.
 */
#include <linux/clockchips.h>
#include <linux/console.h>
#include <linux/initramfs.h>
#include <linux/interrupt.h>
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/strace.h>
#include <linux/string.h>
#include <asm/arch_timer.h>
#include <asm/mmu_context.h>
#include <asm/psci.h>
#include <asm/setup.h>
#include <asm/traps.h>
#include <asm/vfp.h>
#include <generated/compile.h>

const char linux_banner[] =
	"Tern version " UTS_RELEASE " (" LINUX_COMPILER ") " UTS_VERSION "\n";

/* PMCCNTR at entry: instructions since the zImage's first one (-icount). */
u32 boot_instructions_start_kernel;

/*
 * init's argv: [0] is the program (set by kernel_init), then the words
 * after " -- " on the command line (Linux: CONFIG_INIT_ENV_ARG_LIMIT).
 */
#define MAX_INIT_ARGS	32
static const char *argv_init[MAX_INIT_ARGS + 2];

/*
 * Linux: parse_args() stops at "--", and set_init_arg() hands each word
 * after it to init as argv[1], argv[2]... Split them off the command line
 * in place, so that no kernel parameter is looked for among them.
 */
static void setup_init_args(void)
{
	char *p = boot_command_line;
	int argc = 1;

	while (*p && !((p == boot_command_line || p[-1] == ' ') && p[0] == '-' &&
		       p[1] == '-' && (!p[2] || p[2] == ' ')))
		p++;
	if (!*p)
		return;
	*p = 0;					/* the kernel's parameters end here */
	for (p += 2; *p; ) {
		if (*p == ' ') {
			*p++ = 0;
			continue;
		}
		if (argc > MAX_INIT_ARGS) {
			pr_warn("Too many init arguments: ignoring '%s'\n", p);
			break;
		}
		argv_init[argc++] = p;
		while (*p && *p != ' ')
			p++;
	}
}

/*
 * The value of "key=" on the command line, copied into buf ("" if absent).
 * Linux parses parameters with __setup() tables; Tern has a handful.
 */
static const char *cmdline_get(const char *key, char *buf, size_t len)
{
	size_t klen = strlen(key);

	buf[0] = 0;
	for (const char *p = boot_command_line; *p; p++) {
		if ((p == boot_command_line || p[-1] == ' ') && !strncmp(p, key, klen) &&
		    p[klen] == '=') {
			size_t n = 0;

			for (p += klen + 1; p[n] && p[n] != ' ' && n + 1 < len; n++)
				buf[n] = p[n];
			buf[n] = 0;
			break;
		}
	}
	return buf;
}

/*
 * crashtest=null|paging|undef|stack: crash the kernel on purpose, to show an
 * oops: a NULL pointer write, a read of an unmapped kernel address, an
 * undefined instruction, a kernel stack whose end magic was overwritten.
 * crashtest=early makes the NULL pointer write in setup_arch(), before
 * early_trap_init(): the early vectors report it (parse_early_param()).
 */
static void __attribute__((noinline)) crashtest_null_deref(void)
{
	volatile int *p = NULL;

	*p = 0x7e57;
}

static void __attribute__((noinline)) crashtest_bad_paging(void)
{
	volatile int *p = (volatile int *)0xefff0000;	/* top of lowmem: unmapped at 128M */

	(void)*p;
}

static void __attribute__((noinline)) crashtest_undefined(void)
{
	asm volatile(".inst 0xe7f000f0");		/* udf #0 */
}

/* The 8 KiB stack overflowed (simulated): the scheduler must notice. */
static void __attribute__((noinline)) crashtest_stack_overflow(void)
{
	*end_of_stack(current) = 0;
	schedule();
}

static void run_crashtest(void)
{
	char what[16];

	cmdline_get("crashtest", what, sizeof(what));
	if (!strcmp(what, "null"))
		crashtest_null_deref();
	else if (!strcmp(what, "paging"))
		crashtest_bad_paging();
	else if (!strcmp(what, "undef"))
		crashtest_undefined();
	else if (!strcmp(what, "stack"))
		crashtest_stack_overflow();
}

/*
 * Linux: parse_early_param(). setup_arch() calls it as soon as the command
 * line is known, before anything else reads it: panic=N (which Linux
 * reads as a core parameter, early enough too) and crashtest=early.
 */
void parse_early_param(void)
{
	char what[16];

	if (cmdline_get("panic", what, sizeof(what))[0])
		panic_timeout = simple_strtol(what, NULL, 0);
	if (!strcmp(cmdline_get("crashtest", what, sizeof(what)), "early"))
		crashtest_null_deref();
}

/*
 * Linux: kthreadd() creates the kernel threads that kthread_create()
 * queues. Tern has no other kernel threads yet, so it just sleeps.
 */
static int kthreadd(void *unused)
{
	(void)unused;
	for (;;) {
		current->__state = TASK_INTERRUPTIBLE;
		schedule();
	}
	return 0;
}

/*
 * pid 1, started by rest_init() as a kernel thread. It runs the self-tests
 * if asked, then turns itself into the first user process: kernel_execve
 * fills its pt_regs with USR_MODE and /init's entry point, and returning
 * from here lets ret_from_fork "return" to user mode.
 */
static int kernel_init(void *unused)
{
	static const char *envp_init[] = { "HOME=/", "TERM=linux", NULL };
	char init[64];
	int ret;

	(void)unused;
	if (ktest_run_cmdline(boot_command_line))
		machine_power_off();
	run_crashtest();
	strace_setup(cmdline_get("strace", init, sizeof(init)));
	if (!cmdline_get("init", init, sizeof(init))[0])
		strlcpy(init, "/init", sizeof(init));
	argv_init[0] = init;
	pr_info("Run %s as init process\n", init);
	ret = kernel_execve(init, argv_init, envp_init);
	if (ret)
		panic("Requested init %s failed (error %d).", init, ret);
	pr_info("kernel_init: entering user mode, %u instructions after the zImage started\n",
		read_pmccntr());
	return 0;
}

/* Linux: rest_init(). Create init and kthreadd, then become the idle task. */
static void rest_init(void)
{
	user_mode_thread(kernel_init, NULL, "kernel_init");	/* pid 1 */
	kernel_thread(kthreadd, NULL, "kthreadd");		/* pid 2 */
	schedule_preempt_disabled();	/* the first schedule(): init runs */
	cpu_startup_entry();		/* we are the idle task now */
}

void start_kernel(unsigned long dtb_phys);
void start_kernel(unsigned long dtb_phys)
{
	boot_instructions_start_kernel = read_pmccntr();
	pr_notice("%s", linux_banner);
	setup_arch(dtb_phys);
	mem_init();
	mm_context_init();
	pr_notice("Kernel command line: %s\n", boot_command_line);
	setup_init_args();
	sched_init();
	early_trap_init();
	vfp_init();
	init_IRQ();
	time_init();
	console_init();
	pr_info("start_kernel: reached %u instructions after the zImage started\n",
		boot_instructions_start_kernel);
	local_irq_enable();
	rest_init();
}
