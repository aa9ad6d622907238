#!/usr/bin/python3
"""tools/bench.py - make bench: Tern (and Linux) on the same QEMU, in instructions.

    tools/bench.py [--linux [--doc docs/performance.md]] [--json build/bench.json]

Builds the benchmark programs of bench/ for Tern, two Tern kernels with
CONFIG_DECOMPRESS_STATS (gzip and LZ4) whose initramfs holds them, boots
the gzip one with init=/bin/bench and the LZ4 one with init=/bin/bench_exec
(which powers off at once), and reads the figures from the console.  With
--linux it also fetches Debian's linux-image-*-armmp (armhf) into
build/bench/linux with apt-get download, builds the same programs with
arm-linux-gnueabihf-gcc -static, and boots that kernel twice with an
initramfs holding them as /init: as Debian ships it ("linux") and without
the costs that are not the kernel's work on the figures ("linux_lean":
mitigations=off init_on_alloc=0, glibc's rseq off).  Every kernel is
booted behind bench/bootp.S, which starts the PMU's instruction counter.

QEMU always runs with -icount shift=0,align=off,sleep=off (through
tools/run-qemu.sh --icount): one virtual nanosecond per guest instruction.
The results go to build/bench.json.  With --doc, the results section of
that document (between its bench-results markers) is written from the
JSON, and the JSON is kept beside it (docs/performance.json), so the
document cannot drift from a measurement.
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
    ("fork_heap_1m", "fork + exit + wait4, 1 MiB touched heap"),
    ("fork_heap_4m", "fork + exit + wait4, 4 MiB touched heap"),
    ("fault_first_touch", "first-touch anonymous fault, per page"),
    ("fault_cow", "copy-on-write fault, per page"),
    ("mmap_munmap", "mmap + munmap of one page"),
    ("execve", "execve of a tiny static program"),
    ("gzip_per_byte", "gzip decompression, per byte"),
    ("lz4_per_byte", "LZ4 decompression, per byte"),
]
# In the table only (not among the fixed keys; in "details"): the
# single-task yield, which includes the loop's two counter reads.
EXTRA_ROWS = [("yield_single", "sched_yield, one task (+ 2 reads)")]
# Figures the bench program prints as "bench: <name> <N> ...".
PROGRAM_FIGURES = ["null_syscall", "yield_single", "yield_switch", "tick", "irq",
                   "fork_exit_wait", "fork_heap_1m", "fork_heap_4m", "fault_first_touch",
                   "fault_cow", "mmap_munmap", "execve", "first_user", "first_insn"]
N_IRQ = 8               # bench.c's N_IRQ: bytes to type for the irq figure

# The columns: JSON key and heading.  Then each Linux boot's command line.
COLUMNS = [("tern", "Tern"), ("linux", "Linux"), ("linux_lean", "Linux, lean")]
LINUX_APPEND = "console=ttyAMA0 rdinit=/init"
# Linux, lean: no CPU-bug mitigations that the command line can turn off,
# no zeroing of every allocated page, and glibc without rseq.  /init is
# started by the kernel, so the tunable goes in as an environment word of
# the command line: the kernel hands unknown NAME=value words to init's
# environment, and static glibc reads GLIBC_TUNABLES at start-up.
LEAN_WORDS = "mitigations=off init_on_alloc=0 GLIBC_TUNABLES=glibc.pthread.rseq=0"
LINUX_RUNS = [("linux", LINUX_APPEND), ("linux_lean", LINUX_APPEND + " " + LEAN_WORDS)]

# Issue 6's targets for Tern (upper bounds), shown beside the figures.
TARGETS = {"null_syscall": 50, "yield_switch": 400, "tick": 300,
           "reset_to_user": 5000000, "gzip_per_byte": 25, "lz4_per_byte": 6}

DOC_BEGIN = ("<!-- bench-results: begin. tools/bench.py --doc writes this part from "
             "build/bench.json (make bench-linux); do not edit by hand. -->")
DOC_END = "<!-- bench-results: end -->"


def log(msg):
    print("  BENCH   " + msg, flush=True)


def run(cmd, **kw):
    """Run a command from the source tree; fail loudly."""
    return subprocess.run(cmd, cwd=ROOT, check=True, **kw)


def output(cmd):
    """The stripped standard output of a command run from the source tree."""
    return subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


# --- building -------------------------------------------------------------------

def build_programs(target, out):
    """bench/ for target (tern or linux) into out; returns (out/bin, out/bootp.bin)."""
    run(["make", "-s", "-C", "bench", "TARGET=" + target, "O=" + out],
        stdout=subprocess.DEVNULL)
    return os.path.join(out, "bin"), os.path.join(out, "bootp.bin")


def with_bootp(bootp, kernel):
    """kernel.bootp: bench/bootp.S's shim followed by the kernel, for -kernel."""
    out = kernel + ".bootp"
    with open(out, "wb") as f:
        for part in (bootp, kernel):
            with open(part, "rb") as src:
                f.write(src.read())
    return out


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
    for name in PROGRAM_FIGURES:
        m = re.search(rf"^bench: {name} (\d+) ", text, re.M)
        if m:
            res[name] = int(m.group(1))
    return res


