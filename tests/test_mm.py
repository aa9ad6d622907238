"""Physical memory: the buddy allocator (mm/page_alloc.c) and kmalloc
(mm/slab.c) run their ktest suites "mm" and "slab", and mem_init()'s
"Memory:" line adds up for several RAM sizes."""
import re

import pytest

import tern

MEMORY = re.compile(r"Memory: (?P<free>\d+)K/(?P<total>\d+)K available "
                    r"\((?P<code>\d+)K kernel code, (?P<rw>\d+)K rwdata, "
                    r"(?P<ro>\d+)K rodata, (?P<bss>\d+)K bss, (?P<reserved>\d+)K reserved\)\n")

# The wrong frees that the suites make on purpose, and refuse
# (bad_free_refused in mm/page_alloc-test.c, kfree_bad_refused in mm/slab-test.c).
EXPECTED_BAD_PAGE = 5
EXPECTED_BAD_KFREE = 2

# QEMU's DTB is padded to 1 MiB, and memblock must keep all of it.
QEMU_DTB_K = 1024


def memory_line(log):
    m = MEMORY.search(log)
    assert m, f"no Memory: line from mem_init():\n{log}"
    return {k: int(v) for k, v in m.groupdict().items()}


def check_ktap(log, suites):
    assert "KTAP version 1" in log, log
    assert not re.search(r"^\s*not ok ", log, re.M), log
    for i, suite in enumerate(suites, 1):
        assert re.search(rf"^ok {i} {suite}$", log, re.M), f"suite {suite} did not pass:\n{log}"
        assert re.search(rf"^# {suite}: pass:[1-9]\d* fail:0 ", log, re.M), log
    assert re.search(r"^# Totals: pass:\d+ fail:0 ", log, re.M), log


# Lowmem ends at LOWMEM_LIMIT: of 1 GiB, 768 MiB are managed.
@pytest.mark.parametrize("mem,total_k", [("128M", 128 << 10), ("256M", 256 << 10),
                                         ("1G", 768 << 10)])
def test_mm_ktest(zimage, mem, total_k):
    log = tern.boot(zimage, mem=mem, append="console=ttyAMA0 ktest=mm,slab", timeout=60)
    tern.assert_clean(log)
    check_ktap(log, ["mm", "slab"])
    assert log.count("BUG: Bad page state") == EXPECTED_BAD_PAGE, log
    assert log.count("BUG kmalloc-") == EXPECTED_BAD_KFREE, log

    m = memory_line(log)
    kernel_k = m["code"] + m["rw"] + m["ro"] + m["bss"]
    assert m["total"] == total_k, m
    assert 0 < m["free"] < m["total"], m
    # Nothing is allocated yet when mem_init() prints: every page is one or the other.
    assert m["free"] + m["reserved"] == m["total"], m
    assert m["reserved"] >= kernel_k + QEMU_DTB_K, m


def test_mm_memory_line_without_tests(zimage):
    """The Memory: line is there on a plain boot, and no BUG of any kind."""
    log = tern.boot(zimage)
    tern.assert_clean(log)
    assert memory_line(log)["total"] == 128 << 10
    assert "BUG" not in log, log
