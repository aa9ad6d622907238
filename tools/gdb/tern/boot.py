# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern/boot.py - symbols and breakpoints for the whole boot.

Linux: scripts/gdb/linux/symbols.py (lx-symbols) puts module symbols where
the modules were loaded. Tern's boot runs the same code at several
addresses, and gdb needs a symbol file at each:

  decompressor  linked at 0, runs at its load address L (QEMU -kernel:
                0x40010000, U-Boot bootz: 0x40400000), then -- when the
                kernel would land on it -- copies itself to R and continues
                at restart in the copy (boot/compressed/head.S);
  kernel        linked at PAGE_OFFSET + 0x8000 (0xc0008000), runs stext ..
                __turn_mmu_on at PHYS_OFFSET + 0x8000 with the MMU off,
                everything from __mmap_switched on at its link address.

Commands:
  tern-symbols-zimage [ADDR]     decompressor symbols at L (found from QEMU)
  tern-symbols-relocated [ADDR]  decompressor symbols at R (computed the way
                                 head.S computes it, or read from r0 when
                                 stopped at the jump to the copy)
  tern-symbols-phys [PHYS]       kernel symbols at physical addresses
  tern-break-boot [NAME...]      one breakpoint per boot milestone, each at
                                 the copy that really runs

With two copies of a file loaded, `break restart` gets a location in
each; tern-break-boot instead computes one *ADDR per name from the file's
own symbol table, and prints where each one went.
"""
import gdb

from tern import utils

# head.S (decompressor) constants: keep in step with boot/compressed/head.S.
STACK_SIZE = 0x2000
MALLOC_SIZE = 0x10000
MOV_PC_R0 = 0xe1a0f000		# the jump to restart in the copy

# The boot milestones, in the order they run, and which copy runs them.
BOOT_STOPS = (
    ("start", "zimage-load"),
    ("restart", "zimage-run"),
    ("decompress_kernel", "zimage-run"),
    ("__enter_kernel", "zimage-run"),
    ("stext", "kernel-phys"),
    ("__mmap_switched", "kernel-virt"),
    ("start_kernel", "kernel-virt"),
)

# role -> (path, offset) of the symbol files these commands added.
_wanted = {}
_added = []		# their paths, to remove them again


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _ranges(path, offset, names=None):
    return [(addr + offset, addr + offset + size) for name, addr, size
            in utils.sections(path) if names is None or name in names]


def _moves(role, path, offset):
    """{section: address} for the sections of this copy that must not go
    at link address + offset.

    gdb names an address after one section only: of two overlapping
    sections it keeps the one that starts first and forgets the other. So
      - the load copy's sections that lie under the relocated copy (its
        payload, which never runs there) move onto the relocated copy's
        same sections, which have the same names;
      - the physical kernel keeps only its code (.head.text, and .text so
        that head.S's line numbers work) at physical addresses; its data
        stays virtual. If its .text would cover the load copy's code it
        stays virtual too (symbols still work; source lines for code before
        the MMU is on then don't).
    """
    moves = {}
    if role == "zimage-load" and "zimage-relocated" in _wanted:
        rpath, roff = _wanted["zimage-relocated"]
        copy = (roff, roff + utils.symbols(rpath)["_edata"])
        for name, addr, size in utils.sections(path):
            if _overlaps((addr + offset, addr + offset + size), copy):
                moves[name] = addr + roff
    elif role == "kernel-phys":
        code = [".head.text", ".text"]
        if "zimage-load" in _wanted:
            zpath, zoff = _wanted["zimage-load"]
            ztext = _ranges(zpath, zoff, [".text"])
            if any(_overlaps(k, z) for k in _ranges(path, offset, [".text"]) for z in ztext):
                code = [".head.text"]
        for name, addr, _ in utils.sections(path):
            if name not in code:
                moves[name] = addr
    return moves


def add_symbol_file(role, path, offset):
    """add-symbol-file PATH at link address + OFFSET for role, replacing
    its earlier copy and re-placing the others (see _moves)."""
    if _wanted.get(role) == (path, offset):
        return
    _wanted[role] = (path, offset)
    # By name: gdb removes only files that add-symbol-file added.
    for p in _added:
        gdb.execute(f"remove-symbol-file {p}", to_string=True)
    _added.clear()
    for r, (p, off) in _wanted.items():
        # Every section named with -s: gdb ignores -s next to -o.
        moves = _moves(r, p, off)
        cmd = f"add-symbol-file {p}"
        for name, addr, _ in utils.sections(p):
            cmd += f" -s {name} {moves.get(name, (addr + off) & 0xffffffff):#x}"
        gdb.execute(cmd, to_string=True)
        _added.append(p)


def zsym(name):
    """Link-time (= offset from the load address) of a decompressor symbol."""
    return utils.symbols(utils.zimage_elf())[name]


def ksym(name):
    """Link-time (virtual) address of a kernel symbol."""
    return utils.symbols(utils.vmlinux())[name]


_load_given = None	# the ADDR last given to tern-symbols-zimage


def zimage_load_address(arg=None):
    """Where the loader put the zImage: ADDR (now or earlier), QEMU's
    -kernel stub, else U-Boot's bootz address."""
    global _load_given
    if arg:
        _load_given = int(gdb.parse_and_eval(arg)) & 0xffffffff
    if _load_given is not None:
        return _load_given
    stub = utils.qemu_kernel_stub()
    if stub is not None:
        return stub[0]
    return utils.UBOOT_ZIMAGE_ADDR


def loader_dtb():
    """The DTB the loader passed in r2: QEMU's stub knows; None otherwise."""
    stub = utils.qemu_kernel_stub()
    return stub[1] if stub is not None else None


def inflated_size():
    """The word head.S reads at input_data_end - 4: the Image's size."""
    with open(utils.zimage(), "rb") as f:
        f.seek(zsym("input_data_end") - 4)
        return int.from_bytes(f.read(4), "little")


def kernel_bss_size():
    """The kernel's memory past its Image: _end - _edata of build/vmlinux
    (tools/bss-size.sh: the aligned .bss leaves a gap after _edata). head.S uses
    the copy the Makefile linked in as _kernel_bss_size, so that one wins;
    a difference means the zImage is older than vmlinux."""
    size = ksym("_end") - ksym("_edata")
    linked = utils.symbols(utils.zimage_elf()).get("_kernel_bss_size", size)
    if linked != size:
        gdb.write(f"warning: zImage was linked with kernel BSS {linked:#x}, "
                  f"vmlinux has {size:#x}: rebuild\n")
    return linked


def appended_dtb_size():
    """Size (rounded up to 8) of a DTB cat'ed to the zImage file, or 0."""
    with open(utils.zimage(), "rb") as f:
        f.seek(zsym("_edata"))
        header = f.read(8)
    if len(header) < 8 or int.from_bytes(header[:4], "big") != utils.FDT_MAGIC:
        return 0
    return utils.align(int.from_bytes(header[4:], "big"), 8)


def relocate_dest(dest, start, end, dtb):
    """head.S relocate_dest: move dest past the loader's DTB if the copy,
    its stack or its heap would land on it."""
    if dtb is None or start <= dtb < end or not utils.is_fdt(dtb):
        return dest
    copy_end = dest + (end - start) + STACK_SIZE + 256 + MALLOC_SIZE
    if copy_end <= dtb:
        return dest
    dtb_end = dtb + utils.fdt_totalsize(dtb)
    if dest >= dtb_end:
        return dest
    return utils.align(dtb_end, 256)


def computed_relocation(load, dtb):
    """Where head.S copies the decompressor to, or None if it runs in place.

    The same steps as restart:
      r4  = (load & 0xf8000000) + TEXT_OFFSET     kernel destination
      r9  = inflated size + kernel BSS            bytes the kernel needs
      r6  = load + _edata (+ an appended DTB)     end of the image
      r10 = align8(r6) + STACK_SIZE + MALLOC_SIZE end of what we use
      relocate unless r4 >= r10 or r4 + r9 <= load;
      destination = align256(r4 + r9), moved past the loader's DTB.
    """
    r4 = (load & 0xf8000000) + utils.TEXT_OFFSET
    r9 = inflated_size() + kernel_bss_size()
    r6 = load + zsym("_edata")
    if appended_dtb_size():
        dtb = r6			# r8 = the appended DTB: it moves with us
        r6 += appended_dtb_size()
    r10 = utils.align(r6, 8) + STACK_SIZE + MALLOC_SIZE
    if r4 >= r10 or r4 + r9 <= load:
        return None
    return relocate_dest(utils.align(r4 + r9, 256), load, r6, dtb)


def jump_to_copy(load):
    """Address of the `mov pc, r0` that enters the copy (just before
    wont_overwrite), checked against the instruction really there."""
    addr = load + zsym("wont_overwrite") - 4
    with open(utils.zimage(), "rb") as f:
        f.seek(addr - load)
        insn = int.from_bytes(f.read(4), "little")
    if insn != MOV_PC_R0:
        raise gdb.GdbError(f"no 'mov pc, r0' before wont_overwrite ({insn:#010x}): "
                           "head.S changed, update tools/gdb/tern/boot.py")
    return addr


def relocation(load):
    """(R or None, how it was found). Stopped at the jump, r0 tells."""
    jump = jump_to_copy(load)
    if utils.pc() == jump:
        return utils.reg("r0") - zsym("restart"), "r0 at the jump to restart"
    return computed_relocation(load, loader_dtb()), "computed as head.S does"


def phys_offset(arg=None):
    """PHYS_OFFSET: given, or the RAM base below the zImage (AUTO_ZRELADDR)."""
    if arg:
        return int(gdb.parse_and_eval(arg)) & 0xffffffff
    return zimage_load_address() & 0xf8000000


def page_offset():
    return utils.symbols(utils.vmlinux()).get("PAGE_OFFSET", 0xc0000000)


def symbols_zimage(arg=None):
    load = zimage_load_address(arg)
    add_symbol_file("zimage-load", utils.zimage_elf(), load)
    return load


def symbols_relocated(arg=None):
    """Returns (R or None, how R was found)."""
    if arg:
        dest, how = int(gdb.parse_and_eval(arg)) & 0xffffffff, "given"
    else:
        dest, how = relocation(zimage_load_address())
    if dest is not None:
        add_symbol_file("zimage-relocated", utils.zimage_elf(), dest)
    return dest, how


def symbols_phys(arg=None):
    offset = phys_offset(arg) - page_offset()
    add_symbol_file("kernel-phys", utils.vmlinux(), offset)
    return offset


class SymbolsZimage(gdb.Command):
    """Load the decompressor's symbols at its load address.

tern-symbols-zimage [ADDR]
ADDR defaults to what the machine says: QEMU -kernel's boot stub holds the
entry address (0x40010000); without the stub (-bios U-Boot) 0x40400000."""

    def __init__(self):
        super().__init__("tern-symbols-zimage", gdb.COMMAND_FILES)

    def invoke(self, arg, from_tty):
        load = symbols_zimage(arg.strip())
        gdb.write(f"decompressor symbols at {load:#010x} (load address)\n")


class SymbolsRelocated(gdb.Command):
    """Load the decompressor's symbols where head.S relocates it.

tern-symbols-relocated [ADDR]
Computed from the files as head.S computes it (kernel end = RAM base +
0x8000 + inflated size + kernel BSS, rounded up to 256, moved past the
loader's DTB), or read from r0 when stopped at the `mov pc, r0` that jumps
to restart in the copy. Nothing to do when the image runs in place."""

    def __init__(self):
        super().__init__("tern-symbols-relocated", gdb.COMMAND_FILES)

    def invoke(self, arg, from_tty):
        dest, how = symbols_relocated(arg.strip())
        if dest is None:
            gdb.write("the decompressor runs in place: no relocated copy\n")
        else:
            gdb.write(f"decompressor symbols at {dest:#010x} (relocated copy, {how}); "
                      f"restart = {dest + zsym('restart'):#010x}\n")


class SymbolsPhys(gdb.Command):
    """Load the kernel's symbols at its physical addresses (MMU off).

tern-symbols-phys [PHYS_OFFSET]
For stext .. __turn_mmu_on, which run before the MMU is on: vmlinux again,
offset by PHYS_OFFSET - PAGE_OFFSET (-0x80000000 on QEMU virt)."""

    def __init__(self):
        super().__init__("tern-symbols-phys", gdb.COMMAND_FILES)

    def invoke(self, arg, from_tty):
        offset = symbols_phys(arg.strip())
        gdb.write(f"kernel symbols at physical addresses: offset {offset:#x}, "
                  f"stext = {ksym('stext') + offset:#010x}\n")


def boot_addresses():
    """[(name, address, where)] for BOOT_STOPS, loading the symbol files."""
    load = symbols_zimage()
    dest, _ = symbols_relocated()
    phys = symbols_phys()
    run = dest if dest is not None else load
    run_where = "relocated copy" if dest is not None else "load address, runs in place"
    places = {
        "zimage-load": (lambda n: load + zsym(n), "load address"),
        "zimage-run": (lambda n: run + zsym(n), run_where),
        "kernel-phys": (lambda n: ksym(n) + phys, "physical, MMU off"),
        "kernel-virt": (ksym, "virtual, MMU on"),
    }
    out = []
    for name, role in BOOT_STOPS:
        addr_of, where = places[role]
        out.append((name, addr_of(name) & 0xffffffff, where))
    return out


class BreakBoot(gdb.Command):
    """Break at each boot milestone, at the copy of the code that runs.

tern-break-boot [NAME...]
NAMEs among: start restart decompress_kernel __enter_kernel stext
__mmap_switched start_kernel (default: all). Loads the symbol files
(tern-symbols-zimage/-relocated/-phys), sets one `break *ADDR` per name
and sets $tern_NAME (leading underscores dropped) to its address."""

    def __init__(self):
        super().__init__("tern-break-boot", gdb.COMMAND_BREAKPOINTS)

    def invoke(self, arg, from_tty):
        wanted = arg.split()
        known = [name for name, _ in BOOT_STOPS]
        for name in wanted:
            if name not in known:
                raise gdb.GdbError(f"tern-break-boot: unknown milestone {name}")
        for name, addr, where in boot_addresses():
            if wanted and name not in wanted:
                continue
            bp = gdb.Breakpoint(f"*{addr:#x}", internal=False)
            gdb.set_convenience_variable("tern_" + name.lstrip("_"), addr)
            gdb.write(f"  breakpoint {bp.number:<3} {name:<18} {addr:#010x}  ({where})\n")


def register():
    SymbolsZimage()
    SymbolsRelocated()
    SymbolsPhys()
    BreakBoot()
