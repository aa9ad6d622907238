/* SPDX-License-Identifier: GPL-2.0 */
/*
 * user/linux/t_glibc.h - the families of t_glibc, the conformance program
 * built with Debian's arm-linux-gnueabihf-gcc -static against glibc.
 *
 * Each family prints what it checks, one line a fact, the same on Tern
 * and on Linux (qemu-arm on the host, the oracle): never a pid, an
 * address that moves, a time or a date, only how they relate. The test
 * (tests/test_glibc.py) compares the two outputs line for line.
 */
#ifndef T_GLIBC_H
#define T_GLIBC_H

/* Each family prints with stdio; it fflushes stdout before any fork. */
#include <stdio.h>

int t_hello(int argc, char **argv);
int t_malloc(int argc, char **argv);
int t_fork(int argc, char **argv);
int t_exec(int argc, char **argv);
int t_exec_child(int argc, char **argv);
int t_time(int argc, char **argv);
int t_auxv(int argc, char **argv);
int t_tls(int argc, char **argv);
int t_vfp(int argc, char **argv);
int t_sys(int argc, char **argv);

/* vfp_regs.S */
unsigned int read_fpscr(void);
unsigned long read_tpidrurw(void);
void write_tpidrurw(unsigned long val);

/* "ok" or the errno's name: the same words on both systems. */
const char *err_name(long ret, int err);

#endif
