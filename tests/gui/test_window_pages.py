"""The pages reached from the sidebar, working together with the list."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision, Frequency
from delegator.gui.main_window import MainWindow
from delegator.gui.sidebar import EntryKind, Page

from .conftest import seed, stored, visible_titles


def add_assistant(window: MainWindow, assistant: Assistant) -> Assistant:
    added, changes = window._workspace.assistants.add(assistant)
    window.apply_changes(changes)
    return added


def test_an_assistant_over_capacity_is_shown_clearly(window: MainWindow) -> None:
    anna = add_assistant(
        window, Assistant(0, "Anna", weekly_capacity_hours=1.0, hourly_rate_cents=4000)
    )
    (task_id,) = seed(window, "Postfach")
    service = window._service
    task = service.task(task_id)
    changes = service.save(
        replace(
            task,
            decision=Decision.DELEGATE,
            assistant_id=anna.id,
            frequency=Frequency.DAILY,
            minutes_per_occurrence=30,
        )
    )
    window.apply_changes(changes)
    detail, over = window.sidebar.assistant_detail(anna.id) or ("", False)
    assert over
    assert "2.5/1 h" in detail
    assert "€" in detail


def test_the_board_page_takes_one_key_decisions(window: MainWindow, qtbot: QtBot) -> None:
    ids = seed(window, "a", "b")
    window.sidebar.select_entry(EntryKind.PAGE, Page.BOARD.value)
    assert window.pages.currentWidget() is window.board
    column = window.board.column_view(Decision.UNDECIDED)
    column.setFocus()
    assert window.board.select_task(ids[0])
    qtbot.keyClick(column, Qt.Key.Key_D)
    assert [t[1] for t in stored(window)] == ["delegate", "undecided"]
    assert window.board.column_count_text(Decision.DELEGATE).endswith("1")
    window.undo_stack.undo()
    assert [t[1] for t in stored(window)] == ["undecided", "undecided"]


def test_dropping_a_card_onto_an_assistant_delegates_and_assigns_in_one_step(
    window: MainWindow,
) -> None:
    (task_id,) = seed(window, "Belege sortieren")
    anna = add_assistant(window, Assistant(0, "Anna"))
    window.sidebar.select_entry(EntryKind.PAGE, Page.BOARD.value)
    inbox = window.board.column_model(Decision.UNDECIDED)
    mime = inbox.mimeData([inbox.index(inbox.row_of(task_id))])  # type: ignore[arg-type]
    delegate = window.board.column_model(Decision.DELEGATE)
    anna_row = next(
        row for row in range(delegate.rowCount()) if delegate.index(row).data() == "Anna"
    )
    steps = window.undo_stack.count()

    delegate.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, delegate.index(anna_row))

    task = window._service.task(task_id)
    assert (task.decision, task.assistant_id) == (Decision.DELEGATE, anna.id)
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    task = window._service.task(task_id)
    assert (task.decision, task.assistant_id) == (Decision.UNDECIDED, None)


def test_editing_an_assistant_updates_the_sidebar_and_undo_restores_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    anna = add_assistant(window, Assistant(0, "Anna"))
    window.sidebar.select_entry(EntryKind.PAGE, Page.ASSISTANTS.value)
    page = window.assistants_page
    assert page.select_assistant(anna.id)
    name = next(f for f in page.form_fields() if f.accessibleName() == "Name")
    assert isinstance(name, QLineEdit)
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Anna Keller")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert window._workspace.assistants.assistant(anna.id).name == "Anna Keller"
    assert any(
        window.sidebar.item(row).text() == "Anna Keller" for row in range(window.sidebar.count())
    )
    window.undo_stack.undo()
    assert window._workspace.assistants.assistant(anna.id).name == "Anna"


def test_ctrl_e_opens_the_export_dialog(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QKeySequence

    from delegator.gui.export_dialog import ExportDialog

    qtbot.keySequence(window, QKeySequence("Ctrl+E"))
    assert isinstance(window.dialogs.current, ExportDialog)
    assert window.dialogs.current.isVisible()
    window.dialogs.current.reject()


def test_a_file_dropped_on_the_window_opens_the_import(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from delegator.gui.import_dialog import ImportDialog

    todo = tmp_path / "todo.txt"
    todo.write_text("(A) Angebot schreiben +Vertrieb\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(todo))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    dialog = window.dialogs.current
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.rows() != [], timeout=10000)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert [t.title for t in window._service.summaries()] == ["Angebot schreiben"]
    assert visible_titles(window) == ["Angebot schreiben"]  # the list shows it at once
    window.undo_stack.undo()
    assert window._service.summaries() == []
