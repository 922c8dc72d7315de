"""The board driven like a user: cards per column, one-key triage, drag and drop."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision, Frequency, TaskSummary
from delegator.gui.board_column_model import CardGroup, DetailRole
from delegator.gui.board_view import BoardView
from delegator.text.formatting import short_date, weekly_hours

U, K, D = Decision.UNDECIDED, Decision.KEEP, Decision.DELEGATE
ANNA, BEN, OLD = 1, 2, 3

ASSISTANTS = [
    Assistant(ANNA, "Anna Keller"),
    Assistant(BEN, "Ben Wagner"),
    Assistant(OLD, "Frühere Hilfe", archived=True),
]


def _task(
    task_id: int, title: str, decision: Decision, assistant: int | None = None
) -> TaskSummary:
    return TaskSummary(task_id, title, decision, "", assistant, task_id, False)


TASKS = [
    _task(1, "Rechnungen schreiben", D, ANNA),
    _task(2, "Website-Impressum aktualisieren", U),
    _task(3, "Angebot überarbeiten", K),
    _task(4, "Newsletter vorbereiten", D),
    _task(5, "Reisekosten abrechnen", U),
    _task(6, "Belege hochladen", D, ANNA),
    _task(7, "Blogartikel Korrektur lesen", U),
    dataclasses.replace(_task(8, "Altes Angebot", U), archived=True),
    _task(9, "Kundentermin vorbereiten", K),
    _task(10, "Ablage machen", D, OLD),
    _task(11, "Podcast schneiden", D, 42),  # an assistant the board does not know
]

Row = str | tuple[str, int]


def rows(board: BoardView, decision: Decision) -> list[Row]:
    """What a column shows, top to bottom: card titles and (group name, count) headers."""
    model = board.column_model(decision)
    shown: list[Row] = []
    for row in range(model.rowCount()):
        index = model.index(row)
        count = index.data(Qt.ItemDataRole.UserRole + 3)
        title = index.data(Qt.ItemDataRole.DisplayRole)
        shown.append((title, count) if count is not None else title)
    return shown


def titles(board: BoardView, task_ids: Sequence[int]) -> list[str]:
    by_id = {task.id: task.title for task in TASKS}
    return [by_id[task_id] for task_id in task_ids]


class Recorder:
    """Records the board's requests in the order they were emitted."""

    def __init__(self, board: BoardView) -> None:
        self.calls: list[tuple[Any, ...]] = []
        board.decision_requested.connect(
            lambda ids, value: self.calls.append(("decide", ids, value))
        )
        board.assign_requested.connect(lambda ids, who: self.calls.append(("assign", ids, who)))
        board.open_requested.connect(lambda task_id: self.calls.append(("open", task_id)))


