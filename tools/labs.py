"""tools/labs.py - the course labs: the manifest (labs/labs.toml) and the
lab markers in the source. Used by tools/mklab, tools/grade, the tests
and the docs check. (Linux has no counterpart: this is course tooling.)

A lab marks each region of the reference solution in the real source:

    /* LAB runqueue BEGIN
     * A hint for the student: what to write here.
     * STUB:
     *	(void)p;
     */
    ... the reference solution ...
    /* LAB runqueue END */

In assembly the marker lines start with `@` instead (every line of the
header, up to the first line that is not a comment). The lines after
STUB:, without their leading ` *` or `@` (and one space), are the stub
that replaces the solution in a student's tree; the hint stays.
"""
import os
import re
import subprocess
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MANIFEST = os.path.join(ROOT, "labs", "labs.toml")
SOURCE_EXT = (".c", ".h", ".S")

BEGIN = re.compile(r"^\s*(/\*|@) LAB (\w+) BEGIN\s*$")
END = re.compile(r"^\s*(/\*|@) LAB (\w+) END\b")


class LabError(Exception):
    """A malformed marker or manifest: the message names file and lab."""


def manifest(path=MANIFEST):
    """{"course": {...}, "labs": [lab, ...]} in order; each lab a dict with
    name, title, requires, doc, functions, tests ([{test, points}]) and
    "number" (1-based order)."""
    with open(path, "rb") as f:
        data = tomllib.load(f)
    labs = data.get("lab", [])
    names = [lab["name"] for lab in labs]
    for i, lab in enumerate(labs):
        lab["number"] = i + 1
        lab.setdefault("requires", [])
        for req in lab["requires"]:
            if req not in names[:i]:
                raise LabError(f"lab {lab['name']}: requires {req}, not an earlier lab")
    return {"course": data.get("course", {}), "labs": labs}


def find_lab(labs, name):
    for lab in labs:
        if lab["name"] == name:
            return lab
    raise LabError(f"no lab named '{name}'; the labs are: " + " ".join(l["name"] for l in labs))


def points(lab):
    return sum(t["points"] for t in lab["tests"])


def source_files(root=ROOT):
    """Every file of the tree (git's list when there is one), relative."""
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"], check=True,
                             capture_output=True).stdout
        return sorted(f for f in out.decode().split("\0") if f and
                      os.path.isfile(os.path.join(root, f)))
    except (OSError, subprocess.CalledProcessError):
        files = []
        for d, dirs, names in os.walk(root):
            dirs[:] = [x for x in dirs if x not in (".git", "build")]
            files += [os.path.relpath(os.path.join(d, n), root) for n in names]
        return sorted(files)


def _header(lines, i, style):
    """The marker header starting at lines[i]: (end index, hint, stub)."""
    if style == "/*":
        j = i
        while "*/" not in lines[j]:
            j += 1
            if j == len(lines):
                raise LabError("unterminated LAB comment")
        body = lines[i + 1:j]
        strip = re.compile(r"^\s*\* ?")
    else:
        j = i
        while j + 1 < len(lines) and re.match(r"^\s*@", lines[j + 1]):
            j += 1
        body = lines[i + 1:j + 1]
        strip = re.compile(r"^\s*@ ?")
    texts = [strip.sub("", l, count=1) for l in body]
    if "STUB:\n" in texts:
        k = texts.index("STUB:\n")
        return j, body[:k], texts[k + 1:]
    return j, body, []


def regions(text, path="<text>"):
    """[(lab, start line, header end line, end line, hint lines, stub lines)]
    of the marked regions of a file (0-based, inclusive line numbers)."""
    lines = text.splitlines(keepends=True)
    found, i = [], 0
    while i < len(lines):
        m = BEGIN.match(lines[i])
        if m:
            style, lab = m.groups()
            try:
                hdr_end, hint, stub = _header(lines, i, style)
            except LabError as e:
                raise LabError(f"{path}:{i + 1}: lab {lab}: {e}") from None
            end = next((k for k in range(hdr_end + 1, len(lines)) if END.match(lines[k])), None)
            if end is None or END.match(lines[end]).group(2) != lab:
                raise LabError(f"{path}:{i + 1}: lab {lab}: BEGIN without its END")
            found.append((lab, i, hdr_end, end, hint, stub))
            i = end + 1
        elif END.match(lines[i]):
            raise LabError(f"{path}:{i + 1}: END without BEGIN")
        else:
            i += 1
    return found


def stubbed(text, labs, path="<text>"):
    """text with the regions of the given labs replaced by their stubs:
    the BEGIN line and the hint stay, then the stub, then the END line."""
    lines = text.splitlines(keepends=True)
    out, pos = [], 0
    for lab, start, hdr_end, end, hint, stub in regions(text, path):
        if lab not in labs:
            continue
        out += lines[pos:start + 1] + hint
        if lines[start].lstrip().startswith("/*"):
            out.append(re.match(r"^\s*", lines[start]).group(0) + " */\n")
        out += stub + [lines[end]]
        pos = end + 1
    return "".join(out + lines[pos:])


def all_regions(root=ROOT):
    """{path: regions} of every source file that has lab markers."""
    found = {}
    for f in source_files(root):
        if f.endswith(SOURCE_EXT):
            with open(os.path.join(root, f)) as fh:
                text = fh.read()
            if " LAB " in text:
                r = regions(text, f)
                if r:
                    found[f] = r
    return found


def region_text(path, lab, root=ROOT):
    """The code between the markers of lab's regions in path (the
    student's answer, or the reference), headers and markers left out."""
    with open(os.path.join(root, path)) as f:
        text = f.read()
    lines = text.splitlines(keepends=True)
    return "".join("".join(lines[hdr_end + 1:end])
                   for name, _, hdr_end, end, _, _ in regions(text, path) if name == lab)
