# SPDX-License-Identifier: GPL-2.0
"""Host tests of lib/inflate.c, lib/lz4.c and lib/crc32.c.

Linux: none (Linux tests its decompressors by booting).  The lib files are
built with host gcc under AddressSanitizer/UBSan together with
tests/host/decompress_main.c, which decodes into exactly-sized malloc()ed
buffers so that any overrun is reported.  Inputs come from the real tools
(gzip, lz4 -l) and from Python's zlib; outputs are compared byte for byte.
"""
import os
import random
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "host"
DRIVER = BUILD / "decompress_main"
LIB = ["lib/crc32.c", "lib/inflate.c", "lib/lz4.c"]
HOST_CFLAGS = ["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-O1", "-g",
               "-fsanitize=address,undefined", "-fno-sanitize-recover=all",
               "-Iinclude"]
# Distinct exit codes so a sanitizer report is never taken for an error.
SAN_ENV = dict(os.environ,
               ASAN_OPTIONS="exitcode=86:detect_leaks=1",
               UBSAN_OPTIONS="halt_on_error=1:exitcode=87:print_stacktrace=1")
TIMEOUT = 60


@pytest.fixture(scope="module")
def driver():
    BUILD.mkdir(parents=True, exist_ok=True)
    cmd = (["gcc"] + HOST_CFLAGS + LIB +
           ["tests/host/decompress_main.c", "-o", str(DRIVER)])
    subprocess.run(cmd, cwd=ROOT, check=True, timeout=TIMEOUT)
    return DRIVER


def run(driver, *args):
    """Run the driver; fail the test on any sanitizer report."""
    p = subprocess.run([str(driver)] + [str(a) for a in args],
                       capture_output=True, text=True, env=SAN_ENV,
                       timeout=TIMEOUT)
    assert p.returncode in (0, 1), (p.returncode, p.stdout, p.stderr)
    assert "Sanitizer" not in p.stderr and "runtime error" not in p.stderr, \
        p.stderr
    return p


def tool(cmd, data, tmp_path, name="in.bin"):
    """Compress data with a real tool reading a named file; return bytes."""
    src = tmp_path / name
    src.write_bytes(data)
    out = subprocess.run(cmd + [str(src)], stdout=subprocess.PIPE,
                         check=True, timeout=TIMEOUT).stdout
    return out


COMPRESSORS = {
    "gzip-9n": (["gzip", "-9", "-n", "-c"], "gunzip"),
    "gzip-1": (["gzip", "-1", "-c"], "gunzip"),
    "gzip-name": (["gzip", "-c"], "gunzip"),        # stores FNAME and MTIME
    "lz4-l9": (["lz4", "-l", "-9", "-c"], "unlz4"),
}


def text_words(rng, n):
    words = ["kernel", "page", "struct", "mutex", "irq", "0x%x", "return",
             "static", "void", "printk", "\n", " ", "\t", "{", "}", ";"]
    out = bytearray()
    while len(out) < n:
        out += rng.choice(words).encode()
    return bytes(out[:n])


