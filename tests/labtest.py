"""tests/labtest.py - helpers for the course labs' tests (test_lab_*.py).

ktest_cases() boots the test kernel with ktest=<suites> and returns each
case's result and diagnostics: the unit checks that call a lab's
functions directly. check_skeleton() is the proof that a lab works: it
writes the lab's student tree (tools/mklab), builds it with -Werror,
grades it (tools/grade) and expects less than full marks; the reference's
full marks are the lab's tests passing in this suite.

make test builds every lab's skeleton but grades only one per run, a
different one each hour (all eleven grades take minutes); make test-labs
(TERN_TEST_LABS=all) grades all of them.
"""
import json
import os
import re
import shutil
import subprocess
import time

import pytest

import tern
from labs import manifest	# tools/labs.py: tests/tern.py put tools/ on sys.path
from test_ktest import parse_ktap

LABS = [lab["name"] for lab in manifest()["labs"]]


def ktest_cases(zimage, suites):
    """{case: (passed, [diagnostic lines])} of a ktest=<suites> boot, and its log."""
    log = tern.boot(zimage, append="console=ttyAMA0 ktest=" + ",".join(suites), timeout=20)
    ktap = parse_ktap(log)
    cases = {}
    for suite in suites:
        sub = ktap["subtests"].get(suite)
        assert sub, f"no results for ktest suite {suite}:\n{log}"
        for ok, _, name, _ in sub["results"]:
            diag = [d for d in sub["diag"] if d.startswith(f"# {name}:") or
                    re.match(r"# \S+\.c:\d+: ", d)]
            cases[name] = (ok, diag)
    return cases, log


def unit_cases(lab, test="test_unit"):
    """The ktest cases graded one by one: labs.toml's test_unit[<case>]."""
    prefix = f"tests/test_lab_{lab}.py::{test}["
    return [t["test"][len(prefix):-1] for l in manifest()["labs"] if l["name"] == lab
            for t in l["tests"] if t["test"].startswith(prefix)]


def check_case(cases, name):
    ok, diag = cases[name]
    assert ok, f"{name} failed:\n" + "\n".join(diag)


def rotating_lab():
    """The lab whose skeleton make test proves this hour."""
    return LABS[int(time.time() // 3600) % len(LABS)]


def graded_here(lab):
    """Does this run grade lab's skeleton?"""
    wanted = os.environ.get("TERN_TEST_LABS") or rotating_lab()
    return wanted == "all" or lab in wanted.split(",")


def check_skeleton(lab, tmp_path):
    """The lab's student tree builds, and grades below full marks.

    The tree starts with a copy of the reference's test build
    (build/t-default, times kept): make then compiles only the files the
    stubs changed, and relinks."""
    tree = str(tmp_path / ("lab-" + lab))
    env = {k: v for k, v in os.environ.items()
           if k not in tern.IGNORED_ENV and not k.startswith(("PYTEST_", "TERN_TEST"))}
    run = lambda *cmd, **kw: subprocess.run(cmd, cwd=tree, env=env, capture_output=True,
                                            text=True, timeout=600, **kw)
    subprocess.run([os.path.join(tern.ROOT, "tools", "mklab"), lab, "--dest", tree],
                   check=True, capture_output=True)
    shutil.copytree(tern.build("default"), os.path.join(tree, "build", "t-default"),
                    symlinks=True)
    build = run("/usr/bin/python3", "-c", "import sys; sys.path.insert(0, 'tests'); "
                "import tern; tern.build('default')")
    assert build.returncode == 0, f"lab {lab}'s skeleton does not build:\n{build.stderr}"
    if not graded_here(lab):
        pytest.skip(f"built; make test grades lab {rotating_lab()}'s skeleton this hour, "
                    "make test-labs every lab's")
    results = os.path.join(tree, "build", "results.json")
    grade = run("tools/grade", "--jobs", "1", "--results", results)
    out = grade.stdout + grade.stderr
    assert os.path.exists(results), out
    with open(results) as f:
        graded = json.load(f)
    possible = sum(t["max_score"] for t in graded["tests"])
    assert graded["score"] < possible, f"lab {lab}'s skeleton got full marks:\n{out}"
    assert grade.returncode == 1 and f"Score: {graded['score']}/{possible}" in out, out
    return graded, out
