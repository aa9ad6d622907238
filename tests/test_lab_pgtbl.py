"""Lab pgtbl (docs/labs/pgtbl.md): ptdump_user() (arch/arm/mm/dump.c),
handle_access_flag_fault() and sys_pgaccess() (mm/memory.c).

The unit suite "pgtbl" (arch/arm/mm/dump-test.c) faults four read/write
data pages into an address space of its own, prints where each went ("# pgtbl_dump: page va
... pa ..."), then calls ptdump_user(); the dump must list exactly those
tables and pages, each descriptor consistent with its decoding. Then
user/t_pgaccess, as init, touches pages and asks pgaccess() which.
"""
import re

import pytest

import tern
from labtest import check_case, check_skeleton, ktest_cases

STAMP = re.compile(r"^\[[ \d.]+\] ")
PGD = re.compile(r"^ pgd\[(\d+)\] 0x([0-9a-f]{8}) va 0x([0-9a-f]{8}) table 0x([0-9a-f]{8})$")
PTE = re.compile(r"^  pte\[(\d+)\] 0x([0-9a-f]{8}) va 0x([0-9a-f]{8}) page 0x([0-9a-f]{8}) (.*)$")


@pytest.fixture(scope="module")
def dump(zimage):
    """(pgd pa, asid, {va: pa} mapped, the dump's lines)."""
    cases, log = ktest_cases(zimage, ["pgtbl"])
    check_case(cases, "pgtbl_dump")
    lines = log.splitlines()
    start = max(i for i, l in enumerate(lines) if "# pgtbl_dump: page va" in l)
    end = next(i for i, l in enumerate(lines) if "# pgtbl_dump: end of dump" in l)
    pgd, asid = re.search(r"# pgtbl_dump: pgd 0x([0-9a-f]+) asid (\d+)", log).groups()
    pages = {int(va, 16): int(pa, 16) for va, pa in
             re.findall(r"# pgtbl_dump: page va 0x([0-9a-f]+) pa 0x([0-9a-f]+)", log)}
    return int(pgd, 16), int(asid), pages, [STAMP.sub("", l) for l in lines[start + 1:end]]


def test_dump_lists_the_tables(dump):
    pgd, asid, pages, lines = dump
    assert lines and lines[0] == f"pgd 0x{pgd:08x} asid {asid}", lines
    tables = [PGD.match(l).groups() for l in lines if PGD.match(l)]
    assert [int(i) for i, *_ in tables] == sorted({va >> 20 for va in pages}), lines
    for index, desc, va, table in tables:
        desc, table = int(desc, 16), int(table, 16)
        assert desc & 3 == 1 and table == desc & ~0x3ff, (index, hex(desc))
        assert int(va, 16) == int(index) << 20
    assert len({t[3] for t in tables}) == len(tables), "two entries share a table"


def test_dump_lists_the_pages(dump):
    _, _, pages, lines = dump
    found, section = {}, None
    for line in lines[1:]:
        if PGD.match(line):
            section = int(PGD.match(line).group(3), 16)
            continue
        m = PTE.match(line)
        assert m and section is not None, f"not a dump line: {line!r}\n" + "\n".join(lines)
        index, desc, va, page = int(m[1]), int(m[2], 16), int(m[3], 16), int(m[4], 16)
        assert va == section + (index << 12), line
        assert page == desc & ~0xfff and desc & 2, line
        assert m[5] == "user rw xn young", line		# AP[0]=AF, AP[1], XN set, no APX
        assert desc & 0x231 == 0x031, line
        found[va] = page
    assert found == pages, "\n".join(lines)


@pytest.fixture(scope="module")
def pgaccess_log(zimage):
    return tern.boot(zimage, append="console=ttyAMA0 init=/bin/t_pgaccess", timeout=20)


def ktap_results(log, numbers):
    results = dict((int(n), ok == "") for ok, n in re.findall(r"^(not )?ok (\d+) ", log, re.M))
    return [results.get(n) for n in numbers]


def test_pgaccess_finds_touched_pages(pgaccess_log):
    assert ktap_results(pgaccess_log, range(1, 6)) == [True] * 5, pgaccess_log


def test_pgaccess_refuses_bad_arguments(pgaccess_log):
    assert ktap_results(pgaccess_log, range(6, 9)) == [True] * 3, pgaccess_log


def test_skeleton_grades_below_full(tmp_path):
    check_skeleton("pgtbl", tmp_path)
