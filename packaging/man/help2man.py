#!/usr/bin/env python3
"""Makes a man page from a program's own --help and --version, so it never drifts from it.

Usage: help2man.py PROGRAM EXTRA.man OUT.1   (packaging/CMakeLists.txt runs it at build time)

The --help text is read as the programs here write it: "Usage:" lines, then sections that
start with a line ending in ":" at the left margin, each holding entries that start two
spaces in ("  init     [--role ...]" or "  --demo    Open a ...") with their continuation lines
indented further. Every word is kept as written; lines are joined and man wraps them. EXTRA.man holds hand-written sections
(NAME, DESCRIPTION, EXIT STATUS, FILES, EXAMPLES, SEE ALSO) in roff; its NAME and
DESCRIPTION come before the generated part, the rest after it.
"""
import os
import re
import subprocess
import sys


def run(program, arg):
    # HOME="~" so a default path reads "~/.local/share/...", not the builder's home.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="*=false", HOME="~")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        env.pop(name, None)
    done = subprocess.run([program, arg], capture_output=True, text=True, env=env, check=True)
    return done.stdout


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text)


def entries(lines):
    """Groups a section's lines into (first line, continuation lines)."""
    groups = []
    for line in lines:
        if not line.strip():
            continue
        if re.match(r"^  \S", line) or not groups:
            groups.append((line.strip(), []))
        else:
            groups[-1][1].append(line.strip())
    return groups


def parse(name, help_lines):
    """Splits --help into usage lines, intro paragraphs and (title, lines) sections."""
    usage, intro, sections, current = [], [], [], None
    for line in help_lines:
        if current is None and line.startswith("Usage:"):
            usage.append(line[len("Usage:"):].strip())
        elif current is None and usage and not intro and line.startswith(" ") and line.strip():
            usage.append(line.strip())
        elif re.match(r"^\S.*:$", line):
            current = (line[:-1], [])
            sections.append(current)
        elif current is not None:
            current[1].append(line)
        elif not line.strip():
            if intro and intro[-1]:
                intro.append("")
        elif usage:
            intro.append((intro.pop() + " " if intro else "") + line.strip())
    # The program names itself as it was started (a build path): use its plain name.
    usage = [re.sub(r"^\S*" + re.escape(name) + r"\b", name, u) for u in usage]
    return usage, intro, sections


def main():
    program, extra_path, out_path = sys.argv[1:4]
    name = os.path.basename(program)
    version = run(program, "--version").strip().splitlines()[0]
    usage, intro, sections = parse(name, run(program, "--help").splitlines())
    with open(extra_path, encoding="utf-8") as f:
        extra = f.read()
    before, _, after = extra.partition('.\\" GENERATED\n')
    name_part, _, description = before.partition(".SH DESCRIPTION\n")

    out = ['.TH %s 1 "" "%s" "User Commands"' % (name.upper(), roff(version)), name_part.strip()]
    out += [".SH SYNOPSIS", ".nf"] + [roff(u) for u in usage] + [".fi"]
    out += [".SH DESCRIPTION", description.strip()]
    # A title line (QCommandLineParser's description, "DIT Companion") says nothing the
    # NAME does not; sentences are kept.
    for paragraph in (p for p in intro if len(p.split()) > 3):
        out += [".PP", roff(paragraph)]
    for title, lines in sections:
        out.append(".SH " + roff(title.upper()))
        for first, rest in entries(lines):
            term, _, text = first.partition("  ")
            text = text.strip()
            # An option's tag is the option; a command's is the command and its arguments.
            if text and not term.startswith("-"):
                term, text = term + " " + text, ""
            out += [".TP", "\\fB%s\\fR" % roff(term)]
            out += [roff(" ".join(([text] if text else []) + rest))]
    out.append(after.strip())
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(o for o in out if o) + "\n")


if __name__ == "__main__":
    main()
