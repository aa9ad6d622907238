#!/usr/bin/python3
"""tools/bench.py - make bench: Tern (and Linux) on the same QEMU, in instructions.

    tools/bench.py [--linux] [--json build/bench.json]

Builds the benchmark programs of bench/ for Tern, two Tern kernels with
CONFIG_DECOMPRESS_STATS (gzip and LZ4) whose initramfs holds them, boots
the gzip one with init=/bin/bench and the LZ4 one with init=/bin/bench_exec
(which powers off at once), and reads the figures from the console.  With
--linux it also fetches Debian's linux-image-*-armmp (armhf) into
build/bench/linux with apt-get download, builds the same programs with
arm-linux-gnueabihf-gcc -static, boots that kernel with an initramfs
holding them as /init, and prints the Linux column beside Tern's.

QEMU always runs with -icount shift=0,align=off,sleep=off (through
tools/run-qemu.sh --icount): one virtual nanosecond per guest instruction.
The results go to build/bench.json; docs/performance.md explains them.
(Linux counterpart: none in the tree; lmbench's and perf bench's runners.)
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import time

import pexpect

from ternbuild import build_variant

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build")
BENCH = os.path.join(BUILD, "bench")
RUN_QEMU = os.path.join(ROOT, "tools", "run-qemu.sh")

# The JSON keys, in table order, with the table's description.
KEYS = [
    ("null_syscall", "null syscall (getppid)"),
    ("yield_switch", "yield ping-pong, per switch"),
    ("tick", "timer tick (interrupt path)"),
    ("irq", "IRQ entry/exit (console RX)"),
    ("reset_to_start_kernel", "reset to start_kernel"),
    ("reset_to_user", "reset to first user instruction"),
    ("fork_exit_wait", "fork + exit + wait4"),
    ("execve", "execve of a tiny static program"),
    ("gzip_per_byte", "gzip decompression, per byte"),
    ("lz4_per_byte", "LZ4 decompression, per byte"),
]
# In the table only (not in the JSON, whose keys are fixed): the single-task
# yield, which includes the loop's two counter reads.
EXTRA_ROWS = [("yield_single", "sched_yield, one task (+ 2 reads)")]
# Figures the bench program prints as "bench: <name> <N> ...".
PROGRAM_FIGURES = ["null_syscall", "yield_single", "yield_switch", "tick", "irq",
                   "fork_exit_wait", "execve"]
N_IRQ = 8               # bench.c's N_IRQ: bytes to type for the irq figure


def log(msg):
    print("  BENCH   " + msg, flush=True)


def run(cmd, **kw):
    """Run a command from the source tree; fail loudly."""
    return subprocess.run(cmd, cwd=ROOT, check=True, **kw)


# --- building -------------------------------------------------------------------

def build_programs(target, out):
    """bench/ for target (tern or linux) into out/bin; returns out/bin."""
    run(["make", "-s", "-C", "bench", "TARGET=" + target, "O=" + out],
        stdout=subprocess.DEVNULL)
    return os.path.join(out, "bin")


def build_tern(name, options, user_extra):
    """A Tern kernel in build/bench/<name>: defconfig + options, bench programs in /bin."""
    out = build_variant(os.path.join(BENCH, name), options, ["USER_EXTRA=" + user_extra])
    return os.path.join(out, "zImage")


# --- booting -----------------------------------------------------------------------

def qemu(kernel, append, extra="", timeout=120):
    """Spawn QEMU (-icount shift=0,align=off,sleep=off) under a hard timeout."""
    cmd = [RUN_QEMU, "--icount", "--append", append]
    if extra:
        cmd += ["--extra", extra]
    cmd.append(kernel)
    return pexpect.spawn("timeout", ["-s", "KILL", str(timeout + 5)] + cmd, cwd=ROOT,
                         encoding="utf-8", codec_errors="replace", timeout=timeout)


def boot_bench(kernel, append, extra="", timeout=120, feed_irq=True):
    """Boot until power-off; type a byte for each "bench: irq:" prompt.

    The irq benchmark answers each console receive interrupt with "got
    N"; a byte typed while it prints may be missed, so a byte is sent
    again after a second of silence.  Returns (console log, wall seconds).
    """
    start = time.monotonic()
    child = qemu(kernel, append, extra, timeout)
    out = []
    try:
        while True:
            i = child.expect([r"bench: irq: ready\r*\n", r"bench: irq: got \d+\r*\n",
                              r"bench: irq: no console input", pexpect.EOF, pexpect.TIMEOUT],
                             timeout=timeout if not feed_irq else 2)
            if i != 4:      # a timeout consumes nothing: the text comes again
                out.append(child.before + (child.after if isinstance(child.after, str) else ""))
            if i == 3:
                break
            if i == 4 and time.monotonic() - start > timeout:
                raise RuntimeError("bench: QEMU timed out:\n" + "".join(out))
            if feed_irq and i in (0, 1, 4) and waiting_for_irq(out):
                child.send("x")
    finally:
        child.close(force=True)
    return "".join(out).replace("\r", ""), time.monotonic() - start


def waiting_for_irq(out):
    """After "irq: ready" and before the last "got": bench.c wants bytes."""
    text = "".join(out)
    return ("bench: irq: ready" in text and f"bench: irq: got {N_IRQ}" not in text
            and "bench: irq: no console input" not in text and "bench: done" not in text)


# --- parsing --------------------------------------------------------------------------

def parse_program(text):
    """The "bench: <name> <N>" lines of bench/bench.c and bench_exec.c."""
    res = {}
    for name in PROGRAM_FIGURES + ["first_user"]:
        m = re.search(rf"^bench: {name} (\d+) ", text, re.M)
        if m:
            res[name] = int(m.group(1))
    return res


def parse_tern_boot(text):
    """Tern's boot lines: start_kernel, kernel_init, and the decompressor's."""
    res = {}
    m = re.search(r"start_kernel: reached (\d+) instructions", text)
    if m:
        res["reset_to_start_kernel"] = int(m.group(1))
    m = re.search(r"kernel_init: entering user mode, (\d+) instructions", text)
    if m:
        res["reset_to_user"] = int(m.group(1))
    return res


def parse_decompress(text):
    """(bytes, instructions) from "decompress: N bytes in M instructions"."""
    m = re.search(r"decompress: (\d+) bytes in (\d+) instructions", text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def check_clean(text, what):
    for bad in (r"Kernel panic", r"\bOops\b", r"Internal error", r"a benchmark failed",
                r"bench: \w+: .*failed"):
        if re.search(bad, text):
            raise RuntimeError(f"bench: {what}: '{bad}' in the console log:\n{text}")


# --- Tern ------------------------------------------------------------------------------

def bench_tern():
    """Build and boot Tern twice; returns (figures, details, logs)."""
    log("programs for Tern (bench/, arm-none-eabi-gcc + newlib)")
    bins = build_programs("tern", os.path.join(BENCH, "tern"))
    log("kernels: gzip and LZ4, CONFIG_DECOMPRESS_STATS=y")
    gz = build_tern("gz", ["DECOMPRESS_STATS=y"], bins)
    lz4 = build_tern("lz4", ["DECOMPRESS_STATS=y", "KERNEL_LZ4=y"], bins)

    log("boot Tern (gzip) with init=/bin/bench")
    text, wall = boot_bench(gz, "console=ttyAMA0 init=/bin/bench")
    check_clean(text, "Tern")
    res = parse_program(text)
    res.update(parse_tern_boot(text))
    details = {"wall_seconds": round(wall, 1)}
    dz = parse_decompress(text)
    if dz:
        res["gzip_per_byte"] = round(dz[1] / dz[0])
        details["gzip_per_byte"] = dz[1] / dz[0]
        details["gzip_bytes"], details["gzip_instructions"] = dz
    log("boot Tern (LZ4) with init=/bin/bench_exec (powers off)")
    text_lz4, _ = boot_bench(lz4, "console=ttyAMA0 init=/bin/bench_exec", feed_irq=False,
                             timeout=60)
    check_clean(text_lz4, "Tern LZ4")
    dz = parse_decompress(text_lz4)
    if dz:
        res["lz4_per_byte"] = round(dz[1] / dz[0])
        details["lz4_per_byte"] = dz[1] / dz[0]
        details["lz4_bytes"], details["lz4_instructions"] = dz
    if "first_user" in res:
        details["first_user_main"] = res.pop("first_user")
    for key, _ in EXTRA_ROWS:
        if key in res:
            details[key] = res.pop(key)
    return res, details, text + text_lz4


# --- Linux -------------------------------------------------------------------------------

def sudo():
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo"):
        return ["sudo", "-n"]
    raise RuntimeError("bench-linux: needs root (or sudo) for dpkg --add-architecture and apt-get")


def apt_update():
    # An index that fails to download (a mirror mid-sync) makes apt-get update
    # exit 100 while the rest is usable: go on, the next step says if not.
    subprocess.run(sudo() + ["apt-get", "update", "-q"], stdout=subprocess.DEVNULL)


def linux_package():
    """The exact name of Debian's linux-image-<version>-armmp, armhf."""
    archs = subprocess.run(["dpkg", "--print-foreign-architectures"], capture_output=True,
                           text=True).stdout.split()
    if "armhf" not in archs:
        log("dpkg --add-architecture armhf; apt-get update")
        run(sudo() + ["dpkg", "--add-architecture", "armhf"])
        apt_update()
    for attempt in range(2):
        dep = subprocess.run(["apt-cache", "depends", "linux-image-armmp:armhf"],
                             capture_output=True, text=True).stdout
        m = re.search(r"Depends: (linux-image-[\w.+-]+-armmp)(:armhf)?", dep)
        if m:
            return m.group(1)
        found = subprocess.run(["apt-cache", "search", "linux-image", "armmp"],
                               capture_output=True, text=True).stdout
        names = sorted(re.findall(r"^(linux-image-\d[\w.+-]*-armmp) ", found, re.M))
        if names:
            return names[-1]
        if attempt == 0:
            apt_update()
    raise RuntimeError("bench-linux: no linux-image-*-armmp (armhf) in the apt lists")


