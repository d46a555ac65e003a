#!/usr/bin/env python3
"""scripts/qml-repeaters.py refuses a Repeater placed directly in a Qt Quick Layout (docs/
DEVELOPING.md, "Repeaters in layouts"): a check that found nothing would let the Qt 6.4 crash
back in unseen. Each case is a small QML file and whether the check must refuse it.

Usage: test_qml_repeaters.py SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile

script = os.path.join(sys.argv[1], "scripts", "qml-repeaters.py")

CASES = {
    "in a ColumnLayout": (True, """ColumnLayout {
    Label {}
    Repeater {
        model: rows
        Label {}
    }
}
"""),
    "in a Card inside a page": (True, """ScrollPage {
    Card {
        Repeater {
            model: rows
        }
    }
}
"""),
    "in a positioner": (False, """ColumnLayout {
    Column {
        Repeater {
            model: rows
        }
    }
}
"""),
    "in RepeatedRows": (False, """ColumnLayout {
    RepeatedRows {
        model: rows
        Label {}
    }
}
"""),
    "in a layout with the reason given": (False, """Card {
    // Repeater in a layout: a fixed list of choices.
    Repeater {
        model: ["a", "b"]
    }
}
"""),
    "after a positioner closed, in the layout again": (True, """RowLayout {
    Row {
        Repeater {
            model: one
        }
    }
    Repeater {
        model: two
    }
}
"""),
}

failures = []
with tempfile.TemporaryDirectory() as folder:
    for name, (refused, text) in CASES.items():
        path = os.path.join(folder, name.replace(" ", "_") + ".qml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        out = subprocess.run([sys.executable, script, path], capture_output=True, text=True)
        if (out.returncode != 0) != refused:
            failures.append(f"{name}: {'not refused' if refused else 'refused'}: {out.stdout}")
for line in failures:
    print(line)
print(f"qml-repeaters: {len(CASES) - len(failures)} of {len(CASES)} cases right")
sys.exit(1 if failures else 0)
