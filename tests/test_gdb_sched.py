"""tests/test_gdb_sched.py - gdb watches one task become another, and /init
start: __switch_to, the exception return to user mode, and the task helpers.

Same harness as tests/test_gdb_boot.py (tests/gdbharness.py: gdb-multiarch
-batch with tools/gdb/gdbinit against QEMU -S, deterministic -icount,
every script ending with `kill`), on the test build build/t-default.

  context switch   break in __switch_to, read next's saved cpu_context
                   (offsets from gdb's DWARF, r1 = next), stepi to and over
                   the ldmia: pc, sp and r4-fp are the saved ones, and
                   current (TPIDRPRW) went from prev to next
  first user insn  from the `movs pc, lr` that ends restore_user_regs on
                   init's way out of ret_from_fork, one stepi lands in user
                   mode at /init's ELF entry (readelf)
  tern-ps/tern-ctx the tasks and their states; where a sleeping task resumes
  tern-mode        banked sp of irq/abt/und = traps.c's stacks; leaves the
                   CPU as it was

Addresses come from arm-none-eabi-nm/objdump/readelf, not from the helpers.
"""
import os
import re

import pytest

import tern
from gdbharness import disassemble, elf_entry, needs_gdb, nm, report, reports, run_gdb, stops

pytestmark = needs_gdb

USR_MODE, SVC_MODE, MODE_MASK, PSR_T_BIT = 0x10, 0x13, 0x1f, 0x20
CTX = ("r4", "r5", "r6", "r7", "r8", "r9", "sl", "fp", "sp", "pc")
GDB_REG = {"sl": "r10", "fp": "r11"}	# what gdb calls them
TASK = "((struct task_struct *)$r1)"
# include/linux/sched.h: __state -> tern-ps's letter
STATE_LETTERS = {0: "R", 1: "S", 2: "D", 0x10: "X", 0x20: "Z"}

# Next is a user task that ran before (not a first run through
# ret_from_fork): its saved registers are all real. The first such switch
# is back to init when its child hello exits.
RESUME_USER = (f"{TASK}->mm != 0 && {TASK}->thread_info.cpu_context.pc "
               "!= (unsigned long)&ret_from_fork")


@pytest.fixture(scope="module")
def build():
    return tern.build()


@pytest.fixture(scope="module")
def vmlinux(build):
    return os.path.join(build, "vmlinux")


@pytest.fixture(scope="module")
def ksyms(vmlinux):
    return nm(vmlinux)


@pytest.fixture(scope="module")
def switch_code(vmlinux, ksyms):
    """__switch_to's instructions, up to and including its ldmia."""
    code = disassemble(vmlinux, ksyms["__switch_to"], ksyms["__switch_to"] + 64)
    n = next(i for i, (_, _, text) in enumerate(code)
             if text.startswith("ldm") and text.endswith("sp, pc}"))
    return code[:n + 1]


def function_at(ksyms, addr):
    """The symbol at or just below addr (its function, for code)."""
    return max((value, name) for name, value in ksyms.items()
               if value <= addr and not name.startswith("$"))[1]


def switch_script(condition, switch_code):
    """Break in __switch_to (if condition), read next's cpu_context from
    memory at the offset gdb knows, stepi to the ldmia, then over it."""
    steps = len(switch_code) - 1
    ctx = "(unsigned int *)&" + TASK + "->thread_info.cpu_context"
    return [
        "break __switch_to" + (" if " + condition if condition else ""),
        "continue",
        "set $next = $r1",
        f"set $ctx = {ctx}",
        report("entry", "pc", "r0", "r1", "TPIDRPRW",
               off="(unsigned int)&((struct thread_info *)0)->cpu_context",
               mm=f"(unsigned int){TASK}->mm"),
        report("saved", **{name: f"$ctx[{i}]" for i, name in enumerate(CTX)}),
        f"stepi {steps}",
        report("ldm", "pc", "TPIDRPRW", insn="*(unsigned int *)$pc", next="$next"),
        "stepi",
        report("after", "pc", "sp", "TPIDRPRW", "cpsr",
               *[GDB_REG.get(r, r) for r in CTX[:8]]),
    ]


