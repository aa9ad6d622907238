"""Nothing may hang silently at boot: an exception before early_trap_init(),
a DTB that claims RAM the machine does not have, an appended DTB with an
absurd totalsize, a command line longer than the kernel's buffer.

Each boot waits for the line that ends it, good or bad, with a short
timeout: a silent hang fails after TIMEOUT seconds (a whole boot takes
well under one), and a panic that should not be there fails at once."""
import re
import subprocess

import pytest

import tern
from test_boot import qemu_dts, zimage_with_dtb

TIMEOUT = 10
RAN_INIT = r"Run /init as init process"
PANIC = r"Kernel panic - not syncing: .*\n"
HALTED = r"-- System halted"        # the decompressor gave up


def boot_until_init(zimage, **kw):
    """Boot until init runs, the kernel panics or the decompressor halts;
    the log must be clean."""
    log = tern.boot_until(zimage, f"{RAN_INIT}|{PANIC}|{HALTED}", timeout=TIMEOUT, **kw)
    tern.assert_clean(log)
    assert re.search(RAN_INIT, log), log
    return log


def test_early_exception_is_reported(zimage):
    """crashtest=early: a NULL write in setup_arch(), before early_trap_init().
    The early vectors print the oops (kind, pc, fault address, status) and
    panic; without them the CPU loops on prefetch aborts, printing nothing."""
    log = tern.boot_until(zimage, PANIC, append="console=ttyAMA0 crashtest=early",
                          timeout=TIMEOUT)
    assert "Unable to handle kernel NULL pointer dereference at virtual address 00000000\n" in log, log
    assert re.search(r"\[00000000\] fsr 0x805: section translation fault, write\n", log), log
    assert "Internal error: Oops: 805 [#1] ARM\n" in log, log
    assert "PC is at crashtest_null_deref+" in log, log
    assert re.search(r"pc : \[<c[0-9a-f]{7}>\]", log), log
    assert re.search(r"\(parse_early_param\+0x[0-9a-f]+/0x[0-9a-f]+\) from \[<c[0-9a-f]{7}>\] "
                     r"\(setup_arch\+", log), log
    assert "Kernel panic - not syncing: Fatal exception\n" in log, log
    # Before early_trap_init(): start_kernel has not got that far.
    assert "Kernel command line:" not in log, log


@pytest.mark.parametrize("claim_mib,size_cells", [(256, "0x00 0x10000000"),
                                                  (1024, "0x00 0x40000000"),
                                                  (4096, "0x01 0x00")])
def test_dtb_claims_more_ram_than_the_machine_has(tmp_path, zimage, claim_mib, size_cells):
    """An appended DTB whose /memory claims more than QEMU's 128 MiB (QEMU
    rewrites /memory in a -dtb it is given, not in an appended one): the
    kernel finds where RAM ends, says so, and boots with what is there."""
    dts, n = re.subn(r"(memory@40000000 \{\s*reg = <0x00 0x40000000 )0x00 0x8000000>",
                     rf"\g<1>{size_cells}>", qemu_dts(tmp_path, zimage))
    assert n == 1
    log = boot_until_init(zimage_with_dtb(tmp_path, zimage, dts), mem="128M")
    assert f"Memory: {claim_mib} MiB at 0x40000000\n" in log, log
    assert (f"Memory: the DTB's /memory claims {claim_mib} MiB at 0x40000000, but no RAM "
            f"answers at 0x48000000: using 128 MiB\n") in log, log
    assert re.search(r"Memory: \d+K/131072K available", log), log


def test_dtb_matching_ram_gives_no_warning(zimage):
    log = boot_until_init(zimage, mem="256M")
    assert "Memory: 256 MiB at 0x40000000\n" in log, log
    assert "no RAM answers" not in log, log
    assert re.search(r"Memory: \d+K/262144K available", log), log


def test_appended_dtb_with_absurd_totalsize(tmp_path, zimage):
    """totalsize 0xfffffff0: the decompressor names the DTB, ignores it and
    boots with QEMU's (the boot loader's) DTB instead."""
    blob = bytearray(subprocess.run(["dtc", "-q", "-I", "dts", "-O", "dtb", "-"],
                                    input=qemu_dts(tmp_path, zimage).encode(), check=True,
                                    capture_output=True).stdout)
    blob[4:8] = (0xfffffff0).to_bytes(4, "big")
    log = boot_until_init(zimage_with_dtb(tmp_path, zimage, blob=bytes(blob)),
                          append="console=ttyAMA0 from=qemu")
    assert ("appended DTB: totalsize 0xfffffff0 is too large (the kernel maps at most "
            "0x00200000 bytes): ignoring it\n") in log, log
    assert "Kernel command line: console=ttyAMA0 from=qemu\n" in log, log


def test_long_command_line_is_cut_with_a_warning(zimage):
    """bootargs past COMMAND_LINE_SIZE - 1 bytes: the kernel keeps whole
    parameters only and says so; an init= that straddles byte 1023 is
    dropped (/init runs), not cut into a path that does not exist."""
    head = "console=ttyAMA0 pad=" + "x" * 990
    args = head + " init=/bin/hello"
    assert len(head) < 1023 < len(args)
    log = boot_until_init(zimage, append=args)
    assert (f"Command line is too long: truncated to {len(head)} bytes (bootargs has "
            f"{len(args)}, COMMAND_LINE_SIZE is 1024)\n") in log, log
