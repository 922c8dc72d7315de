"""The top of the readiness page: the verdict's dot and the three pillars, each with its
score painted as a bar."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from delegator.domain.readiness import Pillar, Verdict
from delegator.gui.form_widgets import HelpText
from delegator.gui.readiness_style import (
    FAIR_SCORE,
    GOOD_SCORE,
    scaled_font,
    score_colour,
    verdict_colour,
)
from delegator.text.readiness_text import pillar_label


class VerdictDot(QWidget):
    """A filled dot in the verdict's colour (for the palette it is painted with)."""

    def __init__(self, diameter: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict: Verdict | None = None
        self.setFixedSize(diameter, diameter)

    def set_verdict(self, verdict: Verdict) -> None:
        if verdict != self.verdict:
            self.verdict = verdict
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.verdict is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(verdict_colour(self.verdict, self.palette()))
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))


class ScoreGauge(QWidget):
    """A pillar's score 0–100 as a bar, coloured by band (green, amber, red).

    The accessible name says the score in words, so the colour is never the only cue.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(60)

    def score(self) -> int:
        return self._score

    def set_score(self, score: int, pillar: str) -> None:
        self._score = max(0, min(100, score))
        self.setAccessibleName(
            self.tr("{pillar}: {score} of 100").format(pillar=pillar, score=self._score)
        )
        if self._score >= GOOD_SCORE:
            band = self.tr("Good")
        elif self._score >= FAIR_SCORE:
            band = self.tr("Fair")
        else:
            band = self.tr("Needs work")
        self.setAccessibleDescription(band)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(160, 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, 12)

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        bar = 8
        rect = QRect(0, (self.height() - bar) // 2, self.width(), bar)
        radius = bar / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(palette.color(QPalette.ColorRole.WindowText))
        track.setAlphaF(0.14)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, radius, radius)
        if self._score > 0:
            filled = QRect(rect)
            filled.setWidth(max(bar, round(rect.width() * self._score / 100)))
            painter.setBrush(score_colour(self._score, palette))
            painter.drawRoundedRect(filled, radius, radius)


class PillarCard(QFrame):
    """One of the article's three questions: its name, the question, score and gauge."""

    def __init__(self, pillar: Pillar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pillar = pillar
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel(self)
        self.title_label.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        self.title_label.setWordWrap(True)
        self.score_label = QLabel(self)
        self.score_label.setFont(scaled_font(self.font(), 1.6, QFont.Weight.DemiBold))
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.out_of_label = QLabel("/ 100", self)
        self.out_of_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.out_of_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.question_label = HelpText("", self)
        self.gauge = ScoreGauge(self)
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.title_label, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.score_label, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addWidget(self.out_of_label, 0, Qt.AlignmentFlag.AlignBaseline)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(12, 10, 12, 12)
        self.box.setSpacing(6)
        self.box.addLayout(top)
        self.box.addWidget(self.question_label)
        self.box.addWidget(self.gauge)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(pillar_label(self.pillar))
        self.question_label.setText(
            {
                Pillar.EXPECTATIONS: self.tr("Do I know what I expect?"),
                Pillar.RELIABILITY: self.tr("Am I a reliable client?"),
                Pillar.LETTING_GO: self.tr("Can I let go?"),
            }[self.pillar]
        )
        self.set_score(self.gauge.score())

    def set_score(self, score: int) -> None:
        self.score_label.setText(str(score))
        self.gauge.set_score(score, pillar_label(self.pillar))
        self.score_label.setAccessibleName(self.gauge.accessibleName())
