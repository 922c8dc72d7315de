"""The Readiness page: am I ready to hand work over?

The verdict with one line of explanation, the article's three questions as pillars
(each with its score and a painted bar), and every finding grouped by severity:
what is missing, why it matters and how to fix it, with a **Fix** button.

A plan of 1,000 delegated to-dos easily yields thousands of findings, and the page is
updated as the user edits, so the findings are not one widget tree each. ``FindingList``
lays out all of them arithmetically (heights from cached font measurements) and binds a
small pool of painted ``FindingRow`` widgets, each with a real Fix button, to the rows
the scroll area shows. Tab still walks every Fix button in order: it scrolls the next
finding into view and binds it.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.readiness import Finding, Pillar, Report, Severity, Verdict
from delegator.gui.form_widgets import ERROR_COLOURS, HelpText, WrappingLabel, palette_colour
from delegator.text.readiness_text import FindingText, finding_text, pillar_label, verdict_label

# Colour carries meaning only: (light palette, dark palette), each readable (≥ 3:1)
# on the window background of its palette.
_RED = ERROR_COLOURS
_AMBER = ("#9a5b00", "#ffb74d")
_GREEN = ("#2e7d32", "#81c784")
_BLUE = ("#1f6fb2", "#6cb0f0")
_SEVERITY_COLOURS = {Severity.BLOCKER: _RED, Severity.WARNING: _AMBER, Severity.HINT: _BLUE}
_VERDICT_COLOURS = {Verdict.NOT_YET: _RED, Verdict.ALMOST: _AMBER, Verdict.READY: _GREEN}
GOOD_SCORE = 80
FAIR_SCORE = 50
SEVERITIES = (Severity.BLOCKER, Severity.WARNING, Severity.HINT)
_NAME_MARK = "\ue000"  # a private-use character standing in for a subject's name


def severity_colour(severity: Severity, palette: QPalette) -> QColor:
    return palette_colour(_SEVERITY_COLOURS[severity], palette)


def verdict_colour(verdict: Verdict, palette: QPalette) -> QColor:
    return palette_colour(_VERDICT_COLOURS[verdict], palette)


def score_colour(score: int, palette: QPalette) -> QColor:
    """Green from 80, amber from 50, red below."""
    if score >= GOOD_SCORE:
        return palette_colour(_GREEN, palette)
    if score >= FAIR_SCORE:
        return palette_colour(_AMBER, palette)
    return palette_colour(_RED, palette)


def _scaled_font(font: QFont, scale: float, weight: QFont.Weight) -> QFont:
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * scale)
    else:
        result.setPixelSize(round(font.pixelSize() * scale))
    result.setWeight(weight)
    return result


# Verdict and pillars ----------------------------------------------------------------


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
        self.title_label.setFont(_scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        self.title_label.setWordWrap(True)
        self.score_label = QLabel(self)
        self.score_label.setFont(_scaled_font(self.font(), 1.6, QFont.Weight.DemiBold))
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


# Findings ---------------------------------------------------------------------------

_WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def _text_layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
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
        self.line = math.ceil(_text_layout("Ag", font, 10_000)[1])

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
            height = self._wrapped[key] = math.ceil(_text_layout(text, self.font, width)[1])
        return height


_MEASURES: dict[str, _Measure] = {}


def _measure(font: QFont) -> _Measure:
    key = font.toString()
    measure = _MEASURES.get(key)
    if measure is None:
        measure = _MEASURES[key] = _Measure(font)
    return measure


class _Metrics:
    """Geometry shared by the list and its rows, for one font and one Fix button size."""

    PAD_TOP = 8
    PAD_BOTTOM = 9
    STRIPE = 3
    TEXT_LEFT = 15
    GAP = 2
    SPACING = 12
    PAD_RIGHT = 4

    def __init__(self, font: QFont, button: QSize) -> None:
        self.message = _measure(_scaled_font(font, 1.0, QFont.Weight.DemiBold))
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


class FixButton(QPushButton):
    """The Fix button of one row; its row shows where the keyboard focus is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Fix"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            event.ignore()  # the row moves to the finding above or below
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        parent = self.parentWidget()
        if parent is not None:
            parent.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        parent = self.parentWidget()
        if parent is not None:
            parent.update()


