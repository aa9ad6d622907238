# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern - gdb's Python helpers for Tern (Linux: scripts/gdb/linux/).

Loaded by tools/gdb/tern-gdb.py. One module per subject:

    elf.py     symbol tables read straight from ELF files (like nm)
    utils.py   the build directory, registers, physical memory, QEMU facts
    boot.py    tern-symbols-zimage/-relocated/-phys, tern-break-boot
    cpu.py     tern-mode and the stop hook (CPU mode on every stop)
"""
