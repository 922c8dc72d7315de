"""Dialogs sized for what they show: on a small screen (800 × 600) no taller than the
screen; shrunk as far as they go, their notes still show every line, in English and
German; a sentence or two comes without an empty page around it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QKeySequence, QScreen
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from delegator.domain.model import Decision
from delegator.domain.views import View
from delegator.gui.apply_template_dialog import ApplyTemplateDialog
from delegator.gui.describe_dialog import DescribeDialog
from delegator.gui.main_window import MainWindow
from delegator.gui.revision_dialog import RevisionDialog
from delegator.gui.settings_dialog import SettingsDialog

from .conftest import seed
from .locales import speaking_german

SMALL = QRect(0, 0, 800, 600)


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """The screen the window and its dialogs open on offers 800 × 600."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(SMALL))
    return SMALL


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    if request.param == "en":
        yield "en"
        return
    with speaking_german(qapp):  # restores the locale too, not only the catalogues
        yield "de"


@pytest.mark.usefixtures("language")
def test_settings_shrunk_as_far_as_they_go_show_every_line_of_their_notes(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keySequence(window, QKeySequence("Ctrl+,"))
    (dialog,) = window.findChildren(SettingsDialog)
    qtbot.waitExposed(dialog)

    dialog.resize(dialog.minimumSize())
    qtbot.wait(50)  # the layouts follow the size in posted events

    notes = [note for note in dialog.findChildren(QLabel) if note.wordWrap()]
    assert len(notes) == 3
    for note in notes:
        assert note.height() >= note.heightForWidth(note.width()), note.text()
    combos = [dialog.language, dialog.theme, dialog.paper, dialog.address, dialog.rhythm]
    for note in notes:  # no note runs into the row below it
        bottom = note.mapTo(dialog, note.rect().bottomLeft()).y()
        below = [c.mapTo(dialog, c.rect().topLeft()).y() for c in combos]
        below = [top for top in below if top > note.mapTo(dialog, note.rect().topLeft()).y()]
        assert all(bottom < top for top in below), note.text()


def test_describing_in_a_row_opens_within_a_small_screen(
    small_screen: QRect, window: MainWindow, qtbot: QtBot
) -> None:
    seed(window, "Water the plants", decision=Decision.DELEGATE)

    window.named_actions["describe_in_a_row"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.dialogs.current, DescribeDialog))
    dialog = window.dialogs.current
    assert isinstance(dialog, DescribeDialog)
    qtbot.waitExposed(dialog)

    # Its title bar and the screen's edges take a little more than the dialog itself.
    assert dialog.height() < small_screen.height()
    assert dialog.width() < small_screen.width()


def test_changes_since_handover_with_nothing_to_compare_open_no_larger_than_their_words(
    window: MainWindow, qtbot: QtBot
) -> None:
    (task_id,) = seed(window, "Water the plants", decision=Decision.DELEGATE)
    window.show_view(View.DELEGATE)
    assert window.list_controller.select_ids([task_id])

    window.named_actions["changes_since_handover"].trigger()
    dialog = window.dialogs.current
    assert isinstance(dialog, RevisionDialog)
    qtbot.waitExposed(dialog)

    assert "has not been handed over yet" in dialog.summary.text()
    assert dialog.height() < 200  # no empty page below the sentence
    for label in (dialog.summary, *dialog.findChildren(QLabel)):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


@pytest.mark.usefixtures("language")
def test_apply_template_shrunk_as_far_as_it_goes_shows_every_line(
    window: MainWindow, qtbot: QtBot
) -> None:
    (task_id,) = seed(window, "Keep the client list up to date with every new enquiry")
    assert window.list_controller.select_ids([task_id])

    window.named_actions["apply_template"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.dialogs.current, ApplyTemplateDialog))
    dialog = window.dialogs.current
    assert isinstance(dialog, ApplyTemplateDialog)
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.minimumSize())
    qtbot.wait(50)  # the layouts follow the size in posted events

    for label in (dialog.intro, dialog.suggestion_note, dialog.preview):
        if label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert dialog.list.height() >= dialog.list.minimumSizeHint().height()
