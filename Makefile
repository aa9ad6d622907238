# Tern top-level Makefile (Linux: Makefile, arch/arm/Makefile,
# arch/arm/boot/Makefile, arch/arm/boot/compressed/Makefile, in one file).
#
#   make                 build build/zImage (+ build/vmlinux, decompressor ELF)
#   make run             boot it in QEMU (BOOT=uboot: through U-Boot bootz)
#   make test            the whole test suite (pytest)
#   make test-fresh      make run + make test on a brand-new Debian 12 root
#   make bench           benchmarks in instructions (bench-linux: beside Linux)
#   make fuzz            random system calls until something breaks
#   make grade [LAB=x]   grade the course labs (docs/labs.md); test-labs: prove them
#   make lab-skeleton LAB=x [DEST=dir | BRANCH=lab/x]   a student's tree
#   make debug | gdb     QEMU stopped for gdb; gdb attached (docs/debugging.md)
#   make defconfig | menuconfig | olddefconfig
#   make V=1             show the commands;  make O=dir  build elsewhere
#
# Every tool this needs comes from Debian packages; tools/install-deps.sh
# installs the ones that are missing.

O          ?= build
CROSS_COMPILE ?= arm-none-eabi-
PYTHON     := /usr/bin/python3
QEMU       ?= qemu-system-arm
MEM        ?= 128M
BOOT       ?= kernel
APPEND     ?= console=ttyAMA0

ifeq ($(V),1)
Q :=
echo-cmd = @:
else ifneq ($(findstring s,$(firstword -$(MAKEFLAGS))),)
Q := @
echo-cmd = @:
else
Q := @
echo-cmd = @printf '  %-8s %s\n'
endif

CC      := $(CROSS_COMPILE)gcc
OBJCOPY := $(CROSS_COMPILE)objcopy
NM      := $(CROSS_COMPILE)nm

# --- configuration (kconfiglib) -------------------------------------------
# A .config in the source tree wins; without one the build uses
# $(O)/.config, made from the default configuration.
KCONFIG_CONFIG ?= $(if $(wildcard .config),.config,$(O)/.config)
export KCONFIG_CONFIG
DEFCONFIG := arch/arm/configs/tern_defconfig
AUTOCONF  := $(O)/include/generated/autoconf.h
AUTOCONF_MK := $(O)/include/config/auto.conf

.DEFAULT_GOAL := all

# Goals that must work on a machine with none of the packages yet: each one
# runs tools/install-deps.sh first and then a second make for the build, so
# nothing here may need Python, the cross compiler or a configuration while
# the Makefile is read. Only the other goals read the configuration.
ENTRY_GOALS := run test test-fresh debug gdb bench bench-linux fuzz deps clean \
	grade lab-skeleton test-labs
ifneq ($(filter-out $(ENTRY_GOALS),$(or $(MAKECMDGOALS),all)),)
-include $(AUTOCONF_MK)
endif

# --- flags ---------------------------------------------------------------
ARCH_FLAGS := -march=armv7-a -marm -mfloat-abi=soft
INCLUDES   := -Iinclude -Iarch/arm/include -I$(O)/include -include $(AUTOCONF)
WARN       := -Wall -Wextra -Werror
BASE_CFLAGS := -std=gnu11 -O2 -g $(WARN) $(ARCH_FLAGS) -ffreestanding -nostdlib \
	-fno-common -fno-strict-aliasing -MMD -MP $(INCLUDES)
# The kernel keeps APCS frame pointers so that an oops can walk the stack.
KCFLAGS    := $(BASE_CFLAGS) -fno-pic -fno-omit-frame-pointer -mapcs-frame \
	-fno-delete-null-pointer-checks
KAFLAGS    := $(BASE_CFLAGS) -D__ASSEMBLY__
# The decompressor runs wherever it is loaded: position-independent code,
# global data reached through the GOT that head.S fixes up.
ZCFLAGS    := $(BASE_CFLAGS) -fpic -mno-single-pic-base -DDECOMPRESSOR
ZAFLAGS    := $(ZCFLAGS) -D__ASSEMBLY__

