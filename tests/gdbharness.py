"""tests/gdbharness.py - drive gdb-multiarch against QEMU stopped at reset.

Shared by the tests/test_gdb_*.py files. run_gdb() starts QEMU with
tools/run-qemu.sh --gdb (-S, deterministic -icount) on a free port, runs
`gdb-multiarch -batch -x tools/gdb/gdbinit` (what `make gdb` runs) with
the given commands as -ex options, always ending with `kill`, and returns
gdb's output. Both run under `timeout -s KILL`; a QEMU that outlives the
kill is SIGKILLed and fails the test.

report() is a gdb command that prints one parseable line of machine
state ("@@ label name=0x... ..."); reports() reads them back.

As tests/tern.py's boots, a run fails fast: QEMU's console is watched,
and a panic, oops or decompression error stops QEMU at once (gdb's
remaining commands then end) and fails with the crash report.
"""
import os
import signal
import re
import shutil
import subprocess
import tempfile
import threading
import time

import pytest

import tern

GDB = "gdb-multiarch"
TIMEOUT = 30
needs_gdb = pytest.mark.skipif(shutil.which(GDB) is None, reason="needs gdb-multiarch")


def nm(path):
    """{name: value} from arm-none-eabi-nm (local symbols included)."""
    out = subprocess.run(["arm-none-eabi-nm", path], check=True, capture_output=True,
                         text=True).stdout
    syms = {}
    for line in out.splitlines():
        value, _, name = line.split()
        syms.setdefault(name, int(value, 16))
    return syms


def elf_entry(path):
    """e_entry of an ELF file, from arm-none-eabi-readelf -h."""
    out = subprocess.run(["arm-none-eabi-readelf", "-h", path], check=True,
                         capture_output=True, text=True).stdout
    return int(re.search(r"Entry point address:\s+(0x[0-9a-f]+)", out).group(1), 16)


def disassemble(path, start, stop):
    """[(address, word, "mnemonic operands")] of the code in [start, stop),
    from arm-none-eabi-objdump -d."""
    out = subprocess.run(["arm-none-eabi-objdump", "-d", f"--start-address={start:#x}",
                          f"--stop-address={stop:#x}", path], check=True,
                         capture_output=True, text=True).stdout
    return [(int(a, 16), int(w, 16), " ".join(t.split()))
            for a, w, t in re.findall(r"^\s*([0-9a-f]+):\s+([0-9a-f]{8})\s+(.*)$", out, re.M)]


def wait_for_socket(path, qemu, seconds=20):
    """Wait (bounded) until QEMU listens on its gdb socket: unlike a TCP
    connect, gdb does not retry a Unix socket that is not there yet."""
    deadline = time.monotonic() + seconds
    while not os.path.exists(path):
        assert qemu.poll() is None, "QEMU exited before opening its gdb socket"
        assert time.monotonic() < deadline, f"QEMU did not open {path}"
        time.sleep(0.01)


def report(label, *regs, **exprs):
    """A gdb command printing "@@ label name=0x%08x ..." for registers
    (report("x", "pc", "r0") prints $pc and $r0) and expressions
    (report("x", insn="*(unsigned int *)$pc"))."""
    items = [(r, "$" + r) for r in regs] + list(exprs.items())
    fmt = " ".join(f"{name}=0x%08x" for name, _ in items)
    args = "".join(", " + expr for _, expr in items)
    return f'printf "@@ {label} {fmt}\\n"{args}'


def reports(out):
    """[(label, {name: value})] of the report() lines, in order."""
    found = []
    for m in re.finditer(r"^@@ (\S+) (.*)$", out, re.M):
        regs = {k: int(v, 16) for k, v in re.findall(r"(\w+)=0x([0-9a-f]+)", m.group(2))}
        found.append((m.group(1), regs))
    return found


def stops(out):
    """Function names of the breakpoint stops gdb printed, in order."""
    return re.findall(r"^(?:Temporary b|B)reakpoint \d+(?:\.\d+)?, (?:0x[0-9a-f]+ in )?([\w.]+) \(",
                      out, re.M)


def watch_console(qemu, crashes):
    """Read QEMU's console (so that it never blocks). On a crash, read on
    to the report's end (tern.CRASH_END), keep it in crashes and stop QEMU."""
    text = ""
    for line in iter(qemu.stdout.readline, b""):
        text += line.decode(errors="replace").replace("\r", "")
        if tern.BAD.search(text) and re.search(tern.CRASH_END, text):
            crashes.append(text)
            os.killpg(qemu.pid, signal.SIGKILL)
            return


def killed(out):
    """Did gdb's `kill` end QEMU?  QEMU exits on the kill packet at once, so
    gdb prints either its own message or, when it loses that race, a
    broken connection."""
    return ("[Inferior 1 (process 1) killed]" in out
            or "Remote communication error.  Target disconnected." in out)


def run_gdb(build, commands, boot="kernel", append="console=ttyAMA0"):
    """Boot build/zImage stopped at reset, run gdb commands, end with kill.

    Commands go as -ex, so one that fails does not skip the final kill.
    Returns gdb's output; fails if QEMU outlives the kill.
    """
    # A Unix socket of our own: two test files (pytest-xdist workers) can
    # never attach to each other's QEMU, as two "free" TCP ports might.
    port = os.path.join(tempfile.mkdtemp(prefix="tern-gdb-"), "gdb.sock")
    qemu = subprocess.Popen(
        ["timeout", "-s", "KILL", str(TIMEOUT), os.path.join(tern.ROOT, "tools", "run-qemu.sh"),
         "--icount", "--boot", boot, "--append", append, "--gdb", str(port),
         os.path.join(build, "zImage")],
        cwd=tern.ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL)
    crashes, out = [], ""
    watcher = threading.Thread(target=watch_console, args=(qemu, crashes), daemon=True)
    watcher.start()
    try:
        wait_for_socket(port, qemu)
        args = ["timeout", "-s", "KILL", str(TIMEOUT), GDB, "-batch", "-nx",
                "-x", "tools/gdb/gdbinit"]
        for command in list(commands) + ["kill"]:
            args += ["-ex", command]
        env = dict(os.environ, TERN_BUILD=build, GDBPORT=str(port))
        gdb = subprocess.run(args, cwd=tern.ROOT, env=env, capture_output=True, text=True)
        out = gdb.stdout + gdb.stderr
        # After `kill` QEMU exits at once; still running means it was not killed.
        try:
            qemu.wait(timeout=10)
        except subprocess.TimeoutExpired:
            raise AssertionError("QEMU outlived gdb's kill; gdb said:\n" + out) from None
    finally:
        if qemu.poll() is None:
            # qemu is `timeout`, leader of its own process group: kill it all.
            os.killpg(qemu.pid, signal.SIGKILL)
            qemu.wait()
        watcher.join()
    if crashes:
        raise AssertionError(tern.crash_report(crashes[0]) + "\ngdb said:\n" + out)
    assert qemu.returncode not in (124, 137), "QEMU hit the timeout; gdb said:\n" + out
    assert killed(out), out
    return out
