"""The app's colours live in one module, gui/theme.py, each with a light and a dark form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

import delegator.gui
from delegator.gui import theme

GUI = Path(delegator.gui.__file__).parent
# "#1f6fb2", "#fff", "#80ffffff"; QColor(255, 0, 0), QColor("red"); Qt.GlobalColor.red
# (transparent is no colour and stays allowed).
COLOUR_CODE = re.compile(
    r"(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b"
    r"|QColor(?:\.fromRgbF?|\.fromHsvF?|\.fromHslF?)?\(\s*(?:-?\d|[\"'])"
    r"|GlobalColor\.(?!transparent\b)\w+"
)


def colour_codes(text: str) -> list[str]:
    return [match.group() for match in COLOUR_CODE.finditer(text)]


def test_the_pattern_finds_colour_codes() -> None:
    text = 'a = "#b3261e"; b = QColor(53, 53, 53); c = QColor("red"); d = Qt.GlobalColor.red'
    assert colour_codes(text) == ["#b3261e", "QColor(5", 'QColor("', "GlobalColor.red"]
    assert colour_codes("# a comment, &#160; QColor(palette.color(role)) transparent") == []
    assert colour_codes("pixmap.fill(Qt.GlobalColor.transparent)") == []


def test_no_gui_module_but_the_theme_writes_a_colour() -> None:
    found = {
        path.name: codes
        for path in sorted(GUI.rglob("*.py"))
        if path.name != "theme.py" and (codes := colour_codes(path.read_text(encoding="utf-8")))
    }
    assert found == {}


PAIRS = {name: value for name, value in vars(theme).items() if isinstance(value, theme.Pair)}


def test_the_theme_has_colours() -> None:
    assert {"ERROR", "WARNING", "GOOD", "INFO", "UNDECIDED", "KEEP", "DELEGATE"} <= set(PAIRS)


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_every_colour_is_valid_and_lighter_in_its_dark_form(name: str) -> None:
    light, dark = (QColor(code) for code in PAIRS[name])
    assert light.isValid()
    assert dark.isValid()
    assert dark.lightness() > light.lightness()


def test_the_palette_chooses_light_or_dark() -> None:
    light_palette = QPalette(QColor(239, 239, 239))
    dark_palette = QPalette(QColor(53, 53, 53))
    assert not theme.is_dark(light_palette)
    assert theme.is_dark(dark_palette)
    assert theme.colour(theme.ERROR, light_palette) == QColor(theme.ERROR.light)
    assert theme.colour(theme.ERROR, dark_palette) == QColor(theme.ERROR.dark)
