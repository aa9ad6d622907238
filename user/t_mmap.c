// SPDX-License-Identifier: GPL-2.0
/*
 * user/t_mmap.c - mmap2, munmap, mprotect, madvise and mincore, page
 * permissions and stack growth, in KTAP, with Linux as the oracle.
 *
 * One source, built three ways (tests/test_vm.py): for Tern (newlib, in
 * the initramfs); with arm-linux-gnueabihf-gcc -static, run under
 * qemu-arm on the host; and with the host's gcc, run natively (the code
 * it runs is x86's there). Each check states Linux's result,
 * and nothing printed depends on where a mapping was put, so the three
 * print the same lines. (qemu-arm emulates mprotect, madvise and
 * MAP_FIXED_NOREPLACE itself and gets a few edge cases wrong: the host
 * run is the oracle for those.) Every call is a raw system call, so the
 * C library plays no part; a check that must crash runs in a child, and
 * its wait status is what counts. (Linux: tools/testing/selftests/mm.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/mman.h>

#include "ktap.h"

#ifdef __arm__
#include "syscall.h"
#else
/* The host: the C library's syscall(), -errno on failure as the kernel returns. */
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

#define SYSCALL_IS_ERR(r)	((unsigned long)(r) >= (unsigned long)-4095)
#define __NR_mmap2		__NR_mmap	/* offset 0 here: the same call */

static long host_ret(long r)
{
	return r == -1 ? -errno : r;
}

#define syscall0(n)			host_ret(syscall(n))
#define syscall1(n, a)			host_ret(syscall(n, a))
#define syscall2(n, a, b)		host_ret(syscall(n, a, b))
#define syscall3(n, a, b, c)		host_ret(syscall(n, a, b, c))
#define syscall4(n, a, b, c, d)		host_ret(syscall(n, a, b, c, d))
#define syscall6(n, a, b, c, d, e, f)	host_ret(syscall(n, a, b, c, d, e, f))
#endif

#define PAGE		4096L
#define ANON		(MAP_PRIVATE | MAP_ANONYMOUS)
#define RW		(PROT_READ | PROT_WRITE)
#define SIGSEGV_STATUS	11		/* wait status of a child killed by SIGSEGV */
#define KIB		1024
#define STACK_LIMIT	(8 * 1024 * KIB)	/* RLIMIT_STACK */

/* Linux's errno values (newlib's differ above 34). */
enum { L_EPERM = 1, L_EBADF = 9, L_ENOMEM = 12, L_EEXIST = 17, L_EINVAL = 22 };

/* Machine code for "return 42". */
#ifdef __arm__
static const unsigned int ret42[] = { 0xe3a0002a, 0xe12fff1e };	/* mov r0, #42; bx lr */
#else
static const unsigned char ret42[] = { 0xb8, 0x2a, 0, 0, 0, 0xc3 };	/* mov $42, %eax; ret */
#endif
static unsigned char data_code[sizeof(ret42)] = { 1 };		/* in .data */

static long mmap2(unsigned long addr, unsigned long len, long prot, long flags, long fd)
{
	return syscall6(__NR_mmap2, addr, len, prot, flags, fd, 0);
}

static long map(unsigned long len, long prot)
{
	return mmap2(0, len, prot, ANON, -1);
}

static long munmap(unsigned long addr, unsigned long len)
{
	return syscall2(__NR_munmap, addr, len);
}

static long mprotect(unsigned long addr, unsigned long len, long prot)
{
	return syscall3(__NR_mprotect, addr, len, prot);
}

static long madvise(unsigned long addr, unsigned long len, long advice)
{
	return syscall3(__NR_madvise, addr, len, advice);
}

static long mincore(unsigned long addr, unsigned long len, unsigned char *vec)
{
	return syscall3(__NR_mincore, addr, len, (long)vec);
}

static int is_err(long r)
{
	return SYSCALL_IS_ERR(r);
}

/*
 * fork; fn(arg) in the child, which exits with its result. The wait
 * status: the signal that killed the child, or its exit code << 8.
 */
