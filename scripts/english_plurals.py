"""Fill the English plural catalogue: "%n to-do(s)" becomes "%n to-do" for one and
"%n to-dos" for more (every plural of the sources is written with "(s)")."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or message.get("numerus") != "yes":
            continue
        if "(s)" not in source:
            raise SystemExit(f"{path}: a plural without '(s)': {source!r}")
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        for ending in ("", "s"):
            ET.SubElement(translation, "numerusform").text = source.replace("(s)", ending)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


if __name__ == "__main__":
    fill(Path(sys.argv[1]))
