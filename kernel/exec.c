// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/exec.c - execve(): replace a process's program with an ELF file
 * from the initramfs. Linux: fs/exec.c (do_execve, the argument copy) and
 * fs/binfmt_elf.c (load_elf_binary, create_elf_tables).
 *
 *   1. find the file; check its ELF header and program headers
 *   2. copy argv/envp strings into the kernel (the old address space is
 *      about to go away)
 *   3. build a new address space: a VMA for each PT_LOAD segment, with
 *      the segment's permissions, and one for the stack; write the stack's
 *      strings, random bytes, auxv, envp[], argv[] and argc, as the ELF
 *      ABI lays them out, which faults in its top page. Nothing else is copied or
 *      zeroed: the pages come at their first touch (mm/memory.c)
 *   4. only now, past every possible error, drop the old address space
 *      and point pt_regs at the entry: start_thread()
 */
#include <linux/elf.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/initramfs.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/random.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/strace.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <asm/hwcap.h>
#include <asm/mmu_context.h>
#include <asm/ptrace.h>

#define STACK_TOP	TASK_SIZE
#define STACK_EXPAND	(128UL << 10)	/* the stack VMA's first size (Linux: setup_arg_pages) */
#define MAX_ARG_STRLEN	PAGE_SIZE	/* all of argv + envp must fit in one page */
#define MAX_ARGS	64

struct linux_binprm {
	const char *filename;
	const u8 *data;			/* the file, in the initramfs */
	size_t size;
	char *strings;			/* argv then envp strings, NUL-separated */
	unsigned int strings_len;
	int argc, envc;
	unsigned int execfn;		/* the file name's offset in strings (AT_EXECFN) */
	struct mm_struct *mm;		/* the new address space */
	unsigned long entry, phdr, phnum, sp;
};

static int exec_error(const struct linux_binprm *bprm, const char *why, int err)
{
	printk("exec: %s: %s\n", bprm->filename, why);
	return err;
}

/* Linux: elf_check_arch() and the header checks of load_elf_binary(). */
static int check_elf_header(struct linux_binprm *bprm)
{
	const struct elf32_hdr *eh = (const void *)bprm->data;

	if (bprm->size < sizeof(*eh) || memcmp(eh->e_ident, ELFMAG, SELFMAG))
		return exec_error(bprm, "not an ELF file", -ENOEXEC);
	if (eh->e_ident[EI_CLASS] != ELFCLASS32 || eh->e_ident[EI_DATA] != ELFDATA2LSB)
		return exec_error(bprm, "not a 32-bit little-endian ELF", -ENOEXEC);
	if (eh->e_machine != EM_ARM)
		return exec_error(bprm, "not an ARM executable", -ENOEXEC);
	if (eh->e_type != ET_EXEC)
		return exec_error(bprm, "not a static executable (ET_EXEC)", -ENOEXEC);
	if (eh->e_phentsize != sizeof(struct elf32_phdr) || eh->e_phnum == 0 ||
	    eh->e_phnum > 16 || eh->e_phoff > bprm->size ||
	    bprm->size - eh->e_phoff < eh->e_phnum * sizeof(struct elf32_phdr))
		return exec_error(bprm, "bad program headers", -ENOEXEC);
	return 0;
}

/*
 * A PT_LOAD segment must lie in the file and in user space, below the
 * room of the stack and mmap, and be mappable page by page: its address
 * and file offset equal modulo the page size (Linux: elf_map).
 */
static bool segment_ok(const struct linux_binprm *bprm, const struct elf32_phdr *ph)
{
	unsigned long limit = bprm->mm->mmap_base;

	return ph->p_offset <= bprm->size && ph->p_filesz <= bprm->size - ph->p_offset &&
	       ph->p_filesz <= ph->p_memsz && ph->p_vaddr >= PAGE_SIZE &&
	       ph->p_vaddr < limit && ph->p_memsz <= limit - ph->p_vaddr &&
	       !((ph->p_vaddr - ph->p_offset) & ~PAGE_MASK);
}

