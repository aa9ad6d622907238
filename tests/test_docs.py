"""The docs stay true to the tree: every file, function and make target a
doc names (README.md, docs/**/*.md) exists, and the lab handouts
(docs/labs.md, docs/labs/) refer to code by file and symbol, never by
line number.

What counts as naming one:
  - a file: an inline code span that is a path into one of the tree's
    top directories, or a file name with a source extension (found
    anywhere in the tree), or a relative Markdown link; not a build
    output (build/...), an initramfs path (/bin/...), a pattern (<name>),
    nor one of LINUX_FILES, which the docs compare Tern with; a pytest
    node id (file::test) names its test too;
  - a function: an inline code span `name()`; it must be defined in the
    tree (C, assembly, Python, shell) or be one of the C library's;
  - a make target: `make [VAR=value ...] target` in a code span or a
    shell block.
"""
import glob
import os
import re

import pytest

import tern

DOCS = sorted(glob.glob(os.path.join(tern.ROOT, "docs", "**", "*.md"), recursive=True) +
              [os.path.join(tern.ROOT, "README.md")])
LAB_DOCS = [d for d in DOCS if os.sep + "labs" in d]
SOURCE_EXT = (".c", ".h", ".S", ".py", ".md", ".ld", ".toml", ".sh", ".txt", ".json")
# newlib and the C language: what user programs and the docs may call.
LIBC = {"printf", "malloc", "free", "putchar", "puts", "fflush", "strlen", "memcpy", "memset",
        "strcmp", "exit", "_exit", "sbrk", "_sbrk", "read", "write", "sizeof", "offsetof",
        "container_of", "main", "brk"}
LINUX_FILES = {"arch/arm/boot/compressed/head.S", "arch/arm/tools/syscall.tbl"}
# Written in a student's tree: by tools/mklab, and by the student.
STUDENT_FILES = re.compile(r"labs/current$|answers-\w+\.txt$")


def read(path):
    with open(path) as f:
        return f.read()


def fenced_blocks(text):
    """[(info string, body)] of the ``` blocks."""
    return re.findall(r"^```([^\n]*)\n(.*?)^```", text, re.M | re.S)


def inline_spans(text):
    """The `code` spans outside ``` blocks."""
    return re.findall(r"`([^`\n]+)`", re.sub(r"^```.*?^```", "", text, flags=re.M | re.S))


@pytest.fixture(scope="module")
def defined():
    """Every name defined in the tree: C functions and macros, assembly
    labels, Python functions, shell functions."""
    names = set()
    for path in glob.glob(os.path.join(tern.ROOT, "**", "*"), recursive=True):
        if "/build/" in path or "__pycache__" in path or not os.path.isfile(path):
            continue
        if path.endswith((".c", ".h")):
            text = re.sub(r"__attribute__\(\(.*?\)\)", "", read(path))
            names.update(re.findall(r"^[A-Za-z_][\w \t\*]*?\b(\w+)\s*\(", text, re.M))
            names.update(re.findall(r"^#\s*define\s+(\w+)\(", text, re.M))
        elif path.endswith(".S"):
            text = read(path)
            names.update(re.findall(r"^(\w+):", text, re.M))
            names.update(re.findall(r"ENTRY\((\w+)\)", text))
        elif path.endswith(".py") or "/tools/" in path:
            names.update(re.findall(r"^\s*(?:def|class) (\w+)", read(path), re.M))
            names.update(re.findall(r"^(\w+)\(\) *\{", read(path), re.M))
    return names


@pytest.fixture(scope="module")
def make_targets():
    text = read(os.path.join(tern.ROOT, "Makefile"))
    targets = set(re.findall(r"^([\w-]+)\s*:(?!=)", text, re.M))
    for phony in re.findall(r"^\.PHONY\s*:(.*)$", text, re.M):
        targets.update(phony.split())
    return targets


