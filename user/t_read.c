// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_read.c - read(0) from the console: the kernel sleeps the reader
 * until the PL011's receive interrupt brings a line (kernel/sys.c
 * sys_read, arch/arm/drivers/pl011.c). KTAP. Started as init
 * (init=/bin/t_read) by tests/test_user.py, which types the line; as
 * pid 1 it powers off at the end.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ktap.h"
#include "unistd_tern.h"

int main(void)
{
	char line[64];
	int len = 0;

	ktap_plan(2);
	printf("t_read: type a line\n");
	fflush(stdout);
	while (len < (int)sizeof(line) - 1) {
		int n = read(0, line + len, sizeof(line) - 1 - len);

		if (n <= 0)
			break;
		len += n;
		if (line[len - 1] == '\n' || line[len - 1] == '\r')
			break;
	}
	line[len] = 0;
	ktap_ok(len > 0, "read(0) returns what was typed");
	line[strcspn(line, "\r\n")] = 0;
	printf("t_read: got '%s'\n", line);
	ktap_ok(strcmp(line, "hello tern") == 0, "the line is 'hello tern'");
	if (getpid() == 1)
		reboot(LINUX_REBOOT_CMD_POWER_OFF);
	return ktap_finished();
}