def mixed(rng, n):
    """Text, random bytes, zero runs and repeated words: like an image."""
    out = bytearray()
    while len(out) < n:
        kind = rng.randrange(4)
        size = rng.randrange(1, 8192)
        if kind == 0:
            out += text_words(rng, size)
        elif kind == 1:
            out += rng.randbytes(size)
        elif kind == 2:
            out += bytes(size)
        else:
            word = struct.pack("<I", rng.getrandbits(32))
            out += word * (size // 4 + 1)
    return bytes(out[:n])


def samples():
    rng = random.Random(1952)
    return {
        "empty": b"",
        "one-byte": b"A",
        "short-fixed": b"hello, hello, hello tern\n",     # fixed Huffman
        "random-stored": rng.randbytes(100000),           # stored blocks
        "zeros": bytes(300000),                           # distance-1 runs
        "text-dynamic": text_words(rng, 200000),           # dynamic blocks
        "mixed-1.2MiB": mixed(rng, 1200 * 1024),
    }


SAMPLES = samples()


def first_block_type(gz):
    """BTYPE of the first DEFLATE block of a gzip -n file (no FNAME)."""
    assert gz[3] == 0
    return (gz[10] >> 1) & 3


def test_samples_have_intended_block_types(tmp_path):
    gz = lambda d: tool(["gzip", "-9", "-n", "-c"], d, tmp_path)  # noqa: E731
    assert first_block_type(gz(SAMPLES["short-fixed"])) == 1
    assert first_block_type(gz(SAMPLES["random-stored"])) == 0
    assert first_block_type(gz(SAMPLES["text-dynamic"])) == 2


@pytest.mark.parametrize("comp", sorted(COMPRESSORS))
@pytest.mark.parametrize("name", list(SAMPLES))
def test_roundtrip_real_tools(driver, tmp_path, comp, name):
    cmd, how = COMPRESSORS[comp]
    data = SAMPLES[name]
    packed = tmp_path / "packed"
    packed.write_bytes(tool(cmd, data, tmp_path))
    out = tmp_path / "out"

    p = run(driver, how, packed, out, len(data))
    assert p.returncode == 0, p.stdout
    assert out.read_bytes() == data

    if data:        # one byte short: an error, and no overrun (ASan)
        p = run(driver, how, packed, out, len(data) - 1)
        assert p.returncode == 1
        assert "error: output overflow" in p.stdout


def gzip_member(payload, flags=0, extra=b"", name=b"", comment=b"",
                hcrc_ok=True, strategy=zlib.Z_DEFAULT_STRATEGY, level=9):
    """A gzip member built by hand around zlib's raw DEFLATE output."""
    hdr = bytearray(b"\x1f\x8b\x08" + bytes([flags]) + b"\0\0\0\0\0\x03")
    if flags & 0x04:
        hdr += struct.pack("<H", len(extra)) + extra
    if flags & 0x08:
        hdr += name + b"\0"
    if flags & 0x10:
        hdr += comment + b"\0"
    if flags & 0x02:
        crc16 = zlib.crc32(bytes(hdr)) & 0xffff
        hdr += struct.pack("<H", crc16 if hcrc_ok else crc16 ^ 1)
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    body = c.compress(payload) + c.flush()
    trailer = struct.pack("<II", zlib.crc32(payload), len(payload) & 0xffffffff)
    return bytes(hdr) + body + trailer


def decode_bytes(driver, tmp_path, how, packed, size):
    src = tmp_path / "packed"
    src.write_bytes(packed)
    out = tmp_path / "out"
    p = run(driver, how, src, out, size)
    return p, (out.read_bytes() if p.returncode == 0 else None)


def test_gzip_header_flags(driver, tmp_path):
    data = SAMPLES["text-dynamic"][:5000]
    member = gzip_member(data, flags=0x1e, extra=b"XY\x02\0ab",
                         name=b"vmlinux", comment=b"tern test")
    p, out = decode_bytes(driver, tmp_path, "gunzip", member, len(data))
    assert p.returncode == 0 and out == data
    member = gzip_member(data, flags=0x1e, extra=b"", name=b"x",
                         comment=b"", hcrc_ok=True)
    p, out = decode_bytes(driver, tmp_path, "gunzip", member, len(data))
    assert p.returncode == 0 and out == data
    member = gzip_member(data, flags=0x02, hcrc_ok=False)
    p, _ = decode_bytes(driver, tmp_path, "gunzip", member, len(data))
    assert "error: bad gzip header" in p.stdout
    member = gzip_member(data, flags=0x20)              # reserved bit
    p, _ = decode_bytes(driver, tmp_path, "gunzip", member, len(data))
    assert "error: bad gzip header" in p.stdout


@pytest.mark.parametrize("strategy", [zlib.Z_FIXED, zlib.Z_HUFFMAN_ONLY,
                                      zlib.Z_RLE, zlib.Z_FILTERED])
def test_zlib_strategies(driver, tmp_path, strategy):
    """Whole files in fixed blocks, literal-only, run-length matches."""
    data = SAMPLES["mixed-1.2MiB"][:400000]
    member = gzip_member(data, strategy=strategy)
    p, out = decode_bytes(driver, tmp_path, "gunzip", member, len(data))
    assert p.returncode == 0 and out == data


def test_trailing_bytes_after_member_are_ignored(driver, tmp_path):
    data = b"tern" * 100
    member = gzip_member(data) + b"\0" * 16
    p, out = decode_bytes(driver, tmp_path, "gunzip", member, len(data))
    assert p.returncode == 0 and out == data


def test_crc32_matches_zlib(driver, tmp_path):
    rng = random.Random(32)
    for n in [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 1000, 65537]:
        data = rng.randbytes(n)
        f = tmp_path / "crc.bin"
        f.write_bytes(data)
        p = run(driver, "crc32", f)
        want = "%08x" % zlib.crc32(data)
        assert p.stdout.split() == [want, want], n
    f.write_bytes(b"123456789")
    assert run(driver, "crc32", f).stdout.split()[0] == "cbf43926"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """One gzip file with all three block types, and its lz4 -l form."""
    d = tmp_path_factory.mktemp("corpus")
    rng = random.Random(1951)
    data = (text_words(rng, 30000) + rng.randbytes(3000) + b"abc" * 2000 +
            mixed(rng, 30000))
    orig = d / "orig"
    orig.write_bytes(data)
    files = {"orig": orig}
    files["gz"] = d / "c.gz"
    files["gz"].write_bytes(tool(["gzip", "-9", "-n", "-c"], data, d))
    files["gz1"] = d / "c1.gz"
    files["gz1"].write_bytes(gzip_member(data[:20000], strategy=zlib.Z_FIXED))
    files["orig1"] = d / "orig1"
    files["orig1"].write_bytes(data[:20000])
    files["lz4"] = d / "c.lz4"
    files["lz4"].write_bytes(tool(["lz4", "-l", "-9", "-c"], data, d))
    return files


@pytest.mark.parametrize("which,orig,how,seed", [
    ("gz", "orig", "gunzip", 1),
    ("gz", "orig", "gunzip", 2),
    ("gz1", "orig1", "gunzip", 3),
    ("lz4", "orig", "unlz4", 4),
    ("lz4", "orig", "unlz4", 5),
])
def test_corruption_never_overruns(driver, corpus, which, orig, how, seed):
    """Flipped bytes and truncations: an error, never a sanitizer report.

    A gzip member that still decodes must decode to the original (the CRC
    is checked; a flip in MTIME or the padding bits changes nothing).  LZ4
    legacy frames have no checksum, so a clean return is all we ask.
    """
    count = 800
    p = run(driver, "mutate-" + how, corpus[which], corpus[orig], seed, count)
    assert p.returncode == 0, p.stdout
    errors = int(p.stdout.split()[1])
    assert errors >= count * (0.95 if how == "gunzip" else 0.3), p.stdout


def error_checker(driver, tmp_path, how, default_size):
    """A function that decodes packed bytes, expects an error, returns it."""
    def err(packed, size=default_size):
        p, _ = decode_bytes(driver, tmp_path, how, packed, size)
        assert p.returncode == 1, p.stdout
        return p.stdout
    return err


def test_gzip_specific_errors(driver, tmp_path):
    data = SAMPLES["text-dynamic"][:50000]
    good = tool(["gzip", "-9", "-n", "-c"], data, tmp_path)
    err = error_checker(driver, tmp_path, "gunzip", len(data))

    assert "bad gzip header" in err(b"\x1f\x8c" + good[2:])
    assert "bad gzip header" in err(good[:2] + b"\x07" + good[3:])
    bad_isize = good[:-4] + struct.pack("<I", len(data) + 1)
    assert "size mismatch" in err(bad_isize, len(data) + 100)
    bad_crc = good[:-8] + struct.pack("<I", zlib.crc32(data) ^ 1) + good[-4:]
    assert "CRC mismatch" in err(bad_crc)
    for n in [0, 1, 9, 10, 11, 20, len(good) // 2, len(good) - 9,
              len(good) - 8, len(good) - 1]:
        assert "error:" in err(good[:n]), n
    # BTYPE 3 in the first block header (bits 1-2 of the first byte)
    assert "invalid block type" in err(gzip_member(b"")[:10] + b"\x07" +
                                       gzip_member(b"")[11:])


def test_lz4_specific_errors(driver, tmp_path):
    data = SAMPLES["text-dynamic"][:50000]
    good = tool(["lz4", "-l", "-9", "-c"], data, tmp_path)
    err = error_checker(driver, tmp_path, "unlz4", len(data))

    assert "bad lz4 magic" in err(b"\x03" + good[1:])
    assert "bad lz4 magic" in err(good[:3])
    for n in [5, 7, 8, 9, 20, len(good) // 2, len(good) - 1]:
        assert "error:" in err(good[:n]), n
    # offset 0 in the first sequence: token 0x10, one literal, offset 0
    block = bytes([0x10]) + b"x" + b"\0\0" + bytes([0x50]) + b"12345"
    bad = good[:4] + struct.pack("<I", len(block)) + block
    assert "invalid offset" in err(bad)
    # a long overlapping match: 'x', then 539 more 'x' (offset 1), '12345'
    block = bytes([0x1f]) + b"x" + b"\1\0" + bytes([255, 255, 10, 0x50])
    block += b"12345"
    frame = good[:4] + struct.pack("<I", len(block)) + block
    want = b"x" * 540 + b"12345"
    p, out = decode_bytes(driver, tmp_path, "unlz4", frame, len(want))
    assert p.returncode == 0 and out == want
    assert "output overflow" in err(frame, len(want) - 1)
    assert "output overflow" in err(frame, 300)


def test_lz4_concatenated_frames_and_big_blocks(driver, tmp_path):
    """A second magic word starts a new frame; > 8 MiB makes two blocks."""
    rng = random.Random(4)
    big = (mixed(rng, 64 * 1024) * 140)[:9 * 1024 * 1024]
    small = SAMPLES["text-dynamic"][:30000]
    packed = (tool(["lz4", "-l", "-9", "-c"], big, tmp_path) +
              tool(["lz4", "-l", "-9", "-c"], small, tmp_path))
    p, out = decode_bytes(driver, tmp_path, "unlz4", packed,
                          len(big) + len(small))
    assert p.returncode == 0, p.stdout
    assert out == big + small


ARM_FLAGS = ["-std=gnu11", "-ffreestanding", "-nostdlib", "-march=armv7-a",
             "-marm", "-O2", "-Wall", "-Wextra", "-Werror", "-Iinclude", "-c"]


@pytest.mark.skipif(shutil.which("arm-none-eabi-gcc") is None,
                    reason="no arm-none-eabi-gcc")
@pytest.mark.parametrize("extra", [[], ["-fpic"], ["-mthumb"]])
def test_target_build_is_clean_and_position_independent(tmp_path, extra):
    """No warnings, no data, no relocated pointers outside .text."""
    for src in LIB:
        obj = tmp_path / (Path(src).stem + ".o")
        subprocess.run(["arm-none-eabi-gcc"] + ARM_FLAGS + extra +
                       [src, "-o", str(obj)], cwd=ROOT, check=True,
                       timeout=TIMEOUT)
        sections = subprocess.run(["arm-none-eabi-readelf", "-SW", str(obj)],
                                  capture_output=True, text=True,
                                  check=True).stdout
        for line in sections.splitlines():
            f = line.replace("[ ", "[").split()
            if len(f) > 6 and f[1] in (".data", ".bss"):
                assert int(f[5], 16) == 0, (src, line)
            if len(f) > 2 and f[1].startswith(".rel") and \
                    not f[1].startswith(".rel.text"):
                assert False, (src, line)
