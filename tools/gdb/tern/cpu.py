# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern/cpu.py - the CPU's mode, on demand and on every stop.

Linux: scripts/gdb/linux/cpus.py (and arch/arm/include/uapi/asm/ptrace.h
for the CPSR bits). `tern-mode` decodes the CPSR; the stop hook prints
one line per stop:

  [tern] svc  cpsr 0x600001d3  nZCv  I F A masked  MMU off

Other modules add to that line (the current task, once the scheduler
exists) by appending a function to STOP_HOOK_PARTS; a part that returns
None, or fails because its symbols are missing, is left out.
`set tern-stop-hook off` silences it.
"""
import gdb

from tern import utils

MODES = {
    0x10: "usr", 0x11: "fiq", 0x12: "irq", 0x13: "svc", 0x16: "mon",
    0x17: "abt", 0x1a: "hyp", 0x1b: "und", 0x1f: "sys",
}
PSR_I_BIT, PSR_F_BIT, PSR_A_BIT, PSR_T_BIT = 1 << 7, 1 << 6, 1 << 8, 1 << 5
SCTLR_M = 1 << 0


def mode_name(cpsr):
    return MODES.get(cpsr & 0x1f, f"mode {cpsr & 0x1f:#x}?")


def flags(cpsr):
    """N Z C V: upper case when set (nZCv = Z and C set)."""
    return "".join(c.upper() if cpsr & (1 << bit) else c
                   for c, bit in (("n", 31), ("z", 30), ("c", 29), ("v", 28)))


def masked(cpsr):
    names = [n for n, bit in (("I", PSR_I_BIT), ("F", PSR_F_BIT), ("A", PSR_A_BIT))
             if cpsr & bit]
    return " ".join(names) + " masked" if names else "IRQs on"


def decode_cpsr(cpsr):
    state = "  Thumb" if cpsr & PSR_T_BIT else ""
    return f"{mode_name(cpsr):<4} cpsr {cpsr:#010x}  {flags(cpsr)}  {masked(cpsr)}{state}"


def mmu_state():
    try:
        return "MMU on" if utils.reg("SCTLR") & SCTLR_M else "MMU off"
    except gdb.error:
        return None	# this QEMU does not show SCTLR to gdb


def cpu_part():
    return decode_cpsr(utils.reg("cpsr"))


STOP_HOOK_PARTS = [cpu_part, mmu_state]


class StopHookParameter(gdb.Parameter):
    """Print the CPU mode (and later the current task) at every stop."""

    set_doc = "Set whether Tern's stop hook prints a line at every stop."
    show_doc = "Show whether Tern's stop hook prints a line at every stop."

    def __init__(self):
        super().__init__("tern-stop-hook", gdb.COMMAND_STATUS, gdb.PARAM_BOOLEAN)
        self.value = True

    def get_show_string(self, svalue):
        return "Tern's stop hook is " + svalue


def stop_line():
    parts = []
    for part in STOP_HOOK_PARTS:
        try:
            text = part()
        except (gdb.error, KeyError, ValueError, OSError):
            text = None		# e.g. no scheduler symbols yet
        if text:
            parts.append(text)
    return "[tern] " + "  ".join(parts)


def on_stop(event):
    if not _param.value:
        return
    try:
        gdb.write(stop_line() + "\n")
    except gdb.error:
        pass		# the target went away under us


class Mode(gdb.Command):
    """Show the CPU mode: the CPSR decoded (mode, flags, masks) and the MMU.

tern-mode"""

    def __init__(self):
        super().__init__("tern-mode", gdb.COMMAND_STATUS)

    def invoke(self, arg, from_tty):
        gdb.write(stop_line().replace("[tern] ", "", 1) + "\n")


_param = None


def register():
    global _param
    _param = StopHookParameter()
    Mode()
    gdb.events.stop.connect(on_stop)