static int in_child(int (*fn)(unsigned long), unsigned long arg)
{
	int status = -1;
	long pid;

	fflush(stdout);
	pid = syscall0(__NR_fork);
	if (pid == 0)
		syscall1(__NR_exit_group, fn(arg));
	if (pid < 0 || syscall4(__NR_wait4, pid, (long)&status, 0, 0) != pid)
		return -1;
	return status;
}

static int read_byte(unsigned long addr)
{
	return *(volatile unsigned char *)addr;
}

static int write_byte(unsigned long addr)
{
	*(volatile unsigned char *)addr = 1;
	return 0;
}

static int call(unsigned long addr)
{
	return ((int (*)(void))addr)();		/* even address: ARM state */
}

/* Code copied to a buffer on the stack, then called. */
static int call_on_stack(unsigned long unused)
{
	unsigned int code[4];

	(void)unused;
	memcpy(code, ret42, sizeof(ret42));
	return call((unsigned long)code);
}

/* A frame of about 1 KiB per level, kept alive across the call. */
static int __attribute__((noinline)) recurse(unsigned long depth)
{
	volatile unsigned char frame[KIB - 64];

	frame[0] = depth & 0xff;
	if (depth)
		return recurse(depth - 1) + frame[0] - (int)(depth & 0xff);
	return frame[0];
}

/* ---- mmap ---------------------------------------------------------------- */

static void test_mmap_args(void)
{
	long a;

	ktap_ok_eq(map(0, RW), -L_EINVAL, "mmap length 0 is -EINVAL");
	ktap_ok_eq(map(-PAGE + 1, RW), -L_ENOMEM, "mmap length that wraps when rounded is -ENOMEM");
	ktap_ok_eq(mmap2(0x12345001UL, PAGE, RW, ANON | MAP_FIXED, -1), -L_EINVAL,
		   "MAP_FIXED at an unaligned address is -EINVAL");
	ktap_ok_eq(mmap2(0, PAGE, RW, MAP_ANONYMOUS, -1), -L_EINVAL,
		   "neither MAP_SHARED nor MAP_PRIVATE is -EINVAL");
	ktap_ok_eq(mmap2(0, PAGE, RW, MAP_PRIVATE, -1), -L_EBADF,
		   "a file mapping of fd -1 is -EBADF");
	a = map(PAGE + 1, RW);
	ktap_ok(!is_err(a) && !(a & (PAGE - 1)), "mmap of 4097 bytes: a page-aligned address");
	ktap_ok_eq(munmap(a, 2 * PAGE), 0, "munmap of the two pages");
}

static void test_mmap_hint(void)
{
	long a = map(4 * PAGE, RW), b;

	munmap(a, 4 * PAGE);
	b = mmap2(a + PAGE + 123, PAGE, RW, ANON, -1);
	ktap_ok(b == a + PAGE, "a free unaligned hint is taken, rounded down");
	munmap(b, PAGE);
}

static void test_map_fixed(void)
{
	long a = map(3 * PAGE, RW), b;

	memset((void *)a, 0x55, 3 * PAGE);
	b = mmap2(a + PAGE, PAGE, RW, ANON | MAP_FIXED, -1);
	ktap_ok(b == a + PAGE, "MAP_FIXED over a mapping returns its address");
	ktap_ok(read_byte(a + PAGE) == 0 && read_byte(a) == 0x55 && read_byte(a + 2 * PAGE) == 0x55,
		"MAP_FIXED replaced the middle page only");
	ktap_ok_eq(mmap2(a + PAGE, PAGE, RW, ANON | MAP_FIXED_NOREPLACE, -1), -L_EEXIST,
		   "MAP_FIXED_NOREPLACE over a mapping is -EEXIST");
	munmap(a + PAGE, PAGE);
	ktap_ok(mmap2(a + PAGE, PAGE, RW, ANON | MAP_FIXED_NOREPLACE, -1) == a + PAGE,
		"MAP_FIXED_NOREPLACE on a free range maps it");
	munmap(a, 3 * PAGE);
}

/* ---- munmap -------------------------------------------------------------- */

