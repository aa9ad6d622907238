#!/bin/sh
# tools/test-fresh.sh - make test-fresh: the README's two commands on a
# brand-new Debian 12 machine.
#
# Builds a minimal Debian 12 root with mmdebstrap (minbase plus make, git
# and sudo: what the README asks a user to have), adds a user "student"
# who may use sudo, clones this repository's committed HEAD into its home
# and runs, inside a chroot, with nothing on standard input:
#
#     make run      (installs the packages, builds, boots, powers off)
#     make test
#
# FRESH_GOALS="test run" runs them the other way round: each of the two
# must work as the very first command. It then prints what each command printed (apt-get's per-package lines
# folded into a count) and its exit code, and exits non-zero if either
# failed. Full logs: $(O)/test-fresh/make-run.log, make-test.log.
# Takes minutes; needs root (or sudo) and Debian's mirror.
# (Linux counterpart: none; this is the "first contact" check of a project.)
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
out=${O:-$top/build}/test-fresh
mirror=${MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" != 0 ]; then
	exec sudo -E O="${O:-$top/build}" "$0" "$@"
fi
command -v mmdebstrap >/dev/null || {
	apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends mmdebstrap >/dev/null
}
if [ -n "$(git -C "$top" status --porcelain --untracked-files=no)" ]; then
	echo "test-fresh: note: uncommitted changes are not tested (it clones HEAD)"
fi

rm -rf "$out"
mkdir -p "$out"
root=$(mktemp -d "${TMPDIR:-/var/tmp}/tern-fresh.XXXXXX")
mounted=""
cleanup() {
	for m in $mounted; do umount -l "$m" 2>/dev/null || true; done
	# Only a root with nothing mounted in it may be removed.
	grep -q " $root/" /proc/mounts || rm -rf "$root"
}
trap cleanup EXIT INT TERM

echo "test-fresh: Debian 12 minbase + make git sudo in $root (mmdebstrap)"
mmdebstrap --quiet --variant=minbase --include=make,git,sudo bookworm "$root" "$mirror"

# What every real machine has: names for localhost and for itself (the
# chroot shares the host's name; sudo looks it up), and a resolver.
printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\tlocalhost ip6-localhost ip6-loopback\n' \
	"$(uname -n)" > "$root/etc/hosts"
uname -n > "$root/etc/hostname"
cp /etc/resolv.conf "$root/etc/resolv.conf"
chroot "$root" useradd --create-home --shell /bin/bash student
echo 'student ALL=(ALL) NOPASSWD:ALL' > "$root/etc/sudoers.d/student"
git clone --quiet --no-local "$top" "$root/home/student/tern"
chroot "$root" chown -R student:student /home/student/tern
echo "test-fresh: cloned $(git -C "$top" log -1 --format='%h %s')"

mount -t proc proc "$root/proc" && mounted="$root/proc $mounted"
mount -t sysfs sysfs "$root/sys" && mounted="$root/sys $mounted"
mount --bind /dev "$root/dev" && mounted="$root/dev $mounted"
mount --bind /dev/pts "$root/dev/pts" && mounted="$root/dev/pts $mounted"

# run <log name> <command>: as student, in the clone, nothing on stdin.
status=0
run() {
	log=$out/$1.log
	rc=0
	chroot "$root" su - student -c "cd tern && $2" </dev/null >"$log" 2>&1 || rc=$?
	echo
	echo "==================== \$ $2   (exit code $rc) ===================="
	folded=$(grep -c -E '^(Get:|Selecting|Preparing|Unpacking|Setting up|Processing|\(Reading)' "$log" || true)
	grep -v -E '^(Get:|Selecting|Preparing|Unpacking|Setting up|Processing|\(Reading)' "$log" || true
	[ "$folded" = 0 ] || echo "[test-fresh: $folded apt-get progress lines folded; all in $log]"
	echo "==================== exit code of '$2': $rc ===================="
	[ "$rc" = 0 ] || status=1
}
for goal in ${FRESH_GOALS:-run test}; do
	run "make-$goal" "make $goal"
done

echo
if [ $status = 0 ]; then
	echo "test-fresh: PASS: both README commands work on a fresh Debian 12 root"
else
	echo "test-fresh: FAIL (logs in $out)"
fi
exit $status
