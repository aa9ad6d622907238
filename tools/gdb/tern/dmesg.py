# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern/dmesg.py - tern-dmesg: the kernel's log, read from memory.

Linux: scripts/gdb/linux/dmesg.py (lx-dmesg).

kernel/printk.c keeps every byte printk wrote in __log_buf, a ring of
LOG_BUF_LEN bytes; log_next_idx counts every byte ever logged, so the
newest text ends at log_next_idx % LOG_BUF_LEN and, once the ring has
wrapped, the oldest starts there. Works when the console is gone or
stuck (a hang, a panic before the UART is set up).
"""
import gdb

from tern import mem


def log_text():
    buf = int(gdb.parse_and_eval("(unsigned long)&__log_buf"))
    size = int(gdb.parse_and_eval("sizeof(__log_buf)"))		# LOG_BUF_LEN
    idx_addr = int(gdb.parse_and_eval("(unsigned long)&log_next_idx"))
    count = mem.u32(idx_addr)
    if count <= size:
        data = mem.read(buf, count) if count else b""
    else:					# wrapped: oldest byte at count % size
        ring = mem.read(buf, size)
        start = count % size
        data = ring[start:] + ring[:start]
    return data.decode(errors="replace")


class Dmesg(gdb.Command):
    """Print the kernel log (printk's ring buffer __log_buf).

tern-dmesg"""

    def __init__(self):
        super().__init__("tern-dmesg", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        text = log_text()
        gdb.write(text if text.endswith("\n") or not text else text + "\n")


def register():
    Dmesg()
