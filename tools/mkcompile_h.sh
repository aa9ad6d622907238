#!/bin/sh
# tools/mkcompile_h.sh <builddir> <cc> - the version banner's parts
# (Linux: scripts/mkcompile_h). "#n" counts kernel links in <builddir>.
dir=$1; cc=$2
n=$(cat "$dir/.version" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "$dir/.version"
ver=$(sed -n 's/^TERN_VERSION *= *//p' Makefile.version 2>/dev/null)
echo "#define UTS_RELEASE \"${ver:-0.1.0}\""
echo "#define UTS_VERSION \"#$n $(LC_ALL=C date -u '+%a %b %e %H:%M:%S UTC %Y')\""
echo "#define LINUX_COMPILER \"$($cc --version | head -n 1)\""
