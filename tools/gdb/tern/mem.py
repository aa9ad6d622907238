# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern/mem.py - read kernel memory whatever mode the CPU is in.

Linux: scripts/gdb/linux/utils.py read_memoryview / read_u32, plus the
page-table walk of arch/arm/mm (here in Python, as the MMU does it).

QEMU's gdbstub reads memory through the current translation *with the
current privilege*: stopped in user mode, every kernel address is
"Cannot access memory" (the kernel's pages are AP=01, no user access).
So when gdb cannot read an address, these helpers walk the page tables
themselves (TTBCR, TTBR0/TTBR1, short descriptors: sections and small
pages) and read the physical memory with `monitor xp`.

    read(addr, size)     bytes
    u32(addr)            one little-endian word
    value(type, addr)    a gdb.Value of that type, read from addr; its
                         pointer members must be followed with value()
                         again, not with gdb's own dereference
    virt_to_phys(addr)   the page-table walk
"""
import gdb

from tern import utils


def _l1_table(va):
    """Physical address of the first-level table that translates va."""
    n = utils.reg("TTBCR") & 7
    if n and va >> (32 - n):
        return utils.reg("TTBR1") & ~0x3fff
    return utils.reg("TTBR0") & ~((1 << (14 - n)) - 1)	# base: bits 31..14-N


def virt_to_phys(va):
    """Walk the short-descriptor page tables (ARM ARM B3.5) for va."""
    l1_addr = _l1_table(va) + ((va >> 20) << 2)
    l1, = utils.read_phys(l1_addr)
    kind = l1 & 3
    if kind == 2:					# section or supersection
        if l1 & (1 << 18):
            return (l1 & 0xff000000) | (va & 0x00ffffff)
        return (l1 & 0xfff00000) | (va & 0x000fffff)
    if kind == 1:					# second-level table
        l2, = utils.read_phys((l1 & 0xfffffc00) + (((va >> 12) & 0xff) << 2))
        if l2 & 2:					# small page, 4 KiB
            return (l2 & 0xfffff000) | (va & 0xfff)
        if l2 & 1:					# large page, 64 KiB
            return (l2 & 0xffff0000) | (va & 0xffff)
    raise gdb.MemoryError(f"{va:#x} is not mapped (first-level descriptor {l1:#010x})")


def _read_walked(addr, size):
    """Read through our own page walk, one page at a time."""
    out = bytearray()
    start = addr & ~3
    end = (addr + size + 3) & ~3
    while start < end:
        chunk = min(end, (start | 0xfff) + 1) - start
        words = utils.read_phys(virt_to_phys(start), chunk // 4)
        out += b"".join(w.to_bytes(4, "little") for w in words)
        start += chunk
    skip = addr & 3
    return bytes(out[skip:skip + size])


def read(addr, size):
    """size bytes at virtual address addr, as gdb or as the MMU sees them."""
    try:
        return gdb.selected_inferior().read_memory(addr, size).tobytes()
    except gdb.MemoryError:
        return _read_walked(addr, size)


def u32(addr):
    return int.from_bytes(read(addr, 4), "little")


def value(type_, addr):
    """The object of gdb type type_ at addr (a copy, read now)."""
    return gdb.Value(read(addr, type_.sizeof), type_)
