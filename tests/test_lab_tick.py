"""Lab tick (docs/labs/tick.md): scheduler_tick() in kernel/sched/core.c.

The unit suite "sched_tick" (kernel/sched/core-test.c) calls it directly,
with the run queue its own: one tick charged per call, the slice refilled
and a reschedule asked exactly when it runs out and someone waits, none
when nobody waits, the idle task giving way as soon as a task is queued,
and a sleeper whose time has come woken. Whole-system checks:
tests/test_user.py (two CPU-bound spinners interleave; nanosleep wakes
on time).
"""
import pytest

from labtest import check_case, check_skeleton, ktest_cases, unit_cases


@pytest.fixture(scope="module")
def results(zimage):
    return ktest_cases(zimage, ["sched_tick"])


@pytest.mark.parametrize("case", unit_cases("tick"))
def test_unit(results, case):
    check_case(results[0], case)


def test_skeleton_grades_below_full(tmp_path):
    check_skeleton("tick", tmp_path)