# --- the kernel proper (vmlinux) -------------------------------------------
KERNEL_OBJS := \
	arch/arm/kernel/head.o \
	arch/arm/kernel/entry-armv.o \
	arch/arm/kernel/entry-common.o \
	arch/arm/kernel/traps.o \
	arch/arm/kernel/traps-test.o \
	arch/arm/kernel/backtrace-test.o \
	arch/arm/kernel/process.o \
	arch/arm/kernel/process-test.o \
	arch/arm/kernel/ptrace.o \
	arch/arm/kernel/calls.o \
	arch/arm/kernel/syscall_names.o \
	arch/arm/kernel/setup.o \
	arch/arm/kernel/psci.o \
	arch/arm/vfp/vfpmodule.o \
	arch/arm/vfp/vfphw.o \
	arch/arm/lib/uaccess.o \
	arch/arm/lib/copy_page.o \
	arch/arm/mm/mmu.o \
	arch/arm/mm/pgd.o \
	arch/arm/mm/fault.o \
	arch/arm/mm/fault-test.o \
	arch/arm/mm/dump.o \
	arch/arm/mm/dump-test.o \
	arch/arm/mm/context.o \
	arch/arm/mm/context-test.o \
	mm/memory.o \
	mm/mmap.o \
	mm/mmap-test.o \
	mm/mprotect.o \
	mm/madvise.o \
	mm/mincore.o \
	mm/oom_kill.o \
	mm/uaccess.o \
	kernel/sched/core.o \
	kernel/sched/core-test.o \
	kernel/sched/wait.o \
	kernel/sched/idle.o \
	kernel/fork.o \
	kernel/exit.o \
	kernel/signal.o \
	kernel/exec.o \
	kernel/sys.o \
	kernel/random.o \
	kernel/strace.o \
	kernel/kallsyms.o \
	kernel/initramfs.o \
	kernel/initramfs_data.o \
	kernel/time/posix-timers.o \
	arch/arm/drivers/pl011.o \
	arch/arm/drivers/pl011-test.o \
	arch/arm/drivers/irq-gic.o \
	arch/arm/drivers/irq-gic-test.o \
	arch/arm/drivers/arm_arch_timer.o \
	arch/arm/lib/delay.o \
	mm/memblock.o \
	mm/page_alloc.o \
	mm/slab.o \
	mm/mm_init.o \
	mm/page_alloc-test.o \
	mm/slab-test.o \
	kernel/main.o \
	kernel/printk.o \
	kernel/panic.o \
	kernel/init_task.o \
	kernel/time/timekeeping.o \
	kernel/time/tick.o \
	kernel/time/tick-test.o \
	kernel/irq.o \
	lib/ktest.o \
	lib/string.o \
	lib/vsprintf.o \
	lib/div64.o \
	lib/fdt.o
KERNEL_OBJS := $(addprefix $(O)/,$(KERNEL_OBJS))

$(O)/%.o: %.c $(AUTOCONF) Makefile
	$(echo-cmd) CC $@
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(KCFLAGS) -c $< -o $@

$(O)/%.o: %.S $(AUTOCONF) $(O)/include/generated/asm-offsets.h Makefile
	$(echo-cmd) AS $@
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(KAFLAGS) -c $< -o $@

# asm-offsets: structure offsets for assembly, computed by the compiler.
$(O)/include/generated/asm-offsets.h: arch/arm/kernel/asm-offsets.c $(AUTOCONF)
	$(echo-cmd) GEN $@
	$(Q)mkdir -p $(dir $@) $(O)/arch/arm/kernel
	$(Q)$(CC) $(KCFLAGS) -MF $(O)/arch/arm/kernel/asm-offsets.d -MT $@ \
		-S $< -o $(O)/arch/arm/kernel/asm-offsets.s
	$(Q)tools/gen-asm-offsets.sh < $(O)/arch/arm/kernel/asm-offsets.s > $@

