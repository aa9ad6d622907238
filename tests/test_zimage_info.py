"""Tests of tools/zimage-info on synthetic zImages built here in Python.

Each image is laid out as Linux's arch/arm/boot/compressed/head.S and
piggy.S lay it out (8 nops, b, magic, start, end, endianness flag, code,
compressed kernel, LE32 inflated size), then broken one way at a time; the
tool must pass the good ones (exit 0) and name each broken check (exit 1).
Independent of the kernel build; a test on the real build/zImage belongs
with the build.

Run: /usr/bin/python3 -m pytest tests/test_zimage_info.py
"""

import gzip
import os
import random
import shutil
import struct
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOL = os.path.join(ROOT, "tools", "zimage-info")
WORK = os.path.join(ROOT, "build", "host", "zimage-info")

NOP, MAGIC, ENDIAN = 0xE1A00000, 0x016F2818, 0x04030201
CODE = struct.pack("<I", 0xEAFFFFFE) * 0x80     # "1: b 1b", 512 bytes


def kernel_image(size=48 * 1024, seed=1):
    """A compressible, deterministic stand-in for the kernel Image."""
    rng = random.Random(seed)
    words = [b"mov r0, r0 ", b"ldr pc, [sp] ", b"Tern ", b"\0\0\0\0"]
    out = bytearray()
    while len(out) < size:
        out += rng.choice(words) if rng.random() < 0.8 else \
            bytes([rng.randrange(256)])
    return bytes(out[:size])


def gzip_payload(image):
    return gzip.compress(image, compresslevel=9, mtime=0)


def lz4_payload(image):
    r = subprocess.run(["lz4", "-l", "-9", "-c"], input=image,
                       capture_output=True, check=True)
    return r.stdout


def header(end, start=0, nop=NOP, branch=0xEA000003, magic=MAGIC,
           endian=ENDIAN):
    """0x00-0x33; the branch goes to 0x34, right after it."""
    return struct.pack("<8I", *[nop] * 8) + \
        struct.pack("<5I", branch, magic, start, end, endian)


def zimage(payload=None, image=None, code=CODE, pad=b"", after=b"",
           size_word=None, **hdr):
    """header + code + payload + LE32 size [+ pad]; end = that length;
    after (an appended DTB, ...) follows end."""
    image = kernel_image() if image is None else image
    payload = gzip_payload(image) if payload is None else payload
    size_word = len(image) if size_word is None else size_word
    body = code + payload + struct.pack("<I", size_word) + pad
    end = hdr.pop("end", 0x34 + len(body))
    return header(end, **hdr) + body + after


def run(blob, *args, name="zImage"):
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, name)
    with open(path, "wb") as f:
        f.write(blob)
    r = subprocess.run([TOOL, path] + list(args), capture_output=True,
                       text=True, timeout=30)
    return r.returncode, r.stdout, r.stderr


def passes(blob, *args):
    rc, out, err = run(blob, *args)
    assert rc == 0 and err == "", out + err
    assert out.splitlines()[-1] == "result: ok"
    return out


def fails(blob, *messages, args=()):
    rc, out, err = run(blob, *args)
    assert rc == 1, out + err
    for m in messages:
        assert m in err, "%r not in:\n%s" % (m, err)
    assert "check(s) failed" in out.splitlines()[-1]
    return out, err


def dtb(size=0x100):
    """A stand-in DTB: only magic and totalsize are looked at."""
    return struct.pack(">II", 0xD00DFEED, size) + b"\0" * (size - 8)


# ------------------------------------------------------------ good images

def test_is_executable_python3():
    with open(TOOL) as f:
        assert f.readline() == "#!/usr/bin/python3\n"
    assert os.access(TOOL, os.X_OK)


def test_gzip_image():
    image = kernel_image()
    payload = gzip_payload(image)
    out = passes(zimage(payload, image))
    start = 0x34 + len(CODE)
    assert "  0x20       b 0x34 (0xea000003)" in out
    assert "  0x24       magic 0x016f2818" in out
    assert "payload: gzip at 0x%x-0x%x" % (start, start + len(payload)) in out
    assert "compressed size: %d " % len(payload) in out
    assert "inflated size:   %d " % len(image) in out
    assert "verified: the payload inflates to %d bytes, CRC32 ok" % \
        len(image) in out
    assert "ratio: %.2f:1" % (len(image) / len(payload)) in out
    assert "appended DTB: none" in out


