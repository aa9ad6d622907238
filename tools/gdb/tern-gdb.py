# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern-gdb.py - load Tern's gdb helpers (tools/gdb/tern/).

Linux: scripts/gdb/vmlinux-gdb.py. Sourced by tools/gdb/gdbinit; can be
sourced by hand too: (gdb) source tools/gdb/tern-gdb.py
Adds tern-connect here, the commands of each tern/ module, and the stop hook.
"""
import os
import sys

import gdb

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from tern import boot, cpu, dmesg, regs, tasks, utils, vmas  # noqa: E402


def gdb_port(arg):
    """PORT given, $GDBPORT, the port `make debug` wrote, or 1234."""
    if arg:
        return arg
    if os.environ.get("GDBPORT"):
        return os.environ["GDBPORT"]
    try:
        with open(os.path.join(utils.build_dir(), ".gdbport")) as f:
            return f.read().strip()
    except OSError:
        return "1234"


class Connect(gdb.Command):
    """Connect to QEMU's gdbstub started by `make debug`.

tern-connect [PORT]
PORT defaults to $GDBPORT, then the port `make debug` last chose
(build/.gdbport), then 1234 (QEMU's -s)."""

    def __init__(self):
        super().__init__("tern-connect", gdb.COMMAND_RUNNING)

    def invoke(self, arg, from_tty):
        port = gdb_port(arg.strip())
        # A path is a Unix socket (the tests use one: no TCP port races).
        gdb.execute("target remote " + (port if "/" in port else "localhost:" + port))


Connect()
boot.register()
cpu.register()
tasks.register()
regs.register()
dmesg.register()
vmas.register()
