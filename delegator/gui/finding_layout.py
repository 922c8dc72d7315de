"""Heights of finding rows without laying out widgets: wrapped text measured once per
font and text, and the geometry the finding list and its rows share."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from delegator.gui.readiness_style import scaled_font
from delegator.text.readiness_text import FindingText

_WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def text_layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    """*text* laid out in lines of at most *width*; the layout and its height."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(_WRAP)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout, y


class _Measure:
    """Heights of wrapped text in one font, cached: most texts fit one line, and an
    advance is looked up once per distinct text (why and fix repeat per rule).
    One per font for the whole application (see ``_measure``)."""

    LIMIT = 50_000

    def __init__(self, font: QFont) -> None:
        self.font = font
        self._metrics = QFontMetricsF(font)
        self._advance: dict[str, float] = {}
        self._wrapped: dict[tuple[str, int], int] = {}
        self.line = math.ceil(text_layout("Ag", font, 10_000)[1])

    def height(self, text: str, width: int) -> int:
        advance = self._advance.get(text)
        if advance is None:
            if len(self._advance) > self.LIMIT:
                self._advance.clear()
            advance = self._advance[text] = self._metrics.horizontalAdvance(text)
        if advance <= width - 1:
            return self.line
        key = (text, width)
        height = self._wrapped.get(key)
        if height is None:
            if len(self._wrapped) > self.LIMIT:
                self._wrapped.clear()
            height = self._wrapped[key] = math.ceil(text_layout(text, self.font, width)[1])
        return height


_MEASURES: dict[str, _Measure] = {}


def _measure(font: QFont) -> _Measure:
    key = font.toString()
    measure = _MEASURES.get(key)
    if measure is None:
        measure = _MEASURES[key] = _Measure(font)
    return measure


class RowMetrics:
    """Geometry shared by the list and its rows, for one font and one Fix button size."""

    PAD_TOP = 8
    PAD_BOTTOM = 9
    STRIPE = 3
    TEXT_LEFT = 15
    GAP = 2
    SPACING = 12
    PAD_RIGHT = 4

    def __init__(self, font: QFont, button: QSize) -> None:
        self.message = _measure(scaled_font(font, 1.0, QFont.Weight.DemiBold))
        self.body = _measure(QFont(font))
        self.button = button

    def text_width(self, width: int) -> int:
        return max(60, width - self.TEXT_LEFT - self.SPACING - self.button.width() - self.PAD_RIGHT)

    def heights(self, text: FindingText, width: int) -> tuple[int, int, int]:
        text_width = self.text_width(width)
        return (
            self.message.height(text.message, text_width),
            self.body.height(text.why, text_width),
            self.body.height(text.fix, text_width),
        )

    def row_heights(self, texts: Sequence[FindingText], width: int) -> list[int]:
        """The height of each row (the hot loop of a page update: locals only)."""
        text_width = self.text_width(width)
        message = self.message.height
        body = self.body.height
        pads = self.PAD_TOP + self.PAD_BOTTOM
        gaps = 2 * self.GAP
        least = self.button.height()
        return [
            pads
            + max(
                message(t.message, text_width)
                + body(t.why, text_width)
                + body(t.fix, text_width)
                + gaps,
                least,
            )
            for t in texts
        ]
