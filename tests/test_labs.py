"""The course platform: the manifest (labs/labs.toml) agrees with the
source's lab markers, the handouts and docs/labs.md; tools/mklab writes a
student's tree (a directory, or a git branch without history); make grade
prints and writes results; a crashing boot fails fast with its report.

Each lab's own checks, and the proof that its skeleton grades below full
marks, are in tests/test_lab_<lab>.py.
"""
import json
import os
import re
import shutil
import subprocess
import time

import pytest

import tern
import labs
from labs import LabError, manifest, regions, stubbed

LABS = manifest()["labs"]


def test_manifest_matches_the_source():
    found = labs.all_regions()
    marked = {r[0] for rs in found.values() for r in rs}
    assert marked == {lab["name"] for lab in LABS}, "markers and labs.toml disagree"
    for lab in LABS:
        files = [f for f, rs in found.items() if any(r[0] == lab["name"] for r in rs)]
        text = "".join(open(os.path.join(tern.ROOT, f)).read() for f in files)
        for fn in lab["functions"]:
            assert re.search(rf"^(?:\w[\w \t\*]*\b{fn}\(|ENTRY\({fn}\)|{fn}:)", text, re.M), \
                f"lab {lab['name']}: {fn} is not defined in its files {files}"
        assert os.path.exists(os.path.join(tern.ROOT, lab["doc"]))
        assert labs.points(lab) > 0
        for t in lab["tests"]:
            path, name = t["test"].split("::")
            src = open(os.path.join(tern.ROOT, path)).read()
            assert re.search(rf"^def {re.escape(name.split('[')[0])}\(", src, re.M), t["test"]


def test_unit_cases_exist_in_the_suites():
    """Every test_unit[case] of labs.toml is a ktest case in the source."""
    sources = "".join(open(os.path.join(tern.ROOT, f)).read() for f in labs.source_files()
                      if f.endswith("-test.c"))
    for lab in LABS:
        for t in lab["tests"]:
            m = re.search(r"::test_unit\[(\w+)\]$", t["test"])
            if m:
                assert f"KTEST_CASE({m.group(1)})" in sources, t["test"]


def test_labs_md_lists_every_lab():
    text = open(os.path.join(tern.ROOT, "docs", "labs.md")).read()
    rows = re.findall(r"^\| (\d+) \| (\w+) \| .* \| (\d+) \| ?([\w, ]*?) ?\| \[\w+\]\(labs/(\w+)\.md\) \|$",
                      text, re.M)
    assert rows == [(str(l["number"]), l["name"], str(labs.points(l)), ", ".join(l["requires"]),
                     l["name"]) for l in LABS]


C_TEXT = """int f(int p)
{
	/* LAB x BEGIN
	 * Hint line.
	 * STUB:
	 *	(void)p;
	 *	return 0;
	 */
	return p + 1;
	/* LAB x END */
}
"""
ASM_TEXT = """f:
	@ LAB y BEGIN
	@ Hint.
	@ STUB:
	@	mov	r0, #0
	add	r0, r0, #1
	@ LAB y END
	mov	pc, lr
"""


def test_stub_replaces_the_solution():
    assert stubbed(C_TEXT, {"x"}) == C_TEXT.replace(
        "\t * STUB:\n\t *\t(void)p;\n\t *\treturn 0;\n\t */\n\treturn p + 1;\n",
        "\t */\n\t(void)p;\n\treturn 0;\n")
    assert stubbed(C_TEXT, {"other"}) == C_TEXT
    assert stubbed(ASM_TEXT, {"y"}) == ASM_TEXT.replace(
        "\t@ STUB:\n\t@\tmov\tr0, #0\n\tadd\tr0, r0, #1\n", "\tmov\tr0, #0\n")
    assert labs.regions(stubbed(C_TEXT, {"x"}))[0][5] == []	# a stubbed tree stubs again


@pytest.mark.parametrize("bad", [C_TEXT.replace("\t/* LAB x END */\n", ""),
                                 C_TEXT.replace("\t/* LAB x BEGIN\n", "\t/*\n"),
                                 C_TEXT.replace("LAB x END", "LAB z END")])
def test_bad_markers_are_refused(bad):
    with pytest.raises(LabError, match=r"lab x|END without BEGIN"):
        regions(bad, "f.c")


def test_skeleton_tree(tmp_path):
    tree = tmp_path / "lab"
    subprocess.run([os.path.join(tern.ROOT, "tools", "mklab"), "fault", "--dest", str(tree)],
                   check=True, capture_output=True)
    for f in labs.source_files():
        ref = os.path.join(tern.ROOT, f)
        if f in manifest()["course"]["instructor_only"]:
            assert not (tree / f).exists(), f
        elif f.endswith(labs.SOURCE_EXT):
            assert (tree / f).read_text() == stubbed(open(ref).read(), {"fault"}), f
    assert (tree / "labs" / "current").read_text() == "fault\n"
    fault = (tree / "arch/arm/mm/fault.c").read_text()
    assert 'switch (fsr_fs(fsr))' not in fault and "LAB fault BEGIN" in fault
    # the other labs stay solved
    assert labs.region_text("kernel/sched/core.c", "runqueue", str(tree)) == \
        labs.region_text("kernel/sched/core.c", "runqueue")


