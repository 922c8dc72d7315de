"""The main window: the composition of the capture field, the sidebar, the to-do list,
the editor and the pages, with the parts that act on them.

Its parts: ``window_actions`` (every action and menu), ``list_controller`` (selection;
decide, archive, restore, move), ``navigator`` (sidebar and Fix routing),
``change_runner`` (the undo runner and the one change signal) and ``window_dialogs``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QThread, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QWidget

from delegator import __version__
from delegator.domain.capture import titles_from_text
from delegator.domain.changes import Changes
from delegator.domain.views import View
from delegator.gui.change_runner import ChangeRunner
from delegator.gui.decision_style import dot_icon
from delegator.gui.empty_state import EmptyActions
from delegator.gui.first_paint import after_first_paint
from delegator.gui.list_controller import ListController
from delegator.gui.navigator import Navigator
from delegator.gui.sidebar import EntryKind, Page
from delegator.gui.task_context_menu import TaskMenus
from delegator.gui.task_table import LoadedList, TaskTableModel
from delegator.gui.window_actions import build_actions, build_menus
from delegator.gui.window_layout import WindowLayout
from delegator.gui.worker_thread import end_worker, start_worker
from delegator.services.task_service import NewTask

if TYPE_CHECKING:
    from delegator.domain.readiness import Verdict
    from delegator.domain.templates import TaskTemplate
    from delegator.gui.agreements_page import AgreementsPage
    from delegator.gui.assistants_page import AssistantsPage
    from delegator.gui.auto_backup import AutoBackup
    from delegator.gui.board_view import BoardView
    from delegator.gui.readiness_page import ReadinessPage
    from delegator.gui.task_editor import TaskEditor
    from delegator.gui.window_dialogs import WindowDialogs
    from delegator.services.workspace import Workspace


# The start view's rows read before the first paint: more than the tallest screen shows
# (at 100,000 to-dos the whole Inbox took ~150 ms; the rest comes from the warm-up).
START_ROWS = 200


class _WarmUp(QObject):
    """Judges the plan's readiness and reads every to-do on a worker thread (on the
    window's thread they would keep it from answering keystrokes). The verdict comes
    first: what it reads is gone again before the whole list is in memory (at 100,000
    to-dos the two at once took ~20 MiB more). The ORM is not loaded ahead: the first
    change loads it.

    Signals:
        judged(object): the readiness verdict, or None when it could not be read.
        loaded(object): the list's LoadedList, or None when reading failed.
        done(): the worker is done.
    """

    judged = Signal(object)
    loaded = Signal(object)
    done = Signal()

    def __init__(self, judge: Callable[[], Verdict], load: Callable[[], LoadedList] | None) -> None:
        super().__init__()
        self._judge = judge
        self._load = load

    def run(self) -> None:
        # Only a head start: if it fails, the window judges the plan and reads the list
        # itself on its own thread, where a real problem is reported as usual.
        verdict: Verdict | None = None
        with contextlib.suppress(Exception):
            verdict = self._judge()
        self.judged.emit(verdict)
        if self._load is not None:
            result: LoadedList | None = None
            with contextlib.suppress(Exception):
                result = self._load()
            self.loaded.emit(result)
        self.done.emit()


class MainWindow(WindowLayout):
    """One window over one data file.

    Signals:
        started(): the list is on screen and everything is loaded (after the first paint).
        reopened(MainWindow): a new window took this one's place (a new language).
    """

    started = Signal()
    reopened = Signal(object)
    list_controller: ListController
    navigator: Navigator

    def __init__(self, workspace: Workspace, settings_path: Path) -> None:
        self._workspace = workspace
        self._service = service = workspace.tasks
        self._data_file = workspace.data_file
        self.settings_file = settings_path
        self._settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        self._editor: TaskEditor | None = None
        self._warm_up: tuple[QThread, QObject] | None = None
        self._quitting = False
        self._changed_since_warm_up = False  # a judged verdict would then be stale
        # The verdict judged on the warm-up worker, for the corner until the first change.
        self._verdict_ahead: Verdict | None = None
        super().__init__(workspace.clock.today)
        self.runner = ChangeRunner(self)
        self._auto_backup: AutoBackup | None = None
        self.named_actions = build_actions(self, self.runner.undo_stack)
        self.templates_menu = build_menus(self.menuBar(), self.named_actions)["templates"]
        self.view_actions = {view: self.named_actions[f"view:{view.value}"] for view in View}
        self.page_actions = {page: self.named_actions[f"page:{page.value}"] for page in Page}
        self.list_controller = ListController(
            self.table,
            self._model,
            service,
            self.runner.run,
            self.undo_label,
            self.named_actions,
            self.sidebar.assistant_name,
            lambda: self._workspace.followup,
        )
        self.navigator = Navigator(
            self.sidebar,
            self.pages,
            self.table,
            self.search,
            self.list_controller,
            self.view_actions,
            self._build_page,
        )
        self._wire()
        app = QCoreApplication.instance()
        assert app is not None, "a window needs its application"
        app.aboutToQuit.connect(self._on_quitting)
        kind, key = self.saved_entry(self._settings)
        start = View(key) if kind == EntryKind.VIEW else View.DELEGATE
        tasks, view_counts = service.view_start(start, limit=START_ROWS)
        self._model.show_start(start, tasks, view_counts, service.summaries, service.view_counts)
        self._refresh_loads()
        self.restore_state(self._settings, kind, key)
        after_first_paint(self.sidebar.viewport(), self._after_first_paint)

    def _wire(self) -> None:
        self.capture.titles_entered.connect(self._on_capture_titles_entered)
        self.search.textChanged.connect(self._model.set_search)
        self.sidebar.tasks_dropped.connect(self.list_controller.drop_on_entry)
        self.table.doubleClicked.connect(self.open_editor)
        self.verdict_button.clicked.connect(lambda: self.navigator.open_page(Page.READINESS))
        self.templates_menu.aboutToShow.connect(
            lambda: self.dialogs.fill_templates_menu(self.templates_menu, self.add_from_template)
        )
        self._model.modelReset.connect(self._on_model_reset)
        self.table.selectionModel().currentRowChanged.connect(self._show_current_in_editor)
        self.navigator.leaving_list.connect(self._flush_editor)
        self.navigator.page_shown.connect(self._refresh_page)
        self.navigator.task_opened.connect(self._on_task_opened)
        self.navigator.mindset_requested.connect(lambda: self.dialogs.open_mindset_check())
        # Everything that shows stored data follows the one change signal, in this order.
        changes = self.runner.changes_applied
        changes.connect(self.list_controller.apply)
        changes.connect(self._on_changes_applied)
        changes.connect(self._refresh_readiness)
        self.runner.changes_replayed.connect(self.list_controller.select_changed)
        self.runner.not_saved.connect(self.list_controller.reload)
        self.started.connect(lambda: self.auto_backup.start())
        self.task_menus = TaskMenus(self)
        self.empty_actions = EmptyActions(self)

    @property
    def auto_backup(self) -> AutoBackup:
        """The automatic backups, made once the window has started (its module is not
        needed for the first paint)."""
        if self._auto_backup is None:
            from delegator.gui.auto_backup import AutoBackup

            self._auto_backup = AutoBackup(self._workspace, self._settings, self)
        return self._auto_backup

    # Start-up ---------------------------------------------------------------

    def _after_first_paint(self) -> None:
        """Once the list is on screen: every to-do loaded on a worker thread; then the
        editor."""
        if self._quitting:
            return
        worker = _WarmUp(self._workspace.readiness.verdict, self._model.loader())
        self._changed_since_warm_up = False
        worker.judged.connect(self._on_judged)  # a method of the window: queued to its thread
        worker.loaded.connect(self._on_list_loaded)
        worker.done.connect(self._on_warm_up_done)
        self._warm_up = (start_worker(self, worker), worker)

    def _on_judged(self, verdict: Verdict | None) -> None:
        """Keep the worker's verdict unless something changed since it started."""
        if not self._changed_since_warm_up:
            self._verdict_ahead = verdict

    def _on_list_loaded(self, loaded: LoadedList | None) -> None:
        if loaded is None:
            self._model.complete()
        else:
            self._model.complete_from(loaded)

    def _on_quitting(self) -> None:
        """The application quits: a running warm-up is waited for (a QThread must not be
        destroyed while it runs), and none starts any more."""
        self._quitting = True
        self._end_warm_up()

    def _end_warm_up(self) -> None:
        if self._warm_up is not None:
            end_worker(*self._warm_up)
            self._warm_up = None

    def _on_warm_up_done(self) -> None:
        self._end_warm_up()
        from delegator.gui.task_editor import TaskEditor

        editor = TaskEditor(
            self._workspace.tasks,
            self._workspace.assistants,
            self._workspace.triage,
            self.runner.run,
            self,
            followup=lambda: self._workspace.followup,
        )
        editor.addAction(self.named_actions["back"])
        if editor.followup is not None:
            editor.followup.check_in_requested.connect(self.dialogs.open_check_in)
        if editor.feedback is not None:
            self.runner.changes_applied.connect(editor.feedback.apply)
        editor.decision_requested.connect(
            lambda task_id, decision: self.list_controller.decide_ids([task_id], decision)
        )
        self.place_editor(editor)
        self._editor = editor
        current = self.table.currentIndex()
        if current.isValid():
            editor.show_task(self._model.task_at(current.row()).id)
        self._refresh_readiness()
        self.started.emit()
        if not self._settings.value("intro/shown", False, type=bool):
            self.dialogs.show_introduction()

    @cached_property
    def dialogs(self) -> WindowDialogs:
        """The window's dialogs (their code loads on first use: keeps start-up lean)."""
        from delegator.gui.window_dialogs import WindowDialogs

        return WindowDialogs(
            self,
            self._workspace,
            self.runner.run,
            self._settings,
            self._current_editor,
            self.about_text,
        )

    def _current_editor(self) -> TaskEditor | None:
        return self._editor

    @property
    def editor(self) -> TaskEditor:
        """The task editor (built once the window has started)."""
        assert self._editor is not None, "the editor is built after the first paint"
        return self._editor

    # Pages ------------------------------------------------------------------

    def _build_page(self, page: Page) -> QWidget:
        """A page, wired to the parts it acts through and subscribed to the changes."""
        changes = self.runner.changes_applied
        if page is Page.BOARD:
            from delegator.gui.board_view import BoardView

            board = BoardView(self)
            board.decision_requested.connect(self.list_controller.decide_ids)
            board.assign_requested.connect(self.list_controller.assign_ids)
            board.open_requested.connect(self.navigator.open_task)
            self.task_menus.attach_board(board)
            return board
        if page is Page.READINESS:
            from delegator.gui.readiness_page import ReadinessPage

            readiness = ReadinessPage(self)
            readiness.fix_requested.connect(self.navigator.fix)
            readiness.fix_requested.connect(self.dialogs.follow_fix)
            readiness.mindset_requested.connect(self.dialogs.open_mindset_check)
            readiness.describe_requested.connect(self.dialogs.describe_in_a_row)
            return readiness
        if page is Page.ASSISTANTS:
            from delegator.gui.assistants_page import AssistantsPage

            assistants = AssistantsPage(
                self._workspace.assistants,
                self.runner.run,
                self,
                followup=self._workspace.followup,
                tasks=self._workspace.tasks,
            )
            changes.connect(lambda done: assistants.refresh() if done.assistants else None)
            return assistants
        from delegator.gui.agreements_page import AgreementsPage

        agreements = AgreementsPage(self._workspace.profile, self.runner.run, self)
        changes.connect(lambda done: agreements.refresh() if done.profile else None)
        return agreements

    @property
    def readiness_page(self) -> ReadinessPage:
        return cast("ReadinessPage", self.navigator.page(Page.READINESS))

    @property
    def board(self) -> BoardView:
        return cast("BoardView", self.navigator.page(Page.BOARD))

    @property
    def assistants_page(self) -> AssistantsPage:
        return cast("AssistantsPage", self.navigator.page(Page.ASSISTANTS))

    @property
    def agreements_page(self) -> AgreementsPage:
        return cast("AgreementsPage", self.navigator.page(Page.AGREEMENTS))

    def _refresh_page(self) -> None:
        """Bring the page on screen up to date (pages off screen refresh when shown)."""
        if self.navigator.showing(Page.BOARD):
            self.board.set_data(
                self._model.all_tasks(),
                self._workspace.assistants.assistants(include_archived=True),
            )
        if self.navigator.showing(Page.READINESS):
            self._refresh_readiness()

    # Changes ----------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Bring the list, the sidebar, the editor and the pages up to date with a change
        stored without the runner."""
        self.runner.changes_applied.emit(changes)

    def _on_changes_applied(self, changes: Changes) -> None:
        self._changed_since_warm_up = True
        self._verdict_ahead = None
        if changes.tasks or changes.assistants:
            self._refresh_loads()
            self._refresh_page()
        task = self._editor.task if self._editor is not None else None
        if task is not None and changes.assistants:
            self.editor.refresh()
        elif task is not None and task.id in changes.tasks:
            self.editor.sync()

    def _refresh_readiness(self) -> None:
        """The verdict in the corner and the Readiness page follow every change."""
        if self._editor is None:
            return
        from delegator.gui.readiness_style import verdict_colour
        from delegator.text.readiness_text import verdict_label

        readiness = self._workspace.readiness
        if self.navigator.built(Page.READINESS) is not None:
            report = readiness.report()
            self.readiness_page.set_report(report, self._workspace.profile.profile().currency)
            verdict = report.verdict
        else:  # the corner alone needs no findings
            verdict = self._verdict_ahead or readiness.verdict()
        self._verdict_ahead = None
        self.verdict_button.setText(
            self.tr("Readiness: {verdict}").format(verdict=verdict_label(verdict))
        )
        self.verdict_button.setIcon(dot_icon(verdict_colour(verdict, self.palette())))

    def _refresh_loads(self) -> None:
        loads = self._workspace.assistants.loads()
        self.sidebar.set_assistant_loads(loads)
        self._model.set_assistant_names({load.assistant.id: load.assistant.name for load in loads})

    # The list and the editor ----------------------------------------------------

    def _on_model_reset(self) -> None:
        """Counts, the empty hint and the selection follow a reload of the list."""
        self.sidebar.set_counts(self._model.counts())
        self.update_empty_hint()
        self.list_controller.restore_selection()
        # A reset clears the current row without a signal: an emptied list leaves none.
        self._show_current_in_editor()

    def _show_current_in_editor(self) -> None:
        """The editor shows the list's current to-do, or its empty state when the list
        has none (an empty view, a search without hits)."""
        if self._editor is None:
            return
        current = self.table.currentIndex()
        task_id = self._model.task_at(current.row()).id if current.isValid() else None
        shown = self._editor.task.id if self._editor.task is not None else None
        if task_id != shown:
            self._editor.show_task(task_id)

    def focus_capture(self) -> None:
        self.capture.setFocus()
        self.capture.selectAll()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_editor(self) -> None:
        """Open the editor's current tab on the to-do it shows."""
        if self._editor is not None and self._editor.task is not None:
            self._editor.open_tab(self._editor.tabs.currentIndex())

    def _flush_editor(self) -> None:
        if self._editor is not None:
            self._editor.flush()

    def _on_task_opened(self, task_id: int, field: str | None) -> None:
        self.editor.show_task(task_id)
        if field is None:
            self.open_editor()
        else:
            self.editor.focus_field(field)

    def _add(self, label: str, tasks: list[NewTask]) -> list[int] | None:
        """Add to-dos; the Inbox comes on screen unless a view that shows them is."""
        ids = self.list_controller.add(label, tasks)
        if ids is not None and self._model.view not in (View.INBOX, View.ALL):
            self.show_view(View.INBOX)
        return ids

    def _on_capture_titles_entered(self, text: str) -> None:
        titles = titles_from_text(text)
        if not titles:
            return
        label = self.tr("Add %n to-do(s)", "", len(titles))
        if self._add(label, [NewTask(title) for title in titles]) is not None:
            self.capture.clear()
            self.statusBar().showMessage(self.tr("Added %n to-do(s)", "", len(titles)), 4000)

    def add_from_template(self, template: TaskTemplate) -> None:
        """A new to-do described by *template*, selected and open in the editor."""
        from delegator.services.template_service import task_from_template

        details = task_from_template(template)
        label = self.tr("New to-do from template")
        ids = self._add(label, [NewTask(details.title, details=details)])
        if ids:
            self.list_controller.select_ids(ids)
            self.editor.show_task(ids[0])
            self.open_editor()

    def undo_label(self, change: str, count: int) -> str:
        """The undo text of a change to *count* to-dos (a decision's value, "archive" or
        "restore"; see list_controller.UndoLabel)."""
        return {
            "keep": self.tr("Keep %n to-do(s)", "", count),
            "delegate": self.tr("Delegate %n to-do(s)", "", count),
            "undecided": self.tr("Mark %n to-do(s) undecided", "", count),
            "archive": self.tr("Delete %n to-do(s)", "", count),
            "restore": self.tr("Restore %n to-do(s)", "", count),
        }[change]

    # Public API used by tests and the launcher ------------------------------

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    @property
    def settings_store(self) -> QSettings:
        """The window's settings file (settings.ini), as QSettings writes it."""
        return self._settings

    @property
    def model(self) -> TaskTableModel:
        return self._model

    @property
    def undo_stack(self) -> QUndoStack:
        return self.runner.undo_stack

    def show_view(self, view: View) -> None:
        self.navigator.open_view(view)

    def about_text(self) -> str:
        return self.tr(
            "<h3>Delegator {version}</h3>"
            "<p>Decide what to hand off, describe it clearly, check that you are ready, "
            "and hand it over.</p>"
            "<p>Your data stays on this computer, in this file:<br><code>{path}</code></p>"
        ).format(version=__version__, path=self._data_file)

    # Events -----------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # Moving focus ends an open in-place edit, which stores it.
        self.capture.setFocus()
        self._flush_editor()
        self.save_state(self._settings)
        if self._auto_backup is not None:
            self._auto_backup.stop()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._model.set_palette(self.palette())
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.dialogs.open_import(path=Path(urls[0].toLocalFile()))
        else:
            super().dropEvent(event)
