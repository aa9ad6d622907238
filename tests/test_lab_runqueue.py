"""Lab runqueue (docs/labs/runqueue.md): enqueue_task() and
pick_next_task() in kernel/sched/core.c.

The unit suite "runqueue" (kernel/sched/core-test.c) calls them directly
on tasks of its own: FIFO order, idle when empty, never queued twice,
never the idle task, a picked task can be queued again. The "sched"
suite's two yielding threads must alternate ABABABABAB.
"""
import re

import pytest

from labtest import check_case, check_skeleton, ktest_cases, unit_cases


@pytest.fixture(scope="module")
def results(zimage):
    return ktest_cases(zimage, ["runqueue", "sched"])


@pytest.mark.parametrize("case", unit_cases("runqueue"))
def test_unit(results, case):
    check_case(results[0], case)


def test_threads_alternate(results):
    cases, log = results
    check_case(cases, "sched_yield_alternates")
    assert re.search(r"# sched_yield_alternates: order (AB){5}\n", log), log


def test_skeleton_grades_below_full(tmp_path):
    check_skeleton("runqueue", tmp_path)
