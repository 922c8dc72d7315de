"""Colour and label of a decision: the only colour in the list, and it carries meaning."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

from delegator.domain.model import Decision

# (light palette, dark palette) colours: readable on both backgrounds.
_COLOURS = {
    Decision.UNDECIDED: ("#8a8a8a", "#a0a0a0"),
    Decision.KEEP: ("#1f6fb2", "#6cb0f0"),
    Decision.DELEGATE: ("#2e8540", "#6fcf7f"),
}


def decision_label(decision: Decision) -> str:
    return {
        Decision.UNDECIDED: QCoreApplication.translate("decision", "Undecided"),
        Decision.KEEP: QCoreApplication.translate("decision", "Keep"),
        Decision.DELEGATE: QCoreApplication.translate("decision", "Delegate"),
    }[decision]


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def decision_colour(decision: Decision, palette: QPalette) -> QColor:
    light, dark = _COLOURS[decision]
    return QColor(dark if is_dark(palette) else light)


def decision_icon(decision: Decision, palette: QPalette, size: int = 12) -> QIcon:
    return dot_icon(decision_colour(decision, palette), size)


def dot_icon(colour: QColor, size: int = 12) -> QIcon:
    """A filled dot, drawn at 1× and 2× so it stays sharp on high-DPI screens."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(2, 2, size - 4, size - 4)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
