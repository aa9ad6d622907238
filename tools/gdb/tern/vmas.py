# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern/vmas.py - tern-vmas: a task's address space, one line
per VMA as /proc/<pid>/maps shows it, and which of its pages are there.

Linux: fs/proc/task_mmu.c (show_map_vma, and smaps' Rss); scripts/gdb
has no counterpart. The same format as show_map_vma() in mm/mmap.c.

Where things are (include/linux/mm_types.h, docs/memory.md):
  the VMAs     task->mm->mmap, a list sorted by address (vm_next)
  the pages    mm->pgd (kernel address of the 16 KiB first-level table);
               a first-level entry with type 01 points to a 1 KiB
               second-level table (physical address in bits 31..10),
               whose entries with bit 1 set map a page
"""
import gdb

from tern import mem, tasks, utils

VM_READ, VM_WRITE, VM_EXEC, VM_SHARED = 0x1, 0x2, 0x4, 0x8
PAGE_SHIFT, SECTION_SHIFT = 12, 20
MAX_VMAS = 65536	# a corrupt list must not loop for ever


def mm_type():
    return gdb.lookup_type("struct mm_struct")


def vma_type():
    return gdb.lookup_type("struct vm_area_struct")


def for_each_vma(mm):
    addr = int(mm["mmap"])
    for _ in range(MAX_VMAS):
        if not addr:
            return
        vma = mem.value(vma_type(), addr)
        yield vma
        addr = int(vma["vm_next"])
    raise gdb.GdbError("the VMA list does not end: corrupt?")


def maps_line(vma, mm):
    """show_map_vma()'s line for vma."""
    start, end, flags = int(vma["vm_start"]), int(vma["vm_end"]), int(vma["vm_flags"])
    name = ""
    if not int(vma["vm_file"]) and start <= int(mm["brk"]) and end >= int(mm["start_brk"]):
        name = "[heap]"
    elif start <= int(mm["start_stack"]) <= end:
        name = "[stack]"
    perms = ("r" if flags & VM_READ else "-") + ("w" if flags & VM_WRITE else "-") + \
        ("x" if flags & VM_EXEC else "-") + ("s" if flags & VM_SHARED else "p")
    pgoff = int(vma["vm_pgoff"]) << PAGE_SHIFT if int(vma["vm_file"]) else 0
    return f"{start:08x}-{end:08x} {perms} {pgoff:08x} 00:00 0 {name}"


def present_pages(mm, start, end):
    """How many pages of [start, end) the page table maps."""
    pgd, count = int(mm["pgd"]), 0
    for mib in range(start >> SECTION_SHIFT, ((end - 1) >> SECTION_SHIFT) + 1):
        pmd = mem.u32(pgd + 4 * mib)
        if pmd & 3 != 1:
            continue
        ptes = utils.read_phys(pmd & ~0x3ff, 256)
        for i, pte in enumerate(ptes):
            va = (mib << SECTION_SHIFT) | (i << PAGE_SHIFT)
            count += start <= va < end and bool(pte & 2)
    return count


class Vmas(gdb.Command):
    """Show a task's VMAs, as /proc/<pid>/maps would, and their pages.

tern-vmas [PID]
One line per VMA of task->mm (docs/memory.md): range, permissions (rwx,
p private or s shared), file offset, [heap] or [stack]; then how many of
its pages the page table maps now (the rest come at their first touch).
PID defaults to the running task."""

    def __init__(self):
        super().__init__("tern-vmas", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        if arg.strip():
            _, task = tasks.find_task(int(gdb.parse_and_eval(arg)))
        else:
            cur = tasks.current_addr()
            if cur is None:
                raise gdb.GdbError("no current task yet (TPIDRPRW is 0)")
            task = tasks.read_task(cur)
        label = f"pid {int(task['pid'])} {tasks.comm(task)}"
        if not int(task["mm"]):
            gdb.write(f"{label}: a kernel thread, no address space\n")
            return
        mm = mem.value(mm_type(), int(task["mm"]))
        gdb.write(f"{label}: mm {int(task['mm']):#010x}, {int(mm['map_count'])} VMAs, "
                  f"rss {int(mm['rss'])} pages, {int(mm['pgtables'])} second-level tables\n")
        for vma in for_each_vma(mm):
            start, end = int(vma["vm_start"]), int(vma["vm_end"])
            gdb.write(f"{maps_line(vma, mm):<58} {present_pages(mm, start, end)} of "
                      f"{(end - start) >> PAGE_SHIFT} pages present\n")


def register():
    Vmas()