def named_files(text):
    """(paths, bare file names) the doc names."""
    tops = {d for d in os.listdir(tern.ROOT) if os.path.isdir(os.path.join(tern.ROOT, d))}
    paths, names = [], []
    for span in inline_spans(text):
        for word in span.split():
            word = re.sub(r":\d[-\d]*$", "", word.rstrip(".,:;)"))	# file:line
            if word in LINUX_FILES or "<" in word or STUDENT_FILES.match(word):
                continue
            if "/" in word and word.split("/")[0] in tops - {"build"}:
                paths.append(word)
            elif re.fullmatch(r"[\w-]+\.(?:%s)" % "|".join(e[1:] for e in SOURCE_EXT), word):
                names.append(word)
    paths += [l for l in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text) if "://" not in l]
    return paths, names


@pytest.fixture(scope="module")
def basenames():
    return {os.path.basename(p) for p in glob.glob(os.path.join(tern.ROOT, "**", "*"),
                                                   recursive=True) if "/build/" not in p}


def missing_files(text, doc_dir, basenames):
    paths, names = named_files(text)
    missing = []
    for p in paths:
        path, _, test = p.partition("::")
        found = [f for f in (os.path.join(d, path) for d in (tern.ROOT, doc_dir))
                 if os.path.exists(f)]
        if not found or test and not re.search(rf"^def {re.escape(test)}\(", read(found[0]), re.M):
            missing.append(p)
    return sorted(set(missing + [n for n in names if n not in basenames]))


def missing_functions(text, defined):
    calls = re.findall(r"^(?:[\w.>-]*(?:\.|->))?(\w+)\(\)$", "\n".join(inline_spans(text)), re.M)
    # syscallN(): the family syscall0() .. syscall6()
    return sorted({c for c in calls if c not in defined and c not in LIBC and
                   not (c.endswith("N") and c[:-1] + "0" in defined)})


def missing_targets(text, make_targets):
    shell = [body for info, body in fenced_blocks(text) if info.strip() in ("", "sh", "shell")]
    missing = []
    for cmd in inline_spans(text) + [l for b in shell for l in b.splitlines()]:
        for m in re.finditer(r"(?:^|[;&|]\s*|\$ )make((?:\s+(?:-\S+|\w+=\S*))*)\s+([a-z][\w-]*)\b",
                             cmd.strip()):
            if m.group(2) not in make_targets:
                missing.append(m.group(2))
    return sorted(set(missing))


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: os.path.relpath(d, tern.ROOT))
def test_named_files_exist(doc, basenames):
    missing = missing_files(read(doc), os.path.dirname(doc), basenames)
    assert not missing, f"{doc} names files that do not exist: {missing}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: os.path.relpath(d, tern.ROOT))
def test_named_functions_exist(doc, defined):
    missing = missing_functions(read(doc), defined)
    assert not missing, f"{doc} names functions defined nowhere: {missing}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: os.path.relpath(d, tern.ROOT))
def test_named_make_targets_exist(doc, make_targets):
    missing = missing_targets(read(doc), make_targets)
    assert not missing, f"{doc} names make targets that do not exist: {missing}"


def test_the_check_finds_what_is_not_there(basenames, defined, make_targets):
    text = ("Read `kernel/nosuch.c`, `nosuch.h`, `tests/test_user.py::test_nosuch` and "
            "[this](nosuch.md); call `no_such_function()`; run `make nosuchtarget`.\n"
            "```\nmake V=1 alsonosuch\n```\n")
    assert missing_files(text, tern.ROOT, basenames) == \
        ["kernel/nosuch.c", "nosuch.h", "nosuch.md", "tests/test_user.py::test_nosuch"]
    assert missing_functions(text, defined) == ["no_such_function"]
    assert missing_targets(text, make_targets) == ["alsonosuch", "nosuchtarget"]


@pytest.mark.parametrize("doc", LAB_DOCS, ids=lambda d: os.path.relpath(d, tern.ROOT))
def test_lab_docs_use_no_line_numbers(doc):
    refs = re.findall(r"\b[\w/.-]+\.(?:c|S|h|py):\d+", read(doc))
    assert not refs, f"{doc} refers to code by line number (use the symbol): {refs}"
