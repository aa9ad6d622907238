"""tests/tern.py - build and boot helpers shared by Tern's pytest files.

Builds go to build/t-<name> with their own .config (made from the
defconfig plus the given options), so a developer's .config never changes
what the tests test. QEMU always runs with -icount shift=0,align=off,
sleep=off (deterministic), under a bounded timeout, and is killed with
SIGKILL if it does not exit by itself.
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
        """Wait for a regex on the console; return the match."""
        self.child.expect(pattern, timeout=timeout or self.timeout)
        return self.child.match

    def kill(self):
        # The child is `timeout`, leader of its own process group (pexpect
        # gives it a session): SIGKILL the group, so QEMU goes too.
        try:
            os.killpg(self.child.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.child.close(force=True)


def boot(zimage, boot_via="kernel", mem="128M", append="console=ttyAMA0", extra="", timeout=30):
    """Boot to power-off; return the full console log. Fails on a timeout."""
    q = Qemu(zimage, boot_via, mem, append, extra, timeout)
    log = ""
    try:
        q.child.expect(pexpect.EOF)
        log = q.child.before
    finally:
        q.kill()
    return log.replace("\r", "")


def boot_until(zimage, pattern, boot_via="kernel", mem="128M", append="console=ttyAMA0",
               extra="", timeout=30):
    """Boot until a regex shows up (e.g. a halt message); return the log so far."""
    q = Qemu(zimage, boot_via, mem, append, extra, timeout)
    try:
        q.child.expect(pattern)
        return (q.child.before + q.child.after).replace("\r", "")
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
