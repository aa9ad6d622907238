"""tests/test_gdb_boot.py - gdb follows the boot, zImage to start_kernel.

Drives `gdb-multiarch -batch` with tools/gdb/gdbinit (what `make gdb`
runs) against QEMU stopped at reset (`-S -gdb tcp::PORT`, via
tools/run-qemu.sh --gdb, deterministic -icount), for the test build
build/t-default. Checks that the boot milestones stop in order and at the
right copy of the code:

  start              the zImage's first instruction, at its load address
  restart            in the relocated copy (QEMU -kernel), in place (U-Boot)
  decompress_kernel  r0 = where the kernel goes
  __enter_kernel     at its `mov pc, r4`: r0 = 0, r2 = DTB, r4 = 0x40008000
  stext              0x40008000, MMU off (physical)
  __mmap_switched    virtual, MMU on
  start_kernel       virtual

Expected addresses come from arm-none-eabi-nm, not from the helpers under
test. The harness (tests/gdbharness.py) ends every gdb script with `kill`;
QEMU runs under `timeout -s KILL` and is SIGKILLed if it outlives gdb.
One run takes well under a second.
"""
import os
import re
import signal
import subprocess

import pexpect
import pytest

import tern
from gdbharness import killed, needs_gdb, nm, reports, run_gdb, stops
from gdbharness import report as report_regs

pytestmark = needs_gdb

KERNEL_LOAD = 0x40010000	# QEMU -kernel puts a zImage at RAM + 0x10000
UBOOT_LOAD = 0x40400000		# tools/run-qemu.sh --boot uboot: bootz address
ZRELADDR = 0x40008000		# PHYS_OFFSET + TEXT_OFFSET
QEMU_DTB = 0x44000000		# QEMU -kernel, -m 128M: DTB at RAM + 64 MiB
SCTLR_M = 1
MOV_PC_R4 = 0xe1a0f004
FDT_MAGIC_LE = 0xedfe0dd0	# 0xd00dfeed read as a little-endian word

BOOT_ORDER = ["start", "restart", "decompress_kernel", "__enter_kernel",
              "stext", "__mmap_switched", "start_kernel"]


@pytest.fixture(scope="module")
def build():
    return tern.build()


@pytest.fixture(scope="module")
def zsyms(build):
    return nm(os.path.join(build, "boot", "compressed", "vmlinux"))


@pytest.fixture(scope="module")
def ksyms(build):
    return nm(os.path.join(build, "vmlinux"))


def report(label):
    """A gdb command printing one parseable line of machine state."""
    return report_regs(label, "pc", "r0", "r2", "r4", "cpsr", sctlr="$SCTLR",
                       insn="*(unsigned int *)$pc")


def boot_script(at_jump=()):
    """tern-break-boot, then continue to each milestone and report; at
    __enter_kernel also step to its `mov pc, r4` and run at_jump there."""
    cmds = ["tern-break-boot"]
    for name in BOOT_ORDER:
        cmds += ["continue", report(name)]
        if name == "__enter_kernel":
            cmds += ["stepi 3", report("enter_kernel_jump")] + list(at_jump)
    return cmds


def relocated_base(zsyms, ksyms, build):
    """Where head.S must copy itself under QEMU -kernel: at least past the
    whole kernel, stext to _end (Image, the gap before the aligned BSS, the
    BSS), 256-byte aligned. (Exactly: the test below reads it from r0.)"""
    return ZRELADDR + ksyms["_end"] - ksyms["stext"]


def check_boot_kernel(out, zsyms, ksyms, build):
    assert stops(out) == BOOT_ORDER, out
    got = reports(out)
    assert [label for label, _ in got] == BOOT_ORDER[:4] + ["enter_kernel_jump"] + BOOT_ORDER[4:]
    r = dict(got)
    assert r["start"]["pc"] == KERNEL_LOAD
    # restart: in the copy, not at the load address; the copy is 256-aligned
    # and lies past the decompressed kernel and its BSS.
    copy = r["restart"]["pc"] - zsyms["restart"]
    assert r["restart"]["pc"] != KERNEL_LOAD + zsyms["restart"]
    assert copy % 256 == 0 and copy >= relocated_base(zsyms, ksyms, build), hex(copy)
    assert r["decompress_kernel"]["pc"] == copy + zsyms["decompress_kernel"]
    assert r["decompress_kernel"]["r0"] == ZRELADDR		# output_start
    assert r["__enter_kernel"]["pc"] == copy + zsyms["__enter_kernel"]
    jump = r["enter_kernel_jump"]
    assert jump["pc"] == copy + zsyms["__enter_kernel"] + 12
    assert jump["insn"] == MOV_PC_R4
    assert (jump["r0"], jump["r2"], jump["r4"]) == (0, QEMU_DTB, ZRELADDR)
    assert r["stext"]["pc"] == ZRELADDR and not r["stext"]["sctlr"] & SCTLR_M
    assert r["__mmap_switched"]["pc"] == ksyms["__mmap_switched"]
    assert r["__mmap_switched"]["sctlr"] & SCTLR_M
    assert r["start_kernel"]["pc"] == ksyms["start_kernel"]
    for _, regs in got:
        assert regs["cpsr"] & 0x1f == 0x13, "not in SVC mode"


def test_boot_breakpoints_in_order(build, zsyms, ksyms):
    out = run_gdb(build, boot_script())
    check_boot_kernel(out, zsyms, ksyms, build)
    assert "[tern] svc" in out		# the stop hook


def test_boot_breakpoints_ten_times(build, zsyms, ksyms):
    for _ in range(10):
        check_boot_kernel(run_gdb(build, boot_script()), zsyms, ksyms, build)