# Version banner: "#n" counts links in this build directory, as Linux does.
COMPILE_H_USERS := $(O)/kernel/main.o $(O)/kernel/sys.o
$(O)/include/generated/compile.h: $(filter-out $(COMPILE_H_USERS),$(KERNEL_OBJS)) kernel/main.c
	$(Q)mkdir -p $(dir $@)
	$(Q)tools/mkcompile_h.sh $(O) "$(CC)" > $@
$(COMPILE_H_USERS): $(O)/include/generated/compile.h

# --- user space: the initramfs linked into the kernel ---------------------------
USER_EXTRA ?=
.PHONY: FORCE
$(O)/user/initramfs.cpio: FORCE
	$(Q)$(MAKE) -s -C user O=$(abspath $(O))/user $(if $(USER_EXTRA),USER_EXTRA=$(abspath $(USER_EXTRA))) \
		$(if $(INIT_RUN_TESTS),INIT_RUN_TESTS=$(INIT_RUN_TESTS))
$(O)/kernel/initramfs_data.o: $(O)/user/initramfs.cpio
$(O)/kernel/initramfs_data.o: KAFLAGS += -I$(O)/user

# --- linking, twice: the second time with the symbol table (kallsyms) ----------
link-vmlinux = $(CC) $(KCFLAGS) -nostdlib -Wl,-T,linker.ld -Wl,--build-id=none -o $(1) $(KERNEL_OBJS) $(2) -lgcc

$(O)/.tmp_kallsyms0.S:
	$(Q)mkdir -p $(O)
	$(Q)tools/kallsyms.sh $(NM) /dev/null > $@
$(O)/.tmp_vmlinux1: $(KERNEL_OBJS) $(O)/.tmp_kallsyms0.o linker.ld
	$(echo-cmd) LD $@
	$(Q)$(call link-vmlinux,$@,$(O)/.tmp_kallsyms0.o)
$(O)/.tmp_kallsyms1.S: $(O)/.tmp_vmlinux1 tools/kallsyms.sh
	$(echo-cmd) KSYMS $@
	$(Q)tools/kallsyms.sh $(NM) $< > $@
$(O)/.tmp_%.o: $(O)/.tmp_%.S
	$(Q)$(CC) $(KAFLAGS) -c $< -o $@

$(O)/vmlinux: $(O)/.tmp_vmlinux1 $(O)/.tmp_kallsyms1.o
	$(echo-cmd) LD $@
	$(Q)$(call link-vmlinux,$@,$(O)/.tmp_kallsyms1.o)
	$(Q)tools/kallsyms.sh $(NM) $@ | cmp -s - $(O)/.tmp_kallsyms1.S || \
		{ echo "kallsyms: code moved between the two links"; rm -f $@; exit 1; }

$(O)/Image: $(O)/vmlinux
	$(echo-cmd) OBJCOPY $@
	$(Q)$(OBJCOPY) -O binary $< $@

# --- the zImage (boot/compressed) --------------------------------------------
ZDIR := $(O)/boot/compressed
ZOBJS := $(addprefix $(ZDIR)/,head.o misc.o decompress.o piggy.o string.o crc32.o)

ifdef CONFIG_KERNEL_LZ4
COMPRESS := lz4 -l -9 -c
else
COMPRESS := gzip -9 -n -c
endif

# The compressed Image followed by its inflated size, little-endian
# (Linux: size_append in scripts/Makefile.lib).
$(ZDIR)/piggy_data: $(O)/Image $(AUTOCONF)
	$(echo-cmd) COMPRESS $@
	$(Q)mkdir -p $(dir $@)
	$(Q)$(COMPRESS) $< > $@.tmp
	$(Q)$(PYTHON) -c 'import os,struct,sys; sys.stdout.buffer.write(struct.pack("<I", os.path.getsize(sys.argv[1])))' $< >> $@.tmp
	$(Q)mv $@.tmp $@

