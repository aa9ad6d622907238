# SPDX-License-Identifier: GPL-2.0
"""Tern's user programs, built from user/ and run under qemu-arm.

Tern's system calls are Linux's ARM EABI ABI, so the static programs in
user/ also run on Linux under qemu-user.  This checks the build (static
ELF files at 0x10000, Thumb or ARM entry points, the initramfs archive)
and runs the programs whose results don't need Tern itself; checks that
only hold on Tern are reported by the programs as "# SKIP not Tern".
A development convenience, not a Tern dependency: skipped when qemu-arm
or the cross toolchain is missing.
"""
import os
import re
import resource
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BUILD = REPO / "build" / "user-test"
QEMU_ARM = shutil.which("qemu-arm")
CROSS = "arm-none-eabi-"

PROGS_THUMB = ["init", "hello", "spin", "t_syscalls", "t_fork", "t_sched",
               "t_fault", "t_exec", "t_procs", "t_mmap", "t_cow", "t_oom"]
PROGS_ARM = ["armtest"]
PROGS = PROGS_THUMB + PROGS_ARM
MAX_PROG_SIZE = 16 * 1024

pytestmark = pytest.mark.skipif(
    QEMU_ARM is None or shutil.which(CROSS + "gcc") is None,
    reason="qemu-arm or arm-none-eabi-gcc not installed")


def make_user(out, *args):
    subprocess.run(["make", "-s", "-C", str(REPO / "user"), f"O={out}",
                    *args], check=True, timeout=300)


@pytest.fixture(scope="module")
def build():
    make_user(BUILD)
    return BUILD


def no_core_dumps():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_arm(build, tmp_path, prog, *args, timeout=120):
    """Run one program under qemu-arm; returns the CompletedProcess."""
    return subprocess.run([QEMU_ARM, str(build / prog), *args],
                          stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=timeout, cwd=tmp_path,
                          preexec_fn=no_core_dumps)


def ktap_results(out):
    """Parse KTAP: returns (planned, [(ok, num, name, directive)])."""
    plan = re.search(r"^1\.\.(\d+)$", out, re.M)
    results = [(m[1] is None, int(m[2]), m[3], m[4] or "")
               for m in re.finditer(
                   r"^(not )?ok (\d+) (.*?)(?: # (.*))?$", out, re.M)]
    return (int(plan[1]) if plan else None), results


def assert_ktap_pass(proc):
    out = proc.stdout
    assert out.startswith("KTAP version 1\n"), out
    planned, results = ktap_results(out)
    failed = [r for r in results if not r[0]]
    assert not failed, out
    assert planned == len(results), out
    assert [r[1] for r in results] == list(range(1, planned + 1)), out
    assert proc.returncode == 0, out + proc.stderr
    return results


def check_strict_alternation(out, tag_re=r"^# t_sched: ([AB]) (\d+)$"):
    """t_sched's lines, as the kernel test must see them on Tern: A and B
    strictly alternate and each counts up from 0.  Returns problems."""
    lines = re.findall(tag_re, out, re.M)
    problems = []
    for prev, cur in zip(lines, lines[1:]):
        if prev[0] == cur[0]:
            problems.append(f"{cur[0]} {cur[1]} follows {prev[0]} {prev[1]}")
    for tag in "AB":
        nums = [int(n) for t, n in lines if t == tag]
        if nums != list(range(len(nums))) or not nums:
            problems.append(f"{tag} counts {nums}")
    return problems


# --- the build ----------------------------------------------------------

def test_multilib_is_thumb_v7a_nofp():
    d = subprocess.run([CROSS + "gcc", "-print-multi-directory", "-mthumb",
                        "-march=armv7-a", "-mfloat-abi=soft"],
                       capture_output=True, text=True, check=True).stdout
    assert d.strip() == "thumb/v7-a/nofp"


