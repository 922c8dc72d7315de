from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from delegator import __version__
from delegator.gui import crash_dialog


def test_a_bug_shows_its_details_and_copies_them(qtbot: QtBot) -> None:
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        text = crash_dialog.details(type(error), error, error.__traceback__)
    assert "boom in a slot" in text and __version__ in text
    box = crash_dialog.make_dialog(text)
    qtbot.addWidget(box)
    assert box.detailedText() == text
    copy = next(b for b in box.buttons() if b.text() == "Copy Details")
    copy.click()
    assert QGuiApplication.clipboard().text() == text
