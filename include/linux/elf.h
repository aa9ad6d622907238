/* SPDX-License-Identifier: GPL-2.0 */
/* include/linux/elf.h - 32-bit ELF structures (Linux: include/uapi/linux/elf.h). */
#ifndef _LINUX_ELF_H
#define _LINUX_ELF_H

#include <linux/types.h>

#define ELFMAG		"\177ELF"
#define SELFMAG		4
#define EI_CLASS	4
#define EI_DATA		5
#define ELFCLASS32	1
#define ELFDATA2LSB	1
#define ET_EXEC		2
#define EM_ARM		40
#define PT_LOAD		1

/* p_flags: the segment's permissions */
#define PF_X		0x1
#define PF_W		0x2
#define PF_R		0x4

/* Auxiliary vector entries handed to a new program on its stack (uapi/linux/auxvec.h). */
#define AT_NULL		0	/* end of the vector */
#define AT_PHDR		3	/* the program headers, in memory */
#define AT_PHENT	4	/* size of one */
#define AT_PHNUM	5	/* how many */
#define AT_PAGESZ	6
#define AT_BASE		7	/* where the interpreter (ld.so) was loaded */
#define AT_FLAGS	8
#define AT_ENTRY	9	/* the program's entry point */
#define AT_UID		11
#define AT_EUID		12
#define AT_GID		13
#define AT_EGID		14
#define AT_PLATFORM	15	/* string: the CPU, "v7l" */
#define AT_HWCAP	16	/* asm/hwcap.h */
#define AT_CLKTCK	17	/* the unit of times() */
#define AT_SECURE	23	/* set-user-ID program: be careful with the environment */
#define AT_RANDOM	25	/* 16 random bytes: glibc's stack protector and pointer guard */
#define AT_HWCAP2	26
#define AT_EXECFN	31	/* string: the file name given to execve */

struct elf32_hdr {
	unsigned char e_ident[16];
	u16 e_type;
	u16 e_machine;
	u32 e_version;
	u32 e_entry;
	u32 e_phoff;
	u32 e_shoff;
	u32 e_flags;
	u16 e_ehsize;
	u16 e_phentsize;
	u16 e_phnum;
	u16 e_shentsize;
	u16 e_shnum;
	u16 e_shstrndx;
};

struct elf32_phdr {
	u32 p_type;
	u32 p_offset;
	u32 p_vaddr;
	u32 p_paddr;
	u32 p_filesz;
	u32 p_memsz;
	u32 p_flags;
	u32 p_align;
};

#endif
