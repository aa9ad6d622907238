"""Lab backtrace (docs/labs/backtrace.md): dump_backtrace() in
arch/arm/kernel/traps.c, walking the APCS frame-pointer chain.

The unit suite "backtrace" (arch/arm/kernel/backtrace-test.c) prints two
backtraces: from bt_here() under bt_inner() and bt_outer(), and from
inside a system call (an svc in the kernel: __swi_svc calls the trap
hook). Every frame is checked against arm-none-eabi-nm: each address
inside the function named beside it, each frame's return address the next
frame's pc, the walk ending at ret_from_fork, where kernel_init began.
"""
import os
import re

import pytest

from gdbharness import nm
from labtest import check_case, check_skeleton, ktest_cases

STAMP = r"^\[[ \d.]+\] "
ADDR = r"\[<([0-9a-f]{8})>\] \((\w+)\+0x([0-9a-f]+)/0x([0-9a-f]+)\)"
FRAME = re.compile(STAMP + ADDR + " from " + ADDR + "$")


@pytest.fixture(scope="module")
def traces(kernel, zimage):
    cases, log = ktest_cases(zimage, ["backtrace"])
    syms = nm(os.path.join(kernel, "vmlinux"))
    out = {}
    for case in ("backtrace_nested_calls", "backtrace_from_syscall"):
        check_case(cases, case)
        block = log.split(f"# {case}: begin")[1].split(f"# {case}: end")[0]
        assert re.search(STAMP + "Backtrace:$", block, re.M), block
        out[case] = (block, [FRAME.match(l).groups() for l in block.splitlines()
                             if FRAME.match(l)])
    return syms, out


def check_chain(syms, block, frames):
    """Symbols right, frames linked, the walk ends at ret_from_fork."""
    assert frames and len(frames) <= 32, block
    for pc, fn, off, _, ret, caller, roff, _ in frames:
        for addr, name, o in ((pc, fn, off), (ret, caller, roff)):
            assert syms.get(name) is not None and int(addr, 16) == syms[name] + int(o, 16), \
                f"{addr} is not {name}+0x{o}:\n{block}"
    for a, b in zip(frames, frames[1:]):
        assert a[4] == b[0], f"frame {a[1]} returns to {a[4]}, the next frame is at {b[0]}:\n{block}"
    assert frames[-1][5] == "ret_from_fork", f"the walk must end at ret_from_fork:\n{block}"
    return [(f[1], f[5]) for f in frames]


def test_nested_calls(traces):
    syms, out = traces
    calls = check_chain(syms, *out["backtrace_nested_calls"])
    assert calls[:4] == [("bt_here", "bt_inner"), ("bt_inner", "bt_outer"),
                         ("bt_outer", "backtrace_nested_calls"),
                         ("backtrace_nested_calls", "ktest_run_suite")], calls


def test_from_syscall(traces):
    syms, out = traces
    calls = check_chain(syms, *out["backtrace_from_syscall"])
    names = [fn for fn, _ in calls]
    assert names[:2] == ["bt_here", "bt_svc_hook"], calls
    # do_svc_kernel calls the hook as a tail call: gcc may leave no frame.
    rest = names[2:] if names[2] != "do_svc_kernel" else names[3:]
    assert rest[:2] == ["__swi_svc", "ktest_run_suite"], calls


def test_skeleton_grades_below_full(tmp_path):
    check_skeleton("backtrace", tmp_path)