$(ZDIR)/piggy.o: $(ZDIR)/piggy_data
$(ZDIR)/%.o: boot/compressed/%.S $(AUTOCONF)
	$(echo-cmd) AS $@
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(ZAFLAGS) -I$(ZDIR) -c $< -o $@
$(ZDIR)/%.o: boot/compressed/%.c $(AUTOCONF)
	$(echo-cmd) CC $@
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(ZCFLAGS) -c $< -o $@
$(ZDIR)/%.o: lib/%.c $(AUTOCONF)
	$(echo-cmd) CC $@
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(ZCFLAGS) -c $< -o $@

# The decompressor must know how much memory the kernel needs beyond the
# Image (its BSS) to decide whether it would overwrite itself.
$(ZDIR)/vmlinux: $(ZOBJS) boot/compressed/zimage.ld $(O)/vmlinux tools/bss-size.sh
	$(echo-cmd) LD $@
	$(Q)$(CC) $(ZCFLAGS) -nostdlib -static -Wl,-T,boot/compressed/zimage.ld \
		-Wl,--build-id=none -Wl,--defsym,_kernel_bss_size=$$(tools/bss-size.sh $(NM) $(O)/vmlinux) \
		-o $@ $(ZOBJS)

$(O)/zImage: $(ZDIR)/vmlinux
	$(echo-cmd) OBJCOPY $@
	$(Q)$(OBJCOPY) -O binary $< $@
	$(echo-cmd) Kernel: "$@ is ready ($$(stat -c %s $@) bytes)"

# --- configuration targets ----------------------------------------------------
$(O)/.config: | $(O)/.deps-ok
	$(Q)$(PYTHON) -m defconfig --kconfig Kconfig $(DEFCONFIG) >/dev/null

# autoconf.h keeps its timestamp when its contents do not change, so
# that a make without a configuration change rebuilds nothing.
$(AUTOCONF_MK): $(KCONFIG_CONFIG) Kconfig | $(O)/.deps-ok
	$(echo-cmd) GEN $(AUTOCONF)
	$(Q)mkdir -p $(O)/include/generated $(O)/include/config
	$(Q)$(PYTHON) -m genconfig --header-path $(AUTOCONF).tmp --config-out $(AUTOCONF_MK) Kconfig
	$(Q)cmp -s $(AUTOCONF).tmp $(AUTOCONF) || mv $(AUTOCONF).tmp $(AUTOCONF)
	$(Q)rm -f $(AUTOCONF).tmp
	$(Q)touch $(AUTOCONF_MK)
$(AUTOCONF): $(AUTOCONF_MK) ;

$(O)/.deps-ok: tools/install-deps.sh
	$(Q)mkdir -p $(O)
	$(Q)tools/install-deps.sh
	$(Q)touch $@

.PHONY: all defconfig menuconfig olddefconfig savedefconfig setconfig run test clean deps

all: $(O)/zImage

deps:
	$(Q)tools/install-deps.sh

defconfig: | $(O)/.deps-ok
	$(Q)$(PYTHON) -m defconfig --kconfig Kconfig $(DEFCONFIG)
menuconfig: | $(O)/.deps-ok
	$(Q)$(PYTHON) -m menuconfig Kconfig
olddefconfig: | $(O)/.deps-ok
	$(Q)$(PYTHON) -m olddefconfig Kconfig
savedefconfig: | $(O)/.deps-ok
	$(Q)$(PYTHON) -m savedefconfig --kconfig Kconfig --out $(O)/defconfig
# make setconfig SET="KERNEL_LZ4=y HZ_1000=y"
setconfig: $(KCONFIG_CONFIG)
	$(Q)$(PYTHON) -m setconfig --kconfig Kconfig $(SET)

# With a terminal on standard input, make run is interactive (leave with
# Ctrl-A X). Without one (a script, CI) it must end by itself: the machine
# gets RUN_TIMEOUT seconds to power off, a panic ends it at once, and make
# run fails unless it powered off (tools/run-qemu.sh --batch).
RUN_TIMEOUT ?= 60
run: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)[ -t 0 ] || echo "make run: standard input is not a terminal:" \
		"boot, run the demo, power off (at most $(RUN_TIMEOUT) s)"
	$(Q)tools/run-qemu.sh $$([ -t 0 ] || echo --batch $(RUN_TIMEOUT)) \
		--boot $(BOOT) --mem $(MEM) --append "$(APPEND)" $(O)/zImage

