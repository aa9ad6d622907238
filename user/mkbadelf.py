#!/usr/bin/python3
"""user/mkbadelf.py GOOD_ELF OUTDIR - broken copies of a good program, one
fault each, for t_exec: the kernel's ELF loader must refuse every one with
-ENOEXEC (kernel/exec.c check_elf_header, segment_ok, load_segments)."""
import struct
import sys


def patched(data, offset, fmt, value):
    out = bytearray(data)
    struct.pack_into(fmt, out, offset, value)
    return bytes(out)


def main():
    good, outdir = sys.argv[1], sys.argv[2]
    data = open(good, "rb").read()
    phoff = struct.unpack_from("<I", data, 0x1c)[0]
    variants = {
        "bad-class": patched(data, 4, "B", 2),            # ELFCLASS64
        "bad-machine": patched(data, 0x12, "<H", 3),      # EM_386
        "bad-type": patched(data, 0x10, "<H", 3),         # ET_DYN
        "bad-entry": patched(data, 0x18, "<I", 0x5000),   # not in a segment
        "bad-segment": patched(data, phoff + 8, "<I", 0xbfff0000),  # past TASK_SIZE
        "truncated": data[:0x40],                         # program headers cut off
    }
    for name, blob in variants.items():
        with open(f"{outdir}/{name}", "wb") as f:
            f.write(blob)


if __name__ == "__main__":
    main()
