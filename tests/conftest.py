"""Shared fixtures, once per test session: the default kernel build, and
the console log of the kernel whose /init runs the t_* test programs."""
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
    """Boot build/t-utests (INIT_RUN_TESTS=y) to power-off; its console log."""
    out = tern.build("utests", make_args=["INIT_RUN_TESTS=y"])
    log = tern.boot(os.path.join(out, "zImage"), timeout=120)
    tern.assert_clean(log)
    return log
