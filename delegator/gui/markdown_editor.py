"""Text that saves itself while typing; instructions in Markdown with a live preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SAVE_DELAY_MS = 300
PREVIEW_DELAY_MS = 150
PREVIEW_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class AutosaveTextEdit(QPlainTextEdit):
    """A text field that commits what was typed after a short pause, when it loses
    focus and on ``flush()`` (called before the window closes or shows another
    to-do), so no keystroke is lost.

    Signals:
        text_committed(str): the text to store.
    """

    text_committed = Signal(str)

    def __init__(self, accessible_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._committed = ""
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._timer.start)

    def set_text(self, text: str) -> None:
        """Show *text* as stored (nothing is committed)."""
        self._timer.stop()
        self._committed = text
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)

    def flush(self) -> None:
        """Commit what was typed, if anything changed."""
        self._timer.stop()
        text = self.toPlainText()
        if text != self._committed:
            self._committed = text
            self.text_committed.emit(text)

    def keep_unsaved(self, stored: str) -> None:
        """What was committed could not be stored (the store holds *stored*): keep it
        on screen, and commit it again on the next pause, loss of focus or flush."""
        self._committed = stored

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)


class MarkdownEditor(QWidget):
    """An AutosaveTextEdit for Markdown beside its rendered preview.

    Where the two would not each get a readable column (``COLUMN_CHARS`` average
    characters), the text field takes the whole width and the preview waits behind
    the Preview button, below the text when shown.

    Signals:
        text_committed(str): the text to store.
    """

    text_committed = Signal(str)
    COLUMN_CHARS = 24

    def __init__(self, accessible_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor = AutosaveTextEdit(accessible_name, self)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Preview"))
        self.toggle.setToolTip(self.tr("Show how the instructions will look, below the text"))
        self.toggle.setCheckable(True)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignRight)
        self.setFocusProxy(self.editor)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._narrow: bool | None = None
        self._wire()

    def narrow(self) -> bool:
        """Whether the text field has the width to itself (the preview behind its button)."""
        return bool(self._narrow)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        column = self.fontMetrics().averageCharWidth() * self.COLUMN_CHARS
        narrow = event.size().width() < 2 * column
        if narrow != self._narrow:
            self._narrow = narrow
            self.splitter.setOrientation(
                Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
            )
            self.toggle.setVisible(narrow)
            self._show_preview()

    def _show_preview(self) -> None:
        self.preview.setVisible(not self._narrow or self.toggle.isChecked())

    def _wire(self) -> None:
        self.editor.text_committed.connect(self.text_committed)
        self.editor.textChanged.connect(self._preview_timer.start)
        self._preview_timer.timeout.connect(self._render_preview)
        self.toggle.toggled.connect(self._show_preview)

    def set_text(self, text: str) -> None:
        self.editor.set_text(text)
        self._render_preview()

    def text(self) -> str:
        return self.editor.toPlainText()

    def flush(self) -> None:
        self.editor.flush()

    def keep_unsaved(self, stored: str) -> None:
        self.editor.keep_unsaved(stored)

    def _render_preview(self) -> None:
        # Qt renders Markdown itself; raw HTML in the text is shown as text.
        self.preview.document().setMarkdown(self.text(), PREVIEW_FEATURES)
