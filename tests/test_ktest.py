"""In-kernel self-tests (lib/ktest.c): boot with ktest=..., parse the KTAP
the kernel prints and fail on any failed case. Also checks, from the tick
suite's output, that the periodic tick is exact under -icount, and the
console's receive path with input fed to QEMU's stdin."""
import os
import re
import subprocess

import pytest

import tern

RESULT = re.compile(r"^(not ok|ok) (\d+) (\S+)(?: # (SKIP.*))?$")


def parse_line(line, block):
    """Add one KTAP line (without its indentation) to block; False if unknown."""
    m = RESULT.match(line)
    if m:
        block["results"].append((m[1] == "ok", int(m[2]), m[3], m[4]))
    elif re.fullmatch(r"1\.\.\d+", line) and block["plan"] is None:
        block["plan"] = int(line[3:])
    elif line.startswith("# Subtest: "):
        block["name"] = line[len("# Subtest: "):]
    elif line.startswith("#"):
        block["diag"].append(line)
    else:
        return False
    return True


def parse_ktap(log):
    """KTAP (version 1, one level of subtests) from a console log.

    Returns {"plan": N, "results": [(ok, num, name, directive)], "diag": [...],
    "subtests": {suite: {"name", "plan", "results", "diag"}}}.
    printk lines ("[    0.001] ...") between KTAP lines are ignored.
    """
    lines = [l for l in log.splitlines() if not l.startswith("[")]
    start = lines.index("KTAP version 1")
    new_block = lambda: {"name": None, "plan": None, "results": [], "diag": []}
    top, sub = new_block(), None
    top["subtests"] = {}
    for line in lines[start + 1:]:
        if line == "    KTAP version 1":
            sub = new_block()
        elif line.startswith("    ") and sub is not None:
            parse_line(line[4:], sub)
        elif parse_line(line, top) and RESULT.match(line) and sub is not None:
            top["subtests"][top["results"][-1][2]] = sub
            sub = None
    return top


def check_consistent(ktap):
    """Plans match the results, numbered 1..N in order, at both levels."""
    assert ktap["plan"] == len(ktap["results"]), ktap
    assert [r[1] for r in ktap["results"]] == list(range(1, ktap["plan"] + 1))
    for name, sub in ktap["subtests"].items():
        assert sub["name"] == name, sub
        assert sub["plan"] == len(sub["results"]), sub
        assert [r[1] for r in sub["results"]] == list(range(1, sub["plan"] + 1)), sub
        ok_all = all(r[0] for r in sub["results"])
        assert ok_all == dict((r[2], r[0]) for r in ktap["results"])[name], sub


def failures(ktap):
    """Every failed case with its diagnostics, as one readable string."""
    out = []
    for ok, _, name, _ in ktap["results"]:
        if not ok:
            sub = ktap["subtests"].get(name)
            bad = [r[2] for r in sub["results"] if not r[0]] if sub else []
            out.append(f"{name}: {bad} " + "\n".join(sub["diag"] if sub else ktap["diag"]))
    return "\n".join(out)


def config_value(kernel, key):
    with open(os.path.join(kernel, ".config")) as f:
        m = re.search(rf"^CONFIG_{key}=(\S+)$", f.read(), re.M)
    return m and m.group(1)


@pytest.fixture(scope="module")
def all_log(zimage):
    log = tern.boot(zimage, append="console=ttyAMA0 ktest=all")
    tern.assert_clean(log)
    return log


def test_ktest_all_pass(all_log):
    ktap = parse_ktap(all_log)
    check_consistent(ktap)
    names = [r[2] for r in ktap["results"]]
    for suite in ("gic", "tick", "console"):
        assert suite in names, names
    assert all(r[0] for r in ktap["results"]), failures(ktap) + "\n" + all_log
    assert "not ok" not in all_log, all_log
    assert f"# ktest: {len(names)} passed, 0 failed" in all_log, all_log


def test_jiffies_exact_at_whole_second(kernel, all_log):
    """Ticks sit on a grid of the counter: at second S, jiffies == S * HZ."""
    hz = int(config_value(kernel, "HZ"))
    m = re.search(r"# tick_jiffies_at_whole_second: jiffies=(\d+) at counter second (\d+), "
                  r"HZ=(\d+)", all_log)
    assert m, all_log
    jiffies, second, kernel_hz = map(int, m.groups())
    assert kernel_hz == hz
    assert second >= 1
    assert jiffies == second * hz


def test_tick_one_second_of_counter(all_log):
    """HZ ticks take CNTFRQ counts: exactly, under -icount (same latency each end)."""
    m = re.search(r"# tick_one_second: (\d+) ticks took (\d+) counts \(CNTFRQ (\d+)\)", all_log)
    assert m, all_log
    _, counts, cntfrq = map(int, m.groups())
    assert counts == cntfrq


def test_tick_handler_instructions(all_log):
    """GIC ack + dispatch + timer handler + tick + EOI within the budget."""
    m = re.search(r"# tick_handler_instructions: handle_arch_irq\(\) ran one tick in (\d+) "
                  r"instructions", all_log)
    assert m, all_log
    assert int(m.group(1)) <= 150


