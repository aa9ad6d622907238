"""make bench, Tern half: every benchmark program runs on Tern and prints
well-formed figures, and build/bench.json has the agreed shape.  The
results section of docs/performance.md is what tools/bench.py renders from
docs/performance.json, the run it was written from.

Runs tools/bench.py without --linux (nothing is downloaded) into a JSON
file of its own. Checks shapes only: the values are the benchmark
report's business (docs/performance.md), never a pass/fail threshold."""
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

import tern

KEYS = ["null_syscall", "yield_switch", "tick", "irq", "reset_to_start_kernel",
        "reset_to_user", "fork_exit_wait", "fork_heap_1m", "fork_heap_4m",
        "fault_first_touch", "fault_cow", "mmap_munmap", "execve",
        "gzip_per_byte", "lz4_per_byte"]
COLUMNS = ["tern", "linux", "linux_lean"]
DOC = os.path.join(tern.ROOT, "docs", "performance.md")


def load_bench():
    """tools/bench.py as a module (its directory first on sys.path, as when run)."""
    tools = os.path.join(tern.ROOT, "tools")
    if tools not in sys.path:
        sys.path.insert(0, tools)
    spec = importlib.util.spec_from_file_location("bench", os.path.join(tools, "bench.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
    assert set(data) == {"meta", "details"} | set(COLUMNS)
    assert sorted(data["tern"]) == sorted(KEYS)
    assert data["linux"] == {} and data["linux_lean"] == {}
    assert set(data["details"]) == {"tern"}
    assert re.fullmatch(r"[0-9a-f]{12}(-dirty)?", data["meta"]["commit"]), data["meta"]
    assert data["meta"]["qemu"].startswith("QEMU emulator version")


def test_every_figure_is_a_positive_integer(bench_run):
    data, _, _ = bench_run
    for key, value in data["tern"].items():
        assert isinstance(value, int) and not isinstance(value, bool), (key, value)
        assert value > 0, (key, value)


def test_every_program_printed_its_line(bench_run):
    """One "bench: <name> <N> <what>" line per figure, and a clean end."""
    _, log, _ = bench_run
    for name in ["first_user", "first_insn", "null_syscall", "yield_single", "yield_switch",
                 "fork_exit_wait", "execve", "tick", "irq"]:
        assert re.search(rf"^bench: {name} \d+ \S", log, re.M), name
    assert "bench: info system Tern" in log
    assert re.search(r"^bench: done$", log, re.M)
    assert "failed" not in log
    for bad in tern.BAD_LINES:          # two boots in one log: no assert_clean
        assert not re.search(bad, log), bad


def test_table_lists_every_figure(bench_run):
    """Tern only: a heading and one row per figure, each ending in its value."""
    _, _, stdout = bench_run
    rows = re.findall(r"^\S.* +[\d,.-]+$", stdout, re.M)
    assert len(rows) == len(KEYS) + 1, stdout      # + sched_yield with one task


def test_doc_results_are_rendered_from_its_json():
    """docs/performance.md's results section is tools/bench.py's rendering of
    docs/performance.json: all three columns, from one clean run."""
    bench = load_bench()
    with open(os.path.splitext(DOC)[0] + ".json") as f:
        data = json.load(f)
    with open(DOC) as f:
        doc = f.read()
    assert sorted(data["tern"]) == sorted(KEYS)
    assert data["linux"] and set(data["linux"]) == set(data["linux_lean"])
    assert set(data["linux"]) <= set(KEYS)
    assert set(data["details"]) == set(COLUMNS)
    assert not data["meta"]["commit"].endswith("-dirty"), data["meta"]
    assert data["details"]["linux_lean"]["rseq"] == "not registered"
    assert bench.doc_parts(doc)[1] == bench.render_results(data)


LINUX_GCC = "arm-linux-gnueabihf-gcc"


@pytest.mark.skipif(shutil.which(LINUX_GCC) is None or shutil.which("qemu-arm") is None,
                    reason="needs arm-linux-gnueabihf-gcc (make bench-linux installs it) "
                           "and qemu-arm")
def test_glibc_rseq_tunable(tmp_path):
    """The lean column's GLIBC_TUNABLES=glibc.pthread.rseq=0 stops a static
    glibc program from registering rseq (ARM EABI system call 398)."""
    prog = tmp_path / "empty"
    subprocess.run([LINUX_GCC, "-static", "-x", "c", "-o", str(prog), "-"], check=True,
                   input=b"int main(void) { return 0; }\n", timeout=60)
    rseq = re.compile(r"^\d+ (rseq\(|Unknown syscall 398)", re.M)
    traces = {}
    for tunables in (None, "glibc.pthread.rseq=0"):
        env = {k: v for k, v in os.environ.items() if k != "GLIBC_TUNABLES"}
        if tunables:
            env["GLIBC_TUNABLES"] = tunables
        proc = subprocess.run(["qemu-arm", "-strace", str(prog)], env=env, timeout=60,
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        traces[tunables] = proc.stdout + proc.stderr
    assert rseq.search(traces[None]), traces[None]
    assert not rseq.search(traces["glibc.pthread.rseq=0"]), traces["glibc.pthread.rseq=0"]
