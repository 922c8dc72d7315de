"""Every action of the main window in one table: name, text, shortcuts, slot, menu.

The window's actions and its menu bar are both built from the tables below: adding a
command is one line in ``ACTIONS`` and its name in ``MENUS``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar

from delegator.domain.model import Decision, Status
from delegator.domain.views import View
from delegator.gui.sidebar import Page, page_label, view_label

if TYPE_CHECKING:
    from delegator.gui.main_window import MainWindow

CONTEXT = "MainWindow"  # the translation context of the texts below


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks *text* for the catalogue (lupdate knows this name); it is translated when
    the action is built."""
    return text


Keys = str | QKeySequence.StandardKey


class Scope(Enum):
    """Where an action's shortcut works."""

    WINDOW = "window"  # anywhere in the window
    LIST = "list"  # while the to-do list has focus
    EDITOR = "editor"  # while the editor has focus (the editor adds the action)


class ActionSpec(NamedTuple):
    """One action: *text* is a source text of ``CONTEXT`` or a function giving the
    translated text; *slot* None means the undo stack makes the action."""

    name: str
    text: str | Callable[[], str]
    keys: tuple[Keys, ...]
    slot: Callable[[MainWindow], object] | None
    scope: Scope = Scope.WINDOW
    checkable: bool = False


class Submenu(NamedTuple):
    """A submenu of a menu: the actions named in *entries*, or (none named) filled by
    the window (``MainWindow.menus[name]``)."""

    name: str
    text: str
    entries: tuple[str, ...] = ()


# The views' keys: the five sorting views keep Ctrl+1-5, the follow-up views (added
# later) get their own, and the pages follow the numbers on (Ctrl+6-9).
VIEW_KEYS = {
    View.INBOX: "Ctrl+1",
    View.KEEP: "Ctrl+2",
    View.DELEGATE: "Ctrl+3",
    View.ALL: "Ctrl+4",
    View.ARCHIVE: "Ctrl+5",
    View.CHECK_IN: "Ctrl+Shift+K",
    View.DONE: "Ctrl+Shift+D",
}


def _view_spec(view: View) -> ActionSpec:
    return ActionSpec(
        f"view:{view.value}",
        partial(view_label, view),
        (VIEW_KEYS[view],),
        lambda window: window.navigator.open_view(view),
        checkable=True,
    )


def _page_spec(page: Page, number: int) -> ActionSpec:
    return ActionSpec(
        f"page:{page.value}",
        partial(page_label, page),
        (f"Ctrl+{number}",),
        lambda window: window.navigator.open_page(page),
    )


def _status_spec(status: Status, text: str, keys: tuple[str, ...] = ()) -> ActionSpec:
    return ActionSpec(
        f"status:{status.value}",
        text,
        keys,
        lambda w: w.list_controller.set_status(status),
        Scope.LIST,
    )


# The statuses in the order work goes through them (the Status submenu).
STATUS_ACTIONS = tuple(
    f"status:{status.value}"
    for status in (
        Status.HANDED_OVER,
        Status.IN_PROGRESS,
        Status.DONE,
        Status.REWORK,
        Status.OPEN,
    )
)


def _review_settling_in(window: MainWindow) -> None:
    """The Assistants page, then the settling-in review of the assistant shown there."""
    window.navigator.open_page(Page.ASSISTANTS)
    window.assistants_page.review_settling_in()


def _decide_spec(name: str, text: str, keys: str, decision: Decision) -> ActionSpec:
    return ActionSpec(name, text, (keys,), lambda w: w.list_controller.decide(decision), Scope.LIST)


# The backup and archive windows are not needed for the first paint: loaded on use.
def _open_backups(window: MainWindow) -> None:
    from delegator.gui.backup_restore import open_backups

    open_backups(window)


def _open_plan_archive(window: MainWindow) -> None:
    from delegator.gui.plan_archive_window import open_plan_archive

    open_plan_archive(window)