def check_switch(out, switch_code):
    r = dict(reports(out))
    assert set(r) == {"entry", "saved", "ldm", "after"}, out
    entry, saved, ldm, after = r["entry"], r["saved"], r["ldm"], r["after"]
    # __switch_to's `add ip, r0, #TI_CPU_SAVE` uses gdb's offsetof.
    assert switch_code[0][2] == f"add ip, r0, #{entry['off']}"
    assert entry["TPIDRPRW"] == entry["r0"] != entry["r1"]	# current = prev
    ldm_addr, ldm_word, _ = switch_code[-1]
    assert ldm["pc"] == ldm_addr and ldm["insn"] == ldm_word
    assert ldm["TPIDRPRW"] == ldm["next"] == entry["r1"]	# set_current ran
    assert after["pc"] == saved["pc"] and after["sp"] == saved["sp"]
    for name in CTX[:8]:
        assert after[GDB_REG.get(name, name)] == saved[name], name
    assert after["TPIDRPRW"] == entry["r1"]			# current = next
    assert after["cpsr"] & MODE_MASK == SVC_MODE
    return r


def test_context_switch_first_run(build, ksyms, switch_code):
    """The first switch: idle -> kernel_init (pid 1, later /init), which
    never ran: the ldmia "returns" to ret_from_fork with r5 = kernel_init."""
    out = run_gdb(build, switch_script("", switch_code))
    r = check_switch(out, switch_code)
    assert r["after"]["pc"] == ksyms["ret_from_fork"]
    assert r["saved"]["r5"] == ksyms["kernel_init"]
    assert stops(out) == ["__switch_to"]


def test_context_switch_to_user_task(build, ksyms, switch_code):
    """Back to a user task that slept: it resumes in __schedule, just after
    its own bl __switch_to, with its callee-saved registers as it left them."""
    out = run_gdb(build, switch_script(RESUME_USER, switch_code))
    r = check_switch(out, switch_code)
    assert r["entry"]["mm"] != 0
    resume = r["after"]["pc"]
    assert function_at(ksyms, resume) == "__schedule"
    call, = disassemble(os.path.join(build, "vmlinux"), resume - 4, resume)
    assert call[2].startswith("bl") and "<__switch_to>" in call[2]
    assert sum(r["saved"][n] != 0 for n in CTX[:8]) >= 4	# real values, not a fresh task


def test_context_switch_ten_times(build, switch_code):
    for _ in range(10):
        check_switch(run_gdb(build, switch_script(RESUME_USER, switch_code)), switch_code)


def return_path_movs(vmlinux, ksyms):
    """The `movs pc, lr` that ends restore_user_regs after no_work_pending:
    the exception return ret_from_fork reaches through ret_slow_syscall."""
    code = disassemble(vmlinux, ksyms["no_work_pending"], ksyms["ret_from_fork"])
    return next(addr for addr, _, text in code if text == "movs pc, lr")


def test_first_user_instruction(build, vmlinux, ksyms):
    movs = return_path_movs(vmlinux, ksyms)
    entry = elf_entry(os.path.join(build, "user", "init"))
    pid = "((struct task_struct *)$TPIDRPRW)->pid"
    out = run_gdb(build, [
        f"break ret_from_fork if {pid} == 1", "continue", report("fork", "pc", pid=pid),
        f"tbreak *{movs:#x}", "continue",
        report("movs", "pc", "lr", "cpsr", pid=pid, insn="*(unsigned int *)$pc"),
        "tern-regs",
        "stepi", report("user", "pc", "cpsr")])
    r = dict(reports(out))
    assert r["fork"]["pc"] == ksyms["ret_from_fork"] and r["fork"]["pid"] == 1
    assert r["movs"]["pc"] == movs and r["movs"]["insn"] == 0xe1b0f00e	# movs pc, lr
    assert r["movs"]["pid"] == 1 and r["movs"]["cpsr"] & MODE_MASK == SVC_MODE
    assert r["movs"]["lr"] == entry & ~1
    user = r["user"]
    assert user["cpsr"] & MODE_MASK == USR_MODE
    assert user["pc"] == entry & ~1
    assert bool(user["cpsr"] & PSR_T_BIT) == bool(entry & 1)	# Thumb entry
    # tern-regs: task_pt_regs(init) holds what the movs returns to.
    assert re.search(rf"^  pc  {entry & ~1:#010x}$", out, re.M), out
    assert "the exception return goes to usr mode" in out
    assert re.search(r"^\[tern\] usr .* current pid 1 init$", out, re.M), out


def ps_lines(out):
    """{pid: (current?, state, comm, task, saved sp, saved pc or None)}."""
    rows = {}
    for m in re.finditer(r"^([> ]) +(\d+)  (\S+) +(\S+) +(0x[0-9a-f]+)  (\S+) +(.*)$", out, re.M):
        cur, pid, state, comm, task, sp, rest = m.groups()
        pc = int(rest.split()[0], 16) if cur == " " else None
        rows[int(pid)] = (cur == ">", state, comm, int(task, 16), sp, pc)
    return rows