/* Copy len bytes to user address va of mm (not the current one). */
static int copy_to_mm(struct mm_struct *mm, unsigned long va, const void *src, size_t len)
{
	const u8 *s = src;

	while (len) {
		u8 *dst = get_user_page_remote(mm, va);
		size_t chunk = PAGE_SIZE - (va & (PAGE_SIZE - 1));

		if (!dst)
			return -ENOMEM;		/* the stack VMA is there: no page */
		if (chunk > len)
			chunk = len;
		memcpy(dst, s, chunk);
		s += chunk;
		va += chunk;
		len -= chunk;
	}
	return 0;
}

/* A new VMA [start, end) in bprm's mm; NULL if out of memory. */
static struct vm_area_struct *new_vma(struct linux_binprm *bprm, unsigned long start,
				      unsigned long end, unsigned long vm_flags)
{
	struct vm_area_struct *vma = vm_area_alloc(bprm->mm);

	if (vma) {
		vma->vm_start = start;
		vma->vm_end = end;
		vma->vm_flags = vm_flags;
		vma->vm_page_prot = vm_get_page_prot(vm_flags);
		vma_link(bprm->mm, vma);
	}
	return vma;
}

/*
 * Linux: elf_map() and the bss of set_brk(). One private file mapping
 * for the segment, with its p_flags as permissions; past p_filesz its
 * pages read as zeros (linux/mm_types.h).
 */
static int map_segment(struct linux_binprm *bprm, const struct elf32_phdr *ph)
{
	unsigned long start = ph->p_vaddr & PAGE_MASK, end = PAGE_ALIGN(ph->p_vaddr + ph->p_memsz);
	struct vm_area_struct *vma;

	if (find_vma_intersection(bprm->mm, start, end))
		return exec_error(bprm, "PT_LOAD segments overlap", -ENOEXEC);
	vma = new_vma(bprm, start, end, (ph->p_flags & PF_R ? VM_READ : 0) |
		      (ph->p_flags & PF_W ? VM_WRITE : 0) | (ph->p_flags & PF_X ? VM_EXEC : 0));
	if (!vma)
		return -ENOMEM;
	vma->vm_file = bprm->data;
	vma->vm_file_size = ph->p_offset + ph->p_filesz;
	vma->vm_pgoff = (ph->p_offset - (ph->p_vaddr - start)) >> PAGE_SHIFT;
	return 0;
}

static int load_segments(struct linux_binprm *bprm)
{
	const struct elf32_hdr *eh = (const void *)bprm->data;
	const struct elf32_phdr *ph = (const void *)(bprm->data + eh->e_phoff);
	unsigned long brk = 0;
	bool entry_ok = false;
	int err;

	for (int i = 0; i < eh->e_phnum; i++, ph++) {
		if (ph->p_type != PT_LOAD || !ph->p_memsz)
			continue;
		if (!segment_ok(bprm, ph))
			return exec_error(bprm, "segment outside the file or user space", -ENOEXEC);
		if ((err = map_segment(bprm, ph)))
			return err;
		if (eh->e_phoff >= ph->p_offset && eh->e_phoff - ph->p_offset < ph->p_filesz)
			bprm->phdr = ph->p_vaddr + (eh->e_phoff - ph->p_offset);
		if ((eh->e_entry & ~1UL) >= ph->p_vaddr && (eh->e_entry & ~1UL) < ph->p_vaddr + ph->p_memsz)
			entry_ok = true;
		if (ph->p_vaddr + ph->p_memsz > brk)
			brk = ph->p_vaddr + ph->p_memsz;
	}
	if (!entry_ok)
		return exec_error(bprm, "entry point not in a loaded segment", -ENOEXEC);
	bprm->entry = eh->e_entry;
	bprm->phnum = eh->e_phnum;
	bprm->mm->start_brk = bprm->mm->brk = PAGE_ALIGN(brk);
	return 0;
}

/* ---- the new program's stack: strings, auxiliary vector, argv, envp ---- */

#define ELF_PLATFORM	"v7l"		/* ARMv7, little-endian (Linux: elf_platform) */
#define CLOCKS_PER_SEC	100		/* USER_HZ: the unit of times() and clock_t */

/* Linux: STACK_ALLOC(): take len bytes below *p. */
static unsigned long stack_alloc(unsigned long *p, size_t len)
{
	*p -= len;
	return *p;
}