def test_skeleton_branch_has_no_history(tmp_path):
    """make lab-skeleton BRANCH=: one commit, no parent, the stub in it;
    on a copy of the tree with a repository of its own."""
    repo = tmp_path / "repo"
    shutil.copytree(tern.ROOT, repo, ignore=shutil.ignore_patterns("build", ".git"))
    git = lambda *a: subprocess.run(["git", "-C", str(repo)] + list(a), check=True,
                                    capture_output=True, text=True).stdout.strip()
    git("init", "-q")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "reference")
    env = {k: v for k, v in os.environ.items() if k not in tern.IGNORED_ENV}
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@t")
    make = lambda *a: subprocess.run(["make", "-s"] + list(a), cwd=repo, env=env,
                                     capture_output=True, text=True)
    p = make("lab-skeleton", "LAB=runqueue", "BRANCH=lab/runqueue")
    assert p.returncode == 0, p.stdout + p.stderr
    assert git("rev-list", "--count", "lab/runqueue") == "1"
    assert git("rev-list", "--parents", "-n1", "lab/runqueue").count(" ") == 0
    core = git("show", "lab/runqueue:kernel/sched/core.c")
    assert 'panic("lab runqueue: pick_next_task() is not written yet");' in core
    assert "list_add_tail(&p->run_list, &runqueue.queue)" not in core
    assert git("show", "lab/runqueue:labs/current") == "runqueue"
    assert "already" in make("lab-skeleton", "LAB=runqueue", "BRANCH=lab/runqueue").stderr
    for args, tree in ((["LAB=fault"], repo / "build" / "lab-fault"),
                       (["LAB=fault", f"DEST={tmp_path / 'fault'}"], tmp_path / "fault")):
        p = make("lab-skeleton", *args)
        assert p.returncode == 0 and (tree / "labs" / "current").read_text() == "fault\n", \
            p.stdout + p.stderr
    p = make("lab-skeleton")
    assert p.returncode != 0 and "LAB=name" in p.stderr
    p = make("lab-skeleton", "LAB=nosuch")
    assert p.returncode != 0 and "no lab named 'nosuch'" in p.stderr


def grade_env():
    return {k: v for k, v in os.environ.items() if k not in tern.IGNORED_ENV}


@pytest.mark.skipif(os.environ.get("TERN_TEST_LABS") != "all",
                    reason="make test-labs grades every lab of the reference")
def test_make_grade_gives_the_reference_full_marks():
    p = subprocess.run(["make", "-s", "grade"], cwd=tern.ROOT, env=grade_env(),
                       capture_output=True, text=True, timeout=900)
    total = sum(labs.points(lab) for lab in LABS)
    assert p.returncode == 0 and f"Score: {total}/{total}" in p.stdout, p.stdout + p.stderr


def test_make_grade_on_the_reference(tmp_path):
    results = tmp_path / "results.json"
    env = grade_env()
    p = subprocess.run(["make", "-s", "grade", "LAB=fault", f"RESULTS={results}"], cwd=tern.ROOT,
                       env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr
    for t in LABS[2]["tests"]:
        name = t["test"].split("::")[1]
        assert re.search(rf"^== fault: {re.escape(name)} \({t['points']} pts\): OK \(\d+\.\ds\)$",
                         p.stdout, re.M), p.stdout
    assert re.search(r"^lab fault: 20/20$", p.stdout, re.M), p.stdout
    assert re.search(r"^Score: 20/20 \(\d+\.\ds\)$", p.stdout, re.M), p.stdout
    graded = json.loads(results.read_text())
    assert graded["score"] == 20
    assert [(t["name"], t["score"], t["max_score"], t["status"]) for t in graded["tests"]] == \
        [("fault: " + t["test"].split("::")[1], t["points"], t["points"], "passed")
         for t in LABS[2]["tests"]]
    p = subprocess.run(["make", "-s", "grade", "LAB=nosuch"], cwd=tern.ROOT, env=env,
                       capture_output=True, text=True)
    assert p.returncode != 0 and "no lab named 'nosuch'" in p.stderr


def test_a_crash_fails_at_once(zimage):
    """An oops fails the boot in well under its 30 s timeout, showing the
    lines before it and the whole report to the panic's end."""
    start = time.monotonic()
    with pytest.raises(AssertionError) as e:
        tern.boot(zimage, append="console=ttyAMA0 crashtest=null", timeout=30)
    assert time.monotonic() - start < 2 + 3	# at most 2 s past the oops, 3 s to boot
    report = str(e.value)
    for line in ["Kernel command line: console=ttyAMA0 crashtest=null", "Internal error: Oops",
                 "PC is at crashtest_null_deref", "Backtrace:",
                 "---[ end Kernel panic - not syncing: Fatal exception ]---"]:
        assert line in report, report


def test_the_hint_names_the_labs_functions():
    log = ("[    0.1] Booting\n[    0.2] Internal error: Oops: 805 [#1] ARM\n"
           "[    0.2] PC is at pick_next_task+0x10/0x40\n"
           "[<c0001000>] (copy_thread+0x8/0x80) from [<c0002000>] (kernel_clone+0x4/0x90)\n")
    report = tern.crash_report(log)
    assert "[    0.1] Booting" in report
    assert "hint: the crash goes through lab runqueue's pick_next_task: " \
           "see docs/labs/runqueue.md" in report
    assert "lab fork's copy_thread" in report and "lab tick" not in report
    report = tern.crash_report("Kernel panic - not syncing: lab tick: scheduler_tick() is not "
                               "written yet\n")
    assert "lab tick's scheduler_tick" in report
