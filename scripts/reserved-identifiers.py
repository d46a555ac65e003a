#!/usr/bin/env python3
"""Refuse identifiers reserved to the implementation (C++ [lex.name], [global.names]).

scripts/lint.sh format runs this over the project's own .cpp and .h files, in place of
clang-tidy's bugprone-reserved-identifier (docs/DEVELOPING.md, "The test command's budget"):
the same rule, without parsing every system header. With comments, string and character
literals removed, an identifier is refused if it
  - starts with an underscore and a capital letter (_Bad),
  - contains a double underscore (__bad, a__b), or
  - starts with an underscore in the global namespace (outside every brace but extern "C"'s),
    a #define's name included;
unless it is one of the predefined names or library functions below that the code uses.
Usage: reserved-identifiers.py FILE...   Exit status 1 and one line a name when one is found.
"""
import re
import sys

# Predefined macros and operators ([cpp.predefined], gcc's and clang's) and the C and POSIX
# functions with reserved-looking names that the code calls. Add one here when the code needs it.
ALLOWED = {
    "__FILE__", "__LINE__", "__func__", "__cplusplus", "__has_include", "__has_feature",
    "__GNUC__", "__clang__", "__SANITIZE_ADDRESS__",
    "_Exit", "_exit",
}

TOKEN = re.compile(r'''
    (?P<raw>(?:u8|[uUL])?R"(?P<delim>[^()\\\s]{0,16})\((?:.|\n)*?\)(?P=delim)"\w*)
  | (?P<str>(?:u8|[uUL])?"(?:\\.|[^"\\\n])*"\w*)
  | (?P<chr>(?:u8|[uUL])?'(?:\\.|[^'\\\n])+'\w*)
  | (?P<comment>//[^\n]*|/\*(?:.|\n)*?\*/)
  | (?P<num>\.?\d(?:[eEpP][+-]|'\w|[\w.])*)
  | (?P<id>[A-Za-z_]\w*)
  | (?P<open>\{)
  | (?P<close>\})
''', re.X)


def reserved(name, global_scope):
    if name in ALLOWED:
        return False
    if "__" in name or re.match(r"_[A-Z]", name):
        return True
    return global_scope and name.startswith("_")


def check(path):
    text = open(path, encoding="utf-8").read()
    problems = []
    braces = []  # for each open brace: True if it opens a scope (not extern "C")
    previous = []  # the last two significant tokens
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "comment":
            continue
        if kind == "open":
            braces.append(previous[-2:] != ["extern", "str"])
        elif kind == "close":
            if braces:
                braces.pop()
        elif kind == "id" and reserved(m.group(), not any(braces)):
            line = text.count("\n", 0, m.start()) + 1
            problems.append(f"{path}:{line}: reserved identifier '{m.group()}'")
        previous.append(m.group() if kind == "id" else kind)
        previous = previous[-2:]
    return problems


def main():
    problems = [p for path in sys.argv[1:] for p in check(path)]
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print("identifiers reserved to the implementation (C++ [lex.name]): rename them, or add a "
              "predefined name the code needs to ALLOWED in scripts/reserved-identifiers.py",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
