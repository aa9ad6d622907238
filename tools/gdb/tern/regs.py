# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern/regs.py - tern-regs: the pt_regs of an exception.

Linux: arch/arm/kernel/process.c __show_regs(), read from gdb.

Every exception entry (vector_swi, usr_entry, svc_entry) saves the
interrupted state as struct pt_regs (arch/arm/include/asm/ptrace.h):
r0-r12, sp, lr, pc, cpsr, ORIG_r0, 18 words. From user mode it sits at
the top of the task's kernel stack:

    task_pt_regs(tsk) = tsk->stack + THREAD_SIZE - 8 - sizeof(struct pt_regs)

which is also where kernel_execve/start_thread write the state a new
program starts in, and what restore_user_regs loads on the way out.
"""
import gdb

from tern import cpu, mem, tasks, utils

NAMES = ("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10",
         "fp", "ip", "sp", "lr", "pc", "cpsr", "ORIG_r0")


def thread_size():
    """THREAD_SIZE: the size of init_stack, the idle task's kernel stack."""
    return gdb.parse_and_eval("sizeof(init_stack)")


def task_pt_regs(task_addr):
    task = tasks.read_task(task_addr)
    stack = int(task["stack"])
    size = gdb.lookup_type("struct pt_regs").sizeof
    return stack + int(thread_size()) - 8 - size


def read_pt_regs(addr):
    """The 18 words at addr, by name."""
    regs = mem.value(gdb.lookup_type("struct pt_regs"), addr)["uregs"]
    return {name: int(regs[i]) & 0xffffffff for i, name in enumerate(NAMES)}


def describe(value):
    sym = utils.symbolise(value) if value >= tasks.PAGE_OFFSET else None
    return f"{value:#010x}" + (f" <{sym}>" if sym else "")


class Regs(gdb.Command):
    """Show a struct pt_regs, with its cpsr decoded.

tern-regs [ADDR]
ADDR defaults to task_pt_regs(current): the top of the running task's
kernel stack, where an exception from user mode saved the user's
registers (or where exec put the state /init starts in).
The cpsr is the mode the exception return goes back to."""

    def __init__(self):
        super().__init__("tern-regs", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        if arg.strip():
            addr = int(gdb.parse_and_eval(arg)) & 0xffffffff
            what = ""
        else:
            cur = tasks.current_addr()
            if cur is None:
                raise gdb.GdbError("no current task yet (TPIDRPRW is 0): give an address")
            addr = task_pt_regs(cur)
            what = f" (task_pt_regs of {tasks.task_label(cur)})"
        r = read_pt_regs(addr)
        gdb.write(f"pt_regs at {addr:#010x}{what}:\n")
        for row in range(0, 12, 4):
            gdb.write("  " + "  ".join(f"{n:<3} {r[n]:#010x}" for n in NAMES[row:row + 4]) + "\n")
        gdb.write(f"  ip  {r['ip']:#010x}  sp  {r['sp']:#010x}  ORIG_r0 {r['ORIG_r0']:#010x}\n")
        gdb.write(f"  lr  {describe(r['lr'])}\n  pc  {describe(r['pc'])}\n")
        gdb.write(f"  {cpu.decode_cpsr(r['cpsr'])}\n")
        if r["cpsr"] & 0x1f not in cpu.MODES:
            gdb.write("this is no saved exception state (the cpsr has no valid mode): "
                      "the task has not entered the kernel from an exception here\n")
            return
        mode = cpu.mode_name(r["cpsr"])
        state = "Thumb" if r["cpsr"] & cpu.PSR_T_BIT else "ARM"
        gdb.write(f"the exception return goes to {mode} mode, pc {r['pc']:#010x} ({state})\n")


def register():
    Regs()
