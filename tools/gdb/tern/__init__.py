# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern - gdb's Python helpers for Tern (Linux: scripts/gdb/linux/).

Loaded by tools/gdb/tern-gdb.py. One module per subject:

    elf.py     symbol tables read straight from ELF files (like nm)
    utils.py   the build directory, registers, physical memory, QEMU facts
    mem.py     kernel memory from any mode (page-table walk when gdb can't)
    boot.py    tern-symbols-zimage/-relocated/-phys, tern-break-boot
    cpu.py     tern-mode (CPSR, banked sp/lr) and the stop hook
    tasks.py   tern-ps, tern-ctx, the current task in the stop hook
    regs.py    tern-regs: a pt_regs, cpsr decoded
    dmesg.py   tern-dmesg: printk's ring buffer
    vmas.py    tern-vmas: a task's VMAs, as /proc/<pid>/maps shows them
"""
