# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern/cpu.py - the CPU's mode, on demand and on every stop.

Linux: scripts/gdb/linux/cpus.py (and arch/arm/include/uapi/asm/ptrace.h
for the CPSR bits). `tern-mode` decodes the CPSR; the stop hook prints
one line per stop:

  [tern] svc  cpsr 0x600001d3  nZCv  I F A masked  MMU off

Other modules add to that line (tasks.py: the current task) by appending
a function to STOP_HOOK_PARTS; a part that returns None, or fails because
its symbols are missing, is left out. `set tern-stop-hook off` silences it.
tern-mode also shows each mode's banked sp and lr (see "banked registers").
"""
import gdb

from tern import mem, utils

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
    """Print the CPU mode (and the current task) at every stop."""

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


# ---- banked registers ----------------------------------------------------------
#
# Each exception mode has its own sp and lr (and spsr). QEMU's gdbstub shows
# only the current mode's, but it obeys a write of the mode bits of $cpsr
# (QEMU's cpsr_write -> switch_mode swaps the banks in), so tern-mode reads
# the others by switching to each mode and back. usr's are read in sys mode,
# which shares them: switching *to* usr could not be undone, since QEMU
# ignores a mode change gdb writes while the CPU is in usr mode. For the
# same reason, stopped in usr mode only usr's registers can be read.

BANKED = (("usr", 0x1f), ("svc", 0x13), ("irq", 0x12), ("abt", 0x17), ("und", 0x1b))
SWITCHABLE = (0x11, 0x12, 0x13, 0x17, 0x1b, 0x1f)	# fiq irq svc abt und sys


def _write_cpsr(value):
    gdb.execute(f"set $cpsr = {value:#x}", to_string=True)
    # gdb does not know a cpsr write swaps sp and lr: read them again.
    gdb.execute("maintenance flush register-cache", to_string=True)


def banked_registers():
    """{mode: (sp, lr)} of usr, svc, irq, abt, und, or None from usr mode."""
    cpsr = utils.reg("cpsr")
    if cpsr & 0x1f not in SWITCHABLE:
        return None
    banks = {}
    try:
        for name, mode in BANKED:
            _write_cpsr((cpsr & ~0x1f) | mode)
            if utils.reg("cpsr") & 0x1f == mode:
                banks[name] = (utils.reg("sp"), utils.reg("lr"))
    finally:
        _write_cpsr(cpsr)
    return banks


def stub_save_area(name, sp):
    """The 3 words an exception stub saved at its mode's sp: r0, the
    resume pc and the interrupted cpsr (entry-armv.S vector_stub)."""
    if sp is None:
        try:		# traps.c: static struct stack stacks
            sp = int(gdb.parse_and_eval(f"(unsigned long)&stacks.{name}"))
        except gdb.error:
            return None
    try:
        return sp, [int.from_bytes(mem.read(sp + 4 * i, 4), "little") for i in range(3)]
    except gdb.error:
        return None


def describe_banks():
    """Lines for tern-mode: each mode's sp and lr, and the stubs' saves."""
    cur = mode_name(utils.reg("cpsr"))
    banks = banked_registers()
    lines = []
    if banks is None:
        lines.append(f"banked sp/lr: only {cur}'s are readable (QEMU ignores a mode change "
                     "gdb writes in usr mode)")
        banks = {cur: (utils.reg("sp"), utils.reg("lr"))} if cur == "usr" else {}
    else:
        lines.append("banked sp/lr (read by switching the mode from gdb, and back; "
                     "usr's through sys mode):")
    for name, _ in BANKED:
        here = "   <- current mode" if name == cur or (name == "usr" and cur == "sys") else ""
        if name in banks:
            sp, lr = banks[name]
            sym = utils.symbolise(lr) if lr >= 0xc0000000 else None
            lines.append(f"  {name}  sp {sp:#010x}  lr {lr:#010x}" +
                         (f" <{sym}>" if sym else "") + here)
        else:
            lines.append(f"  {name}  sp ?           lr ?")
        if name in ("irq", "abt", "und"):
            save = stub_save_area(name, banks[name][0] if name in banks else None)
            if save and any(save[1]):
                sp, (r0, pc, spsr) = save
                sym = utils.symbolise(pc) if pc >= 0xc0000000 else None
                lines.append(f"       last {name} entry (stub's save at {sp:#010x}): pc {pc:#010x}"
                             + (f" <{sym}>" if sym else "") +
                             f", from {mode_name(spsr)} mode, r0 {r0:#010x}")
            elif save:
                lines.append(f"       no {name} exception yet")
    lines.append("  (spsr: not shown by QEMU's gdbstub)")
    return lines


class Mode(gdb.Command):
    """Show the CPU mode: the CPSR decoded (mode, flags, masks), the MMU,
the current task, and each mode's banked sp and lr.

tern-mode
QEMU's gdbstub shows only the current mode's sp and lr: the others are
read by switching the CPU mode from gdb and back (not possible when
stopped in user mode). For irq, abt and und it also shows the three words
the exception stub saved on that mode's tiny stack: r0, the pc to resume
and the interrupted cpsr of the last such exception."""

    def __init__(self):
        super().__init__("tern-mode", gdb.COMMAND_STATUS)

    def invoke(self, arg, from_tty):
        gdb.write(stop_line().replace("[tern] ", "", 1) + "\n")
        for line in describe_banks():
            gdb.write(line + "\n")


_param = None


def register():
    global _param
    _param = StopHookParameter()
    Mode()
    gdb.events.stop.connect(on_stop)
