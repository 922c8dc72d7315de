"""Every colour of the app, and the rule that picks the light or the dark one.

The app paints with the palette of the platform (or the one the user chose); its own
colours only ever carry meaning: a decision, a severity, a verdict, a score band, an
error. Each is a ``Pair`` of a colour for light palettes and one for dark palettes,
each readable (≥ 3:1) on the window background of its palette. ``colour(pair, palette)``
picks the one that suits *palette*.

No other GUI module writes a colour code (tests/gui/test_theme.py checks that).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette


class Pair(NamedTuple):
    """One colour as a light palette and a dark palette show it."""

    light: str
    dark: str


# Meanings ---------------------------------------------------------------------------

ERROR = Pair("#b3261e", "#ff8a80")
"""Errors, overdue work, blockers, "not yet" and a score that needs work."""
WARNING = Pair("#9a5b00", "#ffb74d")
"""Warnings, "almost" and a fair score."""
GOOD = Pair("#2e7d32", "#81c784")
""""Ready" and a good score."""
INFO = Pair("#1f6fb2", "#6cb0f0")
"""Hints."""

# Decisions --------------------------------------------------------------------------

UNDECIDED = Pair("#8a8a8a", "#a0a0a0")
KEEP = Pair("#1f6fb2", "#6cb0f0")
DELEGATE = Pair("#2e8540", "#6fcf7f")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(pair: Pair, palette: QPalette) -> QColor:
    """The light or the dark one of *pair*, whichever suits *palette*."""
    return QColor(pair.dark if is_dark(palette) else pair.light)