def _open_settings(window: MainWindow) -> None:
    from delegator.gui.settings_dialog import open_settings

    open_settings(window)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), (QKeySequence.StandardKey.Undo,), None
    ),
    ActionSpec("redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), None),
    ActionSpec(
        "capture",
        QT_TRANSLATE_NOOP("MainWindow", "&New To-do"),
        ("Ctrl+N",),
        lambda w: w.focus_capture(),
    ),
    ActionSpec(
        "import",
        QT_TRANSLATE_NOOP("MainWindow", "&Import…"),
        ("Ctrl+I",),
        lambda w: w.dialogs.open_import(),
    ),
    ActionSpec(
        "import_paste",
        QT_TRANSLATE_NOOP("MainWindow", "Import from &Clipboard…"),
        ("Ctrl+Shift+V",),
        lambda w: w.dialogs.import_clipboard(),
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("MainWindow", "&Export Handover…"),
        ("Ctrl+E",),
        lambda w: w.dialogs.open_export(),
    ),
    ActionSpec(
        "agenda",
        QT_TRANSLATE_NOOP("MainWindow", "Check-in &Agenda…"),
        ("Ctrl+Shift+G",),
        lambda w: w.dialogs.open_agenda(w.list_controller.selected_ids()),
    ),
    ActionSpec(
        "back_up",
        QT_TRANSLATE_NOOP("MainWindow", "&Back Up Now"),
        ("Ctrl+Shift+S",),
        lambda w: w.auto_backup.back_up_now(),
    ),
    ActionSpec(
        "restore_backup",
        QT_TRANSLATE_NOOP("MainWindow", "Restore Bac&kup…"),
        ("Ctrl+Shift+B",),
        _open_backups,
    ),
    ActionSpec(
        "export_whole_plan",
        QT_TRANSLATE_NOOP("MainWindow", "Export &Whole Plan…"),
        ("Ctrl+Shift+E",),
        lambda w: w.dialogs.export_whole_plan(),
    ),
    ActionSpec(
        "open_plan_archive",
        QT_TRANSLATE_NOOP("MainWindow", "&Open Plan Archive…"),
        ("Ctrl+O",),
        _open_plan_archive,
    ),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), ("Ctrl+Q",), lambda w: w.close()),
    ActionSpec(
        "find", QT_TRANSLATE_NOOP("MainWindow", "&Find"), ("Ctrl+F",), lambda w: w.focus_search()
    ),
    ActionSpec(
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "Se&ttings…"),
        (QKeySequence.StandardKey.Preferences, "Ctrl+,"),
        _open_settings,
    ),
    ActionSpec(
        "rename",
        QT_TRANSLATE_NOOP("MainWindow", "&Rename"),
        ("F2",),
        lambda w: w.list_controller.rename_current(),
        Scope.LIST,
    ),
    ActionSpec(
        "describe",
        QT_TRANSLATE_NOOP("MainWindow", "De&scribe"),
        ("Return", "Enter"),
        lambda w: w.open_editor(),
        Scope.LIST,
    ),
    ActionSpec(
        "back",
        QT_TRANSLATE_NOOP("MainWindow", "Back to the &List"),
        ("Escape",),
        lambda w: w.table.setFocus(),
        Scope.EDITOR,
    ),
    ActionSpec(
        "archive",
        QT_TRANSLATE_NOOP("MainWindow", "&Delete to Archive"),
        (QKeySequence.StandardKey.Delete, "Backspace"),
        lambda w: w.list_controller.archive_selected(),
        Scope.LIST,
    ),
    ActionSpec(
        "restore",
        QT_TRANSLATE_NOOP("MainWindow", "Re&store from Archive"),
        ("Ctrl+R",),
        lambda w: w.list_controller.archive_selected(archived=False),
        Scope.LIST,
    ),
    _decide_spec("keep", QT_TRANSLATE_NOOP("MainWindow", "&Keep"), "K", Decision.KEEP),
    _decide_spec("delegate", QT_TRANSLATE_NOOP("MainWindow", "&Delegate"), "D", Decision.DELEGATE),
    _decide_spec(
        "undecided", QT_TRANSLATE_NOOP("MainWindow", "&Undecided"), "U", Decision.UNDECIDED
    ),
    _status_spec(
        Status.HANDED_OVER, QT_TRANSLATE_NOOP("MainWindow", "&Handed Over"), ("Ctrl+Shift+H",)
    ),
    _status_spec(
        Status.IN_PROGRESS, QT_TRANSLATE_NOOP("MainWindow", "In &Progress"), ("Ctrl+Shift+P",)
    ),
    _status_spec(
        Status.DONE, QT_TRANSLATE_NOOP("MainWindow", "&Done"), ("Ctrl+Return", "Ctrl+Enter")
    ),
    _status_spec(
        Status.REWORK, QT_TRANSLATE_NOOP("MainWindow", "Needs &Rework"), ("Ctrl+Shift+R",)
    ),
    _status_spec(
        Status.OPEN,
        QT_TRANSLATE_NOOP("MainWindow", "&Open (Not Handed Over)"),
        ("Ctrl+Shift+O",),
    ),
    ActionSpec(
        "check_in",
        QT_TRANSLATE_NOOP("MainWindow", "Complete Check-&in…"),
        ("Ctrl+K",),
        lambda w: w.dialogs.open_check_in(w.list_controller.current_id()),
        Scope.LIST,
    ),
    ActionSpec(
        "save_template",
        QT_TRANSLATE_NOOP("MainWindow", "Save Description as &Template…"),
        ("Ctrl+Shift+T",),
        lambda w: w.dialogs.save_as_template(),
    ),
    ActionSpec(
        "apply_template",
        QT_TRANSLATE_NOOP("MainWindow", "Appl&y Template…"),
        ("Ctrl+Shift+A",),
        lambda w: w.dialogs.apply_template(w.list_controller.current_id()),
    ),
    ActionSpec(
        "describe_in_a_row",
        QT_TRANSLATE_NOOP("MainWindow", "Describe Delegated To-dos in a Ro&w…"),
        ("Ctrl+Shift+W",),
        lambda w: w.dialogs.describe_in_a_row(w.list_controller.current_id()),
    ),
    ActionSpec(
        "manage_templates",
        QT_TRANSLATE_NOOP("MainWindow", "Mana&ge Templates…"),
        ("Ctrl+Shift+L",),
        lambda w: w.dialogs.open_templates_manager(),
    ),
    ActionSpec(
        "move_up",
        QT_TRANSLATE_NOOP("MainWindow", "Move &Up"),
        ("Ctrl+Up",),
        lambda w: w.list_controller.move_selected(-1),
        Scope.LIST,
    ),
    ActionSpec(
        "move_down",
        QT_TRANSLATE_NOOP("MainWindow", "Move Do&wn"),
        ("Ctrl+Down",),
        lambda w: w.list_controller.move_selected(1),
        Scope.LIST,
    ),
    *(_view_spec(view) for view in View),
    *(_page_spec(page, number) for number, page in enumerate(Page, start=6)),
    ActionSpec(
        "log_feedback",
        QT_TRANSLATE_NOOP("MainWindow", "Log &Feedback…"),
        ("Ctrl+Shift+F",),
        lambda w: w.dialogs.log_feedback(w.list_controller.current_id()),
    ),
    ActionSpec(
        "changes_since_handover",
        QT_TRANSLATE_NOOP("MainWindow", "&Changes Since Handover…"),
        ("Ctrl+Shift+C",),
        lambda w: w.dialogs.show_revision(w.list_controller.current_id()),
    ),
    ActionSpec(
        "review_settling_in",
        QT_TRANSLATE_NOOP("MainWindow", "Review Settling-in &Period…"),
        ("Ctrl+Shift+J",),
        _review_settling_in,
    ),
    ActionSpec(
        "mindset",
        QT_TRANSLATE_NOOP("MainWindow", "&Mindset Check…"),
        ("Ctrl+Shift+M",),
        lambda w: w.dialogs.open_mindset_check(),
    ),
    ActionSpec(
        "intro",
        QT_TRANSLATE_NOOP("MainWindow", "&Introduction"),
        ("Shift+F1",),
        lambda w: w.dialogs.show_introduction(),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("MainWindow", "&About Delegator"),
        ("F1",),
        lambda w: w.dialogs.show_about(),
    ),
)

