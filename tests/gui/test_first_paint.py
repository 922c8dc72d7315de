from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from delegator.gui.first_paint import after_first_paint
from delegator.gui.launcher import app_icon


def test_the_callback_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    label = QLabel("hello")
    qtbot.addWidget(label)
    calls: list[int] = []
    after_first_paint(label, lambda: calls.append(1))
    assert calls == []
    label.show()
    qtbot.waitUntil(lambda: calls == [1])
    label.repaint()
    qtbot.wait(20)
    assert calls == [1]


def test_the_app_icon_has_every_size_for_high_dpi_screens() -> None:
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 64, 256} <= sizes