static void test_munmap(void)
{
	long a = map(3 * PAGE, RW);

	ktap_ok_eq(munmap(a + 1, PAGE), -L_EINVAL, "munmap at an unaligned address is -EINVAL");
	ktap_ok_eq(munmap(a, 0), -L_EINVAL, "munmap of length 0 is -EINVAL");
	memset((void *)a, 0x66, 3 * PAGE);
	ktap_ok_eq(munmap(a + PAGE, PAGE), 0, "munmap of the middle page");
	ktap_ok(read_byte(a) == 0x66 && read_byte(a + 2 * PAGE) == 0x66,
		"the pages on both sides keep their contents");
	ktap_ok_eq(in_child(read_byte, a + PAGE), SIGSEGV_STATUS,
		   "reading the unmapped middle page: SIGSEGV");
	ktap_ok_eq(munmap(a + PAGE, PAGE), 0, "munmap where nothing is mapped is 0");
	munmap(a, 3 * PAGE);
}

/* ---- mprotect ------------------------------------------------------------ */

static void test_mprotect(void)
{
	long a = map(3 * PAGE, RW);

	ktap_ok_eq(mprotect(a + 1, PAGE, PROT_READ), -L_EINVAL, "mprotect unaligned is -EINVAL");
	ktap_ok_eq(mprotect(a, 0, PROT_READ), 0, "mprotect of length 0 is 0");
	ktap_ok_eq(mprotect(a, PAGE, 0x10), -L_EINVAL, "mprotect with an unknown PROT bit is -EINVAL");
	memset((void *)a, 0x77, 3 * PAGE);
	ktap_ok_eq(mprotect(a + PAGE, PAGE, PROT_READ), 0, "mprotect of the middle page: read-only");
	ktap_ok_eq(in_child(write_byte, a + PAGE), SIGSEGV_STATUS, "writing it: SIGSEGV");
	ktap_ok_eq(in_child(write_byte, a + 2 * PAGE), 0, "writing the page above it works");
	ktap_ok_eq(mprotect(a, 2 * PAGE, PROT_NONE), 0, "mprotect PROT_NONE across two VMAs");
	ktap_ok_eq(in_child(read_byte, a + PAGE), SIGSEGV_STATUS, "reading PROT_NONE: SIGSEGV");
	ktap_ok_eq(mprotect(a, 3 * PAGE, RW), 0, "mprotect read-write across three VMAs");
	ktap_ok(read_byte(a) == 0x77 && read_byte(a + PAGE) == 0x77 && write_byte(a + PAGE) == 0,
		"PROT_NONE kept the pages");
	munmap(a + PAGE, PAGE);
	ktap_ok_eq(mprotect(a, 3 * PAGE, PROT_READ), -L_ENOMEM, "mprotect over a hole is -ENOMEM");
	ktap_ok_eq(in_child(write_byte, a), SIGSEGV_STATUS, "the part before the hole changed");
	munmap(a, 3 * PAGE);
}

/* ---- execute permission --------------------------------------------------- */

static void test_exec_permission(void)
{
	long a = map(PAGE, RW), b;

	ktap_ok_eq(in_child(write_byte, (unsigned long)recurse & ~1UL), SIGSEGV_STATUS,
		   "writing the program's text: SIGSEGV");
	ktap_ok_eq(in_child(call_on_stack, 0), SIGSEGV_STATUS, "running code on the stack: SIGSEGV");
	memcpy(data_code, ret42, sizeof(ret42));
	ktap_ok_eq(in_child(call, (unsigned long)data_code), SIGSEGV_STATUS,
		   "running code in .data: SIGSEGV");
	memcpy((void *)a, ret42, sizeof(ret42));
	ktap_ok_eq(in_child(call, a), SIGSEGV_STATUS, "running code in mmap'd memory without PROT_EXEC: SIGSEGV");
	b = (long)malloc(sizeof(ret42));
	memcpy((void *)b, ret42, sizeof(ret42));
	ktap_ok_eq(in_child(call, b), SIGSEGV_STATUS, "running code on the heap: SIGSEGV");
	ktap_ok_eq(mprotect(a, PAGE, PROT_READ | PROT_EXEC), 0, "mprotect PROT_READ | PROT_EXEC");
	ktap_ok_eq(call(a), 42, "the code written there runs");
	munmap(a, PAGE);
}
/* ---- madvise, mincore ----------------------------------------------------- */

