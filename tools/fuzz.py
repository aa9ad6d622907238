#!/usr/bin/python3
"""tools/fuzz.py - make fuzz: boot Tern with the syscall fuzzer as init, watch it.

    tools/fuzz.py [--seed N] [--calls N] [--batch N] [--trace] [--icount]
                  [--fuzz-args "..."] [--append "..."] [--timeout S] zImage

Boots the zImage (tools/run-qemu.sh) with the kernel command line
"console=ttyAMA0 init=/bin/fuzz -- seed=N calls=N batch=N", copies the
console to stdout, and stops at the first of:
  - "fuzz: done" and the power-off: the run is over;
  - "Kernel panic", "Oops", "Internal error", "BUG": the kernel broke;
  - no console output for --timeout seconds: the kernel (or the fuzzer)
    hangs.
Then it prints the figures (calls, batches, batches gone wrong, kills by
signal, wall time) and, for each batch that went wrong or was running
when the kernel broke, the command that replays it.  Exit status 0 if the
run ended and no batch went wrong, 130 after Ctrl-C, 1 otherwise.  user/fuzz.c is the fuzzer;
docs/fuzzing.md explains both.  (Linux counterpart: none in the tree;
syzkaller's manager watches a VM's console the same way.)
"""
import argparse
import os
import re
import sys
import time

import pexpect

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN_QEMU = os.path.join(ROOT, "tools", "run-qemu.sh")
BROKEN = re.compile(r"Kernel panic|\bOops\b|Internal error|\bBUG\b")
BATCH = re.compile(r"^fuzz: batch (\d+) seed (0x[0-9a-f]+)$")
WRONG = re.compile(r"^fuzz: batch (\d+) seed (0x[0-9a-f]+): WRONG: (.*)$")
SUMMARY = re.compile(r"^fuzz: (\d+) calls, (\d+) batches, (\d+) wrong; kills by signal:(.*)$")


def replay(seed, args):
    """The make command that runs one batch again, each call traced."""
    return (f"make fuzz SEED={seed} CALLS={args.batch} BATCH={args.batch} TRACE=1"
            + (" ICOUNT=1" if args.icount else ""))


def watch(child, args, out, state):
    """Copy the console until QEMU exits, the kernel breaks or all goes
    quiet; return None if the run ended well, else what went wrong. Keeps
    in state the last batch's seed, the batches gone wrong (seed, what)
    and the last summary line's match."""
    verdict, done, after = None, False, 0
    while after < 100:              # after an oops: its next lines, up to 100
        try:
            line = child.readline()
        except pexpect.TIMEOUT:
            return verdict or f"hang: no console output for {args.timeout} s"
        if not line:                # QEMU exited: the power-off, or not
            return verdict or (None if done else "QEMU exited before 'fuzz: done'")
        out.write(line.replace("\r", ""))
        line = line.strip()
        if verdict:
            child.timeout = 2
            after += 1
        elif BROKEN.search(line):
            verdict = "the kernel broke: " + line
        elif m := BATCH.match(line):
            state["batch"] = m.group(2)
        elif m := WRONG.match(line):
            state["wrong"].append((m.group(2), m.group(3)))
        elif m := SUMMARY.match(line):
            state["summary"] = m
        elif line == "fuzz: done":
            done = True
    return verdict


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", default="1", help="the first batch's seed (default 1)")
    ap.add_argument("--calls", type=int, default=0, help="calls in all (0: for ever)")
    ap.add_argument("--batch", type=int, default=1000, help="calls per batch (1000)")
    ap.add_argument("--trace", action="store_true", help="print every call before making it")
    ap.add_argument("--icount", action="store_true", help="QEMU -icount: deterministic timing")
    ap.add_argument("--fuzz-args", default="", help="more words for /bin/fuzz")
    ap.add_argument("--append", default="", help="more kernel parameters")
    ap.add_argument("--mem", default="128M")
    ap.add_argument("--timeout", type=float, help="seconds of silence that mean a hang "
                    "(default 60 + 1 per 100 calls of a batch)")
    ap.add_argument("zimage")
    args = ap.parse_args()
    if args.timeout is None:
        args.timeout = 60 + args.batch / 100
    fuzz = f"seed={args.seed} calls={args.calls} batch={args.batch}"
    if args.trace:
        fuzz += " trace=1"
    cmdline = f"console=ttyAMA0 {args.append} init=/bin/fuzz -- {fuzz} {args.fuzz_args}"
    cmd = [RUN_QEMU, "--mem", args.mem, "--append", " ".join(cmdline.split())]
    if args.icount:
        cmd.append("--icount")
    start = time.monotonic()
    child = pexpect.spawn(cmd[0], cmd[1:] + [args.zimage], cwd=ROOT, encoding="utf-8",
                          codec_errors="replace", timeout=args.timeout)
    state = {"wrong": []}
    try:
        verdict = watch(child, args, sys.stdout, state)
    except KeyboardInterrupt:
        verdict = "stopped"
    finally:
        child.close(force=True)
    wall = time.monotonic() - start
    summary, wrong, batch = state.get("summary"), state["wrong"], state.get("batch")

    figures = ("no figures: the fuzzer printed no summary" if not summary else
               f"{summary.group(1)} calls, {summary.group(2)} batches, "
               f"{summary.group(3)} wrong, kills by signal:{summary.group(4)}")
    print(f"fuzz.py: {figures}; {wall:.1f} s wall", flush=True)
    for seed, what in wrong:
        print(f"fuzz.py: batch with seed {seed} went wrong ({what}); replay: {replay(seed, args)}")
    if verdict == "stopped":
        print("fuzz.py: stopped by Ctrl-C")
        return 1 if wrong else 130
    if verdict:
        print(f"fuzz.py: FAILED: {verdict}")
        if batch:
            print(f"fuzz.py: it happened in the batch with seed {batch}; replay: "
                  f"{replay(batch, args)}")
    return 1 if verdict or wrong else 0


if __name__ == "__main__":
    sys.exit(main())
