"""A kernel crash is an oops a student can read: crashtest=null makes
kernel_init dereference NULL on purpose."""
import re

import tern


def test_null_dereference_oops(zimage):
    log = tern.boot_until(zimage, r"---\[ end Kernel panic - not syncing: .* \]---",
                          append="console=ttyAMA0 crashtest=null")
    assert "Unable to handle kernel NULL pointer dereference at virtual address 00000000" in log
    assert re.search(r"\[00000000\] fsr 0x805: section translation fault, write", log), log
    assert re.search(r"Internal error: Oops: 805 \[#1\] ARM", log), log
    assert re.search(r"PC is at crashtest_null_deref\+0x[0-9a-f]+/0x[0-9a-f]+", log), log
    assert re.search(r"pc : \[<c0[0-9a-f]{6}>\]    lr : \[<c0[0-9a-f]{6}>\]    psr: [0-9a-f]{8}", log)
    for reg in ["sp", "ip", "fp", "r10", "r9", "r8", "r7", "r6", "r5", "r4", "r3", "r2", "r1", "r0"]:
        assert re.search(rf"\b{reg} ?: [0-9a-f]{{8}}", log), reg
    # The backtrace walks from the faulting function up to ret_from_fork.
    trace = re.findall(r"\[<[0-9a-f]{8}>\] \((\w+)\+0x\w+/0x\w+\) from \[<[0-9a-f]{8}>\] \((\w+)\+", log)
    assert trace[0] == ("crashtest_null_deref", "kernel_init"), trace
    assert trace[-1][1] == "ret_from_fork", trace
    assert "Kernel panic - not syncing: Fatal exception" in log
    assert "Run /init" not in log.split("Oops")[1]


def oops(zimage, what):
    return tern.boot_until(zimage, r"---\[ end Kernel panic - not syncing: .* \]---",
                           append=f"console=ttyAMA0 crashtest={what}")


def test_paging_request_oops(zimage):
    log = oops(zimage, "paging")
    assert "Unable to handle kernel paging request at virtual address efff0000" in log, log
    assert "[efff0000] fsr 0x005: section translation fault, read" in log, log
    assert re.search(r"PC is at crashtest_bad_paging\+", log), log
    assert "Kernel panic - not syncing: Fatal exception" in log


def test_undefined_instruction_oops(zimage):
    log = oops(zimage, "undef")
    assert "Internal error: Oops - undefined instruction: 0 [#1] ARM" in log, log
    assert re.search(r"PC is at crashtest_undefined\+", log), log
    assert re.search(r"\(crashtest_undefined\+0x\w+/0x\w+\) from \[<\w+>\] \(kernel_init\+", log)
    assert "Kernel panic - not syncing: Fatal exception" in log


def test_stack_end_magic_is_checked(zimage):
    """An overwritten end-of-stack word (an overflow) stops the kernel at
    the next schedule(), instead of corrupting memory silently."""
    log = oops(zimage, "stack")
    assert re.search(r"BUG: kernel stack overflow in kernel_init\[1\]: end-of-stack magic 00000000", log)
    assert "Kernel panic - not syncing: corrupted stack end detected inside scheduler" in log
