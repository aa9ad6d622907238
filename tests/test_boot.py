"""Boot chain: the zImage decompresses itself and reaches start_kernel on
QEMU -kernel (relocating path) and under U-Boot bootz (in-place path)."""
import os
import re
import subprocess

import pytest

import tern

BANNER = r"Tern version \d+\.\d+\.\d+ \(arm-none-eabi-gcc .*\) #\d+ .*\d{4}\n"


def check_boot(log, mem_mib, cmdline):
    tern.assert_clean(log)
    assert "Uncompressing Tern... done, booting the kernel.\n" in log, log
    assert re.search(BANNER, log), log
    assert f"Kernel command line: {cmdline}\n" in log, log
    assert re.search(rf"Memory: {mem_mib} MiB at 0x40000000\n", log), log
    assert "reboot: Power down" in log, log


@pytest.mark.parametrize("mem,mib", [("128M", 128), ("256M", 256), ("1G", 1024)])
def test_boot_qemu_kernel(zimage, mem, mib):
    log = tern.boot(zimage, mem=mem, append="console=ttyAMA0 mem-test")
    check_boot(log, mib, "console=ttyAMA0 mem-test")


def test_boot_uboot_bootz(zimage):
    log = tern.boot(zimage, boot_via="uboot", append="console=ttyAMA0 via=uboot", timeout=60)
    assert "Kernel image @ 0x40400000" in log, log
    check_boot(log, 128, "console=ttyAMA0 via=uboot")


def test_boot_lz4():
    out = tern.build("lz4", ["KERNEL_LZ4=y"])
    piggy = open(os.path.join(out, "boot/compressed/piggy_data"), "rb").read()
    assert piggy[:4] == bytes.fromhex("02214c18"), "payload is not an LZ4 legacy frame"
    check_boot(tern.boot(os.path.join(out, "zImage")), 128, "console=ttyAMA0")


def test_boot_is_deterministic(zimage):
    """Under -icount the instruction count to start_kernel repeats exactly."""
    pattern = r"start_kernel: reached (\d+) instructions"
    first = re.search(pattern, tern.boot(zimage)).group(1)
    assert re.search(pattern, tern.boot(zimage)).group(1) == first


# --- device trees --------------------------------------------------------

def qemu_dts(tmp_path, zimage, append="console=ttyAMA0"):
    """QEMU's own device tree for -M virt, as source text."""
    dtb = tmp_path / "virt.dtb"
    subprocess.run(["qemu-system-arm", "-M", f"virt,dtb-randomness=off,dumpdtb={dtb}",
                    "-m", "128M", "-nographic", "-nic", "none", "-kernel", zimage,
                    "-append", append], check=True, capture_output=True)
    return subprocess.run(["dtc", "-q", "-I", "dtb", "-O", "dts", str(dtb)], check=True,
                          capture_output=True, text=True).stdout


def zimage_with_dtb(tmp_path, zimage, dts=None, blob=None):
    """A copy of the zImage with a DTB appended (cat x.dtb >> zImage)."""
    if blob is None:
        blob = subprocess.run(["dtc", "-q", "-I", "dts", "-O", "dtb", "-"], input=dts.encode(),
                              check=True, capture_output=True).stdout
    out = tmp_path / "zImage-dtb"
    out.write_bytes(open(zimage, "rb").read() + blob)
    return str(out)


def test_appended_dtb_wins(tmp_path, zimage):
    dts = qemu_dts(tmp_path, zimage).replace('bootargs = "console=ttyAMA0"',
                                     'bootargs = "console=ttyAMA0 from=appended-dtb"')
    assert "from=appended-dtb" in dts
    img = zimage_with_dtb(tmp_path, zimage, dts)
    log = tern.boot(img, append="console=ttyAMA0 from=qemu")
    check_boot(log, 128, "console=ttyAMA0 from=appended-dtb")


def test_appended_dtb_uboot(tmp_path, zimage):
    dts = qemu_dts(tmp_path, zimage).replace('bootargs = "console=ttyAMA0"',
                                     'bootargs = "appended-under-uboot"')
    log = tern.boot(zimage_with_dtb(tmp_path, zimage, dts), boot_via="uboot", timeout=60)
    check_boot(log, 128, "appended-under-uboot")