@pytest.fixture
def board(qtbot: QtBot) -> BoardView:
    widget = BoardView()
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.set_data(TASKS, ASSISTANTS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def focus_card(board: BoardView, qtbot: QtBot, task_id: int) -> None:
    assert board.select_task(task_id)
    view = next(
        board.column_view(d) for d in (U, K, D) if board.column_model(d).row_of(task_id) is not None
    )
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def drag(board: BoardView, decision: Decision, *task_ids: int) -> QMimeData:
    """The mime data Qt gets from the model when these cards are dragged."""
    model = board.column_model(decision)
    indexes = [model.index(model.row_of(task_id)) for task_id in task_ids]  # type: ignore[arg-type]
    return model.mimeData(indexes)


def header_index(board: BoardView, name: str) -> QModelIndex:
    model = board.column_model(D)
    for row in range(model.rowCount()):
        if (
            model.index(row).data(Qt.ItemDataRole.DisplayRole) == name
            and model.task_at(row) is None
        ):
            return model.index(row)
    raise AssertionError(f"no group {name!r}")


# What the board shows --------------------------------------------------------


def test_columns_show_their_cards_in_list_order_with_counts(board: BoardView) -> None:
    assert rows(board, U) == [
        "Website-Impressum aktualisieren",
        "Reisekosten abrechnen",
        "Blogartikel Korrektur lesen",
    ]
    assert rows(board, K) == ["Angebot überarbeiten", "Kundentermin vorbereiten"]
    assert [board.column_count_text(d) for d in (U, K, D)] == ["3", "2", "5"]
    assert "Altes Angebot" not in rows(board, U)
    assert board.select_task(8) is False


def test_delegated_cards_are_grouped_by_assistant_after_to_be_assigned(board: BoardView) -> None:
    assert rows(board, D) == [
        ("To be assigned", 2),
        "Newsletter vorbereiten",
        "Podcast schneiden",
        ("Anna Keller", 2),
        "Rechnungen schreiben",
        "Belege hochladen",
        ("Ben Wagner", 0),
        # An archived assistant keeps a group only while work is assigned to it.
        ("Frühere Hilfe", 1),
        "Ablage machen",
    ]
    assert [g.assistant_id for g in board.column_model(D).groups()] == [None, ANNA, BEN, OLD]


def test_headers_cannot_be_selected_and_the_models_keep_qts_contract(
    board: BoardView, qtmodeltester: ModelTester
) -> None:
    model = board.column_model(D)
    qtmodeltester.check(model)  # now and after every change below
    board.set_data(TASKS[:4], ASSISTANTS)
    board.set_data(TASKS, ASSISTANTS)
    header = header_index(board, "Anna Keller")
    assert not model.flags(header) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(header) & Qt.ItemFlag.ItemIsDropEnabled


# Keyboard --------------------------------------------------------------------


def test_k_d_u_ask_for_the_decision_and_move_to_the_next_card(
    board: BoardView, qtbot: QtBot
) -> None:
    recorder = Recorder(board)
    focus_card(board, qtbot, 2)
    view = board.column_view(U)
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert recorder.calls == [("decide", [2], "keep")]
    assert board.selected_ids() == [5]
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert recorder.calls[-1] == ("decide", [5], "delegate")
    assert board.selected_ids() == [7]
    # The last card of a column: the selection moves back up.
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert recorder.calls[-1] == ("decide", [7], "keep")
    assert board.selected_ids() == [5]
    # U on an undecided card changes nothing, so nothing is asked.
    qtbot.keyClick(view, Qt.Key.Key_U)
    assert len(recorder.calls) == 3


def test_a_whole_column_is_triaged_without_the_mouse(board: BoardView, qtbot: QtBot) -> None:
    """The window applies each request and reloads; the board stays on the next card."""
    tasks = {task.id: task for task in TASKS}

    def apply(ids: list[int], value: str) -> None:
        for task_id in ids:
            tasks[task_id] = dataclasses.replace(tasks[task_id], decision=Decision(value))
        board.set_data(list(tasks.values()), ASSISTANTS)

    board.decision_requested.connect(apply)
    focus_card(board, qtbot, 2)
    for key in (Qt.Key.Key_D, Qt.Key.Key_K, Qt.Key.Key_D):
        qtbot.keyClick(board.column_view(U), key)
    assert rows(board, U) == []
    assert [tasks[i].decision for i in (2, 5, 7)] == [D, K, D]
    assert "Website-Impressum aktualisieren" in rows(board, D)
    assert board.column_count_text(U) == "0"


def test_arrows_move_between_cards_and_columns_skipping_headers(
    board: BoardView, qtbot: QtBot
) -> None:
    focus_card(board, qtbot, 2)
    qtbot.keyClick(board.column_view(U), Qt.Key.Key_Down)
    assert board.selected_ids() == [5]
    qtbot.keyClick(board.column_view(U), Qt.Key.Key_Right)
    assert board.column_view(K).hasFocus()
    assert len(board.selected_ids()) == 1
    assert board.selected_ids()[0] in (3, 9)
    assert not board.column_view(U).selectionModel().hasSelection()
    qtbot.keyClick(board.column_view(K), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    delegate = board.column_view(D)
    assert delegate.hasFocus()
    focus_card(board, qtbot, 11)
    qtbot.keyClick(delegate, Qt.Key.Key_Down)  # over the "Anna Keller" header
    assert board.selected_ids() == [1]
    qtbot.keyClick(delegate, Qt.Key.Key_Home)
    assert board.selected_ids() == [4]
    qtbot.keyClick(delegate, Qt.Key.Key_End)
    assert board.selected_ids() == [10]
    # Far below the last card of Keep: its last card.
    qtbot.keyClick(delegate, Qt.Key.Key_Left)
    assert board.column_view(K).hasFocus()
    assert board.selected_ids() == [9]
    # The second card of Keep: the second of Undecided, at the same height.
    qtbot.keyClick(board.column_view(K), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert board.column_view(U).hasFocus()
    assert board.selected_ids() == [5]
    # Nowhere further left to go.
    qtbot.keyClick(board.column_view(U), Qt.Key.Key_Left)
    assert board.column_view(U).hasFocus()
    assert board.selected_ids() == [5]


def test_left_and_right_skip_empty_columns(board: BoardView, qtbot: QtBot) -> None:
    board.set_data([t for t in TASKS if t.decision is not K], ASSISTANTS)
    focus_card(board, qtbot, 2)
    qtbot.keyClick(board.column_view(U), Qt.Key.Key_Right)
    assert board.column_view(D).hasFocus()
    assert board.selected_ids() == [4]


def test_enter_and_double_click_open_the_card(board: BoardView, qtbot: QtBot) -> None:
    recorder = Recorder(board)
    focus_card(board, qtbot, 9)
    qtbot.keyClick(board.column_view(K), Qt.Key.Key_Return)
    assert recorder.calls == [("open", 9)]
    view = board.column_view(D)
    model = board.column_model(D)
    card = view.visualRect(model.index(model.row_of(6)))  # type: ignore[arg-type]
    # A real double-click starts with a press, which QTest's mouseDClick leaves out.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card.center())
    assert recorder.calls[-1] == ("open", 6)
    header = view.visualRect(header_index(board, "Ben Wagner"))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=header.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=header.center())
    assert len(recorder.calls) == 2


# Drag and drop ---------------------------------------------------------------


def test_a_drop_onto_another_column_asks_for_its_decision(board: BoardView) -> None:
    recorder = Recorder(board)
    keep = board.column_model(K)
    mime = drag(board, U, 2, 7)
    assert keep.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    dropped = keep.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert recorder.calls == [("decide", [2, 7], "keep")]
    # The board only asks: Qt must not remove the dragged rows itself.
    assert dropped is False
    assert rows(board, U)[0] == "Website-Impressum aktualisieren"


def test_a_drop_onto_an_assistant_asks_only_for_the_assignment(board: BoardView) -> None:
    recorder = Recorder(board)
    model = board.column_model(D)
    mime = drag(board, U, 5)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, header_index(board, "Ben Wagner"))
    # Assigning delegates as well: one change, one undo step.
    assert recorder.calls == [("assign", [5], BEN)]
    model.dropMimeData(drag(board, U, 5), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert recorder.calls[-1] == ("decide", [5], "delegate")  # empty space: only delegate


def test_a_drop_within_the_delegate_column_only_reassigns(board: BoardView) -> None:
    recorder = Recorder(board)
    model = board.column_model(D)
    # Onto a card of Anna's group: the card stands for its group.
    belege = model.index(model.row_of(6))  # type: ignore[arg-type]
    model.dropMimeData(drag(board, D, 4, 11), Qt.DropAction.MoveAction, -1, -1, belege)
    assert recorder.calls == [("assign", [4, 11], ANNA)]
    to_be_assigned = header_index(board, "To be assigned")
    model.dropMimeData(drag(board, D, 1), Qt.DropAction.MoveAction, -1, -1, to_be_assigned)
    assert recorder.calls[-1] == ("assign", [1], None)
    # Back onto its own group, or onto the empty space: nothing to ask.
    model.dropMimeData(drag(board, D, 1), Qt.DropAction.MoveAction, -1, -1, belege)
    model.dropMimeData(drag(board, D, 1), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert len(recorder.calls) == 2


def test_a_real_drop_event_on_a_group_header_reaches_the_model(
    board: BoardView, qtbot: QtBot
) -> None:
    recorder = Recorder(board)
    # The window reloads the board inside its slot, in the middle of Qt's drop handling.
    board.assign_requested.connect(lambda *_: board.set_data(TASKS, ASSISTANTS))
    view = board.column_view(D)
    target = view.visualRect(header_index(board, "Ben Wagner")).center()
    mime = drag(board, K, 3)  # the event only points to it: keep it alive
    event = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    assert recorder.calls == [("assign", [3], BEN)]


def test_a_drop_carrying_nothing_known_asks_nothing(board: BoardView) -> None:
    recorder = Recorder(board)
    garbage = QMimeData()
    garbage.setData("application/x-delegator-task-ids", b"not json")
    board.column_model(K).dropMimeData(garbage, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    unknown = QMimeData()
    unknown.setData("application/x-delegator-task-ids", b"[8, 1000]")  # archived, unknown
    board.column_model(K).dropMimeData(unknown, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert recorder.calls == []


# Reloads ---------------------------------------------------------------------


def test_the_selection_survives_a_reload_and_follows_its_card(
    board: BoardView, qtbot: QtBot
) -> None:
    focus_card(board, qtbot, 5)
    reordered = [_task(12, "Neu erfasst", U), *reversed(TASKS)]
    board.set_data(reordered, ASSISTANTS)
    assert board.selected_ids() == [5]
    assert board.column_view(U).hasFocus()
    # Decided elsewhere (say, by undo): the card is still selected, in its new column.
    moved = [dataclasses.replace(t, decision=K) if t.id == 5 else t for t in TASKS]
    board.set_data(moved, ASSISTANTS)
    assert board.selected_ids() == [5]
    assert board.column_view(K).selectionModel().hasSelection()
    assert board.column_view(K).hasFocus()
    # Gone: a card near where it was is selected instead.
    board.set_data([t for t in moved if t.id != 5], ASSISTANTS)
    assert len(board.selected_ids()) == 1
    assert board.selected_ids()[0] in (3, 9)


def test_a_reload_of_two_thousand_to_dos_is_fast(board: BoardView, qtbot: QtBot) -> None:
    many = [
        _task(
            n, f"Aufgabe {n}: Unterlagen für das Projekt zusammenstellen", (U, K, D)[n % 3], n % 3
        )
        for n in range(1, 2001)
    ]
    board.set_data(many, ASSISTANTS)
    board.select_task(1000)
    started = time.perf_counter()
    board.set_data(many, ASSISTANTS)
    elapsed = time.perf_counter() - started
    assert board.selected_ids() == [1000]
    assert sum(int(board.column_count_text(d)) for d in (U, K, D)) == 2000
    assert isinstance(board.column_model(D).groups()[0], CardGroup)
    assert elapsed < 0.25, f"set_data took {elapsed * 1000:.0f} ms"


def test_a_card_shows_its_assistant_due_date_and_hours_a_week(board: BoardView) -> None:
    described = dataclasses.replace(
        _task(20, "Lohnabrechnung vorbereiten", K, ANNA),
        due=dt.date(2026, 12, 14),
        frequency=Frequency.WEEKLY,
        minutes_per_occurrence=90,
    )
    bare = _task(21, "Ablage", K)
    board.set_data([described, bare], ASSISTANTS)
    view = board.column_view(K)
    model = board.column_model(K)

    detail = model.index(0).data(DetailRole)
    assert detail == f"Anna Keller · due {short_date(dt.date(2026, 12, 14))} · {weekly_hours(1.5)}"
    assert detail in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1).data(DetailRole) == ""
    # The card is one line taller than a card without details: nothing is cut off.
    line = view.fontMetrics().lineSpacing()
    assert (
        view.visualRect(model.index(0)).height() == view.visualRect(model.index(1)).height() + line
    )
