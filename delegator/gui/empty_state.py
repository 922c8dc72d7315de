"""The buttons under an empty list's hint: what to do next, one click away.

An empty plan offers Import… and the demo plan (the hint says to type a to-do above);
a search without hits offers to clear the search. The demo plan, once loaded, is said
in the status bar with the number of its to-dos. Other empty views (an empty Archive,
a view sorted to the end) have only their hint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QMessageBox, QPushButton, QWidget

from delegator.domain.changes import Changes
from delegator.domain.errors import DelegatorError
from delegator.domain.views import View
from delegator.text.messages import explain

DEMO_SAID_MS = 10000

if TYPE_CHECKING:
    from delegator.gui.main_window import MainWindow


class EmptyActions(QWidget):
    """The row of buttons under the hint of an empty list (``window.empty_hint``)."""

    def __init__(self, window: MainWindow) -> None:
        hint = window.empty_hint
        centre = hint.parentWidget()
        layout = centre.layout() if centre is not None else None
        assert isinstance(layout, QBoxLayout), "the hint sits in a column"
        super().__init__(centre)
        self._window = window
        self._sizes: list[int] = []  # the list's and the editor's widths, while hidden
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.clicked.connect(window.named_actions["import"].trigger)
        self.demo_button = QPushButton(self.tr("Load the &Demo Plan"), self)
        self.demo_button.setToolTip(
            self.tr("A sample business with to-dos, assistants and agreements, to try things out.")
        )
        self.demo_button.clicked.connect(self._load_demo)
        self.clear_button = QPushButton(self.tr("&Clear Search"), self)
        self.clear_button.clicked.connect(self._clear_search)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for button in (self.import_button, self.demo_button, self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        # The hint and the buttons share the empty list's place: the hint just above
        # the middle, the buttons right under it.
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        layout.insertWidget(layout.indexOf(hint) + 1, self, 1, Qt.AlignmentFlag.AlignTop)
        window.model.modelReset.connect(self.update_buttons)
        window.search.textChanged.connect(self.update_buttons)
        window.started.connect(self.update_buttons)
        self.update_buttons()

    def update_buttons(self) -> None:
        """The buttons that fit why the list is empty (none while it is not)."""
        window = self._window
        model = window.model
        searching = bool(window.search.text().strip())
        empty = model.rowCount() == 0
        counts = model.counts()
        plan_empty = not any(counts.get(view, 0) for view in (View.ALL, View.ARCHIVE))
        self.clear_button.setVisible(searching)
        fresh = plan_empty and not searching
        self.import_button.setVisible(fresh)
        self.demo_button.setVisible(fresh)
        self.setVisible(empty and (searching or fresh))
        # The editor pane has nothing to describe in an empty plan: the hint and its
        # buttons get the room; the pane comes back with the first to-do, at the width
        # it had. Only once the window is shown: before, the splitter has no widths yet.
        splitter = window.list_splitter
        pane = splitter.widget(1)
        if pane is None or not window.isVisible() or pane.isHidden() == plan_empty:
            return
        if plan_empty:
            self._sizes = splitter.sizes()
        pane.setVisible(not plan_empty)
        if not plan_empty and self._sizes:
            splitter.setSizes(self._sizes)

    def _clear_search(self) -> None:
        self._window.search.clear()
        self._window.table.setFocus()

    def _load_demo(self) -> None:
        """Fill the empty plan with the sample business, in the app's language."""
        from delegator.text.i18n import ui_language

        window = self._window
        workspace = window.workspace
        try:
            if workspace.tasks.summaries() or workspace.assistants.assistants():
                return
            workspace.fill_with_demo(ui_language())
            tasks = frozenset(task.id for task in workspace.tasks.summaries())
            assistants = frozenset(
                a.id for a in workspace.assistants.assistants(include_archived=True)
            )
        except DelegatorError as error:
            QMessageBox.warning(window, self.tr("Demo plan not loaded"), explain(error))
            return
        window.apply_changes(Changes(tasks=tasks, assistants=assistants, profile=True))
        window.show_view(View.ALL)
        window.table.setFocus()
        window.statusBar().showMessage(
            self.tr("%n to-do(s) loaded from the demo plan", "", len(tasks)), DEMO_SAID_MS
        )
