"""Shared fixtures, once per test session: the default kernel build, and
the console log of the kernel whose /init runs the t_* test programs."""
import fcntl
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
import tern  # noqa: E402


@pytest.fixture(scope="session")
def kernel():
    """build/t-default: the defconfig kernel. Returns its build directory."""
    return tern.build("default")


@pytest.fixture(scope="session")
def zimage(kernel):
    return os.path.join(kernel, "zImage")


@pytest.fixture(scope="session")
def utest_log():
    """Boot build/t-utests (INIT_RUN_TESTS=y) to power-off; its console log.

    Once per test run: pytest-xdist workers are processes of their own,
    so the first to get here boots and leaves the log in a file, under a
    lock, and the others read it (PYTEST_XDIST_TESTRUNUID names the run).
    """
    out = tern.build("utests", make_args=["INIT_RUN_TESTS=y"])
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    saved, saved_run = os.path.join(out, "console.log"), os.path.join(out, "console.run")
    with open(out + ".boot.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if run and os.path.exists(saved_run) and open(saved_run).read() == run:
            with open(saved) as f:
                log = f.read()
        else:
            log = tern.boot(os.path.join(out, "zImage"), timeout=120)
            with open(saved, "w") as f:
                f.write(log)
            with open(saved_run, "w") as f:
                f.write(run or "")
    tern.assert_clean(log)
    return log