# make debug: as run, but QEMU waits at reset for gdb on GDBPORT (default: a
# free port, printed); make gdb: gdb-multiarch attached to it, with Tern's
# helpers (tools/gdb/gdbinit, docs/debugging.md).
.PHONY: debug gdb
debug: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)tools/gdb/debug.sh $(O) "$(GDBPORT)" --boot $(BOOT) --mem $(MEM) --append "$(APPEND)" $(O)/zImage

gdb:
	$(Q)TERN_BUILD=$(O) GDBPORT=$(GDBPORT) gdb-multiarch -q -x tools/gdb/gdbinit

# Two pytest workers (each test file stays on one): QEMU runs are
# single-threaded, so this roughly halves the wall time on two cores.
test: deps
	$(Q)$(PYTHON) -m pytest -q -n $(or $(TEST_JOBS),2) --dist loadfile tests $(PYTEST_ARGS)

# make test-fresh: the README's two commands, make run then make test, on a
# brand-new Debian 12 root (mmdebstrap, chroot); minutes, so not in make test.
.PHONY: test-fresh
test-fresh:
	$(Q)O=$(abspath $(O)) FRESH_GOALS="$(FRESH_GOALS)" tools/test-fresh.sh

# make bench: Tern's figures in instructions (QEMU -icount), a table and
# build/bench.json; make bench-linux (or make bench LINUX=1) adds Debian's
# armmp kernel beside it, as shipped and lean, and rewrites the results
# section of docs/performance.md from that run.
.PHONY: bench bench-linux
bench: deps
	$(Q)$(PYTHON) tools/bench.py $(if $(LINUX),--linux --doc docs/performance.md)
bench-linux: deps
	$(Q)$(PYTHON) tools/bench.py --linux --doc docs/performance.md

# make fuzz: boot with the syscall fuzzer (user/fuzz.c) as init and watch
# the console (tools/fuzz.py, docs/fuzzing.md). CALLS=0 runs until Ctrl-C;
# SEED=<a batch's seed> CALLS=<batch size> replays that batch; TRACE=1
# prints each call; ICOUNT=1 runs QEMU with -icount, as the tests do.
SEED  ?= 1
CALLS ?= 0
BATCH ?= 1000
.PHONY: fuzz
fuzz: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)$(PYTHON) tools/fuzz.py --seed $(SEED) --calls $(CALLS) --batch $(BATCH) \
		$(if $(TRACE),--trace) $(if $(ICOUNT),--icount) --mem $(MEM) $(O)/zImage

# The course labs (docs/labs.md, labs/labs.toml). make grade: each lab's
# tests with points and a total (LAB=name: one lab; RESULTS=file: where
# the Gradescope results.json goes). make lab-skeleton: a student's tree
# for LAB, in DEST (default build/lab-LAB) or as the git branch BRANCH.
# make test-labs: every lab's skeleton graded below full marks, and the
# reference graded full.
.PHONY: grade lab-skeleton test-labs
grade: deps
	$(Q)$(PYTHON) tools/grade $(LAB) $(if $(RESULTS),--results $(RESULTS))
lab-skeleton: deps
	$(Q)$(if $(LAB),,echo "make lab-skeleton: say which lab: LAB=name" >&2; exit 2;) \
	$(PYTHON) tools/mklab $(LAB) $(if $(BRANCH),--branch $(BRANCH),--dest $(or $(DEST),$(O)/lab-$(LAB)))
test-labs: deps
	$(Q)TERN_TEST_LABS=all $(PYTHON) -m pytest -q -n $(or $(TEST_JOBS),2) --dist loadfile \
		tests/test_labs.py $(wildcard tests/test_lab_*.py) $(PYTEST_ARGS)

clean:
	rm -rf $(O)

-include $(KERNEL_OBJS:.o=.d) $(ZOBJS:.o=.d) $(O)/arch/arm/kernel/asm-offsets.d