static void test_madvise(void)
{
	long a = map(2 * PAGE, RW), s = mmap2(0, PAGE, RW, MAP_SHARED | MAP_ANONYMOUS, -1);

	memset((void *)a, 0x88, 2 * PAGE);
	memset((void *)s, 0x99, PAGE);
	ktap_ok_eq(madvise(a + 1, PAGE, MADV_DONTNEED), -L_EINVAL, "madvise unaligned is -EINVAL");
	ktap_ok_eq(madvise(a, PAGE, 1234), -L_EINVAL, "madvise with an unknown advice is -EINVAL");
	ktap_ok_eq(madvise(a, PAGE, MADV_DONTNEED), 0, "MADV_DONTNEED of a private page");
	ktap_ok(read_byte(a) == 0 && read_byte(a + PAGE) == 0x88, "it reads as zeros; the next page is kept");
	ktap_ok_eq(madvise(s, PAGE, MADV_DONTNEED), 0, "MADV_DONTNEED of a shared page");
	ktap_ok_eq(read_byte(s), 0x99, "a shared page keeps its contents");
	munmap(a + PAGE, PAGE);
	ktap_ok_eq(madvise(a, 2 * PAGE, MADV_NORMAL), -L_ENOMEM, "madvise over a hole is -ENOMEM");
	munmap(a, PAGE);
	munmap(s, PAGE);
}

static void test_mincore(void)
{
	long a = map(4 * PAGE, RW);
	unsigned char vec[4] = { 9, 9, 9, 9 };

	write_byte(a);
	write_byte(a + 2 * PAGE);
	ktap_ok_eq(mincore(a, 4 * PAGE, vec), 0, "mincore of four pages");
	ktap_ok(vec[0] == 1 && vec[1] == 0 && vec[2] == 1 && vec[3] == 0,
		"only the two touched pages are in memory");
	ktap_ok_eq(mincore(a + 1, PAGE, vec), -L_EINVAL, "mincore unaligned is -EINVAL");
	munmap(a, 4 * PAGE);
	ktap_ok_eq(mincore(a, PAGE, vec), -L_ENOMEM, "mincore of an unmapped page is -ENOMEM");
}

/* ---- fork, and the stack ------------------------------------------------- */

static int child_writes(unsigned long addr)
{
	*(volatile unsigned char *)addr = 0xcc;
	return 0;
}

static void test_fork_sharing(void)
{
	long p = map(PAGE, RW), s = mmap2(0, PAGE, RW, MAP_SHARED | MAP_ANONYMOUS, -1);

	write_byte(p);
	in_child(child_writes, p);
	in_child(child_writes, s);
	ktap_ok_eq(read_byte(p), 1, "a private page: the child's write stays in the child");
	ktap_ok_eq(read_byte(s), 0xcc, "a MAP_SHARED page: the parent sees the child's write");
	munmap(p, PAGE);
	munmap(s, PAGE);
}

static void test_stack(void)
{
	ktap_ok_eq(in_child(recurse, KIB), 0, "recursion 1 MiB deep");
	ktap_ok_eq(in_child(recurse, STACK_LIMIT / KIB + KIB), SIGSEGV_STATUS,
		   "recursion past the 8 MiB stack limit: SIGSEGV");
}

int main(void)
{
	ktap_plan(52);
	test_mmap_args();		/* 7 */
	test_mmap_hint();		/* 1 */
	test_map_fixed();		/* 4 */
	test_munmap();			/* 6 */
	test_mprotect();		/* 12 */
	test_exec_permission();		/* 7 */
	test_madvise();			/* 7 */
	test_mincore();			/* 4 */
	test_fork_sharing();		/* 2 */
	test_stack();			/* 2 */
	return ktap_finished();
}
