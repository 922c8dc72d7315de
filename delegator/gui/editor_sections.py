"""The editor's sections: a list beside the pages, every section in sight at once.

Tabs hid sections behind scroll arrows once their German names outgrew the editor
("Einordnen" and "Notizen" at 1100 × 700); a list shows each name on a line of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)


class SectionList(QListWidget):
    """The names of the sections of a ``QStackedWidget``; choosing one shows its page."""

    def __init__(self, pages: QStackedWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._pages = pages
        self.setAccessibleName(self.tr("Sections"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.currentRowChanged.connect(self._on_current_row_changed)
        pages.currentChanged.connect(self.setCurrentRow)

    def add(self, page: QWidget, name: str) -> None:
        """Add *page* under *name*."""
        self._pages.addWidget(page)
        self.addItem(QListWidgetItem(name))
        # As wide as the names in bold, so a marked one is not cut short.
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        names = (self.item(row).text() for row in range(self.count()))
        widest = max(metrics.horizontalAdvance(text) for text in names)
        self.setFixedWidth(widest + 2 * (self.frameWidth() + self.spacing()) + 16)

    def page(self, row: int) -> QWidget | None:
        """The page of the section in *row*."""
        return self._pages.widget(row)

    def set_marked(self, page: QWidget, marked: bool) -> None:
        """Show *page*'s name in bold (it holds something to review)."""
        item = self.item(self._pages.indexOf(page))
        font = QFont(self.font())
        font.setBold(marked)
        item.setFont(font)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in range(self.count()))
        hint.setHeight(rows + 2 * self.frameWidth())
        return hint

    def _on_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self._pages.setCurrentIndex(row)


class ElidedLabel(QLabel):
    """One line that never wraps: text too long for the width ends in "…", and the
    whole text is the tooltip. ``text()`` is the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.text()), self.fontMetrics().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        shown = self._shown()
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignVCenter), shown)

    def _shown(self) -> str:
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self._shown() != self.text() else "")
