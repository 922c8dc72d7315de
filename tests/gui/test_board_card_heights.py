"""Board cards in a narrow window: a title that wraps makes its card taller, so no card
is drawn over the next one."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from delegator.domain.model import Decision, TaskSummary
from delegator.gui.board_view import BoardView

LONG = "Website-Impressum und Datenschutzerklärung für die neue Adresse aktualisieren"


def _undecided(task_id: int, title: str) -> TaskSummary:
    return TaskSummary(task_id, title, Decision.UNDECIDED, "", None, task_id, False)


def card_rects(view: QListView) -> list[QRect]:
    model = view.model()
    return [view.visualRect(model.index(row, 0)) for row in range(model.rowCount())]


def needed_heights(view: QListView) -> list[int]:
    """The height each card needs at the column's present width."""
    model = view.model()
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    delegate = view.itemDelegate()
    return [
        delegate.sizeHint(option, model.index(row, 0)).height() for row in range(model.rowCount())
    ]


def test_a_wrapped_title_makes_its_card_taller_in_a_narrow_board(qtbot: QtBot) -> None:
    board = BoardView()
    qtbot.addWidget(board)
    board.resize(800, 600)
    tasks = [_undecided(n, LONG if n % 3 == 0 else f"Short to-do {n}") for n in range(1, 40)]
    board.set_data(tasks[:2], [])
    board.show()
    qtbot.waitExposed(board)
    board.set_data(tasks, [])  # more cards arrive: the column's scroll bar appears
    view = board.column_view(Decision.UNDECIDED)
    qtbot.waitUntil(view.verticalScrollBar().isVisible)  # the column scrolls: cards narrow

    def laid_out() -> None:
        rects = card_rects(view)
        assert [r.height() for r in rects] == needed_heights(view)
        for above, below in itertools.pairwise(rects):
            assert not above.intersects(below)

    qtbot.waitUntil(laid_out)
    long_rows = [row for row, task in enumerate(tasks) if task.title == LONG]
    short_rows = [row for row, task in enumerate(tasks) if task.title != LONG]
    rects = card_rects(view)
    assert rects[long_rows[0]].height() > rects[short_rows[0]].height()

    board.resize(1280, 800)
    qtbot.waitUntil(laid_out)
