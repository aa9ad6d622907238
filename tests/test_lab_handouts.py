"""The lab handouts (docs/labs/<lab>.md): each has the sections a student
needs and names every check its lab is graded by (labs/labs.toml), and
every gdb command it shows works on a real build.

A handout's gdb walk-through is a ```gdb block; its info string may ask
for a build option (config=DECOMPRESS_STATS=y) or a command line
(append="..."), as the text tells the student to start `make debug`. The
block runs under tests/gdbharness.py (gdb-multiarch with tools/gdb/gdbinit
against QEMU stopped at reset, what `make gdb` runs), and fails on any gdb
error, a value gdb cannot show, or a `continue` that never stops.
"""
import glob
import os
import re
import shlex

import pytest

import tern
from gdbharness import needs_gdb, run_gdb
from labs import manifest

LABS = manifest()["labs"]
SECTIONS = ["**Goal.**", "**Background.**", "## What to write", "## Hints",
            "## gdb walk-through", "## Questions", "## Grading"]
GDB_ERRORS = re.compile(r"^(No symbol .*|Cannot access memory.*|No breakpoint.*|"
                        r"Undefined command.*|A syntax error.*|Function \".*\" not defined.*|"
                        r"No frame .*|Attempt to .*|There is no member.*|Invalid .*|"
                        r"No stack\.|The program is not being run\.|"
                        r"\$\d+ = <optimized out>|.*Python Exception.*)$", re.M)


def handout(lab):
    with open(os.path.join(tern.ROOT, "docs", "labs", lab["name"] + ".md")) as f:
        return f.read()


def gdb_blocks():
    """[(lab, n, options, commands)] of every handout's ```gdb blocks."""
    found = []
    for lab in LABS:
        blocks = re.findall(r"^```gdb([^\n]*)\n(.*?)^```", handout(lab), re.M | re.S)
        for n, (info, body) in enumerate(blocks):
            options = dict(word.split("=", 1) for word in shlex.split(info))
            found.append(pytest.param(lab["name"], n, options,
                                      [l for l in body.splitlines() if l.strip()],
                                      id=f"{lab['name']}-{n + 1}"))
    return found


@pytest.mark.parametrize("lab", LABS, ids=lambda l: l["name"])
def test_handout_has_every_section(lab):
    text = handout(lab)
    missing = [s for s in SECTIONS if s not in text]
    assert not missing, f"docs/labs/{lab['name']}.md lacks {missing}"
    assert f"answers-{lab['name']}.txt" in text
    assert os.path.basename(lab["doc"]) in text, f"no link to {lab['doc']}"
    assert re.search(r"^```gdb", text, re.M), "no gdb walk-through"
    for req in lab["requires"]:
        assert f"Lab {req}" in text, f"the prerequisite lab {req} is not named"


@pytest.mark.parametrize("lab", LABS, ids=lambda l: l["name"])
def test_handout_names_every_check(lab):
    grading = handout(lab).split("## Grading")[1]
    names = [t["test"].split("::")[1] for t in lab["tests"]]
    missing = [n for n in names if f"`{n}`" not in grading]
    assert not missing, f"docs/labs/{lab['name']}.md's Grading does not name {missing}"


def test_every_handout_is_a_lab():
    handouts = {os.path.basename(p)[:-3] for p in
                glob.glob(os.path.join(tern.ROOT, "docs", "labs", "*.md"))}
    assert handouts - {"instructor"} == {lab["name"] for lab in LABS}


@needs_gdb
@pytest.mark.parametrize("lab,n,options,commands", gdb_blocks())
def test_gdb_walkthrough_runs(lab, n, options, commands):
    config = [options.pop("config")] if "config" in options else []
    build = tern.build("-".join(["doc"] + [re.sub(r"\W+", "-", c.lower()) for c in config]),
                       config)
    out = run_gdb(build, commands, **options)
    errors = GDB_ERRORS.findall(out)
    assert not errors, f"docs/labs/{lab}.md, gdb block {n + 1}: {errors}\n{out}"
    stops = re.findall(r"^(?:Temporary b|B)reakpoint [\d.]+, ", out, re.M)
    assert len(stops) == sum(c == "continue" for c in commands), out


@needs_gdb
def test_a_broken_recipe_fails(kernel):
    """The recipes of the old docs/labs.md: `current` is a macro gdb does
    not know; `break putdec` in the kernel finds nothing to stop at."""
    out = run_gdb(kernel, ["break start_kernel", "continue", "p current->comm",
                           "break putdec"])
    assert GDB_ERRORS.findall(out) == ['No symbol "current" in current context.',
                                       'Function "putdec" not defined.'], out