@pytest.mark.skipif(not shutil.which("lz4"), reason="lz4 not installed")
def test_lz4_image():
    image = kernel_image(200 * 1024, seed=2)
    payload = lz4_payload(image)
    assert payload.startswith(b"\x02\x21\x4c\x18")
    out = passes(zimage(payload, image))
    assert "payload: lz4 at 0x%x" % (0x34 + len(CODE)) in out
    assert "compressed size: %d " % len(payload) in out
    assert "verified: the payload inflates to %d bytes" % len(image) in out


def test_alignment_padding_after_size_word():
    """zimage.ld aligns the end to 8: up to 7 zero bytes are fine."""
    passes(zimage(pad=b"\0" * 4))


def test_false_magic_in_code_is_skipped():
    code = CODE[:64] + b"\x1f\x8b\x08\x00junk" + b"\x02\x21\x4c\x18" + \
        CODE[80:]
    out = passes(zimage(code=code))
    assert "payload: gzip at 0x%x" % (0x34 + len(code)) in out


def test_appended_dtb():
    blob = zimage(after=dtb(0x200))
    end = len(blob) - 0x200
    out = passes(blob)
    assert "appended DTB: at 0x%x, magic 0xd00dfeed, totalsize 0x200" % end \
        in out


@pytest.mark.skipif(not shutil.which("dtc"), reason="dtc not installed")
def test_appended_real_dtb():
    r = subprocess.run(["dtc", "-q", "-I", "dts", "-O", "dtb", "-"],
                       input=b"/dts-v1/; / { model = \"t\"; };",
                       capture_output=True, check=True)
    passes(zimage(after=r.stdout))


# ------------------------------------------------------------- bad images

def test_bad_magic():
    fails(zimage(magic=0x12345678),
          "bad magic at 0x24: 0x12345678 (expected 0x016f2818)")
    fails(zimage(magic=0x18286F01), "(a big-endian image?)")


def test_bad_nops_and_branch():
    blob = bytearray(zimage())
    blob[0x08:0x0C] = struct.pack("<I", 0xE3A00000)
    fails(bytes(blob), "not a nop at 0x08: 0xe3a00000")
    fails(zimage(branch=0xE1A00000), "no branch at 0x20: 0xe1a00000")
    fails(zimage(branch=0xEA100000), "branch at 0x20 jumps to 0x400028")


def test_bad_endianness_flag():
    fails(zimage(endian=0x01020304), "endianness flag at 0x30 is 0x01020304")
    fails(zimage(endian=0), "bad endianness flag at 0x30: 0x00000000")


def test_end_larger_than_file():
    good = zimage()
    fails(zimage(end=len(good) + 0x10),
          "end 0x%x larger than file size 0x%x" % (len(good) + 0x10,
                                                   len(good)))


def test_end_below_start():
    fails(zimage(start=0x8000, end=0x100), "end 0x100 below start 0x8000")


def test_start_address_counts():
    """end is an address: with start 0x8000 the image is end - start."""
    good = zimage()
    passes(zimage(start=0x8000, end=0x8000 + len(good)))


def test_crc_mismatch():
    payload = bytearray(gzip_payload(kernel_image()))
    payload[-8] ^= 0xFF                  # gzip trailer: CRC32, then ISIZE
    fails(zimage(bytes(payload)), "payload CRC mismatch")


def test_isize_mismatch():
    payload = bytearray(gzip_payload(kernel_image()))
    payload[-4] ^= 0x01
    fails(zimage(bytes(payload)), "payload length mismatch")


def test_size_word_mismatch():
    image = kernel_image()
    fails(zimage(image=image, size_word=len(image) + 4),
          "inflated size mismatch: size word at 0x")


