"""The README's first command, as a script runs it: `make run` with no
terminal on standard input builds, boots, runs the demo and powers off by
itself, with exit status 0; a boot that cannot power off ends with a clear
message and a failure instead of hanging. This is the real `make run`,
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
    check_spinners_interleave(log)


def test_make_run_that_cannot_power_off_fails():
    p = make_run("APPEND=console=ttyAMA0 init=/bin/none", "RUN_TIMEOUT=3")
    assert p.returncode != 0
    assert "Kernel panic" in p.stdout
    assert "make run: QEMU did not power off within 3 s" in p.stdout
