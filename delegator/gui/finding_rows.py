"""The painted parts of the finding list: a finding's row with its Fix button, and a
group's heading."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextLayout,
)
from PySide6.QtWidgets import QPushButton, QWidget

from delegator.domain.readiness import Finding, Severity
from delegator.gui.finding_layout import RowMetrics, text_layout
from delegator.gui.readiness_style import scaled_font, severity_colour
from delegator.text.readiness_text import FindingText


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

    Signals:
        step_requested(int, int): Up or Down was pressed on the row; carries the row's
            index and the step (-1 up, 1 down).
    """

    step_requested = Signal(int, int)

    def __init__(self, metrics: RowMetrics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = -1
        self.finding: Finding | None = None
        self.text = FindingText("", "", "")
        self._metrics = metrics
        self._layouts: tuple[QTextLayout, QTextLayout, QTextLayout] | None = None
        self._heights = (0, 0, 0)
        self.button = FixButton(self)
        self.button.setFixedSize(metrics.button)

    def bind(self, index: int, finding: Finding, text: FindingText, metrics: RowMetrics) -> None:
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
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.button.click()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_requested.emit(self.index, -1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def _ensure_layouts(self) -> tuple[QTextLayout, QTextLayout, QTextLayout]:
        if self._layouts is None:
            m = self._metrics
            width = m.text_width(self.width())
            self._heights = m.heights(self.text, self.width())
            self._layouts = (
                text_layout(self.text.message, m.message.font, width)[0],
                text_layout(self.text.why, m.body.font, width)[0],
                text_layout(self.text.fix, m.body.font, width)[0],
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
        self.setFont(scaled_font(self.font(), 1.15, QFont.Weight.DemiBold))

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
