"""Checks for the lab exercises of docs/labs.md that no other test covers.

test_putdec_prints_the_image_size: the decompressor's putdec()
(boot/compressed/misc.c) prints "decompress: N bytes in M instructions"
with CONFIG_DECOMPRESS_STATS=y; N must be the size of build/.../Image,
in decimal, and M a plain decimal number (no leading zeros).
"""
import os
import re

import tern


def test_putdec_prints_the_image_size():
    out = tern.build("stats", ["DECOMPRESS_STATS=y"])
    log = tern.boot_until(os.path.join(out, "zImage"), r"Tern version")
    m = re.search(r"^decompress: (\d+) bytes in (\d+) instructions$", log, re.M)
    assert m, log
    assert m.group(1) == str(os.path.getsize(os.path.join(out, "Image"))), log
    assert not m.group(2).startswith("0") and int(m.group(2)) > 100000, log
