"""What is on screen: the sidebar's views and pages, and where a Fix or an Open leads."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QTableView, QWidget

from delegator.domain.views import View
from delegator.gui.list_controller import ListController
from delegator.gui.sidebar import EntryKind, Page, Sidebar
from delegator.gui.task_table import TaskTableModel

if TYPE_CHECKING:
    from delegator.domain.readiness import Finding
    from delegator.gui.agreements_page import AgreementsPage
    from delegator.gui.assistants_page import AssistantsPage


class Navigator(QObject):
    """Routes the sidebar's entries to the list or a page, builds each page on its
    first visit (keeps start-up lean) and opens the exact place a finding is about.

    Signals:
        leaving_list(): a page is about to replace the list (store pending typing).
        page_shown(Page): a page came on screen (bring it up to date).
        task_opened(int, object): show this to-do in the editor; focus the named field,
            or with None open the editor's current tab.
        mindset_requested(): a finding is about the mindset check.
    """

    leaving_list = Signal()
    page_shown = Signal(object)
    task_opened = Signal(int, object)
    mindset_requested = Signal()

    def __init__(
        self,
        sidebar: Sidebar,
        pages: QStackedWidget,
        table: QTableView,
        search: QLineEdit,
        list_controller: ListController,
        view_actions: Mapping[View, QAction],
        build_page: Callable[[Page], QWidget],
    ) -> None:
        super().__init__(pages)
        self._sidebar = sidebar
        self._pages = pages
        self._table = table
        self._model = cast(TaskTableModel, table.model())
        self._search = search
        self._list = list_controller
        self._view_actions = view_actions
        self._build_page = build_page
        self._built: dict[Page, QWidget] = {}
        sidebar.entry_chosen.connect(self._on_sidebar_entry_chosen)

    def open_view(self, view: View) -> None:
        self._sidebar.select_view(view)

    def open_page(self, page: Page) -> None:
        self._sidebar.select_entry(EntryKind.PAGE, page.value)

    def page(self, page: Page) -> QWidget:
        """The widget of a page, built on its first visit."""
        widget = self._built.get(page)
        if widget is None:
            widget = self._build_page(page)
            self._pages.addWidget(widget)
            self._built[page] = widget
        return widget

    def built(self, page: Page) -> QWidget | None:
        """The page's widget if it has been built, else None."""
        return self._built.get(page)

    def showing(self, page: Page) -> bool:
        """Whether *page* is built and on screen."""
        widget = self._built.get(page)
        return widget is not None and self._pages.currentWidget() is widget

    def open_task(self, task_id: int) -> None:
        """Show a to-do in the list of All and open it in the editor (the board's Open)."""
        self.open_view(View.ALL)
        if self._list.select_ids([task_id]):
            self.task_opened.emit(task_id, None)

    def fix(self, finding: Finding) -> None:
        """Open the exact place a finding is about."""
        from delegator.domain.readiness import SubjectKind

        subject, field = finding.subject, finding.field
        if subject.kind is SubjectKind.TASK and subject.id is not None:
            self._search.clear()
            self.open_view(View.ALL)
            if self._list.select_ids([subject.id]):
                self.task_opened.emit(subject.id, field)
        elif subject.kind is SubjectKind.ASSISTANT and subject.id is not None:
            self.open_page(Page.ASSISTANTS)
            assistants = cast("AssistantsPage", self.page(Page.ASSISTANTS))
            if assistants.select_assistant(subject.id):
                assistants.focus_field(field)
        elif subject.kind is SubjectKind.PROFILE:
            self.open_page(Page.AGREEMENTS)
            cast("AgreementsPage", self.page(Page.AGREEMENTS)).focus_field(field)
        elif subject.kind is SubjectKind.MINDSET:
            self.mindset_requested.emit()
        else:
            self.open_view(View.DELEGATE if field == "assistant_id" else View.INBOX)
            self._table.setFocus()

    def _on_sidebar_entry_chosen(self, kind: str, key: object) -> None:
        for action in self._view_actions.values():
            action.setChecked(False)
        if kind == EntryKind.PAGE:
            page = Page(cast(str, key))
            self.leaving_list.emit()
            self._pages.setCurrentWidget(self.page(page))
            self.page_shown.emit(page)
            return
        self._pages.setCurrentIndex(0)
        if kind == EntryKind.ASSISTANT:
            self._model.set_view(View.DELEGATE, cast(int, key))
        else:
            view = View(cast(str, key))
            self._model.set_view(view)
            self._view_actions[view].setChecked(True)
        self._list.select_row(0)