/*
 * Linux: create_elf_tables(). From STACK_TOP down:
 *   the strings: argv's, envp's, then the file name (bprm->strings)
 *   "v7l" for AT_PLATFORM, 16 random bytes for AT_RANDOM
 *   16-byte aligned: argc, argv[], NULL, envp[], NULL, the auxv pairs
 * The auxv entries are Linux's, in Linux's order. No AT_SYSINFO_EHDR:
 * Tern has no vDSO, so glibc makes real system calls for the time.
 */
static int setup_stack(struct linux_binprm *bprm)
{
	struct mm_struct *mm = bprm->mm;
	unsigned long p = STACK_TOP, strings, platform, random;
	u8 rand_bytes[16];
	int err;

	/* Linux: setup_arg_pages(). Grows down from here, on demand. */
	if (!new_vma(bprm, STACK_TOP - STACK_EXPAND, STACK_TOP,
		     VM_READ | VM_WRITE | VM_GROWSDOWN))
		return -ENOMEM;
	strings = stack_alloc(&p, (bprm->strings_len + 3) & ~3UL);
	platform = stack_alloc(&p, sizeof(ELF_PLATFORM));
	get_random_bytes(rand_bytes, sizeof(rand_bytes));
	random = stack_alloc(&p, sizeof(rand_bytes));
	if ((err = copy_to_mm(mm, strings, bprm->strings, bprm->strings_len)) ||
	    (err = copy_to_mm(mm, platform, ELF_PLATFORM, sizeof(ELF_PLATFORM))) ||
	    (err = copy_to_mm(mm, random, rand_bytes, sizeof(rand_bytes))))
		return err;

	unsigned long auxv[] = {
		AT_HWCAP, elf_hwcap,
		AT_PAGESZ, PAGE_SIZE,
		AT_CLKTCK, CLOCKS_PER_SEC,
		AT_PHDR, bprm->phdr,
		AT_PHENT, sizeof(struct elf32_phdr),
		AT_PHNUM, bprm->phnum,
		AT_BASE, 0,			/* no interpreter: static programs only */
		AT_FLAGS, 0,
		AT_ENTRY, bprm->entry,
		AT_UID, 0, AT_EUID, 0, AT_GID, 0, AT_EGID, 0,	/* Tern has one user: root */
		AT_SECURE, 0,
		AT_RANDOM, random,
		AT_HWCAP2, elf_hwcap2,
		AT_EXECFN, strings + bprm->execfn,
		AT_PLATFORM, platform,
		AT_NULL, 0,
	};
	/* LAB exec BEGIN
	 * Below p, 16-byte aligned (Linux: STACK_ROUND), write argc, argv[]
	 * and NULL, envp[] and NULL (pointers to the strings copied at
	 * strings: argv's, then envp's), then the auxv pairs of auxv[], its
	 * AT_NULL last. copy_to_mm() writes into the new mm, faulting its
	 * pages in. mm->start_stack and bprm->sp = where argc is; -ENOMEM
	 * if a copy failed.
	 * STUB:
	 *	(void)auxv;
	 *	return -ENOEXEC;
	 */
	unsigned long words = 1 + bprm->argc + 1 + bprm->envc + 1 + ARRAY_SIZE(auxv);
	unsigned long str = strings, sp;
	u32 val;

	sp = p = (p - words * 4) & ~15UL;	/* Linux: STACK_ROUND() */
	mm->start_stack = sp;
	val = bprm->argc;
	err = copy_to_mm(mm, p, &val, 4);
	p += 4;
	for (int i = 0; i < bprm->argc + bprm->envc + 2; i++, p += 4) {
		if (i == bprm->argc || i == bprm->argc + bprm->envc + 1) {
			val = 0;		/* the NULL after argv[] and after envp[] */
		} else {
			val = str;
			str += strlen(bprm->strings + (str - strings)) + 1;
		}
		err |= copy_to_mm(mm, p, &val, 4);
	}
	for (unsigned int i = 0; i < ARRAY_SIZE(auxv); i++, p += 4) {
		val = auxv[i];
		err |= copy_to_mm(mm, p, &val, 4);
	}
	bprm->sp = sp;
	return err ? -ENOMEM : 0;
	/* LAB exec END */
}