def fetch_linux(out):
    """apt-get download the armmp kernel into out; returns the vmlinuz path."""
    found = glob.glob(os.path.join(out, "root", "boot", "vmlinuz-*-armmp"))
    if found:
        return found[0]
    pkg = linux_package()
    log(f"apt-get download {pkg}:armhf")
    os.makedirs(out, exist_ok=True)
    for deb in glob.glob(os.path.join(out, "*.deb")):
        os.remove(deb)
    subprocess.run(["apt-get", "download", pkg + ":armhf"], cwd=out, check=True,
                   stdout=subprocess.DEVNULL)
    deb = glob.glob(os.path.join(out, "linux-image-*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(out, "root")], check=True)
    return glob.glob(os.path.join(out, "root", "boot", "vmlinuz-*-armmp"))[0]


def ensure_linux_gcc():
    if shutil.which("arm-linux-gnueabihf-gcc") and \
            os.path.exists("/usr/arm-linux-gnueabihf/lib/libc.a"):
        return
    log("apt-get install gcc-arm-linux-gnueabihf libc6-dev-armhf-cross")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    cmd = sudo() + ["apt-get", "install", "-y", "--no-install-recommends",
                    "gcc-arm-linux-gnueabihf", "libc6-dev-armhf-cross"]
    if subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL).returncode:
        apt_update()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)