def search(pattern, text, group=1):
    m = re.search(pattern, text, re.M)
    return m.group(group) if m else None


def program_details(res, text):
    """Move what is not a table key out of res; returns the details."""
    details = {k: res.pop(k) for k in ("yield_single", "first_user") if k in res}
    if "first_insn" in res:
        res["reset_to_user"] = res.pop("first_insn")
    main_insn = search(r"^bench: info main_insn (\d+)", text)
    if main_insn:
        details["main_insn"] = int(main_insn)
    tick = re.search(r"^bench: info tick: \d+ ticks, (\d+) to (\d+)", text, re.M)
    if tick:
        details["tick_max"] = int(tick.group(2))
    details["system"] = search(r"^bench: info system (\S+ \S+),", text)
    return details


def parse_tern_boot(text):
    """Tern's boot lines: start_kernel, and kernel_init's own count."""
    res, details = {}, {}
    m = re.search(r"start_kernel: reached (\d+) instructions", text)
    if m:
        res["reset_to_start_kernel"] = int(m.group(1))
    m = re.search(r"kernel_init: entering user mode, (\d+) instructions", text)
    if m:
        details["kernel_init"] = int(m.group(1))
    return res, details


def parse_decompress(text):
    """(bytes, instructions) from "decompress: N bytes in M instructions"."""
    m = re.search(r"decompress: (\d+) bytes in (\d+) instructions", text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def parse_boot(text):
    """What a boot log says of the costs that the lean column removes."""
    stamp = search(r"\[ *([\d.]+)\] Run \S+ as init process", text)
    return {"cmdline": search(r"Kernel command line: (.*)$", text),
            "mem_auto_init": search(r"mem auto-init: (.*)$", text),
            "spectre_bhb": search(r"Spectre BHB: (.*)$", text),
            "rseq": search(r"^bench: info rseq (registered|not registered)", text),
            "run_init_stamp": float(stamp) if stamp else None}


def check_clean(text, what):
    for bad in (r"Kernel panic", r"\bOops\b", r"Internal error", r"a benchmark failed",
                r"bench: \w+: .*failed"):
        if re.search(bad, text):
            raise RuntimeError(f"bench: {what}: '{bad}' in the console log:\n{text}")


# --- Tern ------------------------------------------------------------------------------

def bench_tern():
    """Build and boot Tern twice; returns (figures, details, logs)."""
    log("programs for Tern (bench/, arm-none-eabi-gcc + newlib)")
    bins, bootp = build_programs("tern", os.path.join(BENCH, "tern"))
    log("kernels: gzip and LZ4, CONFIG_DECOMPRESS_STATS=y")
    gz = with_bootp(bootp, build_tern("gz", ["DECOMPRESS_STATS=y"], bins))
    lz4 = with_bootp(bootp, build_tern("lz4", ["DECOMPRESS_STATS=y", "KERNEL_LZ4=y"], bins))

    log("boot Tern (gzip) with init=/bin/bench")
    text, wall = boot_bench(gz, "console=ttyAMA0 init=/bin/bench")
    check_clean(text, "Tern")
    res = parse_program(text)
    details = program_details(res, text)
    boot_res, boot_details = parse_tern_boot(text)
    res.update(boot_res)
    details.update(boot_details, **parse_boot(text), wall_seconds=round(wall, 1))
    log("boot Tern (LZ4) with init=/bin/bench_exec (powers off)")
    text_lz4, _ = boot_bench(lz4, "console=ttyAMA0 init=/bin/bench_exec", feed_irq=False,
                             timeout=60)
    check_clean(text_lz4, "Tern LZ4")
    for name, boot_text in (("gzip", text), ("lz4", text_lz4)):
        dz = parse_decompress(boot_text)
        if dz:
            res[name + "_per_byte"] = round(dz[1] / dz[0])
            details[name + "_per_byte"] = dz[1] / dz[0]
            details[name + "_bytes"] = dz[0]
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
    """apt-get download the armmp kernel into out, unless it is there.

    Returns (vmlinuz path, package name, package version)."""
    debs = glob.glob(os.path.join(out, "linux-image-*.deb"))
    found = glob.glob(os.path.join(out, "root", "boot", "vmlinuz-*-armmp"))
    if not (debs and found):
        pkg = linux_package()
        log(f"apt-get download {pkg}:armhf")
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        subprocess.run(["apt-get", "download", pkg + ":armhf"], cwd=out, check=True,
                       stdout=subprocess.DEVNULL)
        debs = glob.glob(os.path.join(out, "linux-image-*.deb"))
        subprocess.run(["dpkg-deb", "-x", debs[0], os.path.join(out, "root")], check=True)
        found = glob.glob(os.path.join(out, "root", "boot", "vmlinuz-*-armmp"))
    name, version = output(["dpkg-deb", "-f", debs[0], "Package", "Version"]).splitlines()
    return found[0], name.split(": ")[1], version.split(": ")[1]


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
    """Boot Debian's kernel as it ships and lean; returns (columns, details, logs, package)."""
    out = os.path.join(BENCH, "linux")
    vmlinuz, pkg, version = fetch_linux(out)
    ensure_linux_gcc()
    log("programs for Linux (bench/, arm-linux-gnueabihf-gcc -static)")
    bins, bootp = build_programs("linux", os.path.join(out, "prog"))
    cpio = make_initramfs(bins, out)
    kernel = with_bootp(bootp, vmlinuz)
    columns, details, logs = {}, {}, ""
    for key, append in LINUX_RUNS:
        log(f"boot {os.path.basename(vmlinuz)} with {append}")
        text, wall = boot_bench(kernel, append, extra="-initrd " + cpio, timeout=300,
                                feed_irq=False)
        check_clean(text, key)
        res = parse_program(text)
        details[key] = program_details(res, text)
        details[key].update(parse_boot(text), wall_seconds=round(wall, 1))
        columns[key] = res
        logs += text
    if details["linux_lean"]["rseq"] != "not registered":
        raise RuntimeError("bench: Linux, lean: glibc still registered rseq: "
                           "GLIBC_TUNABLES did not reach /init")
    return columns, details, logs, {"package": pkg, "version": version}


# --- report ------------------------------------------------------------------------------

def measurement_meta():
    """The commit measured (-dirty: changes outside docs/), the date and QEMU."""
    commit = output(["git", "rev-parse", "--short=12", "HEAD"])
    if output(["git", "status", "--porcelain", "--", ".", ":(exclude)docs"]):
        commit += "-dirty"
    return {"commit": commit, "date": time.strftime("%Y-%m-%d", time.gmtime()),
            "qemu": output(["qemu-system-arm", "--version"]).splitlines()[0]}


def value(data, col, key):
    """A figure of a column: the exact float where details keep one."""
    exact = data["details"].get(col, {}).get(key)
    return exact if exact is not None else data[col].get(key)


def fmt(v):
    if v is None:
        return "-"
    return f"{v:,.2f}" if isinstance(v, float) else f"{v:,}"


def ratio(a, b):
    return f"{a / b:,.1f}" if a and b else "-"


def table(data):
    """The terminal table: every column measured, with Linux / Tern."""
    cols = [c for c in COLUMNS if data[c[0]]]
    rows_what = KEYS[:1] + EXTRA_ROWS + KEYS[1:]
    w = max(len(what) for _, what in rows_what) + 2
    head = f"{'instructions per operation':{w}}" + "".join(f"{h:>16}" for _, h in cols)
    if len(cols) > 1:
        head += "".join(f"{h + '/Tern':>18}" for _, h in cols[1:])
    rows = [head]
    for key, what in rows_what:
        vals = [value(data, c, key) for c, _ in cols]
        row = f"{what:{w}}" + "".join(f"{fmt(v):>16}" for v in vals)
        row += "".join(f"{ratio(v, vals[0]):>18}" for v in vals[1:])
        rows.append(row)
    return "\n".join(rows)


def md_row(cells):
    return "| " + " | ".join(cells) + " |"


def render_results(data):
    """The document's results section, from a bench.json of all three columns."""
    meta, det = data["meta"], data["details"]

    def each(fn):
        """One cell per column: fn(figures, details) or "-"."""
        cells = []
        for col, _ in COLUMNS:
            try:
                cells.append(fn(data[col], det[col]))
            except (KeyError, TypeError):
                cells.append("-")
        return cells

    out = [f"Measured with `make bench-linux` at commit `{meta['commit']}` on "
           f"{meta['date']}: {det['tern']['system']}; Debian "
           f"`{meta['linux']['package']}` {meta['linux']['version']} ({det['linux']['system']}); "
           f"{meta['qemu']}, `-M virt -cpu cortex-a15 -m 128M`, -icount shift=0.", "",
           md_row(["instructions per operation", "Tern", "Linux", "Linux/Tern",
                   "Linux, lean", "lean/Tern", "Tern target"]),
           "|---|" + "---:|" * 6]
    missed = []
    for key, what in KEYS[:1] + EXTRA_ROWS + KEYS[1:]:
        t, a, b = (value(data, c, key) for c, _ in COLUMNS)
        target = TARGETS.get(key)
        if target is not None and t is not None and t > target:
            missed.append(what)
        out.append(md_row([what, f"**{fmt(t)}**" if target else fmt(t), fmt(a), ratio(a, t),
                           fmt(b), ratio(b, t), f"≤ {fmt(target)}" if target else ""]))
    out += ["", f"Tern misses the targets of: {', '.join(missed)}." if missed
            else "Tern meets every target of issue 6.", "",
            "The boots, as their console logs show them:", "",
            "| | Tern | Linux | Linux, lean |", "|---|---|---|---|"]
    rows = [
        ("kernel command line", lambda f, d: f"`{d['cmdline']}`"),
        ("glibc's rseq (`__rseq_size`)", lambda f, d: d["rseq"] or "- (newlib)"),
        ("`mem auto-init:`", lambda f, d: d["mem_auto_init"] or "-"),
        ("`Spectre BHB:`", lambda f, d: d["spectre_bhb"] or "-"),
        ("first instruction to `main()`: C library start-up, with its page faults",
         lambda f, d: fmt(d["main_insn"] - f["reset_to_user"])),
        ("at `main()`: virtual time − instructions retired",
         lambda f, d: fmt(d["first_user"] - d["main_insn"])),
        ("virtual time at `main()` − the printk stamp of `Run ... as init process`: "
         "where the printk clock starts",
         lambda f, d: "≈ " + fmt(int(round(d["first_user"] - d["run_init_stamp"] * 1e9, -3)))),
        ("most expensive of the 10 timer ticks", lambda f, d: fmt(d["tick_max"])),
        ("wall time of the boot and benchmarks, s", lambda f, d: f"{d['wall_seconds']:.1f}"),
    ]
    out += [md_row([what] + each(fn)) for what, fn in rows]
    tern = det["tern"]
    out += ["", f"Tern's own count at `kernel_init` (PMCCNTR from the zImage's first "
            f"instruction): {fmt(tern['kernel_init'])}. The gzip figure is over "
            f"{fmt(tern['gzip_bytes'])} bytes, the LZ4 one over {fmt(tern['lz4_bytes'])}."]
    return "\n".join(out)


def doc_parts(text):
    """(before, results, after): a document split at its bench-results markers."""
    start, end = text.find(DOC_BEGIN), text.find(DOC_END)
    if start < 0 or end < start:
        raise RuntimeError(f"bench: no '{DOC_BEGIN}' ... '{DOC_END}' in the document")
    return (text[:start + len(DOC_BEGIN)], text[start + len(DOC_BEGIN):end].strip("\n"),
            text[end:])


def write_doc(doc, data):
    """Write the results section of doc from data, and data beside it (.json)."""
    with open(doc) as f:
        before, _, after = doc_parts(f.read())
    with open(doc, "w") as f:
        f.write(f"{before}\n{render_results(data)}\n{after}")
    with open(os.path.splitext(doc)[0] + ".json", "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--linux", action="store_true", help="also boot Debian's armmp kernel")
    ap.add_argument("--json", default=os.path.join(BUILD, "bench.json"))
    ap.add_argument("--log", default=os.path.join(BENCH, "console.log"))
    ap.add_argument("--doc", help="write this document's results section (needs --linux)")
    args = ap.parse_args()
    if args.doc and not args.linux:
        ap.error("--doc needs --linux: the document shows Tern and Linux from one run")

    os.makedirs(BENCH, exist_ok=True)
    data = {"meta": measurement_meta()}
    data["tern"], tdet, logs = bench_tern()
    data["details"] = {"tern": tdet}
    data["linux"] = data["linux_lean"] = {}
    if args.linux:
        cols, ldet, ltext, data["meta"]["linux"] = bench_linux()
        data.update(cols)
        data["details"].update(ldet)
        logs += ltext
    with open(args.log, "w") as f:
        f.write(logs)
    with open(args.json, "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
    print(table(data))
    print(f"written: {os.path.relpath(args.json, ROOT)}, console log "
          f"{os.path.relpath(args.log, ROOT)}")
    missing = [k for k, _ in KEYS if k not in data["tern"]]
    if missing:
        print("bench: Tern figures missing: " + ", ".join(missing), file=sys.stderr)
        return 1
    if args.doc:
        write_doc(args.doc, data)
        print(f"written: {args.doc} (results section) and its .json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
