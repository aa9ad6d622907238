// SPDX-License-Identifier: GPL-2.0
/*
 * user/linux/auxv.c - "auxv": the auxiliary vector the kernel put above
 * envp (Linux: fs/binfmt_elf.c create_elf_tables). The keys present, the
 * values that depend only on this program and the CPU, and for the
 * others what they must agree with.
 *
 * AT_HWCAP is printed without SWP and THUMBEE: qemu-arm always reports
 * both, Linux on a Cortex-A15 neither (SWP: elf_hwcap_fixup; ThumbEE
 * when built without CONFIG_ARM_THUMBEE), and EVTSTRM, which Linux sets
 * when its timer sends an event stream, which Tern's does not.
 */
#include <elf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "t_glibc.h"

#define HIDDEN_HWCAPS	(HWCAP_ARM_SWP | HWCAP_ARM_THUMBEE | (1 << 21) /* EVTSTRM */)

static const char *const hwcap_names[] = {
	"swp", "half", "thumb", "26bit", "fastmult", "fpa", "vfp", "edsp", "java",
	"iwmmxt", "crunch", "thumbee", "neon", "vfpv3", "vfpv3d16", "tls", "vfpv4",
	"idiva", "idivt", "vfpd32", "lpae", "evtstrm",
};

extern char _start[];

int t_auxv(int argc, char **argv)
{
	extern char **environ;		/* still the envp that _start found */
	char **p = environ;
	Elf32_auxv_t *auxv;
	unsigned long hwcap = getauxval(AT_HWCAP) & ~HIDDEN_HWCAPS;
	const unsigned char *rnd = (const unsigned char *)getauxval(AT_RANDOM);
	int nonzero = 0;

	(void)argc;
	while (*p)
		p++;
	auxv = (Elf32_auxv_t *)(p + 1);
	printf("auxv: keys:");
	for (int type = 1; type < 64; type++)
		for (Elf32_auxv_t *a = auxv; a->a_type != AT_NULL; a++)
			if (a->a_type == (unsigned int)type)
				printf(" %d", type);
	printf("\n");
	printf("auxv: AT_PAGESZ %lu, AT_CLKTCK %lu, AT_PHENT %lu, AT_PHNUM %lu\n",
	       getauxval(AT_PAGESZ), getauxval(AT_CLKTCK), getauxval(AT_PHENT), getauxval(AT_PHNUM));
	printf("auxv: AT_BASE %lu, AT_FLAGS %lu, AT_SECURE %lu, AT_HWCAP2 %lu\n",
	       getauxval(AT_BASE), getauxval(AT_FLAGS), getauxval(AT_SECURE), getauxval(AT_HWCAP2));
	printf("auxv: AT_ENTRY is _start: %s, AT_PHDR 0x%lx\n",
	       getauxval(AT_ENTRY) == (unsigned long)_start ? "yes" : "no", getauxval(AT_PHDR));
	printf("auxv: AT_UID, AT_EUID, AT_GID, AT_EGID are the ids: %s\n",
	       getauxval(AT_UID) == getuid() && getauxval(AT_EUID) == geteuid() &&
	       getauxval(AT_GID) == getgid() && getauxval(AT_EGID) == getegid() ? "yes" : "no");
	printf("auxv: AT_PLATFORM \"%s\", AT_EXECFN is argv[0]: %s\n",
	       (const char *)getauxval(AT_PLATFORM),
	       strcmp((const char *)getauxval(AT_EXECFN), argv[0]) ? "no" : "yes");
	for (int i = 0; i < 16; i++)
		nonzero += rnd[i] != 0;
	printf("auxv: AT_RANDOM: 16 bytes, not all zero: %s\n", nonzero ? "yes" : "no");
	printf("auxv: AT_HWCAP:");
	for (unsigned int bit = 0; bit < sizeof(hwcap_names) / sizeof(hwcap_names[0]); bit++)
		if (hwcap & (1UL << bit))
			printf(" %s", hwcap_names[bit]);
	printf("\n");
	return 0;
}
