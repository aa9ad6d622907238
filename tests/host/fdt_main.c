// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/fdt_main.c - host driver for lib/fdt.c (tests/test_lib_fdt.py).
 *
 * Linux has no counterpart (libfdt is tested by dtc's own test suite).
 * Loads a blob into a malloc buffer of exactly its size, so AddressSanitizer
 * reports any read past it, then runs one command per argument and prints
 * one line per answer for the test to compare with python3-libfdt
 * (usage at main()):
 *
 *   check                 check: ok | check: error <msg>  (stops on error)
 *   memory                memory: <base> <size> | memory: none
 *   bootargs              bootargs: <string> | bootargs: none
 *   path:<path>           path <path>: <offset>
 *   cells:<path>          cells <path>: <#address-cells> <#size-cells>
 *   reg:<path>            reg <path>: <addr> <size> ... | reg <path>: none
 *   prop:<path>:<name>    prop <path> <name>: <len> <hex bytes> | none
 *   compat:<string>       compat <s>: <offsets...>, then the first match's
 *                         "compat <s> reg:" and "compat <s> interrupts:"
 *   tree                  node <depth> <offset> <name> parent <offset>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/fdt.h>

#define MAX_LIST	4096	/* bound on lines printed per command */
#define MAX_DEPTH	64

static void print_reg(const void *fdt, const char *what, int node)
{
	u64 addr, size;
	int i;

	printf("%s:", what);
	for (i = 0; i < MAX_LIST && !fdt_get_reg(fdt, node, i, &addr, &size);
	     i++)
		printf(" 0x%llx 0x%llx", (unsigned long long)addr,
		       (unsigned long long)size);
	printf("%s\n", i ? "" : " none");
}

static void print_prop(const void *fdt, const char *what, int node,
		       const char *name, int cells)
{
	const unsigned char *p;
	int len, i;

	p = fdt_getprop(fdt, node, name, &len);
	printf("%s:", what);
	if (!p) {
		printf(" none\n");
		return;
	}
	if (!cells)
		printf(" %d ", len);
	for (i = 0; i < len; i++) {
		if (cells && i % 4 == 0)
			printf(" ");
		printf("%02x", p[i]);
	}
	printf("\n");
}

static void print_tree(const void *fdt, int node, int depth)
{
	const char *name = fdt_get_name(fdt, node, NULL);
	int child;

	printf("node %d %d %s parent %d\n", depth, node, name ? name : "?",
	       fdt_parent_offset(fdt, node));
	if (depth >= MAX_DEPTH) {
		printf("node too deep\n");
		return;
	}
	for (child = fdt_first_subnode(fdt, node); child >= 0;
	     child = fdt_next_subnode(fdt, child))
		print_tree(fdt, child, depth + 1);
}

static void do_compat(const void *fdt, const char *compat)
{
	char what[256];
	int off, first = -1, n = 0;

	printf("compat %s:", compat);
	for (off = fdt_node_offset_by_compatible(fdt, -1, compat);
	     off >= 0 && n < MAX_LIST;
	     off = fdt_node_offset_by_compatible(fdt, off, compat), n++) {
		printf(" %d", off);
		if (first < 0)
			first = off;
	}
	printf("%s\n", n ? "" : " none");
	if (first < 0)
		return;
	snprintf(what, sizeof(what), "compat %s reg", compat);
	print_reg(fdt, what, first);
	snprintf(what, sizeof(what), "compat %s interrupts", compat);
	print_prop(fdt, what, first, "interrupts", 1);
}

static void do_command(const void *fdt, char *cmd)
{
	char what[512];
	char *arg = strchr(cmd, ':'), *name;
	const char *s;
	u64 base, size;
	int node;

	if (arg)
		*arg++ = '\0';
	if (!strcmp(cmd, "memory")) {
		if (fdt_find_memory(fdt, &base, &size))
			printf("memory: none\n");
		else
			printf("memory: 0x%llx 0x%llx\n",
			       (unsigned long long)base,
			       (unsigned long long)size);
	} else if (!strcmp(cmd, "bootargs")) {
		s = fdt_getprop_string(fdt, fdt_path_offset(fdt, "/chosen"),
				       "bootargs");
		printf("bootargs: %s\n", s ? s : "none");
	} else if (!strcmp(cmd, "tree")) {
		print_tree(fdt, 0, 0);
	} else if (!strcmp(cmd, "compat") && arg) {
		do_compat(fdt, arg);
	} else if (!strcmp(cmd, "path") && arg) {
		printf("path %s: %d\n", arg, fdt_path_offset(fdt, arg));
	} else if (!strcmp(cmd, "cells") && arg) {
		node = fdt_path_offset(fdt, arg);
		printf("cells %s: %d %d\n", arg, fdt_address_cells(fdt, node),
		       fdt_size_cells(fdt, node));
	} else if (!strcmp(cmd, "reg") && arg) {
		snprintf(what, sizeof(what), "reg %s", arg);
		print_reg(fdt, what, fdt_path_offset(fdt, arg));
	} else if (!strcmp(cmd, "prop") && arg && (name = strchr(arg, ':'))) {
		*name++ = '\0';
		snprintf(what, sizeof(what), "prop %s %s", arg, name);
		print_prop(fdt, what, fdt_path_offset(fdt, arg), name, 0);
	} else {
		printf("unknown command %s\n", cmd);
	}
}

static void *load(const char *path, size_t *sizep)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf;
	long size;

	if (!f || fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET)) {
		perror(path);
		exit(2);
	}
	buf = malloc(size ? (size_t)size : 1);	/* exactly the blob */
	if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) {
		perror(path);
		exit(2);
	}
	fclose(f);
	*sizep = (size_t)size;
	return buf;
}

/* Check one blob, then answer every command about it. */
static void run_blob(const char *path, int ncmds, char **cmds)
{
	const char *err = "?";
	char cmd[1024];
	size_t size;
	void *fdt = load(path, &size);
	int i;

	if (fdt_check_header(fdt, size, &err)) {
		printf("check: error %s\n", err);
		free(fdt);
		return;
	}
	printf("check: ok\ntotalsize: %u\n", fdt_totalsize(fdt));
	for (i = 0; i < ncmds; i++) {
		snprintf(cmd, sizeof(cmd), "%s", cmds[i]);	/* parsing edits */
		do_command(fdt, cmd);
	}
	free(fdt);
}

/*
 * fdt_main BLOB CMD...    one blob
 * fdt_main @LIST CMD...   every blob named in LIST (one path a line), each
 *                         introduced by "== PATH": one process, so one
 *                         AddressSanitizer start-up, for hundreds of blobs
 */
int main(int argc, char **argv)
{
	char line[4096];
	FILE *list;
	size_t n;

	if (argc < 2) {
		fprintf(stderr, "usage: %s BLOB|@LIST [command...]\n", argv[0]);
		return 2;
	}
	if (argv[1][0] != '@') {
		run_blob(argv[1], argc - 2, argv + 2);
		return 0;
	}
	list = fopen(argv[1] + 1, "r");
	if (!list) {
		perror(argv[1] + 1);
		return 2;
	}
	while (fgets(line, sizeof(line), list)) {
		n = strcspn(line, "\n");
		line[n] = '\0';
		printf("== %s\n", line);
		fflush(stdout);		/* a hang shows which blob */
		run_blob(line, argc - 2, argv + 2);
	}
	fclose(list);
	return 0;
}
