// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/kallsyms.c - look up kernel function names, for oopses and
 * backtraces. Linux: kernel/kallsyms.c. The table is generated at build
 * time by tools/kallsyms.sh from a first link of vmlinux, then linked in
 * (a second link): sorted addresses, and a name for each.
 */
#include <linux/kallsyms.h>
#include <linux/kernel.h>

extern const unsigned int kallsyms_num_syms;
extern const unsigned long kallsyms_addresses[];
extern const unsigned int kallsyms_name_offsets[];
extern const char kallsyms_names[];
extern char _stext[], _etext[];

static bool is_kernel_text(unsigned long addr)
{
	return (addr >= (unsigned long)_stext && addr < (unsigned long)_etext) ||
	       addr >= 0xffff0000;	/* the vector page and stubs */
}

const char *kallsyms_lookup(unsigned long addr, unsigned long *size,
			    unsigned long *offset)
{
	unsigned int lo = 0, hi = kallsyms_num_syms;

	if (!is_kernel_text(addr) || !hi || addr < kallsyms_addresses[0])
		return NULL;
	/* Binary search for the last symbol at or below addr. */
	while (hi - lo > 1) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (kallsyms_addresses[mid] <= addr)
			lo = mid;
		else
			hi = mid;
	}
	*offset = addr - kallsyms_addresses[lo];
	*size = lo + 1 < kallsyms_num_syms ? kallsyms_addresses[lo + 1] - kallsyms_addresses[lo] : 0;
	return &kallsyms_names[kallsyms_name_offsets[lo]];
}

int sprint_symbol(char *buf, size_t len, unsigned long addr)
{
	unsigned long size, offset;
	const char *name = kallsyms_lookup(addr, &size, &offset);

	if (!name)
		return scnprintf(buf, len, "0x%08lx", addr);
	return scnprintf(buf, len, "%s+0x%lx/0x%lx", name, offset, size);
}
