# SPDX-License-Identifier: GPL-2.0
"""Host tests of lib/vsprintf.c, lib/div64.c and lib/string.c.

The lib files are built with host gcc under AddressSanitizer and UBSan into
build/host/, their symbols renamed (vsnprintf -> tern_vsnprintf, ...) so
that tests/host/vsprintf_main.c can compare them with the host C library.
A second test cross-compiles them the way the kernel and the decompressor
do and checks that they need nothing from libgcc or libc.
"""
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "host"
LIB = ["lib/vsprintf.c", "lib/div64.c", "lib/string.c"]
RENAMED = ["vsnprintf", "snprintf", "vscnprintf", "scnprintf",
           "memcpy", "memmove", "memset", "memcmp", "strlen", "strnlen",
           "strcmp", "strncmp", "strchr", "strcpy", "strlcpy"]
HOST_CFLAGS = ["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-g",
               "-fsanitize=address,undefined", "-fno-sanitize-recover=all",
               "-fno-builtin", "-Iinclude"]
ARM_CFLAGS = ["-std=gnu11", "-ffreestanding", "-fno-builtin", "-nostdlib",
              "-march=armv7-a", "-marm", "-Wall", "-Wextra", "-Werror",
              "-Iinclude", "-c"]


def run(cmd):
    """Run cmd in the tree; fail the test with its output if it fails."""
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, (
        f"{' '.join(map(str, cmd))} -> {res.returncode}\n"
        f"{res.stdout[-4000:]}{res.stderr[-4000:]}")
    return res.stdout


@pytest.fixture(scope="module")
def driver():
    """Build build/host/vsprintf_main from the lib files and the driver."""
    OUT.mkdir(parents=True, exist_ok=True)
    objs = []
    for src in LIB:
        obj = OUT / (pathlib.Path(src).stem + ".o")
        run(["gcc", *HOST_CFLAGS, *[f"-D{n}=tern_{n}" for n in RENAMED],
             "-c", src, "-o", obj])
        objs.append(obj)
    main = OUT / "vsprintf_main"
    run(["gcc", *HOST_CFLAGS, "tests/host/vsprintf_main.c", *objs,
         "-o", main])
    return main


@pytest.mark.parametrize("mode", ["table", "random", "truncate", "linux",
                                  "string", "div64", "strtol"])
def test_host(driver, mode):
    out = run([driver, mode])
    assert f"{mode}: " in out and " 0 failures" in out, out


@pytest.mark.skipif(not shutil.which("arm-none-eabi-gcc"),
                    reason="arm-none-eabi-gcc not installed")
@pytest.mark.parametrize("opts", [["-O2"], ["-O2", "-fpic"], ["-Os"],
                                  ["-Os", "-fpic"], ["-O0"]],
                         ids=lambda o: "".join(o))
def test_arm_freestanding(tmp_path, opts):
    """No warnings, and no symbol needed that the lib files do not define
    (no __aeabi_uidivmod, __aeabi_uldivmod, ... from libgcc)."""
    objs = []
    for src in LIB:
        obj = tmp_path / (pathlib.Path(src).stem + ".o")
        run(["arm-none-eabi-gcc", *ARM_CFLAGS, *opts, src, "-o", obj])
        objs.append(obj)
    undefined, defined = set(), set()
    for obj in objs:
        undefined |= set(run(["arm-none-eabi-nm", "-u", obj]).split()) - {"U"}
        defined |= set(run(["arm-none-eabi-nm", "-g", "--defined-only",
                            "--format=just-symbols", obj]).split())
    assert undefined <= defined, f"needs {sorted(undefined - defined)}"
    assert {"vsnprintf", "snprintf", "scnprintf", "memcpy", "memset",
            "__div64_32"} <= defined
