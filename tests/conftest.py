"""Shared fixtures: the default kernel build, once per test session."""
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
