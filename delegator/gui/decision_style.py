"""Colour and label of a decision: the only colour in the list, and it carries meaning."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

from delegator.domain.model import Decision
from delegator.gui import theme

_COLOURS = {
    Decision.UNDECIDED: theme.UNDECIDED,
    Decision.KEEP: theme.KEEP,
    Decision.DELEGATE: theme.DELEGATE,
}


def decision_label(decision: Decision) -> str:
    return {
        Decision.UNDECIDED: QCoreApplication.translate("decision", "Undecided"),
        Decision.KEEP: QCoreApplication.translate("decision", "Keep"),
        Decision.DELEGATE: QCoreApplication.translate("decision", "Delegate"),
    }[decision]


def decision_colour(decision: Decision, palette: QPalette) -> QColor:
    return theme.colour(_COLOURS[decision], palette)


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
