// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_fault.c - user faults kill only the faulting process, in KTAP.
 *
 * Each fault runs in its own child: a data abort on a NULL read and on a
 * write to kernel memory (Linux: arch/arm/mm/fault.c do_page_fault ->
 * SIGSEGV), an undefined instruction in Thumb and in ARM state
 * (arch/arm/kernel/traps.c do_undefinstr -> SIGILL) and a prefetch abort
 * from jumping to an unmapped address (do_PrefetchAbort -> SIGSEGV).
 * wait4 must report each child killed by the right signal, and the
 * parent must carry on unharmed.
 */
#include <signal.h>

#include "child.h"
#include "ktap.h"
#include "unistd_tern.h"

#define KERNEL_TEXT	0xC0008000UL	/* the kernel's first code page */
#define UNMAPPED	0x0BAD0000UL	/* below any stack, above any heap */

/* Addresses kept in volatile variables: gcc can't see through them. */
static volatile unsigned long null_addr;
static volatile unsigned long kernel_addr = KERNEL_TEXT;
static volatile unsigned long unmapped_addr = UNMAPPED;

static int fault_null_read(void *arg)
{
	unsigned long v;

	(void)arg;
	__asm__ volatile("ldr %0, [%1]" : "=r"(v) : "r"(null_addr) : "memory");
	return 0;		/* survived: the test fails */
}

static int fault_kernel_write(void *arg)
{
	(void)arg;
	__asm__ volatile("str %0, [%0]" : : "r"(kernel_addr) : "memory");
	return 0;
}

static int fault_undef_thumb(void *arg)
{
	(void)arg;
	__asm__ volatile(".inst.n 0xde00");	/* udf #0, Thumb */
	return 0;
}

/* In ARM state: udf #0 is 0xe7f000f0 (0xe7f001f0 is the ptrace break). */
static int __attribute__((target("arm"), noinline))
fault_undef_arm(void *arg)
{
	(void)arg;
	__asm__ volatile(".inst 0xe7f000f0");
	return 0;
}

/* Branch to an unmapped address in ARM state: a prefetch abort. */
static int fault_prefetch(void *arg)
{
	void (*fn)(void) = (void (*)(void))unmapped_addr;

	(void)arg;
	fn();
	return 0;
}

static int no_fault(void *arg)
{
	(void)arg;
	return 0;
}

struct fault_case {
	const char *name;
	int (*fn)(void *arg);
	int sig;		/* expected signal, 0: exits normally */
};

static const struct fault_case fault_cases[] = {
	{ "no fault: the child exits 0", no_fault, 0 },
	{ "NULL read: SIGSEGV", fault_null_read, SIGSEGV },
	{ "write to kernel 0xC0008000: SIGSEGV", fault_kernel_write, SIGSEGV },
	{ "undefined instruction (Thumb): SIGILL", fault_undef_thumb, SIGILL },
	{ "undefined instruction (ARM): SIGILL", fault_undef_arm, SIGILL },
	{ "jump to unmapped 0x0BAD0000: SIGSEGV", fault_prefetch, SIGSEGV },
};

#define NR_FAULT_CASES	(sizeof(fault_cases) / sizeof(fault_cases[0]))

/* status_is - did the child end as expected: signal sig, or exit 0? */
static int status_is(int status, int sig)
{
	if (sig == 0)
		return WIFEXITED(status) && WEXITSTATUS(status) == 0;
	return WIFSIGNALED(status) && WTERMSIG(status) == sig;
}

int main(void)
{
	unsigned int i;
	int status;

	ktap_plan(NR_FAULT_CASES + 1);
	for (i = 0; i < NR_FAULT_CASES; i++) {
		status = run_in_child(fault_cases[i].fn, NULL);
		if (!status_is(status, fault_cases[i].sig))
			ktap_print_msg("wait status 0x%x", status);
		ktap_ok(status_is(status, fault_cases[i].sig),
			fault_cases[i].name);
	}
	ktap_ok(getpid() > 0, "the parent is still running");
	return ktap_finished();
}
