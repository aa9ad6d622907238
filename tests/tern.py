"""tests/tern.py - build and boot helpers shared by Tern's pytest files.

Builds go to build/t-<name> with their own .config (made from the
defconfig plus the given options), so a developer's .config never changes
what the tests test. QEMU always runs with -icount shift=0,align=off,
sleep=off (deterministic), under a bounded timeout, and is killed with
SIGKILL if it does not exit by itself.

Fail fast: a boot that prints a panic, an oops or a decompression error
before what the test waits for fails at once, not at the timeout. The
failure shows the console from a few lines before the crash to its end
(read for at most CRASH_SECONDS more), and a hint naming the course
labs' functions (labs/labs.toml) that the crash report mentions.
"""
import os
import re
import shutil
import signal
import sys

import pexpect

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build")

sys.path.insert(0, os.path.join(ROOT, "tools"))
from ternbuild import IGNORED_ENV, build_variant  # noqa: E402,F401

# Lines that fail a boot unless the test expects them (as U-Boot's test/py).
BAD_LINES = [r"Kernel panic", r"\bOops\b", r"Internal error", r"decompression error"]
BAD = re.compile("|".join(BAD_LINES))
CRASH_END = r"---\[ end Kernel panic.*\]---|System halted"	# what a crash prints last
CRASH_SECONDS = 2		# to read the rest of a crash report
LINES_BEFORE = 10		# console lines shown before the crash


def lab_hint(report):
    """Which labs' functions a crash report names (PC is at, the
    backtrace, a stub's panic): a line per lab, or ''."""
    from labs import manifest		# tools/labs.py
    hints = []
    for lab in manifest()["labs"]:
        seen = [f for f in lab["functions"] if re.search(rf"\b{re.escape(f)}\b", report)]
        if seen or f"lab {lab['name']}:" in report:
            hints.append(f"hint: the crash goes through lab {lab['name']}'s "
                         f"{', '.join(seen) or 'code'}: see docs/labs/{lab['name']}.md")
    return "\n".join(hints)


def crash_report(log):
    """The console from LINES_BEFORE lines before the first bad line to the
    end, and the labs' hint."""
    lines = log.splitlines()
    first = next(i for i, line in enumerate(lines) if BAD.search(line))
    report = "\n".join(lines[first:])
    return (f"the kernel crashed; the console from {LINES_BEFORE} lines before:\n" +
            "\n".join(lines[max(0, first - LINES_BEFORE):first] + [report]) +
            "\n" + lab_hint(report))


def build(name="default", options=(), make_args=()):
    """Build a kernel variant into build/t-<name>; return that directory."""
    return build_variant(os.path.join(BUILD, "t-" + name), options, make_args)


class Qemu:
    """One QEMU run of a zImage, console read through pexpect."""

    def __init__(self, zimage, boot="kernel", mem="128M", append="console=ttyAMA0",
                 extra="", timeout=30):
        cmd = [os.path.join(ROOT, "tools", "run-qemu.sh"), "--icount", "--boot", boot,
               "--mem", mem, "--append", append]
        if extra:
            cmd += ["--extra", extra]
        cmd.append(zimage)
        # timeout -s KILL: a QEMU that ignores everything still ends.
        self.child = pexpect.spawn("timeout", ["-s", "KILL", str(timeout + 5)] + cmd,
                                   cwd=ROOT, encoding="utf-8", codec_errors="replace",
                                   timeout=timeout)
        self.timeout = timeout

    def expect(self, pattern, timeout=None):
        """Wait for a regex (or pexpect.EOF) on the console; return the
        console text since the last expect, up to the end of the match
        (\r removed). Fails at once on a crash, unless the crash report
        holds what the test waits for; fails with the last lines on a
        timeout."""
        try:
            bad = self.child.expect([pattern, BAD], timeout=timeout or self.timeout)
        except pexpect.TIMEOUT:
            tail = "\n".join(self.child.before.replace("\r", "").splitlines()[-30:])
            raise AssertionError(f"no {pattern!r} on the console within "
                                 f"{timeout or self.timeout} s; its last lines:\n{tail}") from None
        text = self.child.before + self._after()
        if bad:
            self.child.expect([CRASH_END, pexpect.EOF, pexpect.TIMEOUT], timeout=CRASH_SECONDS)
            text += self.child.before + self._after()
            m = re.search(pattern, text) if isinstance(pattern, str) else None
            if not m:
                raise AssertionError(crash_report(text.replace("\r", "")))
            text = text[:m.end()]
        return text.replace("\r", "")

    def _after(self):
        """The text of the last match ('' for EOF and TIMEOUT)."""
        return self.child.after if isinstance(self.child.after, str) else ""

    def kill(self):
        # The child is `timeout`, leader of its own process group (pexpect
        # gives it a session): SIGKILL the group, so QEMU goes too.
        try:
            os.killpg(self.child.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.child.close(force=True)


def boot(zimage, boot_via="kernel", mem="128M", append="console=ttyAMA0", extra="", timeout=30):
    """Boot to power-off; return the full console log. Fails on a timeout
    or a crash."""
    return boot_until(zimage, pexpect.EOF, boot_via, mem, append, extra, timeout)


def boot_until(zimage, pattern, boot_via="kernel", mem="128M", append="console=ttyAMA0",
               extra="", timeout=30):
    """Boot until a regex shows up (e.g. a halt message); return the log so far."""
    q = Qemu(zimage, boot_via, mem, append, extra, timeout)
    try:
        return q.expect(pattern)
    finally:
        q.kill()


def assert_clean(log, allow=()):
    """No panic, oops or decompression error, and exactly one decompression."""
    for bad in BAD_LINES:
        if bad not in allow:
            assert not re.search(bad, log), f"unexpected '{bad}' in console log:\n{log}"
    assert log.count("Uncompressing Tern") <= 1, f"decompressed twice:\n{log}"


def copy(src, dst):
    shutil.copyfile(src, dst)
    return dst
