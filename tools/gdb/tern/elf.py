# SPDX-License-Identifier: GPL-2.0
"""tools/gdb/tern/elf.py - an ELF32 file's symbols and sections, like
`nm` and `objdump -h`.

Linux's scripts/gdb asks gdb for symbols; Tern's boot helpers need the
*link-time* value of a symbol in one particular file (the decompressor is
loaded twice, the kernel twice), which gdb cannot answer unambiguously
once several copies are loaded, and the sections' link addresses, to place
each copy without overlaps. So they read the file themselves.

Only what an ARM ELF32 little-endian file needs: the section headers, the
.symtab section and its string table.
"""
import struct

SHT_SYMTAB = 2
SHF_ALLOC = 0x2


def _cstr(blob, off):
    return blob[off:blob.index(b"\0", off)].decode()


def _read(path):
    """(file contents, section headers as 10-tuples of Elf32_Shdr fields)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF" or data[4] != 1 or data[5] != 1:
        raise ValueError(f"{path}: not a little-endian ELF32 file")
    shoff, = struct.unpack_from("<I", data, 0x20)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x2e)
    headers = [struct.unpack_from("<IIIIIIIIII", data, shoff + i * shentsize)
               for i in range(shnum)]
    return data, headers


def _contents(data, sh):
    return data[sh[4]:sh[4] + sh[5]]		# sh_offset, sh_size


def symbols(path):
    """{name: value} of every named symbol in the file's .symtab.

    Local symbols (head.S labels such as restart) are included: that is
    what a breakpoint on them needs. A name defined twice keeps the first.
    """
    data, headers = _read(path)
    table = {}
    for sh in headers:
        if sh[1] != SHT_SYMTAB:
            continue
        strings = _contents(data, headers[sh[6]])	# sh_link: its string table
        for off in range(sh[4], sh[4] + sh[5], sh[9]):	# sh_entsize
            name, value = struct.unpack_from("<II", data, off)
            sym = _cstr(strings, name) if name else ""
            # $a/$d/$t are ARM mapping symbols, not names.
            if sym and not sym.startswith("$"):
                table.setdefault(sym, value)
    return table


def sections(path):
    """[(name, address, size)] of the sections that occupy memory
    (SHF_ALLOC, non-empty), in file order: what add-symbol-file places."""
    data, headers = _read(path)
    e_shstrndx, = struct.unpack_from("<H", data, 0x32)
    names = _contents(data, headers[e_shstrndx])
    return [(_cstr(names, sh[0]), sh[3], sh[5]) for sh in headers
            if sh[2] & SHF_ALLOC and sh[5]]
