"""Keep or delegate where the decision is made: the editor's strip under its header shows
the helper's key questions and the Keep and Delegate buttons for an undecided to-do, and
a decided to-do's decision with the buttons that change it; the fields below never move."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from delegator.domain.model import Decision
from delegator.domain.triage import TriageAnswers
from delegator.domain.views import View
from delegator.gui.main_window import MainWindow
from delegator.gui.task_columns import Column

from .conftest import seed, visible_titles
from .helpers import choose_data


def position(widget: QWidget, window: MainWindow) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


def gap_under_text(text: QLabel, button: QPushButton) -> int:
    return (
        button.mapTo(text.window(), QPoint(0, 0)).y()
        - text.mapTo(text.window(), QPoint(0, text.height())).y()
    )


def select(window: MainWindow, title: str) -> int:
    row = visible_titles(window).index(title)
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(row, 0))
    return row


def test_an_undecided_to_do_shows_the_questions_and_delegate_stores_without_moving_the_fields(
    window: MainWindow, qtbot: QtBot
) -> None:
    seed(window, "Book the flights", "Sort the receipts")
    window.show_view(View.ALL)
    row = select(window, "Sort the receipts")
    editor = window.editor
    strip = editor.decision
    assert strip.isVisible()
    assert "Keep or delegate?" in strip.text.text()
    assert "explain it in writing in 30 minutes" in strip.text.text()
    assert strip.keep.isVisible()
    assert strip.keep.text() == "Keep (K)"
    assert strip.delegate.isVisible()
    assert strip.delegate.text() == "Delegate (D)"
    assert not strip.undecided.isVisible()
    fields = [editor.sections, editor.tabs, editor.instructions.editor]
    before = [position(widget, window) for widget in fields]
    strip_height = strip.height()

    qtbot.mouseClick(strip.delegate, Qt.MouseButton.LeftButton)

    task_id = window.model.task_at(row).id
    assert window._service.task(task_id).decision is Decision.DELEGATE
    dot = window.model.index(row, Column.DECISION)
    assert dot.data(Qt.ItemDataRole.ToolTipRole) == "Delegate"
    qtbot.waitUntil(lambda: "Delegated" in strip.text.text())
    assert "Keep or delegate?" not in strip.text.text()
    assert strip.keep.isVisible()
    assert strip.undecided.isVisible()
    assert not strip.delegate.isVisible()
    assert strip.height() == strip_height
    assert [position(widget, window) for widget in fields] == before
    # The shorter sentence leaves no empty band between it and its buttons: the room
    # it does not need is blank under the strip's frame.
    assert gap_under_text(strip.text, strip.keep) <= 8
    assert strip.blank.height() > 0

    window.undo_stack.undo()
    assert window._service.task(task_id).decision is Decision.UNDECIDED
    qtbot.waitUntil(lambda: "Keep or delegate?" in strip.text.text())
    assert [position(widget, window) for widget in fields] == before


def test_k_in_the_list_shows_the_decision_and_undecided_changes_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    (task_id,) = seed(window, "Plan the team day")
    window.show_view(View.ALL)
    select(window, "Plan the team day")
    strip = window.editor.decision
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert window._service.task(task_id).decision is Decision.KEEP
    qtbot.waitUntil(lambda: strip.text.text() == "Kept: you do it yourself.")
    assert strip.delegate.isVisible()
    assert not strip.keep.isVisible()
    qtbot.mouseClick(strip.undecided, Qt.MouseButton.LeftButton)
    assert window._service.task(task_id).decision is Decision.UNDECIDED
    qtbot.waitUntil(lambda: strip.keep.isVisible() and strip.delegate.isVisible())


def test_the_strip_names_the_helpers_suggestion_and_opens_all_its_questions(
    window: MainWindow, qtbot: QtBot
) -> None:
    _, task_id = seed(window, "Plan the team day", "Answer the routine e-mails")
    window.show_view(View.ALL)
    select(window, "Plan the team day")
    window._workspace.triage.save_answers(
        task_id,
        TriageAnswers(hours_per_month=8, needs_my_expertise=False, explainable_in_30_minutes=True),
    )
    select(window, "Answer the routine e-mails")
    strip = window.editor.decision
    assert "The helper suggests: Delegate." in strip.text.text()
    assert strip.delegate.font().bold()
    assert not strip.keep.font().bold()
    qtbot.mouseClick(strip.questions, Qt.MouseButton.LeftButton)
    assert window.editor.tabs.currentWidget() is window.editor.triage_page
    assert window.editor.triage.hours.hasFocus()
    # Answering there updates the strip at once.
    expertise = window.editor.triage.expertise
    choose_data(qtbot, expertise, True)
    assert "The helper suggests: Keep." in strip.text.text()
    assert window._service.task(task_id).decision is Decision.UNDECIDED  # it never decides
