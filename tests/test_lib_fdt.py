"""Host tests for lib/fdt.c, the flattened device-tree walker.

lib/fdt.c is compiled with host gcc under AddressSanitizer together with the
driver tests/host/fdt_main.c (one line printed per answer), and its answers
are compared with python3-libfdt (the real libfdt) as the oracle, on:
  - blobs dtc builds from small .dts sources written here,
  - QEMU's own virt machine DTB (-m 256M and -m 1G),
  - corrupted blobs: bad magic, truncation, byte flips, lying totalsize,
    unterminated strings: an error or a clean answer, never an ASan report
    or a hang.
It also checks that lib/fdt.c builds warning-free for the decompressor.

Run: /usr/bin/python3 -m pytest tests/test_lib_fdt.py
"""

import os
import random
import shutil
import struct
import subprocess

import pytest

libfdt = pytest.importorskip("libfdt")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOST = os.path.join(ROOT, "build", "host")
DRIVER = os.path.join(HOST, "fdt_main")
RUN_TIMEOUT = 10

HOST_CFLAGS = ["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-g",
               "-fsanitize=address,undefined", "-fno-sanitize-recover=all",
               "-Iinclude"]
ARM_CFLAGS = ["-std=gnu11", "-ffreestanding", "-nostdlib", "-march=armv7-a",
              "-marm", "-O2", "-Wall", "-Wextra", "-Werror", "-fpic",
              "-Iinclude"]

COMPATS = ["arm,pl011", "arm,cortex-a15-gic", "arm,armv7-timer",
           "simple-bus", "vendor,thing", "absent,device"]

# ---------------------------------------------------------------- sources

DTS_ONE_CELL = """/dts-v1/;
/ {
	#address-cells = <1>;
	#size-cells = <1>;
	compatible = "tern,test", "simple-bus";
	model = "one cell";

	chosen {
		bootargs = "console=ttyAMA0 root=/dev/vda rw";
		empty-flag;
	};

	memory@80000000 {
		device_type = "memory";
		reg = <0x80000000 0x08000000 0x90000000 0x1000000>;
	};

	soc {
		compatible = "simple-bus";
		#address-cells = <1>;
		#size-cells = <1>;
		ranges;

		uart@1c090000 {
			compatible = "vendor,uart", "arm,pl011", "arm,primecell";
			reg = <0x1c090000 0x1000>;
			interrupts = <0 5 4>;
			status;
		};

		intc@2c001000 {
			compatible = "arm,cortex-a15-gic";
			reg = <0x2c001000 0x1000>, <0x2c002000 0x2000>;
			interrupt-controller;
			#interrupt-cells = <3>;
		};

		bus@40000000 {
			#address-cells = <2>;
			#size-cells = <0>;
			compatible = "vendor,thing";
			reg = <0x40000000 0x100>;

			dev@1,2 {
				reg = <0x1 0x2>, <0x3 0x4>;
				compatible = "vendor,thing";
			};
		};
	};

	timer {
		compatible = "arm,armv7-timer";
		interrupts = <1 13 0xf08>, <1 14 0xf08>, <1 11 0xf08>;
		always-on;
	};
};
"""

DTS_TWO_CELL = """/dts-v1/;
/memreserve/ 0x48000000 0x100000;
/ {
	#address-cells = <2>;
	#size-cells = <2>;
	compatible = "linux,dummy-virt";

	chosen {
		bootargs = "";
		stdout-path = "/pl011@9000000";
	};

	memory@840000000 {
		device_type = "memory";
		reg = <0x8 0x40000000 0x1 0x00000000>;
	};

	memory@40000000 {
		device_type = "memory";
		reg = <0x0 0x40000000 0x0 0x40000000>;
	};

	pl011@9000000 {
		compatible = "arm,pl011", "arm,primecell";
		reg = <0x0 0x09000000 0x0 0x1000>;
		interrupts = <0 1 4>;
	};

	cpus {
		#address-cells = <1>;
		#size-cells = <0>;
		cpu@0 { device_type = "cpu"; reg = <0>; compatible = "arm,cortex-a15"; };
		cpu@1 { device_type = "cpu"; reg = <1>; compatible = "arm,cortex-a15"; };
	};

	deep { a { b { c { d { e { leaf = <1>; }; }; }; }; }; };

	weird-cells {
		#address-cells = <0>;
		#size-cells = <5>;
		child@0 { reg = <0>; };
	};
};
"""