SEPARATOR = None
Entry = str | Submenu | None

MENUS: tuple[tuple[str, tuple[Entry, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            "capture",
            "import",
            "import_paste",
            "export",
            "agenda",
            SEPARATOR,
            "back_up",
            "restore_backup",
            "export_whole_plan",
            "open_plan_archive",
            SEPARATOR,
            "quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
        (
            "undo",
            "redo",
            SEPARATOR,
            "rename",
            "archive",
            "restore",
            SEPARATOR,
            "find",
            SEPARATOR,
            "settings",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&To-do"),
        (
            "describe",
            "back",
            Submenu("templates", QT_TRANSLATE_NOOP("MainWindow", "New from Te&mplate")),
            "apply_template",
            "describe_in_a_row",
            "save_template",
            "manage_templates",
            SEPARATOR,
            "keep",
            "delegate",
            "undecided",
            SEPARATOR,
            Submenu("status", QT_TRANSLATE_NOOP("MainWindow", "Stat&us"), STATUS_ACTIONS),
            "check_in",
            "log_feedback",
            "changes_since_handover",
            "review_settling_in",
            SEPARATOR,
            "move_up",
            "move_down",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&View"),
        (
            *(f"view:{view.value}" for view in View),
            SEPARATOR,
            *(f"page:{page.value}" for page in Page),
            SEPARATOR,
            "mindset",
        ),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("intro", "about")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def build_actions(window: MainWindow, undo_stack: QUndoStack) -> dict[str, QAction]:
    """The window's actions by name, each attached where its shortcut works."""
    return {spec.name: _build(spec, window, undo_stack) for spec in ACTIONS}


def _build(spec: ActionSpec, window: MainWindow, undo_stack: QUndoStack) -> QAction:
    text = spec.text() if callable(spec.text) else _tr(spec.text)
    if spec.slot is None:
        make = undo_stack.createUndoAction if spec.name == "undo" else undo_stack.createRedoAction
        action = make(window, text)
    else:
        action = QAction(text, window)
        # The slot is called without arguments: ``triggered`` carries the checked state.
        slot = spec.slot
        action.triggered.connect(lambda: slot(window))
    sequences = [QKeySequence(keys) for keys in spec.keys]
    # A standard key may be unbound on this platform, or be one of the others.
    unique = [keys for n, keys in enumerate(sequences) if keys not in sequences[:n]]
    action.setShortcuts([keys for keys in unique if not keys.isEmpty()])
    action.setCheckable(spec.checkable)
    if spec.scope is Scope.WINDOW:
        window.addAction(action)
    else:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if spec.scope is Scope.LIST:
            window.table.addAction(action)
    return action


def build_menus(bar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """Fill the menu bar from ``MENUS``; the submenus by name."""
    submenus: dict[str, QMenu] = {}
    for title, entries in MENUS:
        menu = bar.addMenu(_tr(title))
        for entry in entries:
            if entry is SEPARATOR:
                menu.addSeparator()
            elif isinstance(entry, Submenu):
                submenus[entry.name] = submenu = menu.addMenu(_tr(entry.text))
                for name in entry.entries:
                    submenu.addAction(actions[name])
            else:
                menu.addAction(actions[entry])
    return submenus