def make_initramfs(bins, out):
    """newc cpio: /init = bench, /bin/bench_exec, an empty /dev for devtmpfs."""
    stage = os.path.join(out, "initramfs")
    shutil.rmtree(stage, ignore_errors=True)
    os.makedirs(os.path.join(stage, "bin"))
    os.makedirs(os.path.join(stage, "dev"))
    shutil.copy(os.path.join(bins, "bench"), os.path.join(stage, "init"))
    shutil.copy(os.path.join(bins, "bench_exec"), os.path.join(stage, "bin", "bench_exec"))
    cpio = os.path.join(out, "initramfs.cpio")
    files = subprocess.run("find . | LC_ALL=C sort", shell=True, cwd=stage, check=True,
                           capture_output=True).stdout
    with open(cpio, "wb") as f:
        subprocess.run(["cpio", "-o", "-H", "newc", "-R", "0:0", "--reproducible", "--quiet"],
                       cwd=stage, input=files, stdout=f, check=True)
    return cpio


def bench_linux():
    out = os.path.join(BENCH, "linux")
    vmlinuz = fetch_linux(out)
    ensure_linux_gcc()
    log("programs for Linux (bench/, arm-linux-gnueabihf-gcc -static)")
    bins = build_programs("linux", os.path.join(out, "prog"))
    cpio = make_initramfs(bins, out)
    log(f"boot {os.path.basename(vmlinuz)} with rdinit=/init")
    text, wall = boot_bench(vmlinuz, "console=ttyAMA0 rdinit=/init",
                            extra="-initrd " + cpio, timeout=300, feed_irq=False)
    check_clean(text, "Linux")
    res = parse_program(text)
    details = {"kernel": os.path.basename(vmlinuz), "wall_seconds": round(wall, 1)}
    if "first_user" in res:
        res["reset_to_user"] = res.pop("first_user")
    for key, _ in EXTRA_ROWS:
        if key in res:
            details[key] = res.pop(key)
    return res, details, text


