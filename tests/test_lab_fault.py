"""Lab fault (docs/labs/fault.md): fsr_name() and __do_kernel_fault() in
arch/arm/mm/fault.c.

The unit suite "fault" (arch/arm/mm/fault-test.c) calls fsr_name() for
every one of the 32 status codes, each with other FSR bits set around it
(domain, WnR, ExT, CM), against the ARM ARM's names. The oops format is
checked by tests/test_oops.py.
"""
from labtest import check_case, check_skeleton, ktest_cases


def test_fsr_name_every_code(zimage):
    cases, log = ktest_cases(zimage, ["fault"])
    check_case(cases, "fault_fsr_name_every_code")
    assert "# fault_fsr_name_every_code: 0 of 192 wrong" in log, log


def test_skeleton_grades_below_full(tmp_path):
    check_skeleton("fault", tmp_path)
