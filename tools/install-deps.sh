#!/bin/sh
# tools/install-deps.sh - install the Debian packages Tern needs, if missing.
#
# Checks each tool; when something is missing, installs the packages with
# apt-get (directly as root, through sudo otherwise). When neither works it
# prints the exact command to run and fails.
set -u

PKGS="make gcc libc6-dev gcc-arm-none-eabi libnewlib-arm-none-eabi binutils-arm-none-eabi \
gcc-arm-linux-gnueabihf libc6-dev-armhf-cross \
qemu-system-arm qemu-user gdb-multiarch device-tree-compiler u-boot-qemu u-boot-tools \
lz4 cpio gzip python3 python3-pytest python3-pytest-xdist python3-pexpect python3-kconfiglib python3-libfdt \
gcc-arm-linux-gnueabihf libc6-dev-armhf-cross"

missing=""
need() { # need <package> <test command...>
	pkg=$1; shift
	"$@" >/dev/null 2>&1 || missing="$missing $pkg"
}
need make                     command -v make
need gcc                      command -v gcc
need libc6-dev                test -e /usr/include/stdio.h
need gcc-arm-none-eabi        command -v arm-none-eabi-gcc
need binutils-arm-none-eabi   command -v arm-none-eabi-objcopy
need libnewlib-arm-none-eabi  test -e /usr/lib/arm-none-eabi/newlib/libc_nano.a -o -e /usr/lib/arm-none-eabi/lib/libc_nano.a
need gcc-arm-linux-gnueabihf  command -v arm-linux-gnueabihf-gcc	# user/linux: glibc programs
need libc6-dev-armhf-cross    test -e /usr/arm-linux-gnueabihf/lib/libc.a
need qemu-system-arm          command -v qemu-system-arm
need qemu-user                command -v qemu-arm
need gdb-multiarch            command -v gdb-multiarch
need device-tree-compiler     command -v dtc
need u-boot-qemu              test -e /usr/lib/u-boot/qemu_arm/u-boot.bin
need u-boot-tools             command -v mkenvimage
need lz4                      command -v lz4
need cpio                     command -v cpio
need gzip                     command -v gzip
need python3                  test -x /usr/bin/python3
need python3-pytest           /usr/bin/python3 -c 'import pytest'
need python3-pytest-xdist     /usr/bin/python3 -c 'import xdist'
need python3-pexpect          /usr/bin/python3 -c 'import pexpect'
need python3-kconfiglib       /usr/bin/python3 -c 'import kconfiglib'
need python3-libfdt           /usr/bin/python3 -c 'import libfdt'
need gcc-arm-linux-gnueabihf  command -v arm-linux-gnueabihf-gcc
need libc6-dev-armhf-cross    test -e /usr/arm-linux-gnueabihf/include/stdio.h

[ -z "$missing" ] && exit 0

echo "install-deps: missing Debian packages:$missing"
cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	SUDO="sudo"
else
	echo "install-deps: cannot install as $(id -un) without sudo; run as root:"
	echo "    apt-get update && $cmd"
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >/dev/null && $SUDO $cmd && exit 0
echo "install-deps: apt-get failed; run by hand:"
echo "    ${SUDO:+sudo }apt-get update && ${SUDO:+sudo }$cmd"
exit 1
