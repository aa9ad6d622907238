# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern/utils.py - where things are: files, registers, memory.

Linux: scripts/gdb/linux/utils.py. The helpers every command needs:
the build directory and its three ELF/binary files, a register's value,
a word of *physical* memory (the MMU may be on), and what QEMU's -kernel
boot stub says about where it put the zImage and the DTB.
"""
import os
import re

import gdb

from tern import elf

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))

TEXT_OFFSET = 0x8000		# the kernel goes RAM base + 32 KiB (head.S)
UBOOT_ZIMAGE_ADDR = 0x40400000	# tools/run-qemu.sh --boot uboot: bootz address
QEMU_STUB = 0x40000000		# QEMU -kernel: boot stub at the start of RAM
# QEMU's stub (hw/arm/boot.c bootloader_arm): mov r0, #0; ldr r1, [pc, #4];
# ldr r2, [pc, #4]; ldr pc, [pc, #4]; then board id, DTB, entry.
QEMU_STUB_CODE = (0xe3a00000, 0xe59f1004, 0xe59f2004, 0xe59ff004)
FDT_MAGIC = 0xd00dfeed


def build_dir():
    """$TERN_BUILD (make gdb passes O=), relative to the tree, or build/."""
    return os.path.join(ROOT, os.environ.get("TERN_BUILD") or "build")


def vmlinux():
    return os.path.join(build_dir(), "vmlinux")


def zimage_elf():
    """The decompressor's ELF (linked at 0): build/boot/compressed/vmlinux."""
    return os.path.join(build_dir(), "boot", "compressed", "vmlinux")


def zimage():
    return os.path.join(build_dir(), "zImage")


_elf_cache = {}


def _cached(reader, path):
    """reader(path), read again only when the file changes (a rebuild)."""
    key = (reader.__name__, path, os.stat(path).st_mtime_ns)
    if key not in _elf_cache:
        _elf_cache[key] = reader(path)
    return _elf_cache[key]


def symbols(path):
    """{name: link-time value} of an ELF file's symbols (elf.symbols)."""
    return _cached(elf.symbols, path)


def sections(path):
    """[(name, link address, size)] of an ELF file's sections (elf.sections)."""
    return _cached(elf.sections, path)


def reg(name):
    """A register as an unsigned 32-bit int ("pc", "r0", "cpsr", "SCTLR")."""
    return int(gdb.parse_and_eval("$" + name)) & 0xffffffff


def pc():
    return reg("pc")


def read_phys(addr, count=1):
    """count words of physical memory, whatever the MMU is doing.

    `monitor xp` is QEMU's physical-memory dump; gdb's own `x` reads
    through the current translation and fails on unmapped addresses.
    """
    out = gdb.execute(f"monitor xp /{count}xw {addr:#x}", to_string=True)
    words = [int(w, 16) for w in re.findall(r"0x([0-9a-fA-F]+)", out)]
    if len(words) != count:
        raise gdb.GdbError(f"cannot read physical memory at {addr:#x}: {out.strip()}")
    return words


def qemu_kernel_stub():
    """(zImage entry, DTB) from QEMU's -kernel boot stub, or None (-bios)."""
    try:
        words = read_phys(QEMU_STUB, 7)
    except gdb.error:
        return None
    if tuple(words[:4]) != QEMU_STUB_CODE:
        return None
    return words[6], words[5]


def is_fdt(addr):
    """Does a flattened device tree (big-endian magic) start at addr?"""
    try:
        word, = read_phys(addr)
    except gdb.error:
        return False
    return int.from_bytes(word.to_bytes(4, "little"), "big") == FDT_MAGIC


def fdt_totalsize(addr):
    word, = read_phys(addr + 4)
    return int.from_bytes(word.to_bytes(4, "little"), "big")


def align(value, to):
    return (value + to - 1) & ~(to - 1)



def symbolise(addr):
    """"name+0x10" (or "name") for an address gdb has a symbol for, else None."""
    try:
        out = gdb.execute(f"info symbol {addr:#x}", to_string=True)
    except gdb.error:
        return None
    m = re.match(r"(\S+)(?: \+ (\d+))? in section", out)
    if not m:
        return None
    return m.group(1) + (f"+{int(m.group(2)):#x}" if m.group(2) else "")


def source_line(addr):
    """"file:line" of a code address, or None."""
    sal = gdb.find_pc_line(addr)
    if sal.symtab is None or not sal.line:
        return None
    return f"{sal.symtab.filename}:{sal.line}"