def readelf(*args):
    return subprocess.run([CROSS + "readelf", *args], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.parametrize("prog", PROGS)
def test_program_is_static_elf_at_0x10000(build, prog):
    path = build / prog
    head = readelf("-h", str(path))
    assert re.search(r"Type:\s+EXEC", head)
    assert re.search(r"Machine:\s+ARM", head)
    entry = int(re.search(r"Entry point address:\s+(0x[0-9a-f]+)", head)[1],
                16)
    # Thumb entry points are odd: the kernel sets CPSR.T from bit 0.
    assert entry & 1 == (0 if prog in PROGS_ARM else 1), hex(entry)
    phdrs = readelf("-lW", str(path))
    loads = re.findall(r"^\s+LOAD\s+(0x\w+) (0x\w+) 0x\w+ (0x\w+) (0x\w+) "
                       r"(.{3})", phdrs, re.M)
    assert loads[0][:2] == ("0x000000", "0x00010000"), phdrs
    assert "R E" in loads[0][4] and "RW" in loads[1][4], phdrs
    assert 0x10000 <= entry < 0x10000 + int(loads[0][2], 16)
    assert not re.search(r"INTERP|DYNAMIC", phdrs), phdrs
    assert ".dynamic" not in readelf("-SW", str(path))
    assert ".symtab" not in readelf("-SW", str(path)), "not stripped"
    assert path.stat().st_size < MAX_PROG_SIZE


def read_newc(path):
    """The entries of a newc cpio archive: (name, mode, uid, gid, mtime)."""
    data = path.read_bytes()
    entries, off = [], 0
    while True:
        hdr = data[off:off + 110]
        assert hdr[:6] == b"070701", f"bad magic at {off}"
        f = [int(hdr[6 + 8 * i:14 + 8 * i], 16) for i in range(13)]
        namesize, filesize = f[11], f[6]
        name = data[off + 110:off + 110 + namesize - 1].decode()
        off = (off + 110 + namesize + 3) & ~3
        off = (off + filesize + 3) & ~3
        if name == "TRAILER!!!":
            return entries
        entries.append((name, f[1], f[2], f[3], f[5]))


def test_initramfs_lists_every_program(build):
    names = subprocess.run(["cpio", "-t", "--quiet"],
                           stdin=open(build / "initramfs.cpio", "rb"),
                           capture_output=True, text=True,
                           check=True).stdout.split()
    assert "init" in names
    for prog in PROGS:
        if prog != "init":
            assert f"bin/{prog}" in names
    assert "etc/not-elf" in names


def test_initramfs_is_reproducible(build):
    entries = read_newc(build / "initramfs.cpio")
    names = [e[0] for e in entries]
    assert names == sorted(names)
    for name, mode, uid, gid, mtime in entries:
        assert (uid, gid, mtime) == (0, 0, 0), name
        if name == "init" or name.startswith("bin/"):
            assert mode & 0o777 == 0o755, name
    # staged afresh, the same programs give the same archive
    first = (build / "initramfs.cpio").read_bytes()
    (build / "initramfs.cpio").unlink()
    make_user(build)
    assert (build / "initramfs.cpio").read_bytes() == first


def test_user_extra_adds_executables(build, tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "mytool").write_text("#!/bin/sh\n")
    (extra / "mytool").chmod(0o755)
    (extra / "notes.txt").write_text("not executable\n")
    try:
        make_user(build, f"USER_EXTRA={extra}")
        names = [e[0] for e in read_newc(build / "initramfs.cpio")]
        assert "bin/mytool" in names and "bin/notes.txt" not in names
    finally:
        make_user(build)
    names = [e[0] for e in read_newc(build / "initramfs.cpio")]
    assert "bin/mytool" not in names


# --- the programs under qemu-arm -----------------------------------------

def test_hello(build, tmp_path):
    p = run_arm(build, tmp_path, "hello", "one", "two words")
    assert p.returncode == 0
    assert re.search(r"^Hello from user space, pid \d+, parent \d+$", p.stdout, re.M)
    assert "hello: argv[1] = one\n" in p.stdout
    assert "hello: argv[2] = two words\n" in p.stdout


def test_spin(build, tmp_path):
    p = run_arm(build, tmp_path, "spin", "7", "3", "1")
    assert p.returncode == 0
    assert p.stdout == "spin 7: 0\nspin 7: 1\nspin 7: 2\nspin 7: done\n"


def test_armtest(build, tmp_path):
    p = run_arm(build, tmp_path, "armtest")
    assert_ktap_pass(p)
    assert "armtest: running in ARM state\n" in p.stdout


def test_t_syscalls(build, tmp_path):
    results = assert_ktap_pass(run_arm(build, tmp_path, "t_syscalls"))
    skipped = [r[2] for r in results if r[3]]
    assert skipped == ["uname sysname is Tern"]


def test_t_fork(build, tmp_path):
    p = run_arm(build, tmp_path, "t_fork", timeout=300)
    results = assert_ktap_pass(p)
    assert any("fork/exit/wait cycles" in r[2] and not r[3] for r in results)
    assert "# 1000 fork/exit/wait cycles\n" in p.stdout


def test_t_sched(build, tmp_path):
    p = run_arm(build, tmp_path, "t_sched")
    assert_ktap_pass(p)
    # Linux runs the two on different CPUs: only the counts hold here.
    problems = check_strict_alternation(p.stdout)
    assert not [x for x in problems if "counts" in x], problems


def test_check_strict_alternation():
    good = "".join(f"# t_sched: {t} {i}\n" for i in range(3) for t in "BA")
    assert check_strict_alternation(good) == []
    bad = "# t_sched: A 0\n# t_sched: A 1\n# t_sched: B 0\n"
    assert check_strict_alternation(bad) == ["A 1 follows A 0"]


def test_t_fault(build, tmp_path):
    results = assert_ktap_pass(run_arm(build, tmp_path, "t_fault"))
    assert len(results) == 7 and not any(r[3] for r in results)


def test_t_exec(build, tmp_path):
    results = assert_ktap_pass(run_arm(
        build, tmp_path, "t_exec", str(REPO / "user/rootfs/etc/not-elf")))
    # qemu-arm can't exec an ARM ELF file from the guest (no binfmt_misc);
    # the checks of Tern's own limits only run on Tern.
    assert [r[2] for r in results if r[3]] == [
        "execve /bin/hello with argv and envp: status 0",
        "every broken ELF file is refused with -ENOEXEC",
        "execve with 79 arguments is -E2BIG"]


@pytest.mark.parametrize("prog,why", [
    ("t_procs", "a fork bomb would hit the host"),
    ("t_cow", "other processes change the free-page count"),
    ("t_oom", "the hog would squeeze the host")])
def test_tern_only_programs_skip_off_tern(build, tmp_path, prog, why):
    """Their fork bomb, page counts and memory hog run on Tern only."""
    p = run_arm(build, tmp_path, prog)
    assert p.returncode == 0, p.stdout
    assert p.stdout == f"KTAP version 1\n1..0 # SKIP not Tern: {why}\n"


def test_init_is_not_pid1_under_qemu(build, tmp_path):
    """Not pid 1, init must run its table and exit without reboot()."""
    p = run_arm(build, tmp_path, "init")
    assert p.returncode == 0, p.stdout
    assert p.stdout.startswith("init: started\n")
    assert "init: all programs done\n" in p.stdout
    assert re.search(r"^init: not pid 1 \(pid \d+\), not powering off$",
                     p.stdout, re.M)
    # hello, spin 1 and spin 2: each reaped (their execve fails on a host)
    assert len(re.findall(r"^init: pid \d+ exited with status \d+$",
                          p.stdout, re.M)) == 3
