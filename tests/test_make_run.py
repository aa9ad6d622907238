"""The README's first command, as a script runs it: `make run` with no
terminal on standard input builds, boots, runs the demo and powers off by
itself, with exit status 0; a boot that cannot power off ends with a clear
message and a failure instead of hanging, and a panic ends it at once. This
is the real `make run`,
without -icount, so the demo's spinners must interleave on real time too.
(The whole fresh-machine path, packages included, is `make test-fresh`.)"""
import os
import subprocess

import tern
from test_user import check_spinners_interleave

OUT = os.path.join(tern.BUILD, "t-makerun")


def make_run(*args, timeout=120):
    # Not the KCONFIG_CONFIG that `make test` exports: O's own .config.
    env = {k: v for k, v in os.environ.items()
           if k not in tern.IGNORED_ENV and k != "KCONFIG_CONFIG"}
    return subprocess.run(["make", "-s", "run", "O=" + OUT] + list(args), cwd=tern.ROOT,
                          env=env, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=timeout)


def test_make_run_ends_by_itself():
    p = make_run()
    log = p.stdout.replace("\r", "")
    assert p.returncode == 0, log + p.stderr
    assert "standard input is not a terminal" in log
    tern.assert_clean(log)
    assert "init: all programs done" in log and "reboot: Power down" in log, log
    # Real time: a loaded host may hold QEMU back, so only the order.
    check_spinners_interleave(log, strict=False)


def test_make_run_panic_ends_at_once():
    """panic=-1 and -no-reboot: the panic ends QEMU, not the timeout."""
    p = make_run("APPEND=console=ttyAMA0 init=/bin/none", "RUN_TIMEOUT=100")
    assert p.returncode != 0
    assert "Kernel panic - not syncing: Requested init /bin/none failed" in p.stdout
    assert "reboot: Restarting system" in p.stdout
    assert "run-qemu: the kernel panicked" in p.stdout


def test_make_run_that_never_powers_off_fails():
    """t_read as init waits for a line that never comes: killed in time."""
    p = make_run("APPEND=console=ttyAMA0 init=/bin/t_read", "RUN_TIMEOUT=3")
    assert p.returncode != 0
    assert "Run /bin/t_read as init process" in p.stdout
    assert "run-qemu: the machine did not power off within 3 s" in p.stdout
