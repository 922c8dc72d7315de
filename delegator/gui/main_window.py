"""The main window: capture field, views with counts, the to-do list, menus and undo."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegator import __version__
from delegator.domain.assistant import AssistantLoad
from delegator.domain.capture import titles_from_text
from delegator.domain.changes import Changes
from delegator.domain.errors import DelegatorError
from delegator.domain.model import Decision
from delegator.domain.views import View
from delegator.gui.capture_field import CaptureField
from delegator.gui.decision_style import dot_icon
from delegator.gui.first_paint import after_first_paint
from delegator.gui.row_selection import rows_selection
from delegator.gui.sidebar import EntryKind, Page, Sidebar, page_label, view_label
from delegator.gui.task_table import Column, TaskTableModel
from delegator.gui.task_table_view import make_task_table
from delegator.gui.undo_commands import OperationCommand
from delegator.services import task_operations as ops
from delegator.services.task_operations import Operation
from delegator.services.task_service import NewTask
from delegator.text import i18n
from delegator.text.messages import explain

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from delegator.domain.readiness import Finding
    from delegator.domain.templates import TaskTemplate
    from delegator.gui.agreements_page import AgreementsPage
    from delegator.gui.assistants_page import AssistantsPage
    from delegator.gui.board_view import BoardView
    from delegator.gui.readiness_page import ReadinessPage
    from delegator.gui.task_editor import TaskEditor
    from delegator.services.workspace import Workspace

DEFAULT_SIZE = (1100, 700)


LIST_STRETCH, EDITOR_STRETCH = 5, 4  # how the list and the editor share the width


class MainWindow(QMainWindow):
    """One window over one data file.

    Signals:
        started(): the list is on screen and everything is loaded (after the first paint).
    """

    started = Signal()
    _orm_loaded = Signal()

    list_splitter: QSplitter
    _editor_slot: QWidget
    _editor: TaskEditor | None = None

    def __init__(self, workspace: Workspace, settings_path: Path) -> None:
        super().__init__()
        self._workspace = workspace
        self._service = service = workspace.tasks
        self._data_file = workspace.data_file
        self._settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        self._undo = QUndoStack(self)
        self._selection_before_reset: tuple[list[int], int] = ([], 0)
        self._loads: list[AssistantLoad] = []
        self._replaying = False
        self._started = False
        self._dialog: QDialog | None = None
        self._page_widgets: dict[Page, QWidget] = {}
        self.setWindowTitle("Delegator")
        self.setAcceptDrops(True)
        self._model = TaskTableModel(self.palette(), self, today=workspace.clock.today)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._wire()
        kind, key = self._saved_entry()
        start = View(key) if kind == EntryKind.VIEW else View.DELEGATE
        tasks, view_counts = service.view_start(start)
        self._model.show_start(start, tasks, view_counts, service.summaries)
        self._refresh_loads()
        self._restore_state(kind, key)
        after_first_paint(self.sidebar.viewport(), self._after_first_paint)

    def _after_first_paint(self) -> None:
        """Once the list is on screen: load every to-do, then the ORM on a thread
        (an import would stall the window), then show the editor."""
        self._model.complete()
        threading.Thread(target=self._warm_up, daemon=True).start()

    def _warm_up(self) -> None:
        self._service.warm_up()
        self._orm_loaded.emit()

    def _on_self_orm_loaded(self) -> None:

        from delegator.gui.task_editor import TaskEditor

        editor = TaskEditor(
            self._workspace.tasks,
            self._workspace.assistants,
            self._workspace.triage,
            self._run,
            self,
        )
        editor.setMinimumWidth(320)
        editor.addAction(self.back_action)
        editor.decision_requested.connect(self._on_editor_decision_requested)
        self.list_splitter.replaceWidget(1, editor)
        # The stretch lives in the widget's size policy: give the editor the slot's.
        self.list_splitter.setStretchFactor(1, EDITOR_STRETCH)
        self._editor_slot.deleteLater()
        self._editor = editor
        self._started = True
        current = self.table.currentIndex()
        if current.isValid():
            editor.show_task(self._model.task_at(current.row()).id)
        self._refresh_readiness()
        self.started.emit()
        if not self._settings.value("intro/shown", False, type=bool):
            self.show_introduction()

    @property
    def editor(self) -> TaskEditor:
        """The task editor (built once the window has started)."""
        assert self._editor is not None, "the editor is built after the first paint"
        return self._editor

    # Construction -----------------------------------------------------------

    def _build_widgets(self) -> None:
        self.capture = CaptureField(self)
        self.capture.setPlaceholderText(
            self.tr("Capture a to-do … (Enter adds it; pasting several lines adds one each)")
        )
        self.capture.setAccessibleName(self.tr("Capture a to-do"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search to-dos"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)

        self.sidebar = Sidebar(self)
        self.table = make_task_table(self._model, self)
        # The editor is built once the window has started (its code and the ORM load
        # after the first paint); until then an empty pane holds its place.
        self._editor_slot = QWidget(self)
        self.empty_hint = QLabel(self)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)

        top = QHBoxLayout()
        self.verdict_button = QToolButton(self)
        self.verdict_button.setAutoRaise(True)
        self.verdict_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.verdict_button.setAccessibleName(self.tr("Readiness"))
        self.verdict_button.setToolTip(self.tr("Am I ready to delegate? Open the readiness check."))
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
        self.statusBar().showMessage(self._key_hint())

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | str | list[QKeySequence | str] | None,
        slot: Callable[[], Any],
        *,
        on_list: bool = False,
    ) -> QAction:
        """An action; *on_list* ones only fire while the list has focus.

        *slot* is called without arguments: ``triggered`` carries the checked state,
        which would otherwise arrive as the slot's first optional parameter.
        """
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(key) for key in keys])
        if on_list:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)
        else:
            self.addAction(action)
        action.triggered.connect(lambda: slot())
        return action

    def _build_actions(self) -> None:
        self.undo_action = self._undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self._undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        self.capture_action = self._action(self.tr("&New To-do"), "Ctrl+N", self._focus_capture)
        self.import_action = self._action(self.tr("&Import…"), "Ctrl+I", self.open_import)
        self.import_paste_action = self._action(
            self.tr("Import from &Clipboard…"), "Ctrl+Shift+V", self._import_clipboard
        )
        self.export_action = self._action(self.tr("&Export Handover…"), "Ctrl+E", self.open_export)
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.find_action = self._action(self.tr("&Find"), "Ctrl+F", self._focus_search)
        self.rename_action = self._action(
            self.tr("&Rename"), "F2", self._rename_current, on_list=True
        )
        self.describe_action = self._action(
            self.tr("De&scribe"), ["Return", "Enter"], self._open_editor, on_list=True
        )
        self.back_action = QAction(self.tr("Back to the &List"), self)
        self.back_action.setShortcut(QKeySequence("Escape"))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_action.triggered.connect(self.table.setFocus)
        self.archive_action = self._action(
            self.tr("&Delete to Archive"),
            [QKeySequence(QKeySequence.StandardKey.Delete), "Backspace"],
            self._archive_selected,
            on_list=True,
        )
        self.restore_action = self._action(
            self.tr("Re&store from Archive"), "Ctrl+R", self._restore_selected, on_list=True
        )
        self.keep_action = self._action(
            self.tr("&Keep"), "K", lambda: self._decide(Decision.KEEP), on_list=True
        )
        self.delegate_action = self._action(
            self.tr("&Delegate"), "D", lambda: self._decide(Decision.DELEGATE), on_list=True
        )
        self.undecided_action = self._action(
            self.tr("&Undecided"), "U", lambda: self._decide(Decision.UNDECIDED), on_list=True
        )
        self.save_template_action = self._action(
            self.tr("Save Description as &Template…"), "Ctrl+Shift+T", self._save_as_template
        )
        self.manage_templates_action = self._action(
            self.tr("Mana&ge Templates…"), "Ctrl+Shift+L", self.open_templates_manager
        )
        self.move_up_action = self._action(
            self.tr("Move &Up"), "Ctrl+Up", lambda: self._move_selected(-1), on_list=True
        )
        self.move_down_action = self._action(
            self.tr("Move Do&wn"), "Ctrl+Down", lambda: self._move_selected(1), on_list=True
        )
        self.view_actions: dict[View, QAction] = {}
        for number, view in enumerate(View, start=1):
            self.view_actions[view] = self._action(
                view_label(view),
                f"Ctrl+{number}",
                self._view_opener(view),
            )
            self.view_actions[view].setCheckable(True)
        self.page_actions = {
            page: self._action(page_label(page), f"Ctrl+{number}", self._page_opener(page))
            for number, page in enumerate(Page, start=len(View) + 1)
        }
        self.mindset_action = self._action(
            self.tr("&Mindset Check…"), "Ctrl+Shift+M", self.open_mindset_check
        )
        self.intro_action = self._action(
            self.tr("&Introduction"), "Shift+F1", self.show_introduction
        )
        self.about_action = self._action(self.tr("&About Delegator"), "F1", self._show_about)

    def _view_opener(self, view: View) -> Callable[[], None]:
        return lambda: self.show_view(view)

    def _page_opener(self, page: Page) -> Callable[[], None]:
        def open_page() -> None:
            self.sidebar.select_entry(EntryKind.PAGE, page.value)

        return open_page

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.capture_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_paste_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.rename_action)
        edit_menu.addAction(self.archive_action)
        edit_menu.addAction(self.restore_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        task_menu = bar.addMenu(self.tr("&To-do"))
        task_menu.addAction(self.describe_action)
        task_menu.addAction(self.back_action)
        self.templates_menu = task_menu.addMenu(self.tr("New from Te&mplate"))
        self.templates_menu.aboutToShow.connect(self._on_templates_menu_about_to_show)
        task_menu.addAction(self.save_template_action)
        task_menu.addAction(self.manage_templates_action)
        task_menu.addSeparator()
        task_menu.addAction(self.keep_action)
        task_menu.addAction(self.delegate_action)
        task_menu.addAction(self.undecided_action)
        task_menu.addSeparator()
        task_menu.addAction(self.move_up_action)
        task_menu.addAction(self.move_down_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.view_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in self.page_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.mindset_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.intro_action)
        help_menu.addAction(self.about_action)

    def _wire(self) -> None:
        self._orm_loaded.connect(self._on_self_orm_loaded, Qt.ConnectionType.QueuedConnection)
        self.capture.titles_entered.connect(self._on_capture_titles_entered)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.sidebar.entry_chosen.connect(self._on_sidebar_entry_chosen)
        self.sidebar.tasks_dropped.connect(self._on_sidebar_tasks_dropped)
        self.table.doubleClicked.connect(self._open_editor)
        self.verdict_button.clicked.connect(self._page_opener(Page.READINESS))
        # Queued: the rename reloads the model, which must not happen inside the editor's commit.
        self._model.rename_requested.connect(
            self._on_model_rename_requested, Qt.ConnectionType.QueuedConnection
        )
        self._model.move_requested.connect(self._on_model_move_requested)
        self._model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self._model.modelReset.connect(self._on_model_reset)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

    # State ------------------------------------------------------------------

    def _saved_entry(self) -> tuple[EntryKind, Any]:
        """The sidebar entry shown last ("view:inbox", "assistant:3", "page:board")."""
        kind, _, key = str(self._settings.value("window/entry", "view:inbox")).partition(":")
        try:
            if kind == EntryKind.ASSISTANT:
                return EntryKind.ASSISTANT, int(key)
            if kind == EntryKind.PAGE:
                return EntryKind.PAGE, Page(key).value
            return EntryKind.VIEW, View(key).value
        except ValueError:
            return EntryKind.VIEW, View.INBOX.value

    def _restore_state(self, kind: EntryKind, key: Any) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        splitter = self._settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        list_splitter = self._settings.value("window/list_splitter")
        if list_splitter is not None:
            self.list_splitter.restoreState(list_splitter)
        if not self.sidebar.select_entry(kind, key):
            self.show_view(View.INBOX)

    def _save_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.setValue("window/list_splitter", self.list_splitter.saveState())
        entry = self.sidebar.current_entry()
        if entry is not None:
            self._settings.setValue("window/entry", f"{entry[0]}:{entry[1]}")
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Moving focus ends an open in-place edit, which stores it.
        self.capture.setFocus()
        if self._editor is not None:
            self._editor.flush()
        self._save_state()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._model.set_palette(self.palette())
        super().changeEvent(event)

    # Public API used by tests and the launcher ------------------------------

    @property
    def model(self) -> TaskTableModel:
        return self._model

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo

    def show_view(self, view: View) -> None:
        self.sidebar.select_view(view)

    def about_text(self) -> str:
        return self.tr(
            "<h3>Delegator {version}</h3>"
            "<p>Decide what to hand off, describe it clearly, check that you are ready, "
            "and hand it over.</p>"
            "<p>Your data stays on this computer, in this file:<br><code>{path}</code></p>"
        ).format(version=__version__, path=self._data_file)

    # Slots ------------------------------------------------------------------

    def _on_capture_titles_entered(self, text: str) -> None:
        titles = titles_from_text(text)
        if not titles:
            return
        operation = ops.AddTasks(self._service, [NewTask(title) for title in titles])
        label = self.tr("Add %n to-do(s)", "", len(titles))
        if self._run(label, operation):
            self.capture.clear()
            if self._model.view not in (View.INBOX, View.ALL):
                self.show_view(View.INBOX)
            self.statusBar().showMessage(self.tr("Added %n to-do(s)", "", len(titles)), 4000)

    def _on_search_text_changed(self, text: str) -> None:
        self._model.set_search(text)

    def _on_sidebar_entry_chosen(self, kind: str, key: Any) -> None:
        for action in self.view_actions.values():
            action.setChecked(False)
        if kind == EntryKind.PAGE and self._editor is not None:
            self._editor.flush()
        if kind == EntryKind.PAGE:
            self.pages.setCurrentWidget(self._page(Page(key)))
            self._refresh_page()
            return
        self.pages.setCurrentIndex(0)
        if kind == EntryKind.ASSISTANT:
            self._model.set_view(View.DELEGATE, key)
        else:
            view = View(key)
            self._model.set_view(view)
            self.view_actions[view].setChecked(True)
        self._select_row(0)

    def _page(self, page: Page) -> QWidget:
        """The widget of a page, built on its first visit (keeps start-up lean)."""
        widget = self._page_widgets.get(page)
        if widget is None:
            widget = self._build_page(page)
            self.pages.addWidget(widget)
            self._page_widgets[page] = widget
        return widget

    def _build_page(self, page: Page) -> QWidget:
        if page is Page.BOARD:
            from delegator.gui.board_view import BoardView

            board = BoardView(self)
            board.decision_requested.connect(self._on_board_decision_requested)
            board.assign_requested.connect(self._on_board_assign_requested)
            board.open_requested.connect(self._on_board_open_requested)
            return board
        if page is Page.READINESS:
            from delegator.gui.readiness_page import ReadinessPage

            readiness = ReadinessPage(self)
            readiness.fix_requested.connect(self._on_readiness_fix_requested)
            readiness.mindset_requested.connect(self.open_mindset_check)
            return readiness
        if page is Page.ASSISTANTS:
            from delegator.gui.assistants_page import AssistantsPage

            return AssistantsPage(self._workspace.assistants, self._run, self)
        from delegator.gui.agreements_page import AgreementsPage

        return AgreementsPage(self._workspace.profile, self._run, self)

    @property
    def readiness_page(self) -> ReadinessPage:
        return cast("ReadinessPage", self._page(Page.READINESS))

    @property
    def board(self) -> BoardView:
        return cast("BoardView", self._page(Page.BOARD))

    @property
    def assistants_page(self) -> AssistantsPage:
        return cast("AssistantsPage", self._page(Page.ASSISTANTS))

    @property
    def agreements_page(self) -> AgreementsPage:
        return cast("AgreementsPage", self._page(Page.AGREEMENTS))

    def _on_sidebar_tasks_dropped(self, task_ids: list[int], kind: str, key: Any) -> None:
        if kind == EntryKind.ASSISTANT:
            name = next(
                (load.assistant.name for load in self._loads if load.assistant.id == key), ""
            )
            self._run(
                self.tr("Delegate to {name}").format(name=name),
                ops.Assign(self._service, task_ids, key),
                keep=task_ids,
            )
            return
        decision = {View.INBOX: Decision.UNDECIDED, View.KEEP: Decision.KEEP}.get(
            View(key), Decision.DELEGATE
        )
        self._run(
            self._decision_label(decision, len(task_ids)),
            ops.SetDecision(self._service, task_ids, decision),
            keep=task_ids,
        )

    def _on_table_current_row_changed(self, *_args: Any) -> None:
        self._show_current_in_editor()

    def _show_current_in_editor(self) -> None:
        """The editor shows the list's current to-do, or its empty state when the list
        has none (an empty view, a search without hits)."""
        if not self._started:
            return
        current = self.table.currentIndex()
        task_id = self._model.task_at(current.row()).id if current.isValid() else None
        shown = self.editor.task.id if self.editor.task is not None else None
        if task_id != shown:
            self.editor.show_task(task_id)

    def _on_templates_menu_about_to_show(self) -> None:
        menu = self.templates_menu
        menu.clear()
        service = self._workspace.templates
        for template in service.builtin(i18n.ui_language()):
            menu.addAction(template.name, self._template_adder(template))
        own = service.user_templates()
        if own:
            menu.addSection(self.tr("My templates"))
            for template in own:
                menu.addAction(template.name, self._template_adder(template))

    def _template_adder(self, template: TaskTemplate) -> Callable[[], None]:
        return lambda: self.add_from_template(template)

    def add_from_template(self, template: TaskTemplate) -> None:
        """A new to-do described by *template*, selected and open in the editor."""
        from delegator.services.template_service import task_from_template

        details = task_from_template(template)
        operation = ops.AddTasks(self._service, [NewTask(details.title, details=details)])
        if self._run(self.tr("New to-do from template"), operation):
            if self._model.view not in (View.INBOX, View.ALL):
                self.show_view(View.INBOX)
            self._select_ids(operation.ids)
            self.editor.show_task(operation.ids[0])
            self._open_editor()

    def _save_as_template(self) -> None:
        if self._editor is None:
            return
        task = self.editor.task
        if task is None:
            return
        self.editor.flush()
        task = self._service.task(task.id)
        name, accepted = QInputDialog.getText(
            self, self.tr("Save as Template"), self.tr("Name of the template:"), text=task.title
        )
        if accepted and name.strip():
            self._workspace.templates.save_from_task(task, name)
            self.statusBar().showMessage(self.tr("Template saved."), 4000)

    def open_templates_manager(self) -> None:
        """Rename or delete the user's own templates (not part of the undo history)."""
        from delegator.gui.templates_dialog import TemplatesDialog

        self._dialog = TemplatesDialog(self._workspace.templates, self)
        self._dialog.open()

    def _on_board_decision_requested(self, task_ids: list[int], decision: str) -> None:
        chosen = Decision(decision)
        self._run(
            self._decision_label(chosen, len(task_ids)),
            ops.SetDecision(self._service, task_ids, chosen),
        )

    def _on_board_assign_requested(self, task_ids: list[int], assistant_id: int | None) -> None:
        self._run(self.tr("Assign to-dos"), ops.Assign(self._service, task_ids, assistant_id))

    def _on_board_open_requested(self, task_id: int) -> None:
        self.show_view(View.ALL)
        if self._select_ids([task_id]):
            self.editor.show_task(task_id)
            self._open_editor()

    def _refresh_page(self) -> None:
        """Bring the page on screen up to date (pages off screen refresh when shown)."""
        board = self._page_widgets.get(Page.BOARD)
        if board is not None and self.pages.currentWidget() is board:
            self.board.set_data(
                self._model.all_tasks(),
                self._workspace.assistants.assistants(include_archived=True),
            )
        readiness = self._page_widgets.get(Page.READINESS)
        if readiness is not None and self.pages.currentWidget() is readiness:
            self._refresh_readiness()

    def _on_editor_decision_requested(self, task_id: int, decision: str) -> None:
        chosen = Decision(decision)
        self._run(
            self._decision_label(chosen, 1), ops.SetDecision(self._service, [task_id], chosen)
        )

    def _open_editor(self, *_args: Any) -> None:
        if self._editor is not None and self._editor.task is not None:
            self.editor.open_tab(self.editor.tabs.currentIndex())

    def _on_model_rename_requested(self, task_id: int, title: str) -> None:
        self._run(self.tr("Rename to-do"), ops.Rename(self._service, task_id, title))

    def _on_model_move_requested(self, task_ids: list[int], before: int | None) -> None:
        self._run(self.tr("Move to-dos"), ops.Move(self._service, task_ids, before), keep=task_ids)

    def _on_model_about_to_be_reset(self) -> None:
        self._selection_before_reset = (self._selected_ids(), self.table.currentIndex().row())

    def _on_model_reset(self) -> None:
        """Keep the selection on the same to-dos, or near where it was, across a reload."""
        self.sidebar.set_counts(self._model.counts())
        self._update_empty_hint()
        ids, row = self._selection_before_reset
        if not self._select_ids(ids):
            self._select_row(max(row, 0))
        # A reset clears the current row without a signal: an emptied list leaves none.
        self._show_current_in_editor()

    def _on_table_selection_changed(self, *_args: Any) -> None:
        has_selection = bool(self._selected_ids())
        archive_view = self._model.view is View.ARCHIVE
        for action in (
            self.keep_action,
            self.delegate_action,
            self.undecided_action,
            self.rename_action,
            self.move_up_action,
            self.move_down_action,
        ):
            action.setEnabled(has_selection and not archive_view)
        self.archive_action.setEnabled(has_selection and not archive_view)
        self.restore_action.setEnabled(has_selection and archive_view)

    # Actions ----------------------------------------------------------------

    def _focus_capture(self) -> None:
        self.capture.setFocus()
        self.capture.selectAll()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _rename_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(self._model.index(index.row(), Column.TITLE))

    def _decide(self, decision: Decision) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        last_row = max(self._selected_rows())
        label = self._decision_label(decision, len(ids))
        if self._run(label, ops.SetDecision(self._service, ids, decision)):
            self._select_after(ids[-1], last_row, len(ids))

    def _decision_label(self, decision: Decision, count: int) -> str:
        return {
            Decision.KEEP: self.tr("Keep %n to-do(s)", "", count),
            Decision.DELEGATE: self.tr("Delegate %n to-do(s)", "", count),
            Decision.UNDECIDED: self.tr("Mark %n to-do(s) undecided", "", count),
        }[decision]

    def _archive_selected(self) -> None:
        ids = self._selected_ids()
        if ids:
            row = min(self._selected_rows())
            if self._run(
                self.tr("Delete %n to-do(s)", "", len(ids)),
                ops.SetArchived(self._service, ids, True),
            ):
                self._select_row(row)

    def _restore_selected(self) -> None:
        ids = self._selected_ids()
        if ids:
            row = min(self._selected_rows())
            if self._run(
                self.tr("Restore %n to-do(s)", "", len(ids)),
                ops.SetArchived(self._service, ids, False),
            ):
                self._select_row(row)

    def _move_selected(self, direction: int) -> None:
        rows = self._selected_rows()
        if not rows:
            return
        visible = self._model.visible_ids()
        ids = [visible[row] for row in rows]
        if direction < 0:
            if rows[0] == 0:
                return
            before: int | None = visible[rows[0] - 1]
        else:
            if rows[-1] >= len(visible) - 1:
                return
            after = rows[-1] + 2
            before = visible[after] if after < len(visible) else None
        self._run(self.tr("Move to-dos"), ops.Move(self._service, ids, before), keep=ids)

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Delegator"), self.about_text())

    # Helpers ----------------------------------------------------------------

    def _run(self, label: str, operation: Operation, keep: list[int] | None = None) -> bool:
        """Apply *operation* now, then put it on the undo stack; report failures."""
        try:
            changes = operation.apply()
        except (DelegatorError, ValueError) as error:
            self._report_not_saved(error)
            return False
        self.apply_changes(changes)
        if self._replaying:
            return True
        self._undo.push(
            OperationCommand(label, operation, self._refresh_after_undo, self._report_not_saved)
        )
        if keep:
            self._select_ids(keep)
        return True

    def _report_not_saved(self, error: Exception) -> None:
        """Say that a change was not stored, and show the list as it is stored."""
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr("The change could not be saved, and nothing was changed:\n{error}").format(
                error=explain(error)
            ),
        )
        try:
            self._model.set_tasks(self._service.summaries())
        except DelegatorError:
            return

    def _refresh_after_undo(self, changes: Changes) -> None:
        # Inside an undo or redo: a change the refresh itself stores (pending typing)
        # must not be pushed on the stack that is being replayed.
        self._replaying = True
        try:
            self.apply_changes(changes)
            self._select_ids(sorted(changes.tasks))
        finally:
            self._replaying = False

    def apply_changes(self, changes: Changes) -> None:
        """Bring the list, the sidebar and the pages up to date with what changed."""
        if changes.tasks:
            self._model.update_tasks(changes.tasks, self._service.summaries_by_id(changes.tasks))
        if changes.tasks or changes.assistants:
            self._refresh_loads()
            self._refresh_page()
        task = self._editor.task if self._editor is not None else None
        if task is not None and changes.assistants:
            self.editor.refresh()
        elif task is not None and task.id in changes.tasks:
            self.editor.sync()
        if changes.assistants and Page.ASSISTANTS in self._page_widgets:
            self.assistants_page.refresh()
        if changes.profile and Page.AGREEMENTS in self._page_widgets:
            self.agreements_page.refresh()
        self._refresh_readiness()

    def _refresh_readiness(self) -> None:
        """The verdict in the corner and the Readiness page follow every change."""
        if not self._started:
            return
        from delegator.gui.readiness_style import verdict_colour
        from delegator.text.readiness_text import verdict_label

        report = self._workspace.readiness.report()
        self.verdict_button.setText(
            self.tr("Readiness: {verdict}").format(verdict=verdict_label(report.verdict))
        )
        self.verdict_button.setIcon(dot_icon(verdict_colour(report.verdict, self.palette())))
        if Page.READINESS in self._page_widgets:
            self.readiness_page.set_report(report, self._workspace.profile.profile().currency)

    def _on_readiness_fix_requested(self, finding: Finding) -> None:
        """Open the exact place a finding is about."""
        from delegator.domain.readiness import SubjectKind

        subject, field = finding.subject, finding.field
        if subject.kind is SubjectKind.TASK and subject.id is not None:
            self.search.clear()
            self.show_view(View.ALL)
            if self._select_ids([subject.id]):
                self.editor.show_task(subject.id)
                self.editor.focus_field(field)
        elif subject.kind is SubjectKind.ASSISTANT and subject.id is not None:
            self.sidebar.select_entry(EntryKind.PAGE, Page.ASSISTANTS.value)
            if self.assistants_page.select_assistant(subject.id):
                self.assistants_page.focus_field(field)
        elif subject.kind is SubjectKind.PROFILE:
            self.sidebar.select_entry(EntryKind.PAGE, Page.AGREEMENTS.value)
            self.agreements_page.focus_field(field)
        elif subject.kind is SubjectKind.MINDSET:
            self.open_mindset_check()
        else:
            self.show_view(View.DELEGATE if field == "assistant_id" else View.INBOX)
            self.table.setFocus()

    def open_mindset_check(self) -> None:
        from delegator.gui.mindset_dialog import MindsetDialog

        self._dialog = MindsetDialog(self._workspace.readiness, self._run, self)
        self._dialog.open()

    def open_import(self, path: Path | None = None, text: str | None = None) -> None:
        """The import dialog for a file (asked for when none is given) or pasted text."""
        if not self._started:
            return
        if path is None and text is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import To-dos"),
                "",
                self.tr("To-do lists (*.txt *.md *.markdown *.csv *.ics);;All files (*)"),
            )
            if not name:
                return
            path = Path(name)
        from delegator.gui.import_dialog import ImportDialog

        self._dialog = ImportDialog(self._workspace, self._run, self, path=path, text=text)
        self._dialog.open()

    def _import_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text.strip():
            self.open_import(text=text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_import(path=Path(urls[0].toLocalFile()))
        else:
            super().dropEvent(event)

    def open_export(self) -> None:
        """The export dialog for the handover package (after the window has started)."""
        if not self._started:
            return
        if self._editor is not None:
            self._editor.flush()
        from delegator.gui.export_dialog import ExportDialog

        self._dialog = ExportDialog(self._workspace, self)
        self._dialog.open()

    def show_introduction(self) -> None:
        from delegator.gui.intro_dialog import IntroDialog

        self._settings.setValue("intro/shown", True)
        self._dialog = IntroDialog(self)
        self._dialog.open()

    def _refresh_loads(self) -> None:
        self._loads = self._workspace.assistants.loads()
        self.sidebar.set_assistant_loads(self._loads)

    def _selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def _selected_ids(self) -> list[int]:
        return [self._model.task_at(row).id for row in self._selected_rows()]

    def _select_row(self, row: int) -> None:
        count = self._model.rowCount()
        if count == 0:
            self._on_table_selection_changed()
            return
        row = max(0, min(row, count - 1))
        index = self._model.index(row, Column.TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _select_after(self, last_id: int, last_row: int, count: int) -> None:
        """After a decision, select the to-do that follows the decided ones.

        Either they all stay in the view (All) or all leave it (Inbox); in the second
        case the follower has moved up into the first freed place.
        """
        row = self._model.row_of(last_id)
        self._select_row(row + 1 if row is not None else last_row - count + 1)

    def _select_ids(self, task_ids: list[int]) -> bool:
        """Select these to-dos where visible; False if none of them is."""
        rows = self._model.rows_of(task_ids)
        if not rows:
            return False
        selection = self.table.selectionModel()
        selection.select(
            rows_selection(self._model, rows),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.setCurrentIndex(
            self._model.index(rows[0], Column.TITLE), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.table.scrollTo(self._model.index(rows[0], Column.TITLE))
        return True

    def _update_empty_hint(self) -> None:
        empty = self._model.rowCount() == 0
        self.empty_hint.setVisible(empty)
        self.table.setVisible(not empty)
        if not empty:
            return
        if self.search.text().strip():
            text = self.tr("No to-do matches “{query}”.").format(query=self.search.text().strip())
        elif self._model.view is View.INBOX:
            text = self.tr(
                "The inbox is empty. Type a to-do above and press Enter, or paste a whole list."
            )
        elif self._model.view is View.ARCHIVE:
            text = self.tr("Deleted to-dos appear here and can be restored.")
        else:
            text = self.tr("No to-dos here yet.")
        self.empty_hint.setText(text)

    def _key_hint(self) -> str:
        return self.tr("K keep · D delegate · U undecided · F2 rename · Del delete · Ctrl+Z undo")