def test_dtb_without_memory_panics(tmp_path, zimage):
    dts = re.sub(r"\tmemory@40000000 \{.*?\};\n", "", qemu_dts(tmp_path, zimage), flags=re.S)
    assert "memory@" not in dts
    log = tern.boot_until(zimage_with_dtb(tmp_path, zimage, dts), r"Kernel panic - not syncing: .*\n")
    assert "Kernel panic - not syncing: no /memory node in the device tree" in log, log


def test_corrupt_dtb_panics(tmp_path, zimage):
    """A DTB with the right magic but a struct block past its end."""
    blob = bytearray(subprocess.run(["dtc", "-q", "-I", "dts", "-O", "dtb", "-"],
                                    input=qemu_dts(tmp_path, zimage).encode(), check=True,
                                    capture_output=True).stdout)
    blob[0x0c:0x10] = (len(blob) * 4).to_bytes(4, "big")   # size_dt_struct: far too big
    log = tern.boot_until(zimage_with_dtb(tmp_path, zimage, blob=bytes(blob)),
                          r"Kernel panic - not syncing: .*\n")
    assert re.search(r"Kernel panic - not syncing: Invalid device tree blob at physical "
                     r"address 0x[0-9a-f]{8}: ", log), log


# --- corrupt images -----------------------------------------------------------

def payload_range(kernel):
    """Offsets of input_data/input_data_end in the zImage (linked at 0)."""
    nm = subprocess.run(["arm-none-eabi-nm", os.path.join(kernel, "boot/compressed/vmlinux")],
                        check=True, capture_output=True, text=True).stdout
    syms = {l.split()[2]: int(l.split()[0], 16) for l in nm.splitlines() if len(l.split()) == 3}
    return syms["input_data"], syms["input_data_end"]


# LZ4 legacy frames carry no checksum (as in Linux): a flipped literal byte
# decodes "successfully". What LZ4 can catch is a broken structure: a block
# size past the end of the data (byte 7 of the payload is the top byte of
# the first block's size), or a truncated payload.
@pytest.mark.parametrize("variant,options,how", [
    ("default", [], "flip-middle"), ("default", [], "flip-start"), ("default", [], "truncate"),
    ("lz4", ["KERNEL_LZ4=y"], "flip-block-size"), ("lz4", ["KERNEL_LZ4=y"], "truncate")])
def test_corrupt_zimage_halts(tmp_path, variant, options, how):
    kernel = tern.build(variant, options)
    data = bytearray(open(os.path.join(kernel, "zImage"), "rb").read())
    start, end = payload_range(kernel)
    if how == "flip-middle":
        data[(start + end) // 2] ^= 0xff
    elif how == "flip-start":
        data[start + 20] ^= 0x55
    elif how == "flip-block-size":
        data[start + 7] ^= 0x40
    else:
        data = data[:(start + end) // 2]
    img = tmp_path / "zImage-bad"
    img.write_bytes(bytes(data))
    log = tern.boot_until(str(img), r"-- System halted")
    assert re.search(r"decompression error: \S.*\n", log), log
    assert "booting the kernel" not in log
    assert "Tern version" not in log


@pytest.mark.parametrize("variant,options,fmt", [("default", [], "gzip"),
                                                 ("lz4", ["KERNEL_LZ4=y"], "lz4")])
def test_zimage_info_on_the_build(variant, options, fmt):
    """tools/zimage-info accepts the real zImage and sees the real Image."""
    out = tern.build(variant, options)
    info = subprocess.run([os.path.join(tern.ROOT, "tools", "zimage-info"),
                           os.path.join(out, "zImage")], capture_output=True, text=True)
    assert info.returncode == 0, info.stdout + info.stderr
    size = os.path.getsize(os.path.join(out, "Image"))
    assert re.search(rf"payload: {fmt} at ", info.stdout), info.stdout
    assert re.search(rf"inflated size: +{size} ", info.stdout), info.stdout