def test_truncated_payload():
    payload = gzip_payload(kernel_image())
    fails(zimage(payload[:len(payload) // 2]), "payload gzip stream truncated")


def test_corrupt_deflate_data():
    payload = bytearray(gzip_payload(kernel_image()))
    for i in range(20, 60):
        payload[i] = 0xFF
    out, err = fails(zimage(bytes(payload)))
    assert "payload" in err


def test_no_payload():
    blob = header(0x34 + len(CODE)) + CODE
    fails(blob, "no gzip or LZ4 payload found after the header")


def test_payload_not_last():
    """Data between the size word and end: only --elf can say where."""
    fails(zimage(pad=b"\x01" * 16), "payload is not last: 0x10 bytes")
    fails(zimage(pad=b"\0" * 16), "payload is not last: 0x10 bytes")


def test_appended_garbage():
    fails(zimage(after=b"GARBAGE!" * 4), "0x20 bytes after end 0x")
    fails(zimage(after=b"\xd0\x0d"), "magic missing")


def test_appended_dtb_truncated_or_trailed():
    fails(zimage(after=dtb(0x200)[:0x180]),
          "totalsize 0x200 runs past the end of the file")
    fails(zimage(after=dtb(0x100) + b"x" * 3), "0x3 stray bytes after")


def test_tiny_file():
    fails(b"\0" * 16, "file too small for a zImage header: 0x10 bytes")


def test_every_error_is_reported():
    out, err = fails(zimage(magic=0, endian=0, size_word=1))
    assert len(err.splitlines()) == 3
    assert "result: 3 check(s) failed" in out


def test_missing_file():
    rc, out, err = run(b"", name="x")
    assert rc == 1
    rc = subprocess.run([TOOL, os.path.join(WORK, "does-not-exist")],
                        capture_output=True, text=True).returncode
    assert rc == 1


# ------------------------------------------------------- --elf (symbols)

ELF_ASM = """
	.arm
	.text
	.globl	start
start:
	.rept	8
	mov	r0, r0
	.endr
	b	1f
	.word	0x016f2818, 0, image_end, 0x04030201
1:	b	1b
	.globl	input_data
input_data:
	.incbin	"piggy_data"
	.globl	input_data_end
input_data_end:
	.word	0x11111111, 0x22222222, 0x33333333	@ data after the payload
	.balign	4
image_end:
"""


@pytest.mark.skipif(not shutil.which("arm-none-eabi-as"),
                    reason="arm-none-eabi binutils not installed")
def test_elf_symbols_locate_a_payload_that_is_not_last():
    os.makedirs(WORK, exist_ok=True)
    image = kernel_image()
    with open(os.path.join(WORK, "piggy_data"), "wb") as f:
        f.write(gzip_payload(image) + struct.pack("<I", len(image)))
    with open(os.path.join(WORK, "zimage.S"), "w") as f:
        f.write(ELF_ASM)
    sh = lambda *cmd: subprocess.run(cmd, cwd=WORK, check=True)
    sh("arm-none-eabi-as", "-o", "zimage.o", "zimage.S")
    sh("arm-none-eabi-ld", "-Ttext=0", "-e", "start", "-o", "vmlinux",
       "zimage.o")
    sh("arm-none-eabi-objcopy", "-O", "binary", "vmlinux", "zImage-elf")
    with open(os.path.join(WORK, "zImage-elf"), "rb") as f:
        blob = f.read()
    elf = os.path.join(WORK, "vmlinux")

    assert struct.unpack_from("<I", blob, 0x2C)[0] == len(blob)
    fails(blob, "payload is not last: 0x")
    out = passes(blob, "--elf", elf)
    assert "payload (from --elf): input_data 0x38" in out
    assert "verified: the payload inflates to %d bytes" % len(image) in out

    broken = bytearray(blob)
    broken[0x38 + 40] ^= 0xFF
    rc, out, err = run(bytes(broken), "--elf", elf)
    assert rc == 1 and "payload" in err

    rc, out, err = run(blob, "--elf", os.path.join(WORK, "zimage.S"))
    assert rc == 1 and "error:" in err