# No device_type: the name "memory" alone marks it.  No /chosen at all.
DTS_NAMED_MEMORY = """/dts-v1/;
/ {
	model = "defaults";

	memory {
		reg = <0x0 0x20000000 0x10000000>;
	};

	sub {
		node@10 { reg = <0x10 0x0 0x20>; compatible = "vendor,thing"; };
	};
};
"""

# No memory node, a memory@ node whose device_type says otherwise.
DTS_NO_MEMORY = """/dts-v1/;
/ {
	#address-cells = <1>;
	#size-cells = <1>;
	chosen { bootargs = "a", "b"; };
	memory@0 { device_type = "not-memory"; reg = <0 0x1000>; };
};
"""

SOURCES = {
    "one_cell": DTS_ONE_CELL,
    "two_cell": DTS_TWO_CELL,
    "named_memory": DTS_NAMED_MEMORY,
    "no_memory": DTS_NO_MEMORY,
}

PATHS = ["/", "/chosen", "/memory", "/memory@80000000", "/memory@40000000",
         "/soc", "/soc/uart", "/soc/uart@1c090000", "/soc/bus/dev",
         "/soc/bus@40000000/dev@1,2", "/cpus/cpu@1", "/deep/a/b/c/d/e",
         "//chosen/", "/absent", "/soc/absent", "chosen", "/pl011",
         "/sub/node", "/weird-cells/child@0", "/memory@0"]

PROPS = [("/chosen", "bootargs"), ("/chosen", "empty-flag"),
         ("/soc/intc", "interrupt-controller"), ("/", "compatible"),
         ("/", "model"), ("/timer", "interrupts"), ("/absent", "x"),
         ("/chosen", "absent-prop"), ("/deep/a/b/c/d/e", "leaf")]


def commands():
    cmds = ["memory", "bootargs", "tree"]
    cmds += ["compat:" + c for c in COMPATS]
    for p in PATHS:
        cmds += ["path:" + p, "cells:" + p, "reg:" + p]
    cmds += ["prop:%s:%s" % pn for pn in PROPS]
    return cmds


# ------------------------------------------------------------------ build

@pytest.fixture(scope="session")
def driver():
    os.makedirs(HOST, exist_ok=True)
    subprocess.run(["gcc"] + HOST_CFLAGS +
                   ["lib/fdt.c", "tests/host/fdt_main.c", "-o", DRIVER],
                   cwd=ROOT, check=True)
    return DRIVER


def dtc(name, source, *opts):
    path = os.path.join(HOST, "fdt_%s.dtb" % name)
    subprocess.run(["dtc", "-q", "-I", "dts", "-O", "dtb", "-o", path] +
                   list(opts) + ["-"], input=source.encode(), check=True)
    with open(path, "rb") as f:
        return f.read()


def run_driver(driver, blob, cmds, name="blob"):
    """Run the driver on blob; fail on ASan/UBSan reports, crashes, hangs."""
    path = os.path.join(HOST, "fdt_run_%s.dtb" % name)
    with open(path, "wb") as f:
        f.write(blob)
    r = subprocess.run([driver, path] + cmds, capture_output=True,
                       text=True, timeout=RUN_TIMEOUT,
                       errors="surrogateescape")   # as pylibfdt
    assert r.returncode == 0 and not r.stderr, \
        "%s: rc %d\n%s" % (name, r.returncode, r.stderr[-3000:])
    return r.stdout


