#!/usr/bin/env python3
"""Pseudo-localisation: every string of SOURCE_TS (lupdate's full extraction) translated into
accented, about 40% longer text between the markers ⟦ ⟧, so that screenshots show text that
was cut off (a missing ⟧), did not grow with it (truncation, overlap) or was never translated
(no accents, no markers). The English plural forms come from dit_en.ts, so "%n minutes" reads
as "⟦%n ɱîñüţéš …⟧" and not "%n minute(s)".

Usage: pseudo.py SOURCE_TS ENGLISH_TS OUT_TS
Placeholders (%1, %n, %L1), rich-text tags and entities are kept as they are."""
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçðéƒĝĥîĵķļɱñöþǫŕšţüṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÜṼŴẊÝŽ")
# Kept untouched: placeholders, tags, entities.
KEEP = re.compile(r"(%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&#\d+;)")
PADDING = "ļöŕéɱ îþšüɱ ðöļöŕ šîţ áɱéţ çöñšéçţéţüŕ áðîþîšçîñĝ éļîţ šéð ðö éîüšɱöð ţéɱþöŕ"
OPEN, CLOSE = "\u27e6", "\u27e7"


def pseudo(text):
    if not text or not text.strip():
        return text
    parts = KEEP.split(text)
    out = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    visible = len(KEEP.sub("", text))
    extra = max(1, round(visible * 0.4))
    padding = (PADDING * (extra // len(PADDING) + 1))[:extra].strip()
    return f"{OPEN}{out} {padding}{CLOSE}" if padding else f"{OPEN}{out}{CLOSE}"


def english_plurals(path):
    forms = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                numerus = [f.text or "" for f in message.iter("numerusform")]
                forms[(name, message.findtext("source"))] = numerus
    return forms


def main(source_ts, english_ts, out_ts):
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", "en_XA")
    plurals = english_plurals(english_ts)
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in plurals.get((name, source), [source, source]):
                    ET.SubElement(translation, "numerusform").text = pseudo(form)
            else:
                translation.text = pseudo(source)
    tree.write(out_ts, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
