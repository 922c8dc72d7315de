"""The first-start introduction: Next, Back, Skip, Enter and Esc, and Start at the end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from delegator.gui.intro_dialog import IntroDialog, IntroPage


@pytest.fixture
def intro(qtbot: QtBot) -> IntroDialog:
    dialog = IntroDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def click(qtbot: QtBot, intro: IntroDialog, name: str) -> None:
    qtbot.mouseClick(getattr(intro, f"{name}_button"), Qt.MouseButton.LeftButton)


def headings(intro: IntroDialog) -> list[str]:
    pages = [intro.stack.widget(i) for i in range(intro.page_count())]
    assert all(isinstance(page, IntroPage) for page in pages)
    return [page.heading.text() for page in pages if isinstance(page, IntroPage)]


def test_four_pages_with_a_heading_each(intro: IntroDialog) -> None:
    assert intro.page_count() == 4
    assert intro.current_page() == 0
    assert headings(intro) == [
        "Ready to hand over work?",
        "From to-do to handover",
        "A few keys do most of the work",
        "Letting go starts in your head",
    ]
    assert intro.position.text() == "1 of 4"
    assert not intro.back_button.isEnabled()
    assert intro.next_button.text() == "Next"


def test_next_and_back_move_between_pages(qtbot: QtBot, intro: IntroDialog) -> None:
    click(qtbot, intro, "next")
    assert intro.current_page() == 1
    assert intro.back_button.isEnabled()
    assert intro.position.text() == "2 of 4"
    click(qtbot, intro, "next")
    click(qtbot, intro, "back")
    assert intro.current_page() == 1
    click(qtbot, intro, "back")
    assert intro.current_page() == 0
    assert not intro.back_button.isEnabled()
    assert intro.isVisible()


def test_enter_advances_even_with_back_focused(qtbot: QtBot, intro: IntroDialog) -> None:
    qtbot.keyClick(intro, Qt.Key.Key_Return)
    assert intro.current_page() == 1
    intro.back_button.setFocus()
    qtbot.keyClick(intro.back_button, Qt.Key.Key_Return)
    assert intro.current_page() == 2
    qtbot.keyClick(intro, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert intro.current_page() == 3


def test_the_last_page_says_start_and_accepts(qtbot: QtBot, intro: IntroDialog) -> None:
    for _ in range(intro.page_count() - 1):
        intro.next_page()
    assert intro.current_page() == 3
    assert intro.next_button.text() == "Start"
    assert intro.position.text() == "4 of 4"
    with qtbot.waitSignal(intro.accepted):
        qtbot.keyClick(intro, Qt.Key.Key_Return)
    assert intro.result() == QDialog.DialogCode.Accepted
    assert not intro.isVisible()


def test_start_button_accepts(qtbot: QtBot, intro: IntroDialog) -> None:
    for _ in range(intro.page_count() - 1):
        click(qtbot, intro, "next")
    with qtbot.waitSignal(intro.accepted):
        click(qtbot, intro, "next")


def test_skip_leaves_from_any_page(qtbot: QtBot, intro: IntroDialog) -> None:
    intro.next_page()
    with qtbot.waitSignal(intro.rejected):
        click(qtbot, intro, "skip")
    assert intro.result() == QDialog.DialogCode.Rejected


def test_escape_skips(qtbot: QtBot, intro: IntroDialog) -> None:
    with qtbot.waitSignal(intro.rejected):
        qtbot.keyClick(intro, Qt.Key.Key_Escape)
    assert not intro.isVisible()


def test_the_keys_page_names_the_keys_that_matter(intro: IntroDialog) -> None:
    page = intro.stack.widget(2)
    assert page is not None
    texts = [child.text() for child in page.findChildren(type(intro.position))]
    for key in ("Enter", "K / D / U", "Esc"):
        assert key in texts
