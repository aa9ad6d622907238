"""make fuzz: the system call fuzzer (user/fuzz.c) as init, watched by
tools/fuzz.py, under -icount (docs/fuzzing.md).

A fixed-seed run of 20,000 calls must end with every batch as drawn and
no panic, oops, hang or leak; so must 10,000 calls on a CONFIG_PREEMPT=y
kernel (the build test_ktest.py uses). A batch replays from its seed with the same
calls, and each check the run relies on is shown to catch what it is for:
a wrong exit status, a leak, a hang (in a batch, and of the whole
machine), an oops."""
import os
import re
import shutil
import subprocess

import pexpect
import pytest

import tern

FUZZ = os.path.join(tern.ROOT, "tools", "fuzz.py")
SUMMARY = r"^fuzz: (\d+) calls, (\d+) batches, (\d+) wrong; kills by signal:(.*)$"


def fuzz(zimage, *args, timeout=120):
    """tools/fuzz.py --icount ...: (exit status, its output)."""
    proc = subprocess.run(["/usr/bin/python3", FUZZ, "--icount", *args, zimage],
                          cwd=tern.ROOT, capture_output=True, text=True, timeout=timeout)
    return proc.returncode, proc.stdout + proc.stderr


def traced_calls(log, batch):
    """(number, index) of each call batch <batch>'s process traced, in order."""
    lines = log.splitlines()
    start = next(i for i, l in enumerate(lines) if re.match(rf"fuzz: batch {batch} seed", l))
    calls, pid = [], None
    for line in lines[start + 1:]:
        if line.startswith("fuzz: batch"):
            break
        m = re.match(r"^fuzz: (\d+) #(\d+) ([0-9a-f]{8})\(", line)
        if m and pid in (None, m.group(1)):
            pid = m.group(1)
            calls.append((int(m.group(2)), m.group(3)))
    return calls


def make_fuzz(kernel, *args, timeout=300):
    """make fuzz <args> on the test build, as docs/fuzzing.md shows it."""
    env = dict(os.environ, KCONFIG_CONFIG=os.path.join(kernel, ".config"))
    proc = subprocess.run(["make", "-s", "fuzz", "O=" + kernel, *args], cwd=tern.ROOT,
                          env=env, capture_output=True, text=True, timeout=timeout)
    return proc.returncode, (proc.stdout + proc.stderr).replace("\r", "")


@pytest.fixture(scope="module")
def fixed_run(kernel):
    return make_fuzz(kernel, "SEED=1", "CALLS=20000", "ICOUNT=1")


def test_fixed_seed_run_is_clean(fixed_run):
    rc, log = fixed_run
    tern.assert_clean(log)
    assert rc == 0 and "WRONG" not in log, log
    calls, batches, wrong, kills = re.findall(SUMMARY, log, re.M)[-1]
    assert (int(calls), int(batches), int(wrong)) == (20000, 20, 0), log
    assert re.search(r"SIG[A-Z]+ \d", kills), kills      # some batches end by a signal
    assert "reboot: Power down" in log
    assert re.search(r"^fuzz\.py: 20000 calls, 20 batches, 0 wrong, kills by signal: .*; "
                     r"[\d.]+ s wall$", log, re.M), log


def test_preemptible_kernel_survives():
    """CONFIG_PREEMPT=y: kernel code loses the CPU at any tick, so races
    show here first; and no console line is split (kernel/printk.c)."""
    zimage = os.path.join(tern.build("preempt", ["PREEMPT=y"]), "zImage")
    rc, log = fuzz(zimage, "--seed", "2", "--calls", "10000")
    tern.assert_clean(log)
    assert rc == 0 and "WRONG" not in log, log
    assert re.findall(SUMMARY, log, re.M)[-1][:3] == ("10000", "10", "0"), log
    assert not re.search(r".\[ *\d+\.\d{6}\] ", log), log


def test_batch_seeds_chain(fixed_run):
    """Batch 0's seed is SEED; each next one is drawn from the one before."""
    _, log = fixed_run
    seeds = re.findall(r"^fuzz: batch (\d+) seed (0x[0-9a-f]{16})$", log, re.M)
    assert [int(i) for i, _ in seeds] == list(range(20))
    assert seeds[0][1] == "0x0000000000000001"
    assert len(set(s for _, s in seeds)) == 20


