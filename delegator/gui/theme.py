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
from PySide6.QtWidgets import QApplication


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


# The palettes of the light and the dark theme (the settings' "Theme"; "system" keeps
# the platform's). The Fusion style paints with them on every platform.

Role = QPalette.ColorRole
LIGHT_PALETTE = {
    Role.Window: "#efefef",
    Role.WindowText: "#1b1b1b",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f5f5f5",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#1b1b1b",
    Role.PlaceholderText: "#6e6e6e",
    Role.Text: "#1b1b1b",
    Role.Button: "#efefef",
    Role.ButtonText: "#1b1b1b",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#1f6fb2",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#1f6fb2",
    Role.LinkVisited: "#6a3d9a",
}
DARK_PALETTE = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e8e8e8",
    Role.Base: "#1f1f1f",
    Role.AlternateBase: "#292929",
    Role.ToolTipBase: "#3a3a3a",
    Role.ToolTipText: "#e8e8e8",
    Role.PlaceholderText: "#9a9a9a",
    Role.Text: "#e8e8e8",
    Role.Button: "#353535",
    Role.ButtonText: "#e8e8e8",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#2f7fc8",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#6cb0f0",
    Role.LinkVisited: "#c39bd3",
}
# What a disabled widget shows in each (its text greyed, readable on the background).
DISABLED_TEXT = Pair("#767676", "#8c8c8c")


def palette_of(scheme: str) -> QPalette:
    """The palette of the "light" or "dark" theme."""
    dark = scheme == "dark"
    palette = QPalette()
    for role, code in (DARK_PALETTE if dark else LIGHT_PALETTE).items():
        palette.setColor(role, QColor(code))
    disabled = QColor(DISABLED_TEXT.dark if dark else DISABLED_TEXT.light)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


_platform: tuple[str, QPalette] | None = None  # the style and palette before any theme


def apply_theme(app: QApplication, scheme: str) -> None:
    """Paint *app* in the "light" or "dark" theme (the Fusion style and its palette),
    or as the platform does ("system"); every open window follows at once."""
    global _platform
    if _platform is None:
        _platform = (app.style().name(), app.palette())
    if scheme in ("light", "dark"):
        app.setStyle("Fusion")
        app.setPalette(palette_of(scheme))
    else:
        app.setStyle(_platform[0])
        app.setPalette(_platform[1])
