#!/usr/bin/env python3
"""Finds a Repeater placed directly in a Qt Quick Layout (docs/DEVELOPING.md, "Repeaters in
layouts"). In Qt 6.4 such a layout can read a row the Repeater has just freed and crash, if it
is resized between the model's change and its next layout pass. RepeatedRows (ui/design) or a
positioner (Column, Grid, Flow) holds rows whose model can change while the page is shown. A
Repeater whose model does not change while it is shown may stay, with a comment on the line
before it that starts with "Repeater in a layout:" and says why.

Usage: qml-repeaters.py FILE...   (exit status 1 and a line per finding if any)
"""
import re
import sys

# Types that lay out their children with Qt Quick Layouts: the Layouts themselves and the
# project's components whose default property is a layout's children.
LAYOUTS = {"ColumnLayout", "RowLayout", "GridLayout", "Card", "LinkCard", "ScrollPage"}
ELEMENT = re.compile(r"^(\s*)([A-Z][\w.]*)\s*\{")


def findings(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    stack = []  # (indent, type) of the elements enclosing the current line
    for number, line in enumerate(lines, 1):
        match = ELEMENT.match(line.split("//")[0])
        if not match:
            continue
        indent = len(match.group(1))
        while stack and stack[-1][0] >= indent:
            stack.pop()
        kind = match.group(2)
        if kind == "Repeater" and stack and stack[-1][1] in LAYOUTS:
            before = lines[number - 2].strip() if number > 1 else ""
            if not before.startswith("// Repeater in a layout:"):
                yield f"{path}:{number}: a Repeater directly in a {stack[-1][1]}: use RepeatedRows"
        stack.append((indent, kind))


def main(paths):
    found = [f for path in paths for f in findings(path)]
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
