"""Lab trace (docs/labs/trace.md): trace(len, mask) and
trace_sys_exit() in arch/arm/kernel/ptrace.c, the mask kept by fork
(dup_task_struct in kernel/fork.c).

user/t_trace runs as init. After each traced call the kernel prints
"<pid>: syscall <name> -> <value>"; the program prints "# expect <pid>
<name> <value>" for each one it makes. The calls traced: close, getpid
and sched_yield (number 158: the mask's fifth word), in the parent, in a
forked child and in a program the child execs; not traced: everything
else, and anything after trace(0, NULL).
"""
import re

import pytest

import tern
from labtest import check_skeleton

LINE = re.compile(r"^\[[ \d.]+\] (\d+): syscall (\w+) -> (-?\d+)$", re.M)
EXPECT = re.compile(r"^# expect (\d+) (\w+) (-?\d+)", re.M)


@pytest.fixture(scope="module")
def log(zimage):
    return tern.boot(zimage, append="console=ttyAMA0 init=/bin/t_trace", timeout=20)


@pytest.fixture(scope="module")
def traced(log):
    """(what the kernel printed, what the program expects), both in order."""
    assert "# end of trace" in log, log
    return LINE.findall(log), EXPECT.findall(log)


def subsequence(want, got):
    """The items of want missing from got in that order."""
    it = iter(got)
    return [w for w in want if w not in it]


def test_traced_calls_are_printed(traced):
    got, want = traced
    parent = [e for e in want if e[0] == "1"]
    assert len(parent) == 4
    assert not subsequence(parent, got), f"missing {subsequence(parent, got)}; printed {got}"


def test_children_are_traced(traced):
    got, want = traced
    children = [e for e in want if e[0] != "1"]
    assert len(children) == 5		# the forked child's 3, the exec'd one's 2
    assert not subsequence(children, got), f"missing {subsequence(children, got)}; printed {got}"


def test_untraced_calls_are_silent(traced):
    got, want = traced
    assert got, "no trace line at all"
    extra = list(got)
    for e in want:
        if e in extra:
            extra.remove(e)
    assert not extra, f"printed but not traced: {extra}"


def test_program_checks_pass(log):
    assert re.search(r"^1\.\.6$", log, re.M), log
    assert not re.search(r"^not ok", log, re.M), log
    assert "# Totals: pass:6 fail:0 skip:0" in log, log


def test_skeleton_grades_below_full(tmp_path):
    check_skeleton("trace", tmp_path)
