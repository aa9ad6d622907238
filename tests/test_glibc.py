# SPDX-License-Identifier: GPL-2.0
"""The Linux ABI: an unmodified static glibc program on Tern and on Linux.

user/linux/ builds t_glibc with Debian's arm-linux-gnueabihf-gcc -static.
Tern boots it as init (init=/bin/t_glibc), which runs each family of
checks in a child and frames its output with "== <family>" lines; on the
host each family runs under qemu-arm -cpu cortex-a15, whose Linux system
calls are the oracle. The two outputs must be the same, line for line.

Documented differences, which the programs themselves avoid printing
(user/linux/t_glibc.h): pids, times and dates, the user's ids and limits
(only how they relate is printed), and three AT_HWCAP bits
(user/linux/auxv.c). qemu-arm runs each family on a pseudo-terminal, so
that stdout is line-buffered and a terminal on both systems; and it
cannot execve an ARM program itself, so the exec family execs a shell
script that starts qemu-arm again.
"""
import os
import re
import shutil
import subprocess

import pexpect
import pytest

import tern

QEMU_ARM = shutil.which("qemu-arm")
CROSS_GCC = "arm-linux-gnueabihf-gcc"
FAMILIES = ["hello", "malloc", "fork", "exec", "time", "auxv", "tls", "vfp", "sys"]
KERNEL_LINE = re.compile(r"^\[\s*\d+\.\d+\] ")

pytestmark = pytest.mark.skipif(
    QEMU_ARM is None or shutil.which(CROSS_GCC) is None,
    reason="qemu-arm or arm-linux-gnueabihf-gcc not installed (tools/install-deps.sh)")


@pytest.fixture(scope="module")
def t_glibc():
    """Build user/linux into build/t-glibc/linux; the directory of t_glibc."""
    out = os.path.join(tern.BUILD, "t-glibc", "linux")
    subprocess.run(["make", "-s", "-C", os.path.join(tern.ROOT, "user", "linux"), f"O={out}"],
                   check=True, timeout=300)
    return os.path.join(out, "bin")


@pytest.fixture(scope="module")
def kernel(t_glibc):
    """A kernel whose initramfs has /bin/t_glibc (USER_EXTRA)."""
    return os.path.join(tern.build("glibc", make_args=[f"USER_EXTRA={t_glibc}"]), "zImage")


@pytest.fixture(scope="module")
def tern_log(kernel):
    log = tern.boot(kernel, append="console=ttyAMA0 init=/bin/t_glibc", timeout=120)
    tern.assert_clean(log)
    assert "reboot: Power down" in log, log
    return log


def sections(log):
    """{family: [its lines]} from the runner's "== family" framing, the
    kernel's own lines (a printk timestamp first) left out."""
    out, cur = {}, None
    for line in log.splitlines():
        if KERNEL_LINE.match(line):
            continue
        m = re.match(r"^== (\S+)$", line)
        if m:
            cur = out.setdefault(m[1], [])
        elif line.startswith("== "):
            cur = None          # "== family: exit N", "== all done"
        elif cur is not None:
            cur.append(line)
    return out


def run_on_linux(t_glibc, family, tmp_path):
    """The family under qemu-arm on a pseudo-terminal: (lines, exit status)."""
    exe = os.path.join(t_glibc, "t_glibc")
    argv0 = exe
    if family == "exec":
        # execve of an ARM file needs binfmt_misc on the host; instead the
        # program execs this script (its argv[0]), which runs qemu-arm.
        argv0 = str(tmp_path / "t_glibc")
        with open(argv0, "w") as f:
            f.write(f'#!/bin/sh\nexec {QEMU_ARM} -cpu cortex-a15 -0 "$0" {exe} "$@"\n')
        os.chmod(argv0, 0o755)
    child = pexpect.spawn(QEMU_ARM, ["-cpu", "cortex-a15", "-0", argv0, exe, family],
                          cwd=str(tmp_path), encoding="utf-8", timeout=60)
    child.expect(pexpect.EOF)
    child.close()
    lines = child.before.replace("\r", "").splitlines()
    return lines, child.exitstatus


def test_every_family_ran(tern_log):
    got = sections(tern_log)
    assert list(got) == FAMILIES, tern_log
    assert re.findall(r"^== (\S+): exit (\d+)$", tern_log, re.M) == [(f, "0") for f in FAMILIES]
    assert "== all done" in tern_log


@pytest.mark.parametrize("family", FAMILIES)
def test_same_output_as_linux(t_glibc, tern_log, family, tmp_path):
    on_tern = sections(tern_log)[family]
    on_linux, status = run_on_linux(t_glibc, family, tmp_path)
    assert status == 0, "\n".join(on_linux)
    assert on_tern == on_linux


def test_unknown_calls_are_named_once(tern_log):
    """glibc asks for statx and readlink, which Tern lacks: each is named
    once, with who asked; rseq is deliberately -ENOSYS and not reported."""
    unknown = re.findall(r"sys_ni_syscall: pid \d+ \((\S+)\) called unknown syscall (\d+) \((\S+)\)",
                         tern_log)
    assert ("t_glibc", "397", "statx") in unknown, tern_log
    assert ("t_glibc", "85", "readlink") in unknown, tern_log
    assert len({u[1] for u in unknown}) == len(unknown), unknown
    assert "rseq" not in {u[2] for u in unknown}


def test_strace(kernel):
    """strace=1: each call of init and of what it runs, as strace -f shows it."""
    log = tern.boot_until(kernel, r"== hello: exit 0",
                          append="console=ttyAMA0 init=/bin/t_glibc strace=1")
    calls = [KERNEL_LINE.sub("", line) for line in log.splitlines() if "[pid " in line]
    for want in [r'\[pid 1\] set_tls\(0x[0-9a-f]+\) = 0',
                 r'\[pid 1\] ugetrlimit\(3, 0x[0-9a-f]+\) = 0',
                 r'\[pid 1\] statx\(\.\.\.\) = -1 ENOSYS',
                 r'\[pid 1\] clone\(0x1200011, NULL, NULL, 0, 0x[0-9a-f]+\) = (\d+)',
                 r'\[pid 1\] wait4\(\d+, 0x[0-9a-f]+, 0, NULL <unfinished \.\.\.>',
                 r'\[pid \d+\] execve\("/bin/t_glibc", \["/bin/t_glibc", "hello"\], '
                 r'\["HOME=/", "TERM=linux"\]\) = 0',
                 r'\[pid \d+\] write\(1, "hello, world\\n", 13\) = 13',
                 r'\[pid \d+\] exit_group\(0\) = \?',
                 r'\[pid 1\] <\.\.\. wait4 resumed>\) = \d+']:
        assert any(re.fullmatch(want, c) for c in calls), f"{want} not in:\n" + "\n".join(calls)
    assert "strace: tracing every process" in log


def test_vfp_switch_cost(kernel):
    """Lazy VFP switching (arch/arm/vfp/vfpmodule.c): a switch between two
    processes costs a trap more only when both use the VFP. user/linux/
    vfp_cost.c counts instructions; the figures are docs/linux-abi.md's."""
    log = tern.boot(kernel, append="console=ttyAMA0 init=/bin/vfp_cost")
    tern.assert_clean(log)
    m = re.search(r"^vfp_cost: a switch between two processes: (\d+), "
                  r"both using the VFP: (\d+) \(\+(\d+)\)$", log, re.M)
    assert m, log
    plain, vfp, extra = map(int, m.groups())
    assert 0 < plain < vfp and extra == vfp - plain, m.group(0)
