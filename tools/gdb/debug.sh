#!/bin/sh
# tools/gdb/debug.sh - `make debug`: boot the zImage in QEMU stopped at its
# first instruction, gdbstub listening, and say how to attach.
# (Linux has no such script: this is QEMU's -S -gdb tcp::PORT.)
#
#   tools/gdb/debug.sh BUILD_DIR PORT [run-qemu.sh options] zImage
#
# PORT empty: a free TCP port is chosen. It is written to BUILD_DIR/.gdbport,
# where `make gdb` finds it when GDBPORT is not given. The run is
# deterministic (--icount), like the tests, so a transcript repeats exactly.
set -eu
build=$1 port=$2
shift 2
if [ -z "$port" ]; then
	port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fi
echo "$port" > "$build/.gdbport"
o=""
[ "$build" = build ] || o=" O=$build"
cat <<EOT
QEMU is stopped at reset, waiting for gdb on TCP port $port.
Attach from another terminal, in $(pwd):

    make gdb GDBPORT=$port$o

then for example:  (gdb) tern-break-boot   (gdb) continue
See docs/debugging.md. Quit QEMU with Ctrl-A X, or 'kill' in gdb.
EOT
exec tools/run-qemu.sh --icount --gdb "$port" "$@"
