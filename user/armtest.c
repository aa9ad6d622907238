// SPDX-License-Identifier: GPL-2.0
/*
 * user/armtest.c - a program built in ARM state (-marm), not Thumb-2.
 *
 * Everything else is Thumb-2; this checks the kernel enters an ARM-state
 * entry point with CPSR.T clear (Linux: start_thread sets PSR_T_BIT only
 * when e_entry is odd), that system calls work from ARM state, and that
 * calls between ARM and Thumb code (newlib here is Thumb) interwork.
 */
#include <stdio.h>

#include "ktap.h"
#include "unistd_tern.h"

/*
 * pc_read_ahead - how far ahead of an instruction a read of pc is:
 * 8 in ARM state, 4 in Thumb state (ARM ARM A2.3).
 */
static inline int pc_read_ahead(void)
{
	int ahead, here;

	__asm__ volatile("adr	%1, 1f\n"
			 "1:	mov	%0, pc\n"
			 "	sub	%0, %0, %1\n"
			 : "=&r"(ahead), "=&r"(here));
	return ahead;
}

/* The same check compiled for Thumb, called from ARM code. */
static int __attribute__((target("thumb"), noinline)) thumb_pc_read_ahead(void)
{
	return pc_read_ahead();
}

int main(void)
{
	int (*volatile thumb_fn)(void) = thumb_pc_read_ahead;
	int ahead = pc_read_ahead();

	ktap_plan(4);
	ktap_print_msg("armtest: pc reads %d ahead", ahead);
	if (ktap_ok(ahead == 8, "runs in ARM state"))
		printf("armtest: running in ARM state\n");
	ktap_ok(((unsigned long)main & 1) == 0, "main is an ARM address");
	ktap_ok(((unsigned long)thumb_fn & 1) && thumb_fn() == 4,
		"interworking call to Thumb code and back");
	ktap_ok(syscall0(__NR_getpid) == getpid() && getpid() > 0,
		"system call from ARM state");
	return ktap_finished();
}
