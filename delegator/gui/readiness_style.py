"""How the readiness page marks meaning: the colours of severities, verdicts and score
bands (from the app's theme) and its fonts, scaled from the widget's own."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette

from delegator.domain.readiness import Severity, Verdict
from delegator.gui import theme

_SEVERITY_COLOURS = {
    Severity.BLOCKER: theme.ERROR,
    Severity.WARNING: theme.WARNING,
    Severity.HINT: theme.INFO,
}
_VERDICT_COLOURS = {
    Verdict.NOT_YET: theme.ERROR,
    Verdict.ALMOST: theme.WARNING,
    Verdict.READY: theme.GOOD,
}
GOOD_SCORE = 80
FAIR_SCORE = 50
SEVERITIES = (Severity.BLOCKER, Severity.WARNING, Severity.HINT)


def severity_colour(severity: Severity, palette: QPalette) -> QColor:
    return theme.colour(_SEVERITY_COLOURS[severity], palette)


def verdict_colour(verdict: Verdict, palette: QPalette) -> QColor:
    return theme.colour(_VERDICT_COLOURS[verdict], palette)


def score_colour(score: int, palette: QPalette) -> QColor:
    """Green from 80, amber from 50, red below."""
    if score >= GOOD_SCORE:
        return theme.colour(theme.GOOD, palette)
    if score >= FAIR_SCORE:
        return theme.colour(theme.WARNING, palette)
    return theme.colour(theme.ERROR, palette)


def scaled_font(font: QFont, scale: float, weight: QFont.Weight) -> QFont:
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * scale)
    else:
        result.setPixelSize(round(font.pixelSize() * scale))
    result.setWeight(weight)
    return result
