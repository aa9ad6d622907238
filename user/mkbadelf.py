#!/usr/bin/python3
"""user/mkbadelf.py OUTDIR - broken ELF files, one fault each, for t_exec:
the kernel's ELF loader must refuse every one with -ENOEXEC (kernel/exec.c
check_elf_header, segment_ok, load_segments).

Each is a variant of a minimal good program made here (ELF header, one
PT_LOAD at 0x10000, three ARM instructions: exit(0)), so they add about a
hundred bytes each to the initramfs."""
import struct
import sys

CODE = struct.pack("<3I", 0xe3a00000, 0xe3a07001, 0xef000000)  # mov r0,#0; mov r7,#1; svc #0
EHDR, PHDR = 52, 32


def good_elf():
    size = EHDR + PHDR + len(CODE)
    ehdr = b"\x7fELF" + bytes([1, 1, 1]) + bytes(9) + struct.pack(
        "<HHIIIIIHHHHHH", 2, 40, 1, 0x10000 + EHDR + PHDR, EHDR, 0, 0x05000200,
        EHDR, PHDR, 1, 40, 0, 0)
    phdr = struct.pack("<8I", 1, 0, 0x10000, 0x10000, size, size, 5, 0x1000)
    return ehdr + phdr + CODE


def patched(data, offset, fmt, value):
    out = bytearray(data)
    struct.pack_into(fmt, out, offset, value)
    return bytes(out)


def main():
    outdir = sys.argv[1]
    data = good_elf()
    variants = {
        "bad-class": patched(data, 4, "B", 2),             # ELFCLASS64
        "bad-machine": patched(data, 0x12, "<H", 3),       # EM_386
        "bad-type": patched(data, 0x10, "<H", 3),          # ET_DYN
        "bad-entry": patched(data, 0x18, "<I", 0x5000),    # not in a segment
        "bad-segment": patched(data, EHDR + 8, "<I", 0xbfff0000),  # past TASK_SIZE
        "truncated": data[:0x40],                          # program header cut off
    }
    for name, blob in variants.items():
        with open(f"{outdir}/{name}", "wb") as f:
            f.write(blob)


if __name__ == "__main__":
    main()