class FindingRow(QWidget):
    """One finding, painted: the message (semi-bold), why it matters (muted) and how to
    fix it, with a severity stripe and a real Fix button. Enter on the row also fixes.

    Rows are pooled by FindingList and re-bound to other findings as the user scrolls.
    """

    def __init__(self, metrics: _Metrics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = -1
        self.finding: Finding | None = None
        self.text = FindingText("", "", "")
        self._metrics = metrics
        self._layouts: tuple[QTextLayout, QTextLayout, QTextLayout] | None = None
        self._heights = (0, 0, 0)
        self.button = FixButton(self)
        self.button.setFixedSize(metrics.button)

    def bind(self, index: int, finding: Finding, text: FindingText, metrics: _Metrics) -> None:
        self.index = index
        if finding is self.finding and text == self.text and metrics is self._metrics:
            return
        self.finding = finding
        if text != self.text or metrics is not self._metrics:
            self.text = text
            self._metrics = metrics
            self._layouts = None
            self.button.setFixedSize(metrics.button)
            self._place_button()
            self.setAccessibleName(text.message)
            self.setAccessibleDescription(f"{text.why} {text.fix}")
            self.button.setAccessibleName(self.tr("Fix: {message}").format(message=text.message))
            self.button.setAccessibleDescription(text.fix)
            self.button.setToolTip(text.fix)
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layouts = None
        self._place_button()

    def _place_button(self) -> None:
        m = self._metrics
        self.button.move(self.width() - m.PAD_RIGHT - m.button.width(), m.PAD_TOP - 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        owner = self.parentWidget()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.button.click()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and isinstance(owner, FindingList):
            owner.step_focus(self.index, -1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def _ensure_layouts(self) -> tuple[QTextLayout, QTextLayout, QTextLayout]:
        if self._layouts is None:
            m = self._metrics
            width = m.text_width(self.width())
            self._heights = m.heights(self.text, self.width())
            self._layouts = (
                _text_layout(self.text.message, m.message.font, width)[0],
                _text_layout(self.text.why, m.body.font, width)[0],
                _text_layout(self.text.fix, m.body.font, width)[0],
            )
        return self._layouts

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.finding is None:
            return
        m = self._metrics
        palette = self.palette()
        message, why, fix = self._ensure_layouts()
        painter = QPainter(self)
        if self.button.hasFocus():
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlphaF(0.16)
            painter.fillRect(self.rect(), highlight)
        painter.fillRect(
            QRect(0, m.PAD_TOP, m.STRIPE, self.height() - m.PAD_TOP - m.PAD_BOTTOM),
            severity_colour(self.finding.severity, palette),
        )
        y = float(m.PAD_TOP)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        message.draw(painter, QPointF(m.TEXT_LEFT, y))
        y += self._heights[0] + m.GAP
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        why.draw(painter, QPointF(m.TEXT_LEFT, y))
        y += self._heights[1] + m.GAP
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        fix.draw(painter, QPointF(m.TEXT_LEFT, y))
        line = QColor(palette.color(QPalette.ColorRole.WindowText))
        line.setAlphaF(0.12)
        # fillRect: a translucent cosmetic drawLine takes ~0.2 ms on the raster engine.
        painter.fillRect(QRect(m.TEXT_LEFT, self.height() - 1, self.width(), 1), line)


class GroupHeader(QWidget):
    """A group's heading, e.g. "Blockers (3)", after a dot in the severity's colour."""

    def __init__(self, severity: Severity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.severity = severity
        self.count = 0
        self._text = ""
        self.setFont(_scaled_font(self.font(), 1.15, QFont.Weight.DemiBold))

    def text(self) -> str:
        return self._text

    def set_count(self, count: int) -> None:
        self.count = count
        self._text = {
            Severity.BLOCKER: self.tr("Blockers ({count})"),
            Severity.WARNING: self.tr("Warnings ({count})"),
            Severity.HINT: self.tr("Hints ({count})"),
        }[self.severity].format(count=count)
        self.setAccessibleName(self._text)
        self.update()

    def preferred_height(self) -> int:
        return self.fontMetrics().height() + 18

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        metrics = self.fontMetrics()
        baseline = self.height() - 6 - metrics.descent()
        dot = 9
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(severity_colour(self.severity, palette))
        centre = baseline - metrics.ascent() // 2 + 1
        painter.drawEllipse(0, centre - dot // 2, dot, dot)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(QPoint(dot + 8, baseline), self._text)


class FindingList(QWidget):
    """Every finding, grouped Blockers, Warnings, Hints; only the rows in view exist.

    Heights come from cached font measurements, so laying out thousands of findings
    costs a few dict look-ups each; rows are bound from a pool as the scroll area moves.
    Tab and Shift+Tab (and the Up and Down arrows) move finding by finding, scrolling
    as needed; entering the list with Tab lands on the first finding, with Shift+Tab on
    the last.

    Signals:
        fix_requested(object): a Fix button was clicked (or Enter pressed on a
            finding); carries the Finding.
    """

    fix_requested = Signal(object)

    OVERSCAN = 200
    GROUP_GAP = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._scroll: QScrollArea | None = None
        self._anchor: QWidget | None = None
        self._findings: list[Finding] = []
        self._texts: list[FindingText] = []
        self._tops: list[int] = []
        self._heights: list[int] = []
        self._counts = dict.fromkeys(SEVERITIES, 0)
        self._bound: dict[int, FindingRow] = {}
        self._free: list[FindingRow] = []
        self._headers = {severity: GroupHeader(severity, self) for severity in SEVERITIES}
        for header in self._headers.values():
            header.hide()
        self._metrics: _Metrics | None = None
        self._laid_out_width = -1
        self._moving_focus = False
        self.setFixedHeight(0)

    # Public -------------------------------------------------------------------------

    def attach(self, scroll: QScrollArea, anchor: QWidget | None) -> None:
        """Follow *scroll*'s viewport; Tab from *anchor* enters the list."""
        self._scroll = scroll
        self._anchor = anchor
        scroll.verticalScrollBar().valueChanged.connect(self._on_scroll_bar_value_changed)
        scroll.viewport().installEventFilter(self)

    def set_findings(self, findings: Sequence[Finding], texts: Sequence[FindingText]) -> None:
        """Show *findings* (blockers first, as a Report orders them) with their texts."""
        focused = self.focused_index()
        kept = self._findings[focused] if focused is not None else None
        order = {severity: rank for rank, severity in enumerate(SEVERITIES)}
        pairs = sorted(zip(findings, texts, strict=True), key=lambda p: order[p[0].severity])
        self._findings = [finding for finding, _ in pairs]
        self._texts = [text for _, text in pairs]
        self._counts = dict.fromkeys(SEVERITIES, 0)
        for finding in self._findings:
            self._counts[finding.severity] += 1
        for severity, header in self._headers.items():
            header.set_count(self._counts[severity])
        if focused is not None and self._findings:
            target = self._index_of(kept, focused)
            row = self._bound.pop(focused)
            other = self._bound.pop(target, None)
            if other is not None:
                self._bound[focused] = other
                other.index = focused
            self._bound[target] = row
            row.index = target
        self._laid_out_width = -1
        if self.isVisible():
            parent = self.parentWidget()
            layout = parent.layout() if parent is not None else None
            if layout is not None:
                layout.activate()  # the width the list is about to get, not a stale one
            self._relayout()

    def count(self) -> int:
        return len(self._findings)

    def finding_at(self, index: int) -> Finding:
        return self._findings[index]

    def text_at(self, index: int) -> FindingText:
        return self._texts[index]

    def group_header(self, severity: Severity) -> GroupHeader:
        return self._headers[severity]

    def row_rect(self, index: int) -> QRect:
        self._ensure_laid_out()
        return QRect(0, self._tops[index], self.width(), self._heights[index])

    def row(self, index: int) -> FindingRow:
        """The row showing finding *index*, scrolled into view."""
        self.ensure_visible(index)
        return self._bound[index]

    def focused_index(self) -> int | None:
        focus = QApplication.focusWidget()
        if isinstance(focus, FixButton):
            row = focus.parentWidget()
            if isinstance(row, FindingRow) and self._bound.get(row.index) is row:
                return row.index
        return None

    def focus_finding(
        self, index: int, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason
    ) -> None:
        self._moving_focus = True
        try:
            self.ensure_visible(index)
            self._bound[index].button.setFocus(reason)
        finally:
            self._moving_focus = False

    def step_focus(self, index: int, step: int) -> None:
        """Up and Down arrows: to the finding above or below, staying in the list."""
        target = max(0, min(len(self._findings) - 1, index + step))
        if target != index:
            self.focus_finding(target, Qt.FocusReason.OtherFocusReason)

    def ensure_visible(self, index: int) -> None:
        self._ensure_laid_out()
        content = self._scroll.widget() if self._scroll is not None else None
        if self._scroll is not None and content is not None:
            # A new report may have changed the height: let the scroll area know first.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
            top = self.mapTo(content, QPoint(0, self._tops[index])).y()
            half = self._heights[index] // 2
            self._scroll.ensureVisible(0, top + half, 0, half + 12)
        self._rebind(extra=index)

    # Qt -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._laid_out_width:
            self._relayout()
        else:
            self._rebind()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure_laid_out()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._rebind()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._metrics = None
            self._laid_out_width = -1
            self._relayout()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show) and self._scroll is not None:
            if watched is self._scroll.viewport():
                self._rebind()
        elif kind == QEvent.Type.FocusIn and isinstance(watched, FixButton):
            self._on_fix_button_focus_in(watched, event)  # type: ignore[arg-type]
        return False

    def focusNextPrevChild(self, next: bool) -> bool:
        index = self.focused_index()
        if index is not None:
            target = index + 1 if next else index - 1
            if 0 <= target < len(self._findings):
                reason = (
                    Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
                )
                self.focus_finding(target, reason)
                return True
        return super().focusNextPrevChild(next)

    # Internals ----------------------------------------------------------------------

    def _index_of(self, finding: Finding | None, fallback: int) -> int:
        if finding is not None:
            try:
                return self._findings.index(finding)
            except ValueError:
                pass
        return min(fallback, len(self._findings) - 1)

    def _ensure_metrics(self) -> _Metrics:
        if self._metrics is None:
            probe = FixButton()
            hint = probe.sizeHint()
            probe.deleteLater()
            self._metrics = _Metrics(self.font(), QSize(max(hint.width(), 72), hint.height()))
        return self._metrics

    def retranslate(self) -> None:
        self._metrics = None
        for row in (*self._bound.values(), *self._free):
            row.button.retranslate()
        self._laid_out_width = -1

    def _ensure_laid_out(self) -> None:
        if self._laid_out_width != self.width():
            self._relayout()

    def _relayout(self) -> None:
        width = self.width()
        metrics = self._ensure_metrics()
        self._laid_out_width = width
        tops: list[int] = []
        heights: list[int] = []
        y = 0
        index = 0
        for severity in SEVERITIES:
            header = self._headers[severity]
            count = self._counts[severity]
            if not count:
                header.hide()
                continue
            if y:
                y += self.GROUP_GAP
            header_height = header.preferred_height()
            header.setGeometry(0, y, width, header_height)
            header.show()
            y += header_height
            group = metrics.row_heights(self._texts[index : index + count], width)
            tops.extend(itertools.accumulate(group[:-1], initial=y))
            heights.extend(group)
            y += sum(group)
            index += count
        self._tops = tops
        self._heights = heights
        if self.height() != y:
            self.setFixedHeight(y)
        self._rebind(force=True)

    def _visible_span(self) -> tuple[int, int]:
        if self._scroll is None:
            return 0, self.height()
        viewport = self._scroll.viewport()
        offset = self.mapTo(viewport, QPoint(0, 0)).y()
        return -offset - self.OVERSCAN, viewport.height() - offset + self.OVERSCAN

    def _rebind(self, force: bool = False, extra: int | None = None) -> None:
        count = len(self._findings)
        if len(self._tops) != count:
            return  # new findings while hidden: laid out (and bound) once shown
        metrics = self._ensure_metrics()
        wanted: set[int] = set()
        if count:
            top, bottom = self._visible_span()
            first = max(0, bisect.bisect_right(self._tops, top) - 1)
            last = min(count, bisect.bisect_left(self._tops, bottom))
            wanted.update(range(first, last))
        focused = self.focused_index()
        for keep in (focused, extra):
            if keep is not None and keep < count:
                wanted.add(keep)
        for index in [i for i in self._bound if i not in wanted]:
            row = self._bound.pop(index)
            row.hide()
            row.finding = None
            self._free.append(row)
        width = self.width()
        changed = force
        for index in sorted(wanted):
            bound = self._bound.get(index)
            if bound is None:
                row = self._free.pop() if self._free else self._new_row(metrics)
                self._bound[index] = row
                changed = True
            elif not force:
                continue
            else:
                row = bound
            row.bind(index, self._findings[index], self._texts[index], metrics)
            row.setGeometry(0, self._tops[index], width, self._heights[index])
            if row.isHidden():
                row.show()
        if changed:
            self._chain_tab_order()

    def _new_row(self, metrics: _Metrics) -> FindingRow:
        row = FindingRow(metrics, self)
        row.button.clicked.connect(lambda _=False, r=row: self._on_fix_button_clicked(r))
        row.button.installEventFilter(self)
        return row

    def _chain_tab_order(self) -> None:
        previous = self._anchor
        for index in sorted(self._bound):
            button = self._bound[index].button
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button

    def _on_scroll_bar_value_changed(self, _value: int) -> None:
        self._rebind()

    def _on_fix_button_clicked(self, row: FindingRow) -> None:
        if row.finding is not None:
            self.fix_requested.emit(row.finding)

    def _on_fix_button_focus_in(self, button: FixButton, event: QFocusEvent) -> None:
        """Tab from before the list lands on the first finding, Shift+Tab from after it
        on the last, whichever pooled row Qt's focus chain reached."""
        if self._moving_focus or not self._findings:
            return
        row = button.parentWidget()
        if not isinstance(row, FindingRow):
            return
        if event.reason() == Qt.FocusReason.TabFocusReason and row.index != 0:
            self.focus_finding(0, Qt.FocusReason.TabFocusReason)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            last = len(self._findings) - 1
            if row.index != last:
                self.focus_finding(last, Qt.FocusReason.BacktabFocusReason)


# The page ---------------------------------------------------------------------------


class ReadinessPage(QWidget):
    """The readiness check: verdict, three pillar scores and the findings to fix.

    ``set_report`` shows a Report; the window calls it again whenever the plan changes
    (fast enough for every edit: see bench/readiness.py).

    Signals:
        fix_requested(object): the user wants to fix a finding (its Fix button, or
            Enter on it); carries the Finding, whose subject and field say what to open.
        mindset_requested: the "Take the mindset check" button was clicked.
    """

    fix_requested = Signal(object)
    mindset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: Report | None = None
        self._currency = "EUR"
        self._templates: dict[tuple[str, object, str], tuple[FindingText, bool]] = {}
        self._build_widgets()
        self._wire()
        self.findings.attach(self.scroll_area, self.mindset_button)
        self._retranslate()
        self.findings.hide()
        self.nothing_to_fix.hide()

    # Construction -------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.content = QWidget()
        self.verdict_dot = VerdictDot(16, self.content)
        self.verdict_label = QLabel(self.content)
        self.verdict_label.setFont(_scaled_font(self.font(), 1.8, QFont.Weight.DemiBold))
        self.verdict_explanation = WrappingLabel("", self.content)
        verdict_row = QHBoxLayout()
        verdict_row.setSpacing(10)
        verdict_row.addWidget(self.verdict_dot, 0, Qt.AlignmentFlag.AlignVCenter)
        verdict_row.addWidget(self.verdict_label, 0, Qt.AlignmentFlag.AlignVCenter)
        verdict_row.addStretch(1)

        self.pillar_cards = {pillar: PillarCard(pillar, self.content) for pillar in Pillar}
        self.mindset_button = QPushButton(self.content)
        letting_go = self.pillar_cards[Pillar.LETTING_GO]
        letting_go.box.addWidget(self.mindset_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pillars = pillars = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        pillars.setSpacing(12)
        for card in self.pillar_cards.values():
            card.box.addStretch(1)
            pillars.addWidget(card, 1)

        self.findings = FindingList(self.content)
        self.nothing_to_fix = QLabel(self.content)
        self.nothing_to_fix.setWordWrap(True)
        self.nothing_to_fix.setFont(_scaled_font(self.font(), 1.15, QFont.Weight.Normal))
        self.nothing_to_fix.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_to_fix.setContentsMargins(0, 24, 0, 24)

        self.content_layout = layout = QVBoxLayout(self.content)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(6)
        layout.addLayout(verdict_row)
        layout.addWidget(self.verdict_explanation)
        layout.addSpacing(12)
        layout.addLayout(pillars)
        layout.addSpacing(10)
        layout.addWidget(self.findings)
        layout.addWidget(self.nothing_to_fix)
        layout.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def _wire(self) -> None:
        self.mindset_button.clicked.connect(self._on_mindset_button_clicked)
        self.findings.fix_requested.connect(self._on_findings_fix_requested)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Readiness"))
        self.mindset_button.setText(self.tr("Take the mindset check"))
        self.findings.setAccessibleName(self.tr("Findings"))
        self.nothing_to_fix.setText(
            self.tr("Nothing to fix. Everything the check looks at is in place.")
        )
        for card in self.pillar_cards.values():
            card.retranslate()
        self.findings.retranslate()

    # Public -------------------------------------------------------------------------

    def report(self) -> Report | None:
        return self._report

    def set_report(self, report: Report, currency: str) -> None:
        """Show *report*; money in findings is written in *currency*."""
        self._report = report
        self._currency = currency
        verdict = report.verdict
        self.verdict_label.setText(verdict_label(verdict))
        self.verdict_dot.set_verdict(verdict)
        explanation = self._explanation(report)
        self.verdict_explanation.setText(explanation)
        self.verdict_label.setAccessibleName(
            self.tr("Readiness: {verdict}").format(verdict=verdict_label(verdict))
        )
        self.verdict_label.setAccessibleDescription(explanation)
        for pillar, card in self.pillar_cards.items():
            card.set_score(report.scores.get(pillar, 0))
        self.findings.setVisible(bool(report.findings))
        self.findings.set_findings(report.findings, self._texts(report.findings, currency))
        self.nothing_to_fix.setVisible(not report.findings)

    # Internals ----------------------------------------------------------------------

    def _explanation(self, report: Report) -> str:
        if report.verdict == Verdict.NOT_YET:
            return self.tr("Fix the blockers first: without them the handover cannot work.")
        if report.verdict == Verdict.ALMOST:
            return self.tr("Only warnings are left: you can hand over, but fixing them helps.")
        if report.findings:
            return self.tr("You can hand over. The hints below are optional.")
        return self.tr("You can hand over.")

    def _texts(self, findings: Sequence[Finding], currency: str) -> list[FindingText]:
        """finding_text for each finding, asked once per rule and figures: the subject's
        name (the only part that differs from to-do to to-do) is put in afterwards."""
        mark = _NAME_MARK
        templates = self._templates
        if len(templates) > 10_000:
            templates.clear()
        texts: list[FindingText] = []
        append = texts.append
        for finding in findings:
            try:
                key = (finding.rule, finding.values, currency)
                cached = templates.get(key)
            except TypeError:  # a value that cannot be hashed
                append(finding_text(finding, currency))
                continue
            if cached is None:
                anonymous = dataclasses.replace(
                    finding, subject=dataclasses.replace(finding.subject, name=mark)
                )
                template = finding_text(anonymous, currency)
                named = mark in template.message or mark in template.why or mark in template.fix
                cached = templates[key] = (template, named)
            template, named = cached
            name = finding.subject.name
            if not named:
                append(template)
            elif mark in name:
                append(finding_text(finding, currency))
            else:
                append(
                    FindingText(
                        template.message.replace(mark, name),
                        template.why.replace(mark, name),
                        template.fix.replace(mark, name),
                    )
                )
        return texts

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._templates.clear()
            self._retranslate()
            self._arrange_pillars()
            if self._report is not None:
                self.set_report(self._report, self._currency)
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_pillars()

    def _arrange_pillars(self) -> None:
        """Side by side while they fit, else one under the other."""
        margins = self.content_layout.contentsMargins()
        needed = (
            sum(card.minimumSizeHint().width() for card in self.pillar_cards.values())
            + 2 * self.pillars.spacing()
            + margins.left()
            + margins.right()
            + self.scroll_area.verticalScrollBar().sizeHint().width()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.width() >= needed
            else QBoxLayout.Direction.TopToBottom
        )
        if self.pillars.direction() != direction:
            self.pillars.setDirection(direction)

    def _on_mindset_button_clicked(self) -> None:
        self.mindset_requested.emit()

    def _on_findings_fix_requested(self, finding: Finding) -> None:
        self.fix_requested.emit(finding)
