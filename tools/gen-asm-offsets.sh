#!/bin/sh
# tools/gen-asm-offsets.sh - turn the compiler's assembly output of
# arch/arm/kernel/asm-offsets.c into #defines (Linux: scripts/mod/... and
# the "->SYM value" markers of include/linux/kbuild.h).
echo "/* Generated from arch/arm/kernel/asm-offsets.c: do not edit. */"
echo "#ifndef __ASM_OFFSETS_H__"
echo "#define __ASM_OFFSETS_H__"
sed -n 's/.*->\([A-Za-z_0-9]*\) #\{0,1\}\(-\{0,1\}[0-9][0-9]*\).*/#define \1 \2/p'
echo "#endif"
