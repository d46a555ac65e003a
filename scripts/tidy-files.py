#!/usr/bin/env python3
"""Which of our sources clang-tidy must lint, and the compile commands it lints them with.

Usage: tidy-files.py BUILD_DIR OUT_DB_DIR all|changed FILE...

Writes OUT_DB_DIR/compile_commands.json (the build's commands without gcc's precompiled
header, which clang cannot read; a file compiled into several targets once, with its first
command; a unity build's batches as the files they include, each with its batch's command)
and prints the FILEs to lint, largest first.

"changed" (the test command's clang_tidy test) keeps only the files whose translation unit
reads something that changed since the last full pass recorded in scripts/tidy-passed: the
file itself or any header it includes (the build's own dependency list, `ninja -t deps`). It
falls back to every file when there is no usable record, when the clang-tidy version differs,
or when .clang-tidy, the presets or a CMakeLists.txt changed (flags and checks; not those
under tests/, bench/ and fuzz/, whose targets nothing of ours links).
docs/DEVELOPING.md, "clang-tidy in the test command", says why.
"""
import json
import os
import re
import subprocess
import sys

build, out_dir, mode, files = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
record_path = os.path.join(root, "scripts", "tidy-passed")


def note(text):
    print(f"clang-tidy: {text}", file=sys.stderr)


def git(*args):
    return subprocess.run(["git", "-C", root, *args], capture_output=True, text=True)




def own_sources(path):
    """The files a command compiles: in a unity build (the ci preset) the generated
    unity_N_cxx.cxx includes several of a target's files, all compiled with its command."""
    if re.search(r"/Unity/unity_\d+_cxx\.cxx$", path):
        text = open(path).read()
        return [os.path.normpath(p) for p in re.findall(r'^#include "([^"]+)"', text, re.M)]
    return [path]


entries, outputs, seen = [], {}, set()
for e in json.load(open(os.path.join(build, "compile_commands.json"))):
    command = re.sub(r" -Winvalid-pch -include \S+cmake_pch\.hxx", "", e["command"])
    unit = os.path.normpath(os.path.join(e["directory"], e["file"]))
    out = re.search(r" -o (\S+)", command)  # the object, named as ninja names it
    for path in own_sources(unit):
        if path in seen:
            continue
        seen.add(path)
        entries.append({"directory": e["directory"], "file": path,
                        "command": command.replace(e["file"], path)})
        if out:
            outputs[path] = out.group(1)
os.makedirs(out_dir, exist_ok=True)
json.dump(entries, open(os.path.join(out_dir, "compile_commands.json"), "w"))


def everything(why):
    note(f"linting every file: {why}")
    return files


def changed_files():
    """The files that differ from the recorded pass, or a reason to lint everything."""
    if not os.path.exists(record_path):
        return None, "no full pass is recorded (scripts/tidy-passed)"
    record = dict(line.split(" ", 1) for line in open(record_path).read().splitlines()
                  if line and not line.startswith("#"))
    commit, version = record.get("commit", ""), record.get("clang-tidy", "")
    current = subprocess.run(["clang-tidy", "--version"], capture_output=True, text=True).stdout
    current = next((l.strip() for l in current.splitlines() if "version" in l), "")
    if version != current:
        return None, f"the recorded pass used another clang-tidy ({version or 'none named'})"
    if git("merge-base", "--is-ancestor", commit, "HEAD").returncode != 0:
        return None, f"the recorded commit {commit[:12]} is not in this checkout's history"
    diff = git("diff", "--name-only", commit)
    untracked = git("ls-files", "--others", "--exclude-standard")
    if diff.returncode != 0 or untracked.returncode != 0:
        return None, "git could not list the changes"
    names = set(diff.stdout.split()) | set(untracked.stdout.split())
    for name in names:
        base = os.path.basename(name)
        # The tests', benchmarks' and fuzz targets' CMake files make targets nothing of ours
        # links, so they cannot change how our sources compile.
        if name.split("/")[0] in ("tests", "bench", "fuzz"):
            continue
        if base in (".clang-tidy", "CMakeLists.txt", "CMakePresets.json") or base.endswith(".cmake"):
            return None, f"{name} changed since the recorded pass"
    return commit, {os.path.join(root, n) for n in names}


def dependencies():
    """Each object's inputs as ninja recorded them at its last compile."""
    text = subprocess.run(["ninja", "-C", build, "-t", "deps"], capture_output=True,
                          text=True).stdout
    deps, current = {}, None
    for line in text.splitlines():
        if line and not line.startswith(" "):
            current = line.split(":", 1)[0]
            deps[current] = set()
        elif line.strip() and current is not None:
            deps[current].add(os.path.normpath(os.path.join(build, line.strip())))
    return deps


def select():
    if mode == "all":
        return files
    commit, changed = changed_files()
    if commit is None:
        return everything(changed)
    deps = dependencies()
    chosen = []
    for f in files:
        path = os.path.join(root, f)
        inputs = deps.get(outputs.get(path, ""))
        if inputs is None:
            return everything(f"the build has no dependency list for {f}")
        if path in changed or inputs & changed:
            chosen.append(f)
    note(f"{len(chosen)} of {len(files)} files read something changed since the full pass "
         f"at {commit[:12]}; the others passed there unchanged")
    return chosen


chosen = select()
for f in sorted(chosen, key=lambda f: (-os.path.getsize(os.path.join(root, f)), f)):
    print(f)