def test_ps_and_ctx(build, ksyms):
    """When hello (pid 3) exits and the CPU goes back to init: tern-ps shows
    idle, init, kthreadd and hello with their states, tern-ctx 2 says
    kthreadd sleeps in __schedule, after its call to __switch_to."""
    cmds = [f"break __switch_to if {RESUME_USER}", "continue", "tern-ps", "tern-ctx 2",
            "tern-dmesg"]
    # What gdb itself reads of each task on task_list, to compare with.
    tasks_off = "(unsigned int)&((struct task_struct *)0)->tasks"
    cmds.append("set $p = task_list.next")
    for i in range(4):
        cmds += [f"set $t = (struct task_struct *)((char *)$p - {tasks_off})",
                 report(f"task{i}", addr="$t", pid="$t->pid", state="$t->__state",
                        sp="$t->thread_info.cpu_context.sp",
                        pc="$t->thread_info.cpu_context.pc"),
                 "set $p = $p->next"]
    out = run_gdb(build, cmds)
    rows = ps_lines(out)
    assert sorted(rows) == [0, 1, 2, 3], out
    assert [(pid, rows[pid][2]) for pid in range(4)] == \
        [(0, "swapper"), (1, "init"), (2, "kthreadd"), (3, "hello")]
    assert {pid: rows[pid][1] for pid in range(4)} == {0: "R", 1: "R", 2: "S", 3: "Z"}
    assert [pid for pid in rows if rows[pid][0]] == [3]	# hello is exiting: current
    for _, t in reports(out):
        cur, state, _, addr, sp, pc = rows[t["pid"]]
        assert addr == t["addr"] and state == STATE_LETTERS[t["state"]]
        if not cur:
            assert (int(sp, 16), pc) == (t["sp"], t["pc"])
    assert re.search(r"^pid 2 kthreadd .* state S", out, re.M), out
    assert re.search(r"^resumes at 0x[0-9a-f]+ __schedule\+0x[0-9a-f]+$", out, re.M), out
    assert re.search(r"^  just after its call at 0x[0-9a-f]+: bl __switch_to", out, re.M), out
    assert "in the scheduler" in out
    assert "Run /init as init process" in out		# tern-dmesg
    assert re.search(r"^\[tern\] svc .* current pid 3 hello$", out, re.M), out


def test_mode_banked_registers(build, ksyms):
    """tern-mode reads each mode's sp/lr by switching modes from gdb and
    back: irq/abt/und sp are traps.c's stacks (12 bytes each), usr's sp is
    the one the last user task (hello) entered the kernel with, and the
    CPU is left exactly as it was: the switch still completes."""
    regs = ("pc", "sp", "lr", "cpsr", "r0", "r1")
    user_regs = ("((struct pt_regs *)((char *)((struct task_struct *)$TPIDRPRW)->stack"
                 " + sizeof(init_stack) - 8) - 1)")
    out = run_gdb(build, [
        f"break __switch_to if {RESUME_USER}", "continue",
        report("before", *regs, usr_sp=f"{user_regs}->uregs[13]",
               usr_lr=f"{user_regs}->uregs[14]"),
        "tern-mode", report("after", *regs), "tern-regs",
        "stepi", report("step", "pc", "sp")])
    r = dict(reports(out))
    assert r["before"] == {**r["after"], "usr_sp": r["before"]["usr_sp"],
                           "usr_lr": r["before"]["usr_lr"]}
    assert r["step"]["pc"] == r["before"]["pc"] + 4 and r["step"]["sp"] == r["before"]["sp"]
    stacks = ksyms["stacks"]
    for i, mode in enumerate(("irq", "abt", "und")):
        assert re.search(rf"^  {mode}  sp {stacks + 12 * i:#010x}  lr ", out, re.M), out
    assert re.search(rf"^  svc  sp {r['before']['sp']:#010x}  lr {r['before']['lr']:#010x}"
                     r".*<- current mode$", out, re.M), out
    # usr's sp as saved in hello's pt_regs when it last entered the kernel
    assert re.search(rf"^  usr  sp {r['before']['usr_sp']:#010x}  lr {r['before']['usr_lr']:#010x}$",
                     out, re.M), out
    assert re.search(rf"^  ip  0x[0-9a-f]+  sp  {r['before']['usr_sp']:#010x}", out, re.M), out
