#!/bin/sh
# tools/bss-size.sh <nm> <vmlinux> - bytes the kernel needs past the end of
# its Image file, for the decompressor's overlap check (Linux: KBSS_SZ).
# From _edata, not __bss_start: .bss is aligned (8 KiB, for init_stack), and
# the gap before it is the kernel's memory too.
edata=$($1 "$2" | sed -n 's/^\([0-9a-f]*\) . _edata$/\1/p')
end=$($1 "$2" | sed -n 's/^\([0-9a-f]*\) . _end$/\1/p')
printf '0x%x\n' $((0x$end - 0x$edata))
