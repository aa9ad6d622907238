"""Lab fork (docs/labs/fork.md): copy_thread() and start_thread() in
arch/arm/kernel/process.c.

The unit suite "fork" (arch/arm/kernel/process-test.c) calls them on a
task of its own whose context and pt_regs start as garbage, and checks
every register: a kernel thread's context and SVC pt_regs, a fork child's
copied pt_regs with r0 = 0 (the parent's r0 is not 0 there), a program's
first pt_regs in ARM and in Thumb state.
"""
import pytest

from labtest import check_case, check_skeleton, ktest_cases, unit_cases


@pytest.fixture(scope="module")
def results(zimage):
    return ktest_cases(zimage, ["fork"])


@pytest.mark.parametrize("case", unit_cases("fork"))
def test_unit(results, case):
    check_case(results[0], case)


def test_skeleton_grades_below_full(tmp_path):
    check_skeleton("fork", tmp_path)
