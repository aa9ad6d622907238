"""User space on Tern: /init runs the KTAP test programs (built with
INIT_RUN_TESTS=y: the utest_log fixture of conftest.py), and the default
/init shows preemption of two CPU-bound processes. One boot each."""
import os
import re
import select
import threading

import pytest

import tern
from test_user_qemu_arm import check_strict_alternation

PROGRAMS = ["armtest", "t_syscalls", "t_fork", "t_sched", "t_fault", "t_exec", "t_procs",
            "t_mmap", "t_cow", "t_oom"]


@pytest.fixture(scope="module")
def demo_log(zimage):
    log = tern.boot(zimage)
    tern.assert_clean(log)
    return log


def ktap_blocks(log):
    """Each program's KTAP: {plan line index: (plan, [results])} in order."""
    blocks, cur = [], None
    for line in log.splitlines():
        if line == "KTAP version 1":
            cur = {"plan": None, "results": []}
            blocks.append(cur)
        elif cur is not None and re.match(r"^1\.\.\d+$", line):
            cur["plan"] = int(line[3:])
        elif cur is not None and re.match(r"^(not )?ok \d+ ", line):
            cur["results"].append(line)
    return blocks


def test_every_program_ran(utest_log):
    blocks = ktap_blocks(utest_log)
    assert len(blocks) == len(PROGRAMS), utest_log
    for b in blocks:
        assert b["plan"] == len(b["results"]), b


def test_no_test_failed(utest_log):
    failed = [r for b in ktap_blocks(utest_log) for r in b["results"] if r.startswith("not ok")]
    assert not failed, "\n".join(failed)


def test_init_sees_exit_statuses(utest_log):
    statuses = re.findall(r"^init: pid (\d+) exited with status (\d+)$", utest_log, re.M)
    assert len(statuses) == 3 + len(PROGRAMS)      # hello, 2 x spin, the tests
    assert all(s == "0" for _, s in statuses), statuses


def test_init_is_pid_1_and_first_user_process(utest_log):
    assert "Run /init as init process" in utest_log
    assert re.search(r"kernel_init: entering user mode, \d+ instructions", utest_log)
    assert "init: started /bin/hello as pid 3" in utest_log   # 1 init, 2 kthreadd


def test_sched_yield_alternates_exactly(utest_log):
    assert re.search(r"^# t_sched: A 0$", utest_log, re.M), utest_log
    assert check_strict_alternation(utest_log) == []


def test_nanosleep_wakes_on_time(utest_log):
    """Under icount: at least the 20 ms asked, at most two 10 ms ticks late."""
    slept = int(re.search(r"nanosleep: asked 20000 us, slept (\d+) us", utest_log).group(1))
    assert 20000 <= slept <= 20000 + 2 * 10000, slept


def test_processes_limited_by_memory_only(utest_log):
    """More processes than the 255 ASIDs: t_procs's fork bomb stops only
    when fewer pages are left than one more process needs, with ENOMEM."""
    m = re.search(r"^# (\d+) processes and t_procs, then fork failed: errno (\d+), "
                  r"(\d+) pages free\n# (\d+) pages per process$", utest_log, re.M)
    assert m, utest_log
    procs, errno, free, per_process = map(int, m.groups())
    assert procs > 1000 and errno == 12, m.group(0)
    assert free < per_process, m.group(0)


def test_fork_cycles_across_asid_rollovers(utest_log):
    """t_fork's 10,000 forks on Tern need some 40 generations of ASIDs."""
    assert re.search(r"^# 10000 fork/exit/wait cycles$", utest_log, re.M), utest_log


def test_user_faults_kill_only_the_process(utest_log):
    lines = re.findall(r"^\[[ \d.]+\] (t_fault\[\d+\]: .*)$", utest_log, re.M)
    expect = [r"unhandled page fault \(11\) at 0x00000000, code 0x0\w\w",
              r"unhandled page fault \(11\) at 0xc0008000, code 0x8\w\w",
              r"undefined instruction: pc=000\w{5}",
              r"undefined instruction: pc=000\w{5}",
              r"unhandled prefetch abort \(11\) at 0x0bad0000, code 0x0\w\w"]
    faults = [l for l in lines if "unhandled" in l or "undefined" in l]
    assert len(faults) == len(expect), lines
    for line, pattern in zip(faults, expect):
        assert re.search(pattern, line), line
    assert "init: all programs done" in utest_log


def check_spinners_interleave(log, strict=True):
    """Both CPU-bound processes progress: neither runs to completion
    before the other has started, and (strict, for -icount boots, where
    time is exact) no run of one lasts long."""
    lines = re.findall(r"^spin (\d): (\d+|done)$", log, re.M)
    ids = [i for i, _ in lines]
    assert ids.count("1") == ids.count("2") == 9, log
    first_done = next(n for n, (_, v) in enumerate(lines) if v == "done")
    assert "1" in ids[:first_done] and "2" in ids[:first_done], lines
    runs = [len(m.group(0)) for m in re.finditer(r"1+|2+", "".join(ids))]
    assert not strict or (max(runs) <= 6 and len(runs) >= 3), runs