def test_a_batch_replays_from_its_seed(kernel):
    """SEED=<batch 1's seed> makes batch 1's calls again, in order."""
    rc, first = make_fuzz(kernel, "SEED=7", "CALLS=400", "BATCH=200", "TRACE=1", "ICOUNT=1")
    assert rc == 0, first
    seed = re.search(r"^fuzz: batch 1 seed (0x[0-9a-f]+)$", first, re.M).group(1)
    rc, again = make_fuzz(kernel, f"SEED={seed}", "CALLS=200", "BATCH=200", "TRACE=1",
                          "ICOUNT=1")
    assert rc == 0, again
    calls = traced_calls(first, 1)
    assert len(calls) == 200 and [i for i, _ in calls] == list(range(200)), calls
    assert traced_calls(again, 0) == calls
    assert traced_calls(first, 0) != calls


def test_checks_catch_status_leak_and_hangs(zimage):
    """selftest=1: a batch exits with the wrong status, the parent leaks a
    page, a batch sleeps past the deadline; then the fuzzer goes silent,
    which tools/fuzz.py must take for a hung machine."""
    rc, log = fuzz(zimage, "--batch", "200", "--timeout", "3",
                   "--fuzz-args", "selftest=1 timeout=300")
    assert rc == 1, log
    wrong = re.findall(r"^fuzz: batch (\d) seed 0x[0-9a-f]+: WRONG: (.*)$", log, re.M)
    assert [i for i, _ in wrong] == ["0", "1", "2"], log
    assert re.match(r"exit status (\d+), expected exit status (\d+)$", wrong[0][1])
    assert wrong[1][1].endswith("(a leak)")
    assert wrong[2][1] == "a process still running at the deadline (a hang)"
    assert len(re.findall(r"went wrong .*; replay: make fuzz SEED=0x\w+ CALLS=200 BATCH=200 "
                          r"TRACE=1 ICOUNT=1$", log, re.M)) == 3, log
    assert "fuzz.py: FAILED: hang: no console output for 3.0 s" in log, log
    tern.assert_clean(log)


def test_an_oops_fails_the_run(zimage):
    rc, log = fuzz(zimage, "--calls", "1000", "--append", "crashtest=null")
    assert rc == 1, log
    assert "fuzz.py: FAILED: the kernel broke: " in log, log
    assert "Internal error: Oops" in log


def test_bad_arguments_are_refused(zimage):
    rc, log = fuzz(zimage, "--calls", "1000", "--fuzz-args", "batch=0")
    assert rc == 1, log
    assert "fuzz: bad argument 'batch=0'; expected seed=N calls=N batch=1..1000000" in log, log
    assert "reboot: Power down" in log


def test_calls_0_runs_until_ctrl_c(kernel):
    """make fuzz (CALLS=0): batch after batch until Ctrl-C; then the figures
    of the last summary, printed every 10 batches."""
    env = dict(os.environ, KCONFIG_CONFIG=os.path.join(kernel, ".config"))
    child = pexpect.spawn("make", ["-s", "fuzz", "O=" + kernel, "ICOUNT=1"], cwd=tern.ROOT,
                          env=env, encoding="utf-8", codec_errors="replace", timeout=120)
    try:
        child.expect(r"fuzz: seed 0x0000000000000001, 0 calls \(0: for ever\) in batches of 1000")
        child.expect(r"fuzz: 10000 calls, 10 batches, 0 wrong; kills by signal:")
        child.expect(r"fuzz: batch 11 seed")
        child.sendintr()                                # Ctrl-C, as typed
        child.expect(r"fuzz\.py: 10000 calls, 10 batches, 0 wrong, kills by signal: .*; "
                     r"[\d.]+ s wall")
        child.expect(r"fuzz\.py: stopped by Ctrl-C")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus or child.signalstatus, child.before   # make: Error 130


@pytest.mark.skipif(shutil.which("qemu-arm") is None, reason="qemu-arm not installed")
def test_fuzz_refuses_to_run_as_another_pid(kernel):
    """Not pid 1 (here: under qemu-arm, on the host): a message, no calls."""
    proc = subprocess.run(["qemu-arm", os.path.join(kernel, "user", "fuzz"), "calls=10"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stdout == ("fuzz: must run as pid 1, to inherit what batches leave: "
                           "boot with init=/bin/fuzz (make fuzz)\n"), proc.stdout
