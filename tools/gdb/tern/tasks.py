# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern/tasks.py - the tasks: tern-ps, tern-ctx, and the current
task in the stop hook.

Linux: scripts/gdb/linux/tasks.py (lx-ps) and cpus.py (get_current_task).

Where things are (include/linux/sched.h, arch/arm/include/asm/*.h):
  current        the CPU register TPIDRPRW (CP15 c13, c0, 4); QEMU's gdbstub
                 shows it as $TPIDRPRW. __switch_to writes it.
  every task     on task_list, through task_struct.tasks (init_task first)
  a task that is not running
                 its callee-saved registers in thread_info.cpu_context
                 (r4-r9, sl, fp, sp, pc), stored by __switch_to's stmia;
                 pc is where it resumes: just after its own call to
                 __switch_to (in __schedule), or ret_from_fork if it
                 never ran.

Offsets come from gdb's knowledge of the structs (build/vmlinux's DWARF),
and every read goes through mem.py, so the commands also work when the
CPU is stopped in user mode.
"""
import gdb

from tern import cpu, mem, utils

# include/linux/sched.h: TASK_* and EXIT_* (the DWARF has no macros).
STATES = {0x00: "R", 0x01: "S", 0x02: "D", 0x10: "X", 0x20: "Z"}
STATE_NAMES = {"R": "running or runnable", "S": "sleeping, interruptible",
               "D": "sleeping, uninterruptible", "X": "dead", "Z": "zombie"}
CTX_REGS = ("r4", "r5", "r6", "r7", "r8", "r9", "sl", "fp", "sp", "pc")
PAGE_OFFSET = 0xc0000000
MAX_TASKS = 4096	# a corrupt list must not loop for ever


def task_type():
    return gdb.lookup_type("struct task_struct")


def offset_of(type_, path):
    """Byte offset of a (dotted) member: offset_of(t, "thread_info.cpu_context")."""
    off = 0
    for name in path.split("."):
        field = next(f for f in type_.strip_typedefs().fields() if f.name == name)
        off += field.bitpos // 8
        type_ = field.type
    return off


def kernel_loaded():
    """build/vmlinux's symbols are there (not only the decompressor's)."""
    try:
        task_type()
    except gdb.error:
        return False
    return gdb.lookup_global_symbol("task_list") is not None


def current_addr():
    """The running task's address: TPIDRPRW, or None before sched_init."""
    tsk = utils.reg("TPIDRPRW")
    return tsk if tsk >= PAGE_OFFSET else None


def read_task(addr):
    return mem.value(task_type(), addr)


def comm(task):
    name = task["comm"]
    low, high = name.type.range()
    return bytes(int(name[i]) & 0xff for i in range(low, high + 1)).split(b"\0")[0].decode(
        errors="replace")


def state_letter(task):
    state = int(task["__state"])
    return STATES.get(state, f"?{state:#x}")


def cpu_context(task):
    """{register: saved value} of a task's thread_info.cpu_context."""
    ctx = task["thread_info"]["cpu_context"]
    return {name: int(ctx[name]) & 0xffffffff for name in CTX_REGS}


def for_each_task():
    """(address, task value) of every task on task_list, in list order."""
    head = int(gdb.parse_and_eval("&task_list"))
    tasks_off = offset_of(task_type(), "tasks")
    node = mem.u32(head)				# task_list.next
    for _ in range(MAX_TASKS):
        if node == head:
            return
        addr = node - tasks_off				# list_entry(node, ..., tasks)
        task = read_task(addr)
        yield addr, task
        node = int(task["tasks"]["next"])
    raise gdb.GdbError("task_list does not come back to its head: corrupt?")


def find_task(pid):
    for addr, task in for_each_task():
        if int(task["pid"]) == pid:
            return addr, task
    raise gdb.GdbError(f"no task with pid {pid}")


def where(pc):
    """"name+0x10 (file:line)" for a code address."""
    sym = utils.symbolise(pc) or "??"
    line = utils.source_line(pc)
    return f"{sym} ({line})" if line else sym


def bl_target(insn, addr):
    """The target of an ARM `bl` at addr, or None if insn is not one."""
    if insn & 0x0f000000 != 0x0b000000 or insn >> 28 == 0xf:
        return None
    imm = insn & 0x00ffffff
    if imm & 0x00800000:
        imm -= 1 << 24
    return (addr + 8 + (imm << 2)) & 0xffffffff


def switching_in(addr):
    """Is addr the task __switch_to is switching to, between its
    set_current and its ldmia? Then it is current but not running yet:
    the CPU still runs on the previous task's stack, and its saved
    context is what the ldmia is about to load."""
    sym = utils.symbolise(utils.pc()) or ""
    return sym.split("+")[0] == "__switch_to" and utils.reg("r1") == addr


def running_where():
    pc = utils.pc()
    sym = utils.symbolise(pc) if pc >= PAGE_OFFSET else None
    return f"pc {pc:#010x}" + (f" <{sym}>" if sym else "") + f", {cpu.mode_name(utils.reg('cpsr'))}"


def task_label(addr):
    task = read_task(addr)
    return f"pid {int(task['pid'])} {comm(task)}"


# ---- tern-ps -----------------------------------------------------------------

class Ps(gdb.Command):
    """List the tasks: pid, state, name, and where each resumes.

tern-ps
One line per task on task_list. ST is __state: R running or runnable,
S sleeping, D uninterruptible, Z zombie, X dead. '>' marks the running
task (current = TPIDRPRW); the others show their saved pc and sp
(thread_info.cpu_context, stored by __switch_to)."""

    def __init__(self):
        super().__init__("tern-ps", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        cur = current_addr()
        gdb.write(f"  {'PID':>4}  ST  {'COMM':<16} {'TASK':<10}  {'SAVED SP':<10}  SAVED PC\n")
        for addr, task in for_each_task():
            mark = ">" if addr == cur else " "
            line = (f"{mark} {int(task['pid']):>4}  {state_letter(task):<2}  {comm(task):<16} "
                    f"{addr:#010x}  ")
            if addr == cur and not switching_in(addr):
                line += f"{'-':<10}  (running: {running_where()})"
            else:
                ctx = cpu_context(task)
                line += f"{ctx['sp']:#010x}  {ctx['pc']:#010x} {utils.symbolise(ctx['pc']) or ''}"
                if addr == cur:
                    line += "  (switching in: __switch_to's ldmia loads this)"
            gdb.write(line.rstrip() + "\n")


# ---- tern-ctx ----------------------------------------------------------------

def resume_story(task, ctx):
    """Lines telling where a task that is not running will resume."""
    pc = ctx["pc"]
    lines = [f"resumes at {pc:#010x} {utils.symbolise(pc) or '??'}"]
    if pc == int(gdb.parse_and_eval("(unsigned long)&ret_from_fork")):
        lines[0] = f"resumes at {pc:#010x} {where(pc)}"
        fn = ctx["r5"]
        if fn:
            lines.append(f"  never ran: ret_from_fork will call fn = r5 = "
                         f"{utils.symbolise(fn) or hex(fn)}(r4 = {ctx['r4']:#x})")
        else:
            lines.append("  never ran: a forked child; ret_from_fork returns to user "
                         "mode with its parent's pt_regs (r0 = 0)")
        return lines
    try:
        call = pc - 4
        target = bl_target(mem.u32(call), call)
    except gdb.error:
        target = None
    if target is not None:
        line = utils.source_line(call)
        lines.append(f"  just after its call at {call:#010x}: bl "
                     f"{utils.symbolise(target) or hex(target)}" + (f"  ({line})" if line else ""))
    else:
        lines[0] = f"resumes at {pc:#010x} {where(pc)}"
    func = (utils.symbolise(pc) or "").split("+")[0]
    if func in ("__schedule", "schedule", "context_switch") or \
            (target is not None and (utils.symbolise(target) or "") == "__switch_to"):
        lines.append(f"  in the scheduler: it switched away in {func}(), and returns there "
                     "from __switch_to when another task's __switch_to loads this context")
    return lines


class Ctx(gdb.Command):
    """Show a task's saved context (thread_info.cpu_context), symbolised.

tern-ctx [PID]
The registers __switch_to saved when the task last switched away:
r4-r9, sl, fp, sp and pc, and where the task will resume (function+offset,
source line), e.g. in __schedule just after its call to __switch_to.
PID defaults to the running task, whose context is then stale."""

    def __init__(self):
        super().__init__("tern-ctx", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        if arg.strip():
            addr, task = find_task(int(gdb.parse_and_eval(arg)))
        else:
            addr = current_addr()
            if addr is None:
                raise gdb.GdbError("no current task yet (TPIDRPRW is 0)")
            task = read_task(addr)
        ctx = cpu_context(task)
        off = offset_of(task_type(), "thread_info.cpu_context")
        gdb.write(f"pid {int(task['pid'])} {comm(task)}  task {addr:#010x}  state "
                  f"{state_letter(task)} ({STATE_NAMES.get(state_letter(task), '?')})\n")
        gdb.write(f"cpu_context at {addr + off:#010x} (task + {off}):\n")
        for name in CTX_REGS:
            value = ctx[name]
            sym = utils.symbolise(value) if name in ("pc", "fp") or value >= PAGE_OFFSET else None
            gdb.write(f"  {name:<3} {value:#010x}" + (f"  <{sym}>" if sym else "") + "\n")
        if addr == current_addr():
            if not switching_in(addr):
                gdb.write(f"it is running ({running_where()}): this context is stale, "
                          "saved when it last switched away; see info registers\n")
                return
            gdb.write("current already (set_current ran), but __switch_to's ldmia has "
                      "not loaded this context yet:\n")
        for line in resume_story(task, ctx):
            gdb.write(line + "\n")


# ---- the stop hook ---------------------------------------------------------------

def task_part():
    """"pid 1 kernel_init" for the stop hook, once there is a current task."""
    if not kernel_loaded():
        return None
    cur = current_addr()
    return "current " + task_label(cur) if cur is not None else None


def register():
    Ps()
    Ctx()
    cpu.STOP_HOOK_PARTS.append(task_part)