def test_two_spinners_are_preempted(demo_log):
    check_spinners_interleave(demo_log)


def test_demo_powers_off(demo_log):
    assert "init: all programs done" in demo_log
    assert "reboot: Power down" in demo_log


def test_user_extra_and_init_param(tmp_path, kernel):
    """make USER_EXTRA=<dir> adds programs to /bin; init= picks one as pid 1,
    and the words after "--" are its arguments. Its parent is pid 0 (the
    idle task), as in Linux; when init exits the kernel panics, as Linux
    does."""
    extra = tmp_path / "extra"
    extra.mkdir()
    tern.copy(os.path.join(kernel, "user", "hello"), str(extra / "greet"))
    os.chmod(extra / "greet", 0o755)
    out = tern.build("extra", make_args=[f"USER_EXTRA={extra}"])
    log = tern.boot_until(os.path.join(out, "zImage"), r"Kernel panic - not syncing: .*\n",
                          append="console=ttyAMA0 init=/bin/greet -- one  two")
    assert "Run /bin/greet as init process" in log, log
    assert "Hello from user space, pid 1, parent 0" in log, log
    assert "hello: argv[0] = /bin/greet\nhello: argv[1] = one\nhello: argv[2] = two\n" \
        "hello: envp[0]" in log, log
    assert "Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000000" in log


def test_bad_init_is_reported(zimage):
    log = tern.boot_until(zimage, r"Kernel panic - not syncing: .*\n",
                          append="console=ttyAMA0 init=/etc/not-elf")
    assert "exec: /etc/not-elf: not an ELF file" in log, log
    assert "Requested init /etc/not-elf failed (error -8)" in log, log


def test_read_from_console(zimage):
    """read(0) sleeps until the UART's receive interrupt brings a line."""
    q = tern.Qemu(zimage, append="console=ttyAMA0 init=/bin/t_read")
    try:
        q.expect(r"t_read: type a line")
        q.child.send("hello tern\r")
        q.expect(r"reboot: Power down")
        log = (q.child.before + q.child.after).replace("\r", "")
    finally:
        q.kill()
    assert "t_read: got 'hello tern'" in log, log
    assert re.search(r"^ok 1 read\(0\) returns what was typed$", log, re.M), log
    assert re.search(r"^ok 2 the line is 'hello tern'$", log, re.M), log


def console_pattern(n):
    """user/t_console.c's pattern: an LCG's bits 16-30 as printable ASCII."""
    seed, out = 1, bytearray()
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0xffffffff
        out.append(32 + (seed >> 16) % 95)
    return bytes(out)


def send_at_full_speed(fd, data, stop):
    """Write data to QEMU's stdin as fast as it takes it (run in a thread,
    while the main thread reads the console), until done or stop is set."""
    done = 0
    while done < len(data) and not stop.is_set():
        if select.select([], [fd], [], 0.1)[1]:
            try:
                done += os.write(fd, data[done:done + 4096])
            except BlockingIOError:
                pass


def test_console_at_full_speed(zimage):
    """64 KiB typed as fast as QEMU takes them reach a reader whole and in
    order; then single lines, each read within its instruction budget."""
    q = tern.Qemu(zimage, append="console=ttyAMA0 init=/bin/t_console")
    q.child.delaybeforesend = None
    stop, sender = threading.Event(), None
    try:
        n = int(q.expect(r"t_console: send (\d+) bytes")[1])
        log = q.child.before + q.child.after
        os.set_blocking(q.child.child_fd, False)
        sender = threading.Thread(target=send_at_full_speed,
                                  args=(q.child.child_fd, console_pattern(n), stop))
        sender.start()
        for i in range(5):
            q.expect(r"t_console: type line (\d+)|not ok 1 |Kernel panic", timeout=30)
            log += q.child.before + q.child.after
            assert q.child.match[1] == str(i), log.replace("\r", "")
            q.child.send(f"line {i}\n")
        q.expect(r"reboot: Power down")
        log = (log + q.child.before + q.child.after).replace("\r", "")
    finally:
        stop.set()
        if sender:
            sender.join()
        q.kill()
    tern.assert_clean(log)
    assert re.search(rf"^# {n} bytes in \d+ reads$", log, re.M), log
    assert "input overrun" not in log, log
    results = re.findall(r"^(?:not )?ok \d+ .*$", log, re.M)
    assert results == ["ok 1 64 KiB sent at full speed arrive whole and in order",
                       "ok 2 each line typed is read back",
                       "ok 3 each read returns within its instruction budget"], log
