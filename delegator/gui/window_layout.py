"""The main window's widgets and their layout, and the layout's saved state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.views import View
from delegator.gui.capture_field import CaptureField
from delegator.gui.sidebar import EntryKind, Page, Sidebar
from delegator.gui.task_table import TaskTableModel
from delegator.gui.task_table_view import make_task_table

DEFAULT_SIZE = (1100, 700)
LIST_STRETCH, EDITOR_STRETCH = 5, 4  # how the list and the editor share the width


class WindowLayout(QMainWindow):
    """The capture field, search, verdict button, sidebar, list and pages, laid out.

    The editor is built once the window has started (its code and the ORM load after
    the first paint); until then an empty pane holds its place (``place_editor``).
    """

    def __init__(self, today: Callable[[], Any]) -> None:
        super().__init__()
        self.setWindowTitle("Delegator")
        self.setAcceptDrops(True)
        self._model = TaskTableModel(self.palette(), self, today=today)
        self.capture = CaptureField(self)
        self.capture.setPlaceholderText(
            QCoreApplication.translate(
                "MainWindow",
                "Capture a to-do … (Enter adds it; pasting several lines adds one each)",
            )
        )
        self.capture.setAccessibleName(QCoreApplication.translate("MainWindow", "Capture a to-do"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(QCoreApplication.translate("MainWindow", "Search"))
        self.search.setAccessibleName(QCoreApplication.translate("MainWindow", "Search to-dos"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.sidebar = Sidebar(self)
        self.table = make_task_table(self._model, self)
        self.table.drop_refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._model.move_refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._editor_slot = QWidget(self)
        self.empty_hint = QLabel(self)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)
        self.verdict_button = QToolButton(self)
        self.verdict_button.setAutoRaise(True)
        self.verdict_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.verdict_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Readiness"))
        self.verdict_button.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Am I ready to delegate? Open the readiness check."
            )
        )
        self._lay_out()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "K keep · D delegate · U undecided · F2 rename · Del delete · Ctrl+Z undo",
            )
        )

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.capture, 1)
        top.addWidget(self.search)
        top.addWidget(self.verdict_button)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.table, 1)
        centre_layout.addWidget(self.empty_hint, 1)
        centre.setMinimumWidth(260)
        self._editor_slot.setMinimumWidth(320)
        self.list_splitter = QSplitter(self)
        self.list_splitter.addWidget(centre)
        self.list_splitter.addWidget(self._editor_slot)
        self.list_splitter.setStretchFactor(0, LIST_STRETCH)
        self.list_splitter.setStretchFactor(1, EDITOR_STRETCH)
        self.list_splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.list_splitter)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 900])
        self.splitter.setChildrenCollapsible(False)
        root = QWidget(self)
        layout = QVBoxLayout(root)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(root)

    def place_editor(self, editor: QWidget) -> None:
        """Put the editor where the empty pane held its place."""
        editor.setMinimumWidth(320)
        self.list_splitter.replaceWidget(1, editor)
        # The stretch lives in the widget's size policy: give the editor the slot's.
        self.list_splitter.setStretchFactor(1, EDITOR_STRETCH)
        self._editor_slot.deleteLater()

    def fit_columns(self) -> None:
        """Show the chosen columns that tell the to-dos of the view apart
        (gui/task_columns.hidden_in)."""
        self.table.columns.set_view(self._model.view)

    def update_empty_hint(self) -> None:
        """In place of an empty list: why it is empty, and what to do."""
        self.fit_columns()
        empty = self._model.rowCount() == 0
        self.empty_hint.setVisible(empty)
        self.table.setVisible(not empty)
        if not empty:
            return
        if self.search.text().strip():
            text = QCoreApplication.translate("MainWindow", "No to-do matches “{query}”.").format(
                query=self.search.text().strip()
            )
        elif not any(self._model.counts().get(view, 0) for view in (View.ALL, View.ARCHIVE)):
            text = QCoreApplication.translate(
                "MainWindow",
                "Your plan is empty. Type a to-do above and press Enter, import a list, "
                "or load the demo plan to try things out.",
            )
        elif self._model.view is View.INBOX:
            text = QCoreApplication.translate(
                "MainWindow",
                "The inbox is empty. Type a to-do above and press Enter, or paste a whole list.",
            )
        elif self._model.view is View.CHECK_IN:
            text = QCoreApplication.translate(
                "MainWindow",
                "Nothing is due for a check-in. Delegated work appears here on its check-in day.",
            )
        elif self._model.view is View.DONE:
            text = QCoreApplication.translate(
                "MainWindow",
                "Nothing is done yet. Mark finished work done with Ctrl+Enter; it leaves "
                "the other views and waits here.",
            )
        elif self._model.view is View.ARCHIVE:
            text = QCoreApplication.translate(
                "MainWindow", "Deleted to-dos appear here and can be restored."
            )
        else:
            text = QCoreApplication.translate("MainWindow", "No to-dos here yet.")
        self.empty_hint.setText(text)

    # State ------------------------------------------------------------------

    @staticmethod
    def saved_entry(settings: QSettings) -> tuple[EntryKind, Any]:
        """The sidebar entry shown last ("view:inbox", "assistant:3", "page:board")."""
        kind, _, key = str(settings.value("window/entry", "view:inbox")).partition(":")
        try:
            if kind == EntryKind.ASSISTANT:
                return EntryKind.ASSISTANT, int(key)
            if kind == EntryKind.PAGE:
                return EntryKind.PAGE, Page(key).value
            return EntryKind.VIEW, View(key).value
        except ValueError:
            return EntryKind.VIEW, View.INBOX.value

    def restore_state(self, settings: QSettings, kind: EntryKind, key: Any) -> None:
        """The size, the splitters and the sidebar entry of the last session."""
        # Each is a QByteArray as the window saved it; a value edited by hand is left out.
        geometry = settings.value("window/geometry")
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        list_splitter = settings.value("window/list_splitter")
        if isinstance(list_splitter, QByteArray):
            self.list_splitter.restoreState(list_splitter)
        self.table.columns.restore(settings)
        if not self.sidebar.select_entry(kind, key):
            self.sidebar.select_view(View.INBOX)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/list_splitter", self.list_splitter.saveState())
        self.table.columns.save(settings)
        entry = self.sidebar.current_entry()
        if entry is not None:
            settings.setValue("window/entry", f"{entry[0]}:{entry[1]}")
        settings.sync()
