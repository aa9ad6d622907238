#!/bin/sh
# tools/run-qemu.sh - boot a zImage on QEMU -M virt, console on stdio.
#
#   tools/run-qemu.sh [--boot kernel|uboot] [--mem 128M] [--append "..."]
#                     [--icount] [--gdb PORT] [--extra "qemu args"]
#                     [--batch SECONDS] zImage
#
# --boot kernel: QEMU loads the zImage itself (-kernel, at RAM + 0x10000).
# --boot uboot:  Debian's U-Boot boots it with bootz from 0x40400000; its
#                environment (bootcmd) is set in an emulated flash bank.
# --batch S:     for scripts (make run without a terminal): the machine
#                must power off within S seconds. A panic restarts it at
#                once (panic=-1), which ends QEMU (-no-reboot). Exit status
#                0 only after a clean power-off, with a line saying why not.
# Leave QEMU with Ctrl-A X.
set -eu
boot=kernel mem=128M append="console=ttyAMA0" icount="" gdb="" extra="" batch=""
while [ $# -gt 1 ]; do
	case $1 in
	--boot) boot=$2; shift 2 ;;
	--mem) mem=$2; shift 2 ;;
	--append) append=$2; shift 2 ;;
	--icount) icount="-icount shift=0,align=off,sleep=off"; shift ;;
	--gdb) case $2 in	# a TCP port, or the path of a Unix socket
	       */*) gdb="-gdb unix:$2,server,nowait -S" ;;
	       *) gdb="-gdb tcp::$2 -S" ;;
	       esac; shift 2 ;;
	--extra) extra=$2; shift 2 ;;
	--batch) batch=$2; shift 2 ;;
	*) echo "run-qemu: unknown option $1" >&2; exit 2 ;;
	esac
done
zimage=$1
if [ -n "$batch" ]; then
	append="$append panic=-1"
	extra="$extra -no-reboot"
	log=$(mktemp) status=$(mktemp)
	# The console goes to the terminal and to $log; QEMU's exit status,
	# which a pipe would lose, to $status.
	{ rc=0; timeout -s KILL "$batch" "$0" --boot "$boot" --mem "$mem" --append "$append" \
		${icount:+--icount} --extra "$extra" "$zimage" || rc=$?; echo $rc > "$status"; } 2>&1 | tee "$log"
	rc=$(cat "$status")
	if grep -q "Kernel panic" "$log"; then
		echo "run-qemu: the kernel panicked (see above); panic=-1 ended QEMU"
		rc=1
	elif [ "$rc" = 137 ]; then
		echo "run-qemu: the machine did not power off within $batch s; QEMU killed"
	elif ! grep -q "reboot: Power down" "$log"; then
		echo "run-qemu: QEMU ended (status $rc) without a power-off"
		[ "$rc" != 0 ] || rc=1
	fi
	rm -f "$log" "$status"
	exit "$rc"
fi
common="-M virt,dtb-randomness=off -cpu cortex-a15 -m $mem -nographic -nic none -rtc base=2020-01-01T00:00:00,clock=vm"

case $boot in
kernel)
	# shellcheck disable=SC2086
	exec qemu-system-arm $common $icount $gdb $extra -kernel "$zimage" -append "$append"
	;;
uboot)
	# A directory of its own: two boots of one zImage must not share files.
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
	flash=$dir/uboot-flash1.img
	# U-Boot reads its environment from the second flash bank; a flash
	# environment replaces the default one entirely.
	printf 'bootdelay=0\nfdt_high=0xffffffff\nbootargs=%s\nbootcmd=bootz 0x40400000 - ${fdtcontroladdr}\n' \
		"$append" > "$dir/uboot-env.txt"
	mkenvimage -s 0x40000 -o "$dir/uboot-env.bin" "$dir/uboot-env.txt"
	rm -f "$flash"
	truncate -s 64M "$flash"
	dd if="$dir/uboot-env.bin" of="$flash" conv=notrunc status=none
	# shellcheck disable=SC2086
	qemu-system-arm $common $icount $gdb $extra \
		-bios /usr/lib/u-boot/qemu_arm/u-boot.bin \
		-drive if=pflash,unit=1,format=raw,file="$flash" \
		-device loader,file="$zimage",addr=0x40400000,force-raw=on
	;;
*) echo "run-qemu: --boot must be kernel or uboot" >&2; exit 2 ;;
esac
