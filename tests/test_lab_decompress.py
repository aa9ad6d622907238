"""Lab decompress (docs/labs/decompress.md): putdec() in
boot/compressed/misc.c, and the relocation decision in
boot/compressed/head.S (checked by tests/test_boot.py and
tests/test_gdb_boot.py).

putdec() is checked three ways:
  - its code (the lab's region of misc.c, as the student wrote it) is
    compiled on the host into a harness whose putc() records, and must
    print each of many values exactly as Python does;
  - the rule "no / or %": the decompressor object that contains it
    (built with CONFIG_DECOMPRESS_STATS=y) may call no division helper
    and multiply nothing (gcc turns a division by 10 into a multiply by
    a reciprocal: umull with 0xcccccccd);
  - in the real decompressor, the size it prints is Image's size.
"""
import os
import random
import re
import subprocess

import pytest

import tern
from labs import region_text
from labtest import check_skeleton

HARNESS = r"""
#include <stdio.h>
#include <stdlib.h>
#include <linux/types.h>
#undef putc
#define putc(c) putchar(c)
static void putdec(u32 v)
{
%s
}
int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		putdec((u32)strtoul(argv[i], NULL, 0));
		putchar('\n');
	}
	return 0;
}
"""
VALUES = [0, 1, 7, 9, 10, 11, 19, 20, 99, 100, 101, 109, 110, 999, 1000, 1001, 10000,
          65535, 65536, 100000, 1000000, 1000001, 9999999, 10000000, 100000000,
          999999999, 1000000000, 1000000007, 2000000000, 2147483647, 2147483648,
          3000000001, 4000000000, 4294967290, 4294967295]


@pytest.fixture(scope="module")
def stats_build():
    return tern.build("stats", ["DECOMPRESS_STATS=y"])


def test_putdec_prints_every_value(tmp_path):
    src = tmp_path / "putdec_main.c"
    src.write_text(HARNESS % region_text("boot/compressed/misc.c", "decompress"))
    exe = str(tmp_path / "putdec")
    subprocess.run(["gcc", "-std=gnu11", "-Wall", "-Wextra", "-Werror", "-g",
                    "-fsanitize=address,undefined", "-fno-sanitize-recover=all",
                    "-I" + os.path.join(tern.ROOT, "include"), "-o", exe, str(src)], check=True)
    values = VALUES + random.Random(10).sample(range(2 ** 32), 200)
    out = subprocess.run([exe] + [str(v) for v in values], capture_output=True, text=True,
                         timeout=10, check=True).stdout.splitlines()
    wrong = [(v, o) for v, o in zip(values, out) if o != str(v)]
    assert len(out) == len(values) and not wrong, f"putdec(v) printed (v, got): {wrong[:10]}"


def test_putdec_divides_nothing(stats_build):
    obj = os.path.join(stats_build, "boot", "compressed", "misc.o")
    dis = subprocess.run(["arm-none-eabi-objdump", "-dr", obj], capture_output=True,
                         text=True, check=True).stdout
    calls = re.findall(r"R_ARM_(?:CALL|JUMP24)\s+(\S*(?:div|mod)\S*)", dis)
    muls = re.findall(r"^\s*[0-9a-f]+:\s+[0-9a-f]{8}\s+((?:u|s)?(?:mul|mla|mls|mull|mlal|div)\S*\s.*)$",
                      dis, re.M)
    assert not calls, f"misc.o calls a division helper: {calls}"
    assert not muls, f"misc.o multiplies (a division by a constant?): {muls}"


def test_putdec_prints_the_image_size(stats_build):
    log = tern.boot_until(os.path.join(stats_build, "zImage"), r"Tern version")
    m = re.search(r"^decompress: (\d+) bytes in (\d+) instructions$", log, re.M)
    assert m, log
    assert m.group(1) == str(os.path.getsize(os.path.join(stats_build, "Image"))), log
    assert not m.group(2).startswith("0") and int(m.group(2)) > 100000, log


def test_skeleton_grades_below_full(tmp_path):
    check_skeleton("decompress", tmp_path)