def run_batch(driver, cases, cmds, timeout=60):
    """Run one driver process over many (name, blob): {name: output}."""
    folder = os.path.join(HOST, "fdt_batch")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    paths = {}
    for name, blob in cases:
        paths[name] = os.path.join(folder, name + ".dtb")
        with open(paths[name], "wb") as f:
            f.write(blob)
    listfile = os.path.join(folder, "list")
    with open(listfile, "w") as f:
        f.write("".join(paths[name] + "\n" for name, _ in cases))
    r = subprocess.run([driver, "@" + listfile] + cmds, capture_output=True,
                       text=True, timeout=timeout, errors="surrogateescape")
    out = r.stdout.split("== ")
    last = out[-1].splitlines()[0] if len(out) > 1 else "(none)"
    assert r.returncode == 0 and not r.stderr, \
        "at %s: rc %d\n%s" % (last, r.returncode, r.stderr[-3000:])
    byname = {os.path.basename(o.split("\n", 1)[0])[:-4]: o.split("\n", 1)[1]
              for o in out[1:]}
    assert list(byname) == [name for name, _ in cases]
    return byname


# ----------------------------------------------------------------- oracle

def neg(v):
    return -1 if v < 0 else v


class Oracle:
    """The driver's answers, computed with libfdt (pylibfdt)."""

    def __init__(self, blob):
        self.ba = bytearray(blob)
        self.fdt = libfdt.Fdt(self.ba)

    def path(self, p):
        if not p.startswith("/"):
            return -1       # libfdt would try aliases; Tern does not
        return neg(self.fdt.path_offset(p, [libfdt.NOTFOUND,
                                            libfdt.BADPATH]))

    def prop(self, node, name):
        """First property called name (Fdt.getprop of an absent property
        trips a reference-count bug in pylibfdt 1.7.0, so walk them)."""
        if node < 0:
            return None
        off = self.fdt.first_property_offset(node, [libfdt.NOTFOUND])
        while off >= 0:
            try:
                p = self.fdt.get_property_by_offset(off)
                if p.name == name:
                    return bytes(p)
            except (UnicodeDecodeError, SystemError):   # flipped non-UTF-8
                pass
            off = self.fdt.next_property_offset(off, [libfdt.NOTFOUND])
        return None

    def name(self, node):
        return self.fdt.get_name(node)

    def parent(self, node):
        return neg(self.fdt.parent_offset(node, [libfdt.NOTFOUND]))

    def cells(self, node):
        if node < 0:
            return -1, -1
        return (neg(libfdt.fdt_address_cells(self.ba, node)),
                neg(libfdt.fdt_size_cells(self.ba, node)))

    def reg(self, node):
        """All (addr, size) entries, decoded with the parent's cells."""
        if node < 0 or self.parent(node) < 0:
            return []
        ac, sc = self.cells(self.parent(node))
        reg = self.prop(node, "reg")
        if ac < 0 or sc < 0 or reg is None:
            return []
        words = struct.unpack(">%dI" % (len(reg) // 4),
                              reg[:len(reg) // 4 * 4])
        out = []
        step = ac + sc
        for i in range(0, len(words) - step + 1, step):
            num = lambda ws: sum(w << (32 * (len(ws) - 1 - k))
                                 for k, w in enumerate(ws)) & (2**64 - 1)
            out.append((num(words[i:i + ac]), num(words[i + ac:i + step])))
        return out

    def nodes(self, node=0, depth=0):
        """Pre-order (= document order) walk: (depth, offset)."""
        yield depth, node
        child = self.fdt.first_subnode(node, [libfdt.NOTFOUND])
        while child >= 0:
            yield from self.nodes(child, depth + 1)
            child = self.fdt.next_subnode(child, [libfdt.NOTFOUND])

    @staticmethod
    def cstring(p):
        if p is None or b"\0" not in p:
            return None
        return p[:p.index(b"\0")].decode(errors="surrogateescape")

    def memory(self):
        for _, node in self.nodes():
            dtype = self.cstring(self.prop(node, "device_type"))
            name = self.name(node)
            if dtype is not None:
                is_mem = dtype == "memory"
            else:
                is_mem = name == "memory" or name.startswith("memory@")
            if is_mem and self.reg(node):
                return self.reg(node)[0]
        return None

    def compat(self, c):
        offs, off = [], libfdt.fdt_node_offset_by_compatible(self.ba, -1, c)
        while off >= 0:
            offs.append(off)
            off = libfdt.fdt_node_offset_by_compatible(self.ba, off, c)
        return offs

    def answer(self, cmd):
        kind, _, arg = cmd.partition(":")
        if kind == "memory":
            m = self.memory()
            return ["memory: " + ("none" if m is None else
                                  "0x%x 0x%x" % m)]
        if kind == "bootargs":
            chosen = self.path("/chosen")
            s = self.cstring(self.prop(chosen, "bootargs"))
            return ["bootargs: " + ("none" if s is None else s)]
        if kind == "tree":
            return ["node %d %d %s parent %d" %
                    (d, n, self.name(n), self.parent(n))
                    for d, n in self.nodes()]
        if kind == "path":
            return ["path %s: %d" % (arg, self.path(arg))]
        if kind == "cells":
            return ["cells %s: %d %d" % ((arg,) + self.cells(self.path(arg)))]
        if kind == "reg":
            return [fmt_reg("reg " + arg, self.reg(self.path(arg)))]
        if kind == "prop":
            path, name = arg.split(":")
            p = self.prop(self.path(path), name)
            what = "prop %s %s:" % (path, name)
            return [what + (" none" if p is None else
                            " %d %s" % (len(p), p.hex()))]
        if kind == "compat":
            offs = self.compat(arg)
            lines = ["compat %s:%s" % (arg, "".join(" %d" % o for o in offs)
                                       or " none")]
            if offs:
                lines.append(fmt_reg("compat %s reg" % arg,
                                     self.reg(offs[0])))
                p = self.prop(offs[0], "interrupts")
                cells = "".join(" " + p[i:i + 4].hex()
                                for i in range(0, len(p), 4)) if p else ""
                lines.append("compat %s interrupts:%s" %
                             (arg, " none" if p is None else cells))
            return lines
        raise ValueError(cmd)

    def output(self, cmds):
        lines = ["check: ok", "totalsize: %d" % self.fdt.totalsize()]
        for c in cmds:
            lines += self.answer(c)
        return "\n".join(lines) + "\n"


def fmt_reg(what, entries):
    return what + ":" + ("".join(" 0x%x 0x%x" % e for e in entries)
                         or " none")


def compare(driver, blob, name, cmds=None):
    cmds = cmds or commands()
    got = run_driver(driver, blob, cmds, name)
    want = Oracle(blob).output(cmds)
    assert got.splitlines() == want.splitlines()
    return got


def answers(output):
    """'key: value' lines of the driver's output as a dict."""
    return dict(line.split(": ", 1) for line in output.splitlines()
                if ": " in line)


# ------------------------------------------------------- dtc-built blobs

@pytest.mark.parametrize("name", sorted(SOURCES))
def test_dtc_blob_matches_libfdt(driver, name):
    compare(driver, dtc(name, SOURCES[name]), name)


def test_dtc_version16_blob(driver):
    """Version 16 has no size_dt_struct field: the block runs to strings."""
    blob = dtc("v16", DTS_ONE_CELL, "-V", "16")
    assert struct.unpack(">I", blob[20:24])[0] == 16
    compare(driver, blob, "v16")


def test_dtc_padded_blob(driver):
    """Free space after the strings block (dtc -p), as QEMU leaves it."""
    compare(driver, dtc("padded", DTS_TWO_CELL, "-p", "4096"), "padded")


def test_known_answers(driver):
    """A few answers spelled out, not only 'same as libfdt'."""
    a = answers(run_driver(driver, dtc("one_cell", DTS_ONE_CELL),
                           commands(), "one_cell_known"))
    assert a["memory"] == "0x80000000 0x8000000"
    assert a["bootargs"] == "console=ttyAMA0 root=/dev/vda rw"
    assert a["compat arm,pl011 reg"] == "0x1c090000 0x1000"
    assert a["compat arm,cortex-a15-gic reg"] == \
        "0x2c001000 0x1000 0x2c002000 0x2000"
    assert a["compat arm,armv7-timer interrupts"] == \
        "00000001 0000000d 00000f08 00000001 0000000e 00000f08 " \
        "00000001 0000000b 00000f08"
    assert a["reg /soc/bus/dev"] == "0x100000002 0x0 0x300000004 0x0"
    assert a["prop /chosen empty-flag"] == "0 "
    assert a["path /memory"] == a["path /memory@80000000"] != "-1"
    assert a["path /soc/uart"] == a["path /soc/uart@1c090000"] != "-1"

    a = answers(run_driver(driver, dtc("two_cell", DTS_TWO_CELL),
                           commands(), "two_cell_known"))
    assert a["memory"] == "0x840000000 0x100000000"   # the first one
    assert a["bootargs"] == ""
    assert a["reg /weird-cells/child@0"] == "none"     # #address-cells 0

    a = answers(run_driver(driver, dtc("named", DTS_NAMED_MEMORY),
                           commands(), "named_known"))
    assert a["memory"] == "0x20000000 0x10000000"      # defaults 2 and 1
    assert a["cells /"] == "2 1"
    assert a["bootargs"] == "none"

    a = answers(run_driver(driver, dtc("nomem", DTS_NO_MEMORY),
                           commands(), "nomem_known"))
    assert a["memory"] == "none"
    assert a["bootargs"] == "a"


# ------------------------------------------------------------- QEMU's DTB

@pytest.mark.skipif(not shutil.which("qemu-system-arm"),
                    reason="qemu-system-arm not installed")
@pytest.mark.parametrize("mem,size", [("256M", 0x10000000),
                                      ("1G", 0x40000000)])
def test_qemu_virt_dtb(driver, mem, size):
    os.makedirs(HOST, exist_ok=True)
    dtb = os.path.join(HOST, "virt-%s.dtb" % mem)
    kernel = os.path.join(HOST, "fdt_dummy_kernel.bin")
    with open(kernel, "wb") as f:       # -append needs a -kernel
        f.write(b"\0" * 64)
    subprocess.run(["qemu-system-arm", "-M",
                    "virt,dtb-randomness=off,dumpdtb=" + dtb, "-m", mem,
                    "-nodefaults", "-display", "none", "-kernel", kernel,
                    "-append", "console=ttyAMA0 foo=bar"],
                   check=True, capture_output=True, timeout=30)
    with open(dtb, "rb") as f:
        blob = f.read()
    cmds = ["memory", "bootargs", "tree", "path:/memory", "path:/chosen",
            "path:/intc/v2m", "reg:/intc/v2m", "cells:/", "cells:/cpus",
            "prop:/chosen:stdout-path"] + \
        ["compat:" + c for c in COMPATS + ["pci-host-ecam-generic",
                                           "arm,cortex-a15", "cfi-flash"]]
    a = answers(compare(driver, blob, "virt-" + mem, cmds))
    assert a["memory"] == "0x40000000 0x%x" % size
    assert a["bootargs"] == "console=ttyAMA0 foo=bar"
    assert a["compat arm,pl011 reg"] == "0x9000000 0x1000"
    assert a["compat arm,pl011 interrupts"] == "00000000 00000001 00000004"
    assert a["compat arm,cortex-a15-gic reg"] == \
        "0x8000000 0x10000 0x8010000 0x10000"


# -------------------------------------------------------- corrupted blobs

def patch32(blob, off, value):
    b = bytearray(blob)
    b[off:off + 4] = struct.pack(">I", value)
    return bytes(b)


def header(blob, field):
    return struct.unpack(">I", blob[field:field + 4])[0]


OFF_STRUCT, OFF_STRINGS, SIZE_STRINGS, SIZE_STRUCT = 0x08, 0x0c, 0x20, 0x24


def check_line(driver, blob, name):
    return run_driver(driver, blob, [], name).splitlines()[0]


def test_bad_magic(driver):
    blob = dtc("one_cell", DTS_ONE_CELL)
    assert check_line(driver, patch32(blob, 0, 0xd00dfeee), "magic") == \
        "check: error bad magic"
    assert check_line(driver, blob[::-1], "reversed") == \
        "check: error bad magic"
    assert check_line(driver, b"", "empty") == "check: error truncated"


def test_truncated_everywhere(driver):
    """Every cut of the blob is 'truncated' (totalsize > buffer)."""
    blob = dtc("one_cell", DTS_ONE_CELL)
    cases = [("cut%d" % n, blob[:n]) for n in range(len(blob))]
    outs = run_batch(driver, cases, commands())
    for name, out in outs.items():
        assert out == "check: error truncated\n", name


def test_totalsize_lies(driver):
    blob = dtc("one_cell", DTS_ONE_CELL)
    assert check_line(driver, patch32(blob, 4, len(blob) + 4), "big") == \
        "check: error truncated"
    assert check_line(driver, patch32(blob, 4, 0xffffffff), "huge") == \
        "check: error bad totalsize"
    assert check_line(driver, patch32(blob, 4, 8), "tiny") == \
        "check: error bad totalsize"


@pytest.mark.parametrize("field,value,msg", [
    (0x14, 15, "unsupported version"),
    (0x18, 18, "unsupported version"),
    (OFF_STRUCT, 0x3a, "misaligned structure block"),
    (OFF_STRUCT, 0x7ffffff0, "structure block outside blob"),
    (SIZE_STRUCT, 0xfffffff0, "structure block outside blob"),
    (OFF_STRINGS, 0xffffffff, "strings block outside blob"),
    (SIZE_STRINGS, 0x10000, "strings block outside blob"),
    (OFF_STRINGS, 0x40, "blocks overlap"),
    (0x10, 0x2c, "misaligned memory reserve map"),
])
def test_bad_header_fields(driver, field, value, msg):
    blob = patch32(dtc("one_cell", DTS_ONE_CELL), field, value)
    assert check_line(driver, blob, "field%x" % field) == "check: error " + msg


def flip(blob, rng, lo, hi, nflips):
    b = bytearray(blob)
    for _ in range(nflips):
        i = rng.randrange(lo, hi)
        b[i] ^= 1 << rng.randrange(8) if rng.random() < 0.5 else \
            rng.randrange(1, 256)
    return bytes(b)


def test_random_flips(driver):
    """Byte flips (fixed seed): an error or a clean answer, never a fault.

    Where libfdt's full check still accepts the flipped blob, the answers
    must also be libfdt's.
    """
    rng = random.Random(20240607)
    blobs = [dtc("one_cell", DTS_ONE_CELL), dtc("two_cell", DTS_TWO_CELL)]
    cases = []
    for i in range(600):
        blob = blobs[i % 2]
        st, ss = header(blob, OFF_STRUCT), header(blob, SIZE_STRUCT)
        if i % 6 == 5:          # anywhere, header and strings included
            lo, hi = 0, len(blob)
        else:                   # the structure block
            lo, hi = st, st + ss
        cases.append(("flip%d" % i, flip(blob, rng, lo, hi,
                                         rng.randrange(1, 5))))

    outs = run_batch(driver, cases, commands())
    checked = 0
    for name, blob in cases:
        ba = bytearray(blob)
        if outs[name].startswith("check: ok") and \
                libfdt.fdt_check_full(ba, len(ba)) == 0:
            want = Oracle(blob).output(commands())
            assert outs[name].splitlines() == want.splitlines(), name
            checked += 1
    print("flips: %d, %d compared with libfdt" % (len(cases), checked))
    assert checked > 50     # the oracle comparison really happened


def find(blob, text):
    i = blob.find(text)
    assert i > 0, text
    return i


def test_unterminated_strings(driver):
    blob = dtc("one_cell", DTS_ONE_CELL)

    # bootargs value loses its NUL: not a string, so no bootargs.
    args = b"console=ttyAMA0 root=/dev/vda rw\0"
    i = find(blob, args) + len(args) - 1
    bad = bytes(blob[:i]) + b"X" + bytes(blob[i + 1:])
    a = answers(run_driver(driver, bad, commands(), "bootargs_nonul"))
    assert a["bootargs"] == "none"

    # compatible list loses its last NUL: the last string is not matched,
    # the earlier ones still are.
    lst = b"vendor,uart\0arm,pl011\0arm,primecell\0"
    i = find(blob, lst) + len(lst) - 1
    bad = bytes(blob[:i]) + b"X" + bytes(blob[i + 1:])
    out = run_driver(driver, bad, commands() + ["compat:arm,primecell"],
                     "compat_nonul")
    a = answers(out)
    assert a["compat arm,pl011 reg"] == "0x1c090000 0x1000"
    assert a["compat arm,primecell"] == "none"

    # The strings block ends one byte early: the last property name has no
    # NUL inside the block, so that property cannot be found.
    strsize = header(blob, SIZE_STRINGS)
    bad = patch32(blob, SIZE_STRINGS, strsize - 1)
    last = blob[header(blob, OFF_STRINGS):][:strsize].rstrip(b"\0")
    last = last[last.rfind(b"\0") + 1:].decode()
    assert last == "always-on"
    out = run_driver(driver, bad, commands() + ["prop:/timer:" + last],
                     "strings_short")
    assert answers(out)["prop /timer always-on"] == "none"

    # The structure block ends inside a node name: a clean -1 everywhere.
    name_at = find(blob, b"timer\0")
    cut = name_at + 2 - header(blob, OFF_STRUCT)
    bad = patch32(blob, SIZE_STRUCT, cut)
    a = answers(run_driver(driver, bad, commands(), "struct_short"))
    assert a["path /chosen"] != "-1"       # before the cut: still found
    assert a["compat arm,armv7-timer"] == "none"


def test_property_length_overflow(driver):
    """A property claiming 4 GiB, or running past the block: clean -1."""
    blob = dtc("one_cell", DTS_ONE_CELL)
    st = header(blob, OFF_STRUCT)
    args = find(blob, b"console=")
    for value in (0xffffffff, 0xfffffff8, 0x7fffffff, len(blob)):
        bad = patch32(blob, args - 8, value)   # FDT_PROP len of bootargs
        assert struct.unpack(">I", blob[args - 12:args - 8])[0] == 3
        a = answers(run_driver(driver, bad, commands(), "len%x" % value))
        assert a["bootargs"] == "none"
        assert a["path /soc"] == "-1"         # after it: unreachable
    assert st < args


# ------------------------------------------------------- decompressor build

@pytest.mark.skipif(not shutil.which("arm-none-eabi-gcc"),
                    reason="arm-none-eabi-gcc not installed")
def test_builds_freestanding_for_the_decompressor():
    os.makedirs(HOST, exist_ok=True)
    obj = os.path.join(HOST, "fdt-arm.o")
    r = subprocess.run(["arm-none-eabi-gcc"] + ARM_CFLAGS +
                       ["-c", "lib/fdt.c", "-o", obj],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and not r.stderr, r.stderr
    # No libc or libgcc calls (e.g. __aeabi_idiv), no initialised data.
    nm = subprocess.run(["arm-none-eabi-nm", obj], capture_output=True,
                        text=True, check=True).stdout
    assert [l for l in nm.splitlines() if " U " in l] == []
    size = subprocess.run(["arm-none-eabi-size", "-A", obj],
                          capture_output=True, text=True, check=True).stdout
    for line in size.splitlines():
        if line.startswith((".data", ".bss")):
            assert int(line.split()[1]) == 0, line
