#!/bin/sh
# tools/bss-size.sh <nm> <vmlinux> - bytes the kernel needs past its Image
# (its BSS), for the decompressor's overlap check (Linux: KBSS_SZ).
start=$($1 "$2" | sed -n 's/^\([0-9a-f]*\) . __bss_start$/\1/p')
end=$($1 "$2" | sed -n 's/^\([0-9a-f]*\) . _end$/\1/p')
printf '0x%x\n' $((0x$end - 0x$start))
