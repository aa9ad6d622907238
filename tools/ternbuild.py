"""tools/ternbuild.py - build one Tern variant into a directory of its own:
the defconfig plus some options, then make. Used by the tests
(tests/tern.py) and by make bench (tools/bench.py).

Safe to call from several processes at once (pytest workers): one builds,
the others wait on a lock and reuse the result. Nothing from the caller's
make command line leaks in, and a changed defconfig or Kconfig rebuilds.
"""
import fcntl
import hashlib
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IGNORED_ENV = ("MAKEFLAGS", "MAKELEVEL", "MFLAGS", "USER_EXTRA", "INIT_RUN_TESTS",
               "CROSS_COMPILE", "O", "V", "KCONFIG_CONFIG")


def _read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def build_variant(out, options=(), make_args=()):
    """Configure (defconfig + options such as "KERNEL_LZ4=y") and build into out."""
    env = {k: v for k, v in os.environ.items() if k not in IGNORED_ENV}
    env["KCONFIG_CONFIG"] = os.path.join(out, ".config")
    os.makedirs(out, exist_ok=True)
    sources = b"".join(open(os.path.join(ROOT, f), "rb").read()
                       for f in ("Kconfig", "arch/arm/configs/tern_defconfig"))
    wanted = "\n".join([hashlib.sha1(sources).hexdigest()] + sorted(options))
    stamp = os.path.join(out, ".variant-config")
    make = ["make", "-s", f"-j{os.cpu_count() or 1}", "O=" + out]
    quiet = dict(cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    with open(out + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _read(stamp) != wanted:
            subprocess.run(make + ["defconfig"], **quiet)
            if options:
                subprocess.run(make + ["setconfig", "SET=" + " ".join(options)], **quiet)
            with open(stamp, "w") as f:
                f.write(wanted)
        subprocess.run(make + list(make_args), **quiet)
    return out
