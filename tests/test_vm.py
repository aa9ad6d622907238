"""Virtual memory (docs/memory.md): the KTAP programs t_mmap, t_cow and
t_oom on Tern (the utest_log boot of conftest.py), with Linux as the
oracle for t_mmap: the same source built with arm-linux-gnueabihf-gcc
-static and run under qemu-arm, and built with the host's gcc and run
natively, must print what Tern prints."""
import re
import resource
import shutil
import subprocess
from pathlib import Path

import pytest

import tern
from gdbharness import needs_gdb, run_gdb

REPO = Path(__file__).resolve().parent.parent
T_MMAP = REPO / "user" / "t_mmap.c"
CFLAGS = ["-O2", "-Wall", "-Wextra", "-Werror", f"-I{REPO}/user/lib", f"-I{REPO}/include/uapi"]
STACK_LIMIT = 8 << 20           # RLIMIT_STACK, as on Tern

# qemu-arm 7.2 emulates mprotect, madvise and MAP_FIXED_NOREPLACE itself
# rather than passing them to the host kernel, and gets these wrong; the
# native run checks them against Linux.
QEMU_EMULATED = {
    "MAP_FIXED_NOREPLACE over a mapping is -EEXIST",
    "mprotect of length 0 is 0",
    "mprotect over a hole is -ENOMEM",
    "madvise with an unknown advice is -EINVAL",
    "madvise over a hole is -ENOMEM",
}


def program_output(log, prog):
    """What /bin/<prog> printed on Tern: its lines, without the kernel's."""
    m = re.search(rf"^init: started /bin/{prog} as pid (\d+)\n(.*?)^init: pid \1 exited",
                  log, re.M | re.S)
    assert m, log
    return "".join(l + "\n" for l in m.group(2).splitlines() if not l.startswith("["))


def results(out):
    """{name: ok} from KTAP result lines, in order."""
    found = re.findall(r"^(not )?ok \d+ (.*?)(?: # SKIP .*)?$", out, re.M)
    return {name: not bad for bad, name in found}


def run_limited(cmd, tmp_path):
    """Run cmd with an 8 MiB stack limit, as Tern's; returns its stdout."""
    def limits():
        resource.setrlimit(resource.RLIMIT_STACK, (STACK_LIMIT, STACK_LIMIT))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp_path,
                       preexec_fn=limits)
    return p.stdout


def test_t_mmap_passes_on_tern(utest_log):
    out = program_output(utest_log, "t_mmap")
    assert out.startswith("KTAP version 1\n1..52\n"), out
    assert all(results(out).values()) and len(results(out)) == 52, out
    assert "# Totals: pass:52 fail:0 skip:0\n" in out, out


def test_t_mmap_same_on_linux(utest_log, tmp_path):
    """Built for the host and run on its Linux kernel: line for line the same."""
    exe = tmp_path / "t_mmap_host"
    subprocess.run(["gcc", *CFLAGS, "-o", str(exe), str(T_MMAP)], check=True)
    assert run_limited([str(exe)], tmp_path) == program_output(utest_log, "t_mmap")


@pytest.mark.skipif(shutil.which("arm-linux-gnueabihf-gcc") is None or
                    shutil.which("qemu-arm") is None,
                    reason="arm-linux-gnueabihf-gcc or qemu-arm not installed")
def test_t_mmap_same_under_qemu_arm(utest_log, tmp_path):
    """Built with glibc for ARM Linux and run under qemu-arm: the same
    results, but where qemu-arm's own emulation is known to differ."""
    exe = tmp_path / "t_mmap_glibc"
    subprocess.run(["arm-linux-gnueabihf-gcc", "-static", *CFLAGS,
                    f"-I{REPO}/arch/arm/include", "-o", str(exe), str(T_MMAP)], check=True)
    theirs = results(run_limited(["qemu-arm", str(exe)], tmp_path))
    ours = results(program_output(utest_log, "t_mmap"))
    assert list(theirs) == list(ours)
    differ = {name for name in ours if theirs[name] != ours[name]}
    assert differ <= QEMU_EMULATED, differ


def test_t_cow_passes(utest_log):
    out = program_output(utest_log, "t_cow")
    assert out.startswith("KTAP version 1\n1..12\n"), out
    assert "# Totals: pass:12 fail:0 skip:0\n" in out, out


def test_oom_kills_the_hog_and_the_heartbeat_goes_on(utest_log):
    """The hog's pid is the one the OOM message names; the heartbeat's
    lines count on, without a gap, before and after it."""
    out = program_output(utest_log, "t_oom")
    assert "# Totals: pass:4 fail:0 skip:0\n" in out, out
    start = utest_log.index("init: started /bin/t_oom")
    part = utest_log[start:]
    oom = re.search(r"Out of memory: Killed process (\d+) \(t_oom\) total-vm:(\d+)kB, "
                    r"anon-rss:(\d+)kB, file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:\d+kB "
                    r"oom_score_adj:0\n", part)
    assert oom, part
    assert int(oom.group(3)) > 100 << 10, oom.group(0)   # most of the 128 MiB
    beats = [(m.start(), int(m.group(1)))
             for m in re.finditer(r"^t_oom: heartbeat (\d+)$", part, re.M)]
    assert [n for _, n in beats] == list(range(len(beats))), beats
    assert any(pos < oom.start() for pos, _ in beats), part
    assert any(pos > oom.start() for pos, _ in beats), part


@needs_gdb
def test_tern_vmas(kernel):
    """tern-vmas, stopped where hello (pid 3) exits: its text, data, heap
    and stack, in the maps format, with the pages the table maps."""
    out = run_gdb(kernel, ["break sys_exit_group", "continue", "tern-vmas"])
    assert re.search(r"^pid 3 hello: mm 0x[0-9a-f]{8}, 4 VMAs, rss \d+ pages, "
                     r"2 second-level tables$", out, re.M), out
    lines = re.findall(r"^([0-9a-f]{8})-([0-9a-f]{8}) (\S{4}) [0-9a-f]{8} 00:00 0 (\S*) +"
                       r"(\d+) of (\d+) pages present$", out, re.M)
    assert [(l[0], l[2], l[3]) for l in lines[:1]] == [("00010000", "r-xp", "")], out
    assert [l[2:4] for l in lines] == [("r-xp", ""), ("rw-p", ""), ("rw-p", "[heap]"),
                                       ("rw-p", "[stack]")], out
    assert lines[-1][1] == "bf000000", out
    assert all(0 < int(l[4]) <= int(l[5]) for l in lines), out


def test_ktest_vma_prints_maps(zimage):
    """ktest=vma (mm/mmap-test.c) prints the test address spaces as maps lines."""
    log = tern.boot(zimage, append="console=ttyAMA0 ktest=vma")
    tern.assert_clean(log)
    assert re.search(r"^# vma: pass:5 fail:0 skip:0 total:5$", log, re.M), log
    assert "    # vma_merge_split: 10001000-10002000 r--p 00000000 00:00 0 \n" in log, log
    assert "    # vma_stack_growth: be880000-bf000000 rw-p 00000000 00:00 0 [stack]\n" in log, log