# --- report ------------------------------------------------------------------------------

def fmt(v):
    return "-" if v is None else f"{v:,}"


def table(tern, linux, details):
    rows = [f"{'instructions per operation':34} {'Tern':>15} {'Linux':>15} {'Linux/Tern':>10}"]
    for key, what in KEYS[:1] + EXTRA_ROWS + KEYS[1:]:
        t = tern.get(key, details["tern"].get(key))
        lx = linux.get(key, details["linux"].get(key))
        tv = details["tern"].get(key, t)
        ts = f"{tv:,.2f}" if isinstance(tv, float) else fmt(t)
        ratio = f"{lx / t:,.1f}" if t and lx else "-"
        rows.append(f"{what:34} {ts:>15} {fmt(lx):>15} {ratio:>10}")
    return "\n".join(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--linux", action="store_true", help="also boot Debian's armmp kernel")
    ap.add_argument("--json", default=os.path.join(BUILD, "bench.json"))
    ap.add_argument("--log", default=os.path.join(BENCH, "console.log"))
    args = ap.parse_args()

    os.makedirs(BENCH, exist_ok=True)
    tern, tdet, logs = bench_tern()
    linux, ldet = {}, {}
    if args.linux:
        linux, ldet, ltext = bench_linux()
        logs += ltext
    with open(args.log, "w") as f:
        f.write(logs)
    details = {"tern": tdet, "linux": ldet}
    with open(args.json, "w") as f:
        json.dump({"tern": tern, "linux": linux}, f, indent=2)
        f.write("\n")
    print(table(tern, linux, details))
    print(f"Tern boot + benchmarks: {tdet['wall_seconds']} s wall", end="")
    if ldet:
        print(f"; Linux ({ldet['kernel']}): {ldet['wall_seconds']} s wall", end="")
    print(f"\nwritten: {os.path.relpath(args.json, ROOT)}, console log "
          f"{os.path.relpath(args.log, ROOT)}")
    missing = [k for k, _ in KEYS if k not in tern]
    if missing:
        print("bench: Tern figures missing: " + ", ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