/* Append one string (kernel or user) to bprm->strings. */
static int copy_string(struct linux_binprm *bprm, const char *s, bool from_user)
{
	long room = MAX_ARG_STRLEN - bprm->strings_len, len;

	if (from_user) {
		len = strncpy_from_user(bprm->strings + bprm->strings_len, s, room);
		if (len < 0)
			return len == -ENAMETOOLONG ? -E2BIG : (int)len;
	} else {
		len = strlen(s);
		if (len >= room)
			return -E2BIG;
		memcpy(bprm->strings + bprm->strings_len, s, len + 1);
	}
	bprm->strings_len += len + 1;
	return 0;
}

/* Copy a NULL-terminated vector of strings; returns how many, or -errno. */
static int copy_strings(struct linux_binprm *bprm, const char *const *vec, bool from_user)
{
	int n;

	for (n = 0; vec; n++) {
		const char *s;
		int err;

		if (from_user) {
			if (copy_from_user(&s, &vec[n], sizeof(s)))
				return -EFAULT;
		} else {
			s = vec[n];
		}
		if (!s)
			break;
		if (n >= MAX_ARGS)
			return -E2BIG;
		if ((err = copy_string(bprm, s, from_user)))
			return err;
	}
	return n;
}

/* "/bin/hello" -> "hello" (Linux: kbasename). */
static const char *kbasename(const char *path)
{
	const char *tail = path;

	for (const char *p = path; *p; p++)
		if (*p == '/')
			tail = p + 1;
	return tail;
}

/* Past the point of no return: the new program takes over this task. */
static void begin_new_exec(struct linux_binprm *bprm)
{
	struct task_struct *tsk = current;
	struct mm_struct *old = tsk->mm, *prev = tsk->active_mm;
	const char *base = kbasename(bprm->filename);

	/* Fields first, then TTBR0: a switch in between must not reload old. */
	local_irq_disable();
	tsk->mm = tsk->active_mm = bprm->mm;
	switch_mm(prev, bprm->mm);
	local_irq_enable();
	if (old)
		mmput(old);
	mm_release(tsk);
	strlcpy(tsk->comm, base, sizeof(tsk->comm));
	strace_exec(tsk);
	flush_thread();
	start_thread(task_pt_regs(tsk), bprm->entry, bprm->sp);
}

static int do_execve(const char *filename, const char *const *argv,
		     const char *const *envp, bool from_user)
{
	struct linux_binprm bprm = { .filename = filename };
	int ret;

	bprm.data = initramfs_find(filename, &bprm.size);
	if (!bprm.data)
		return -ENOENT;
	if ((ret = check_elf_header(&bprm)))
		return ret;
	bprm.strings = alloc_pages(0);
	if (!bprm.strings)
		return -ENOMEM;
	ret = bprm.argc = copy_strings(&bprm, argv, from_user);
	if (ret >= 0)
		ret = bprm.envc = copy_strings(&bprm, envp, from_user);
	if (ret >= 0) {
		bprm.execfn = bprm.strings_len;
		ret = copy_string(&bprm, filename, false);
	}
	if (ret >= 0)
		ret = (bprm.mm = mm_alloc()) ? 0 : -ENOMEM;
	if (!ret)
		arch_pick_mmap_layout(bprm.mm);
	if (!ret)
		ret = load_segments(&bprm);
	if (!ret)
		ret = setup_stack(&bprm);
	if (!ret)
		begin_new_exec(&bprm);
	else if (bprm.mm)
		mmput(bprm.mm);
	free_pages(bprm.strings, 0);
	return ret;
}

/* From kernel_init: all pointers are kernel pointers. */
int kernel_execve(const char *filename, const char *const *argv, const char *const *envp)
{
	return do_execve(filename, argv, envp, false);
}

long sys_execve(const char __user *filename, const char __user *const __user *argv,
		const char __user *const __user *envp)
{
	char path[128];
	long len = strncpy_from_user(path, filename, sizeof(path));

	if (len < 0)
		return len;
	return do_execve(path, argv, envp, true);
}
