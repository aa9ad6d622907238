"""make bench, Tern half: every benchmark program runs on Tern and prints
well-formed figures, and build/bench.json has the agreed shape.

Runs tools/bench.py without --linux (nothing is downloaded) into a JSON
file of its own. Checks shapes only: the values are the benchmark
report's business (docs/performance.md), never a pass/fail threshold."""
import json
import os
import re
import subprocess

import pytest

import tern

KEYS = ["null_syscall", "yield_switch", "tick", "irq", "reset_to_start_kernel",
        "reset_to_user", "fork_exit_wait", "execve", "gzip_per_byte", "lz4_per_byte"]


@pytest.fixture(scope="module")
def bench_run():
    out = os.path.join(tern.BUILD, "bench")
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, "test-bench.json")
    console = os.path.join(out, "test-console.log")
    proc = subprocess.run(["/usr/bin/python3", os.path.join(tern.ROOT, "tools", "bench.py"),
                           "--json", path, "--log", console], cwd=tern.ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with open(path) as f:
        data = json.load(f)
    with open(console) as f:
        log = f.read()
    return data, log, proc.stdout


def test_json_shape(bench_run):
    data, _, _ = bench_run
    assert set(data) == {"tern", "linux"}
    assert sorted(data["tern"]) == sorted(KEYS)
    assert data["linux"] == {}


def test_every_figure_is_a_positive_integer(bench_run):
    data, _, _ = bench_run
    for key, value in data["tern"].items():
        assert isinstance(value, int) and not isinstance(value, bool), (key, value)
        assert value > 0, (key, value)


def test_every_program_printed_its_line(bench_run):
    """One "bench: <name> <N> <what>" line per figure, and a clean end."""
    _, log, _ = bench_run
    for name in ["null_syscall", "yield_single", "yield_switch", "fork_exit_wait", "execve",
                 "tick", "irq"]:
        assert re.search(rf"^bench: {name} \d+ \S", log, re.M), name
    assert "bench: info system Tern" in log
    assert re.search(r"^bench: done$", log, re.M)
    assert "failed" not in log
    for bad in tern.BAD_LINES:          # two boots in one log: no assert_clean
        assert not re.search(bad, log), bad


def test_table_lists_every_figure(bench_run):
    _, _, stdout = bench_run
    rows = re.findall(r"^\S.* +[\d,.]+ +- +-$", stdout, re.M)
    assert len(rows) == len(KEYS) + 1, stdout      # + sched_yield with one task
