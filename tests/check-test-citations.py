#!/usr/bin/env python3
"""Every test the hazard log and the measures document cite exists and runs in the test
command (docs/CLINICAL_SAFETY.md, "Review").

A citation is a code span naming a CTest test and its functions, `tst_x fnA` or
`qml_tst_x test_y`, followed by more functions of the same test in code spans separated only
by commas, semicolons, brackets or "and": `tst_x fnA`, `fnB`. Each test must be registered with CTest
(`ctest -N` in the build directory) and each function defined in the test's source
(tests/**/tst_x.cpp, or tests/gui/qml/tst_x.qml for qml_tst_x).

Usage: check-test-citations.py SOURCE_DIR CTEST BUILD_DIR [DOC...]
"""
import pathlib
import re
import subprocess
import sys

DOCS = ["docs/CLINICAL_SAFETY.md", "docs/MEASURES.md"]
TEST = re.compile(r"^(qml_)?tst_\w+$")
NAME = re.compile(r"^\w+$")
SEPARATOR = re.compile(r"^[\s,;()]*(and\s+)?$")
PLACEHOLDERS = {"tst_name", "qml_tst_name", "tst_x"}  # the log's own explanation of the form


def citations(text):
    """(test, function or None, line) for every citation in `text`."""
    # Fenced code blocks are not prose: blanked, keeping the line numbers.
    text = re.sub(r"^```.*?^```", lambda b: "\n" * b.group(0).count("\n"), text,
                  flags=re.S | re.M)
    found = []
    current, last_end = None, None
    for m in re.finditer(r"`([^`]+)`", text, re.S):
        words = m.group(1).split()
        line = text.count("\n", 0, m.start()) + 1
        if words and TEST.match(words[0]) and all(NAME.match(w) for w in words[1:]):
            current, last_end = words[0], m.end()
            if current in PLACEHOLDERS:
                current = None
                continue
            found += [(current, w, line) for w in words[1:]] or [(current, None, line)]
        elif (current and len(words) == 1 and NAME.match(words[0])
              and SEPARATOR.match(text[last_end:m.start()])):
            last_end = m.end()
            found.append((current, words[0], line))
        else:
            current = None
    return found


def source_of(root, test):
    if test.startswith("qml_"):
        name = test[len("qml_"):]
        while name.count("_") >= 1:  # qml_tst_crisis_font200 runs tst_crisis.qml
            path = root / "tests/gui/qml" / (name + ".qml")
            if path.exists():
                return path, r"\bfunction\s+%s\s*\("
            name = name.rsplit("_", 1)[0]
        return None, None
    paths = sorted(root.glob("tests/**/%s.cpp" % test))
    return (paths[0], r"\bvoid\s+%s\s*\(") if paths else (None, None)


def main():
    root, ctest, build = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    docs = sys.argv[4:] or DOCS
    listed = subprocess.run([ctest, "-N", "--test-dir", build], capture_output=True,
                            text=True, check=True).stdout
    registered = set(re.findall(r"Test\s+#\d+: (\S+)", listed))
    problems, count = [], 0
    for doc in docs:
        for test, function, line in citations((root / doc).read_text(encoding="utf-8")):
            count += 1
            where = "%s:%d: `%s%s`" % (doc, line, test, " " + function if function else "")
            if test not in registered:
                problems.append("%s: no test %s in the test command" % (where, test))
                continue
            path, pattern = source_of(root, test)
            if path is None:
                problems.append("%s: no source for %s under tests/" % (where, test))
            elif function and not re.search(pattern % re.escape(function),
                                            path.read_text(encoding="utf-8")):
                problems.append("%s: %s has no %s" % (where, path.relative_to(root), function))
    for p in problems:
        print("FAIL: " + p)
    if not count:
        print("FAIL: no citations found")
        return 1
    print("%d citations checked, %d problems" % (count, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
