#!/usr/bin/env python3
"""Fills unfinished English plural forms in i18n/dit_en.ts for the regular "word(s)" pattern:
"%n minute(s)" becomes "%n minute" / "%n minutes". Anything it cannot do by that rule is left
unfinished for a person to write (and tests/gui/tst_translations fails until they do).
Run after a build has refreshed the .ts file: scripts/fill-english-plurals.py"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path = Path(__file__).resolve().parent.parent / "i18n" / "dit_en.ts"
tree = ET.parse(path)
filled, left = 0, []
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text or ""
    if "(s)" not in source:
        left.append(source)
        continue
    singular = re.sub(r"(\w+)\(s\)", r"\1", source)
    plural = re.sub(r"(\w+)\(s\)", r"\1s", source)
    forms = translation.findall("numerusform")
    forms[0].text, forms[1].text = singular, plural
    del translation.attrib["type"]
    filled += 1
ET.indent(tree, space="    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
print(f"filled {filled}; left for a person: {len(left)}")
for s in left:
    print("  ", s)
sys.exit(0)
