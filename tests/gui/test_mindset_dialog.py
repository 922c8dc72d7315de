"""The mindset check dialog driven like a user: keys, clicks, hints, saving, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from delegator.domain.clock import Clock
from delegator.domain.mindset import MindsetCheck, MindsetStatement
from delegator.gui.mindset_dialog import MindsetDialog
from delegator.services.workspace import Workspace

from .helpers import StackRunner, focused

ALL = list(MindsetStatement)
BEST, EXPLAIN, FEEDBACK, COSTS, CHECK = ALL
FIRST_DAY = dt.datetime(2025, 9, 1, 8, 30)
BERLIN_SUMMER = dt.timedelta(hours=2)


@pytest.fixture
def runner() -> StackRunner:
    return StackRunner()


OpenDialog = Callable[..., MindsetDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot, workspace: Workspace, runner: StackRunner) -> OpenDialog:
    def _open(when: dt.datetime = FIRST_DAY) -> MindsetDialog:
        dialog = MindsetDialog(workspace.readiness, runner, clock=Clock.fixed(when, dt.UTC))
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return _open


@pytest.fixture
def dialog(open_dialog: OpenDialog) -> MindsetDialog:
    return open_dialog()


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        widget = focused()
        assert widget is not None
        qtbot.keyClick(widget, key)


def answer_all(dialog: MindsetDialog, values: tuple[int, ...]) -> None:
    for statement, value in zip(ALL, values, strict=True):
        dialog.set_answer(statement, value)


def save(qtbot: QtBot, dialog: MindsetDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def stored(workspace: Workspace) -> list[dict[MindsetStatement, int]]:
    return [dict(check.answers) for _, check in workspace.readiness.mindset_checks()]


def visible_hints(dialog: MindsetDialog) -> list[MindsetStatement]:
    return [s for s in ALL if dialog.hints[s].isVisible()]


def test_the_five_thoughts_are_shown_with_a_privacy_note(dialog: MindsetDialog) -> None:
    assert [dialog.statement_text(s) for s in ALL] == [
        "I do it best myself.",
        "I don't want to explain it.",
        "I don't want to give feedback.",
        "Handing over costs me more time, money and stress in the end.",
        "I must check every single step.",
    ]
    assert dialog.privacy_note.isVisible()
    assert "never" in dialog.privacy_note.text()
    assert "first check" in dialog.previous_note.text()
    assert dialog.history_labels == []
    assert not any(label.isVisible() for label in dialog.change_labels.values())


def test_every_answer_button_has_its_own_accessible_name(dialog: MindsetDialog) -> None:
    names = [button.accessibleName() for s in ALL for button in dialog.rows[s].buttons]
    assert len(names) == 25
    assert len(set(names)) == 25
    assert names[0] == "Strongly disagree (1 of 5): I do it best myself."
    assert names[24] == "Strongly agree (5 of 5): I must check every single step."


def test_answering_by_keyboard(qtbot: QtBot, dialog: MindsetDialog) -> None:
    first_row = dialog.rows[BEST].buttons
    assert focused() is first_row[0]
    # Arrow keys move within the row without choosing; Space chooses.
    press(qtbot, Qt.Key.Key_Right, 3)
    assert focused() is first_row[3]
    assert dialog.answers() == {}
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.answers() == {BEST: 4}
    # Once chosen, an arrow key changes the answer.
    press(qtbot, Qt.Key.Key_Right)
    assert dialog.answers() == {BEST: 5}
    # Tab goes to the next statement, not to the next button of the row.
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.rows[EXPLAIN].buttons[0]
    press(qtbot, Qt.Key.Key_2)
    assert focused() is dialog.rows[EXPLAIN].buttons[1]
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_4):
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, key)
    assert dialog.answers() == {BEST: 5, EXPLAIN: 2, FEEDBACK: 1, COSTS: 3, CHECK: 4}
    # Shift+Tab comes back to the chosen button of the row before.
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is dialog.rows[COSTS].buttons[2]
    # Enter presses Save once all five are answered.
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_save_is_enabled_only_when_all_five_are_answered(
    qtbot: QtBot, dialog: MindsetDialog, workspace: Workspace
) -> None:
    assert not dialog.save_button.isEnabled()
    assert dialog.incomplete_note.isVisible()
    for statement in ALL[:-1]:
        dialog.set_answer(statement, 3)
        assert not dialog.save_button.isEnabled()
    save(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert stored(workspace) == []
    dialog.set_answer(CHECK, 1)
    assert dialog.save_button.isEnabled()
    assert not dialog.incomplete_note.isVisible()


@pytest.mark.parametrize("value", [1, 2, 3, 4, 5])
def test_a_coaching_hint_appears_exactly_for_agreeing(dialog: MindsetDialog, value: int) -> None:
    assert visible_hints(dialog) == []
    dialog.set_answer(FEEDBACK, value)
    assert visible_hints(dialog) == ([FEEDBACK] if value >= 4 else [])
    assert dialog.summary.isVisible() == (value >= 4)


def test_hints_follow_the_answers_as_they_change(qtbot: QtBot, dialog: MindsetDialog) -> None:
    answer_all(dialog, (5, 1, 4, 3, 2))
    assert visible_hints(dialog) == [BEST, FEEDBACK]
    assert "settling-in period" in dialog.hints[BEST].text()
    assert "weekly" in dialog.hints[FEEDBACK].text()
    qtbot.mouseClick(dialog.button_for(BEST, 2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.button_for(CHECK, 4), Qt.MouseButton.LeftButton)
    assert visible_hints(dialog) == [FEEDBACK, CHECK]
    assert "checkpoints" in dialog.hints[CHECK].text()
    texts = {dialog.hints[s].text() for s in ALL}
    assert len(texts) == 5
    assert all(texts)


def test_save_stores_the_check_and_closes(
    qtbot: QtBot, dialog: MindsetDialog, workspace: Workspace, runner: StackRunner
) -> None:
    answer_all(dialog, (5, 4, 3, 2, 1))
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert not dialog.isVisible()
    assert runner.labels == ["Take the mindset check"]
    [(_, check)] = workspace.readiness.mindset_checks()
    assert check.taken_at == FIRST_DAY
    assert check.answers == tuple(zip(ALL, (5, 4, 3, 2, 1), strict=True))
    assert check.agreed() == [BEST, EXPLAIN]
    # The rules see it on the user's wall clock (the tests' clock is in Berlin, UTC+2).
    assert workspace.readiness.plan().mindset == replace(check, taken_at=FIRST_DAY + BERLIN_SUMMER)


def test_a_second_check_shows_the_change_since_the_first(
    qtbot: QtBot, open_dialog: OpenDialog, workspace: Workspace
) -> None:
    first = open_dialog()
    answer_all(first, (5, 3, 4, 2, 5))
    save(qtbot, first)

    second = open_dialog(FIRST_DAY + dt.timedelta(days=30))
    assert "Your last check was on" in second.previous_note.text()
    # A retake starts from the last answers.
    assert second.answers() == dict(zip(ALL, (5, 3, 4, 2, 5), strict=True))
    assert second.button_for(BEST, 5).isChecked()
    assert second.save_button.isEnabled()
    assert visible_hints(second) == [BEST, FEEDBACK, CHECK]
    assert second.change_labels[BEST].text() == "unchanged at 5"
    second.set_answer(BEST, 3)
    second.set_answer(EXPLAIN, 4)
    second.set_answer(FEEDBACK, 4)
    assert second.change_labels[BEST].text() == "was 5, now 3 ↓"
    assert second.change_labels[EXPLAIN].text() == "was 3, now 4 ↑"
    assert second.change_labels[FEEDBACK].text() == "unchanged at 4"
    assert second.change_labels[COSTS].text() == "unchanged at 2"
    [line] = [label.text() for label in second.history_labels]
    assert line.endswith(": 3 of 5 statements agreed")
    second.set_answer(COSTS, 1)
    second.set_answer(CHECK, 2)
    save(qtbot, second)

    third = open_dialog(FIRST_DAY + dt.timedelta(days=60))
    lines = [label.text() for label in third.history_labels]
    assert [line.split(": ")[1] for line in lines] == [
        "2 of 5 statements agreed",
        "3 of 5 statements agreed",
    ]
    assert stored(workspace)[0] == dict(zip(ALL, (3, 4, 4, 1, 2), strict=True))


def test_cancel_stores_nothing(
    qtbot: QtBot, open_dialog: OpenDialog, workspace: Workspace, runner: StackRunner
) -> None:
    dialog = open_dialog()
    answer_all(dialog, (5, 5, 5, 5, 5))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog = open_dialog()
    answer_all(dialog, (1, 1, 1, 1, 1))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert stored(workspace) == []
    assert runner.labels == []


def test_undo_removes_the_check_and_redo_brings_it_back(
    qtbot: QtBot, dialog: MindsetDialog, workspace: Workspace, runner: StackRunner
) -> None:
    answer_all(dialog, (4, 4, 2, 2, 1))
    save(qtbot, dialog)
    [(check_id, _)] = workspace.readiness.mindset_checks()
    assert runner.stack.undoText() == "Take the mindset check"
    runner.stack.undo()
    assert workspace.readiness.mindset_checks() == []
    assert workspace.readiness.plan().mindset is None
    runner.stack.redo()
    [(again_id, check)] = workspace.readiness.mindset_checks()
    assert again_id == check_id
    assert check == MindsetCheck(FIRST_DAY, tuple(zip(ALL, (4, 4, 2, 2, 1), strict=True)))


def test_a_new_hint_shows_in_its_panel_without_moving_the_statements(
    qtbot: QtBot, dialog: MindsetDialog
) -> None:
    for statement in (BEST, EXPLAIN, FEEDBACK, COSTS):
        dialog.set_answer(statement, 5)
    hint = dialog.hints[CHECK]
    row = dialog.rows[CHECK]
    where = row.mapTo(dialog, row.rect().topLeft())
    dialog.set_answer(CHECK, 5)
    qtbot.waitUntil(lambda: hint.visibleRegion().boundingRect() == hint.rect())
    assert row.mapTo(dialog, row.rect().topLeft()) == where


def test_clicking_the_statements_in_a_row_answers_each_one_clicked(
    qtbot: QtBot, dialog: MindsetDialog
) -> None:
    """Where each answer is on screen is taken before the first click: a hint that
    appeared in between would otherwise make the next click land on another row."""
    wanted = dict(zip(ALL, (5, 4, 5, 2, 4), strict=True))
    aimed = {
        statement: dialog.button_for(statement, value).mapTo(
            dialog, dialog.button_for(statement, value).rect().center()
        )
        for statement, value in wanted.items()
    }
    for statement in ALL:
        target = dialog.childAt(aimed[statement])
        assert target is not None
        qtbot.mouseClick(
            target, Qt.MouseButton.LeftButton, pos=target.mapFrom(dialog, aimed[statement])
        )
    assert dialog.answers() == wanted
    assert visible_hints(dialog) == [BEST, EXPLAIN, FEEDBACK, CHECK]