def test_ktest_is_deterministic(zimage, all_log):
    """Under -icount every KTAP line (and diagnostic number) repeats exactly."""
    again = tern.boot(zimage, append="console=ttyAMA0 ktest=all")
    ktap_lines = lambda log: [l for l in log.splitlines() if not l.startswith("[")]
    assert ktap_lines(again) == ktap_lines(all_log)


def test_ktest_unknown_suite(zimage):
    log = tern.boot(zimage, append="console=ttyAMA0 ktest=nosuch")
    ktap = parse_ktap(log)
    check_consistent(ktap)
    assert ktap["results"] == [(False, 1, "nosuch", None)], log
    assert "# ktest: no suite named 'nosuch'" in log, log
    assert "# ktest: 0 passed, 1 failed" in log, log


def test_ktest_list_in_order(zimage):
    log = tern.boot(zimage, append="console=ttyAMA0 ktest=console,,gic,nosuch")
    ktap = parse_ktap(log)
    check_consistent(ktap)
    assert [(r[0], r[2]) for r in ktap["results"]] == \
        [(True, "console"), (True, "gic"), (False, "nosuch")], log
    assert "# ktest: 2 passed, 1 failed" in log, log


def test_console_receives_a_line(tmp_path, zimage):
    """Bytes on QEMU's stdin reach console_read() through the PL011's
    interrupt; what the ring cannot hold while nobody reads is dropped,
    counted and reported."""
    stdin = tmp_path / "input"
    # The first byte may be flushed by pl011_init(); the x's overflow the ring.
    stdin.write_bytes(b"\nping\n" + b"x" * 400)
    cmd = ["timeout", "-s", "KILL", "30", os.path.join(tern.ROOT, "tools", "run-qemu.sh"),
           "--icount", "--append", "console=ttyAMA0 ktest=console", zimage]
    with open(stdin, "rb") as f:
        log = subprocess.run(cmd, stdin=f, capture_output=True, check=True,
                             cwd=tern.ROOT).stdout.decode(errors="replace").replace("\r", "")
    ktap = parse_ktap(log)
    check_consistent(ktap)
    results = ktap["subtests"]["console"]["results"]
    assert (True, 2, "console_rx_overrun", None) in results, log
    assert re.search(r"# console_rx_overrun: 256 bytes kept, [1-9]\d* dropped", log), log
    assert re.search(r"^\[[ .0-9]+\] ttyAMA0: 1 input overrun\(s\)$", log, re.M), log
    assert "# console_rx_line: read line 'ping'" in log, log
    assert results[-1] == (True, 4, "console_rx_line", None), log


def test_traps_and_sched_suites_pass(all_log):
    """Exceptions taken and recovered in the kernel, and the run queue."""
    ktap = parse_ktap(all_log)
    cases = {"traps": ["traps_undefined_instruction", "traps_data_abort",
                       "traps_svc_from_kernel_pt_regs", "traps_uaccess_fixup"],
             "sched": ["sched_yield_alternates", "sched_timeout_wakes_on_time",
                       "sched_wait_queue_wakes", "sched_kernel_preemption",
                       "sched_preempted_printk_line_whole", "sched_stack_end_magic"]}
    for suite, names in cases.items():
        sub = ktap["subtests"][suite]
        assert [r[2] for r in sub["results"]] == names, sub
        assert all(r[0] for r in sub["results"]), failures(ktap)
    assert re.search(r"# sched_yield_alternates: order (AB){5}\n", all_log), all_log


def test_asid_suite_passes(all_log):
    """The ASID allocator: 255 per generation, one TLB flush per rollover,
    and the mm running at the rollover keeps its ASID."""
    sub = parse_ktap(all_log)["subtests"]["asid"]
    assert [r[2] for r in sub["results"]] == [
        "asid_given_at_first_switch", "asid_generation_hands_out_255",
        "asid_rollover_keeps_running_mm"], sub
    assert all(r[0] for r in sub["results"]), sub
    assert "# asid_generation_hands_out_255: 255 ASIDs in one generation\n" in all_log


def test_kernel_preemption():
    """CONFIG_PREEMPT=y: two kernel threads that never yield both run, so
    __irq_svc preempted kernel code; a printk preempted halfway still
    prints its line whole, in the log and on the console (the fuzzer found
    lines split there); and the normal boot still works."""
    zimage = os.path.join(tern.build("preempt", ["PREEMPT=y"]), "zImage")
    log = tern.boot(zimage, append="console=ttyAMA0 ktest=sched")
    tern.assert_clean(log)
    sub = parse_ktap(log)["subtests"]["sched"]
    for name in ["sched_kernel_preemption", "sched_preempted_printk_line_whole"]:
        case = [r for r in sub["results"] if r[2] == name]
        assert case and case[0][0] and not case[0][3], sub
    whole = re.findall(r"^\[ *\d+\.\d{6}\] ktest: try \d\d, \d+ counts before a tick: \.{64}$",
                       log, re.M)
    assert len(whole) == 24, log
    boot_log = tern.boot(zimage)
    tern.assert_clean(boot_log)
    assert "init: all programs done" in boot_log