def test_relocation_computed_as_head_s(build, zsyms):
    """tern-break-boot's restart (computed from the files) is where the
    machine really jumps: r0 at the `mov pc, r0` before wont_overwrite."""
    jump = KERNEL_LOAD + zsyms["wont_overwrite"] - 4
    out = run_gdb(build, [
        "tern-break-boot restart", 'printf "@@ computed pc=0x%08x\\n", $tern_restart',
        f"break *{jump:#x}", "continue", report("jump"), "tern-symbols-relocated",
        "continue", report("restart")])
    r = dict(reports(out))
    assert r["jump"]["pc"] == jump and r["jump"]["insn"] == 0xe1a0f000	# mov pc, r0
    assert r["jump"]["r0"] == r["computed"]["pc"] == r["restart"]["pc"]
    base = r["restart"]["pc"] - zsyms["restart"]
    assert f"decompressor symbols at {base:#010x} (relocated copy, r0 at the jump" in out


def test_plain_break_by_name(build, zsyms, ksyms):
    """With the symbol files loaded, `break NAME` stops where NAME says;
    `restart` has a location in each copy and stops in both."""
    cmds = ["tern-symbols-zimage", "tern-symbols-relocated", "tern-symbols-phys"]
    cmds += ["break " + name for name in BOOT_ORDER]
    for i in range(len(BOOT_ORDER) + 1):
        cmds += ["continue", report(f"stop{i}")]
    out = run_gdb(build, cmds)
    assert stops(out) == ["start", "restart", "restart"] + BOOT_ORDER[2:], out
    pcs = [regs["pc"] for _, regs in reports(out)]
    assert pcs[1] == KERNEL_LOAD + zsyms["restart"]		# before the copy
    assert pcs[2] != pcs[1] and pcs[2] - zsyms["restart"] == pcs[3] - zsyms["decompress_kernel"]
    assert pcs[5] == ZRELADDR and pcs[7] == ksyms["start_kernel"]


def test_mmu_switch(build, ksyms):
    """Step over the SCTLR write in __turn_mmu_on: the MMU comes on, the
    identity map keeps the next fetch working, and `mov pc, r13` lands on
    the virtual __mmap_switched."""
    turn = ksyms["__turn_mmu_on"] - ksyms["stext"] + ZRELADDR
    out = run_gdb(build, ["tern-symbols-phys", f"break *{turn:#x}", "continue",
                          report("mcr"), "stepi", report("isb"), "stepi", report("mov"),
                          "stepi", report("virt")])
    r = dict(reports(out))
    assert r["mcr"]["pc"] == turn and not r["mcr"]["sctlr"] & SCTLR_M
    assert r["isb"]["pc"] == turn + 4 and r["isb"]["sctlr"] & SCTLR_M
    assert r["mov"]["pc"] == turn + 8
    assert r["virt"]["pc"] == ksyms["__mmap_switched"]
    assert stops(out) == ["__turn_mmu_on"]
    assert re.search(r"__mmap_switched \(\) at arch/arm/kernel/head.S", out), out


def test_boot_breakpoints_uboot(build, zsyms, ksyms):
    """Under U-Boot the image runs in place at 0x40400000: restart is hit
    in the load-address copy; r2 is U-Boot's DTB."""
    dtb_magic = 'printf "@@ dtb magic=0x%08x\\n", *(unsigned int *)$r2'	# MMU off: VA = PA
    out = run_gdb(build, boot_script([dtb_magic]), boot="uboot")
    assert stops(out) == BOOT_ORDER, out
    r = dict(reports(out))
    assert r["start"]["pc"] == UBOOT_LOAD
    assert r["restart"]["pc"] == UBOOT_LOAD + zsyms["restart"]
    assert r["__enter_kernel"]["pc"] == UBOOT_LOAD + zsyms["__enter_kernel"]
    jump = r["enter_kernel_jump"]
    assert jump["insn"] == MOV_PC_R4 and jump["r0"] == 0 and jump["r4"] == ZRELADDR
    assert r["stext"]["pc"] == ZRELADDR and r["stext"]["r2"] == jump["r2"]
    assert r["start_kernel"]["pc"] == ksyms["start_kernel"]
    assert r["dtb"]["magic"] == FDT_MAGIC_LE


def test_make_debug_then_make_gdb(kernel):
    """The documented workflow: `make debug` waits at reset and prints how
    to attach; `make gdb GDBPORT=...` attaches with Tern's helpers, stops
    at start_kernel and kills QEMU."""
    env = dict(os.environ, KCONFIG_CONFIG=os.path.join(kernel, ".config"))
    debug = pexpect.spawn("timeout", ["-s", "KILL", "120", "make", "-s", "debug", "O=" + kernel],
                          cwd=tern.ROOT, env=env, encoding="utf-8", timeout=60)
    try:
        debug.expect(r"make gdb GDBPORT=(\d+) O=\S+")
        port = debug.match.group(1)
        gdb = subprocess.run(["timeout", "-s", "KILL", "60", "make", "-s", "gdb", "O=" + kernel,
                              "GDBPORT=" + port], cwd=tern.ROOT, env=env, capture_output=True,
                             text=True, input="tern-break-boot start_kernel\ncontinue\nkill\n")
        out = gdb.stdout + gdb.stderr
        assert re.search(r"Breakpoint \d+, start_kernel ", out), out
        assert killed(out), out
        debug.expect(pexpect.EOF)          # QEMU went away with the kill
    finally:
        if debug.isalive():
            os.killpg(debug.pid, signal.SIGKILL)
        debug.close(force=True)
