"""Edit → Settings…: a new language reopens the window with nothing lost, the theme
applies at once, and every choice lands in settings.ini."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from delegator.gui import theme
from delegator.gui.main_window import MainWindow
from delegator.gui.settings_dialog import SettingsDialog
from delegator.runtime import settings
from delegator.runtime.settings import Settings
from delegator.services.workspace import Workspace
from delegator.text import i18n

from .action_walk import OFFSCREEN_LIMITS
from .conftest import CLOCK, seed
from .locales import default_locale


@pytest.fixture(autouse=True)
def as_before(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The language comes from the settings (not the tests' DELEGATOR_LANG) on a system
    that speaks English, whatever the machine speaks; afterwards the app speaks English
    again, in its own style and palette, with the defaults."""
    monkeypatch.delenv(i18n.ENV_LANGUAGE)
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    locale = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator, i18n.TRANSLATOR_NAME):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    theme.apply_theme(qapp, settings.SYSTEM)
    settings.use(Settings())


@pytest.fixture
def reopening_window(tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    """A window that may be replaced by a new one (not closed by qtbot, which would
    find it deleted): whichever is on screen at the end is closed."""
    (tmp_path / "settings.ini").write_text("[intro]\nshown=true\n")
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    window = MainWindow(workspace, tmp_path / "settings.ini")
    shown = [window]
    window.reopened.connect(shown.append)
    with qtbot.waitActive(window), qtbot.waitSignal(window.started):
        window.show()
        window.activateWindow()
    yield window
    shown[-1].close()
    shown[-1].deleteLater()
    workspace.close()


def open_settings(window: MainWindow, qtbot: QtBot) -> SettingsDialog:
    """Edit → Settings… as a user opens it from the menu."""
    (edit,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit"]
    assert isinstance(edit, QMenu)
    (item,) = [a for a in edit.actions() if a.text() == "Se&ttings…"]
    item.trigger()
    (dialog,) = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick *text* as a user does with the keyboard: focus, then type its first word."""
    combo.setFocus()
    qtbot.keyClicks(combo, text.split()[0])
    assert combo.currentText() == text


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick *text* from the open list, as a user does (also when it is the one shown):
    F4 opens it, Home and Down go to the item, Return takes it."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_F4)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(combo.model().index(combo.findText(text), 0).row()):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def press_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_a_new_language_keeps_what_was_half_typed(
    reopening_window: MainWindow, qtbot: QtBot
) -> None:
    window = reopening_window
    _, task_id = seed(window, "Post", "Invoices")
    assert window.list_controller.select_ids([task_id])
    window.resize(760, 560)
    view = window.model.view
    editor = window.editor.instructions.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Collect the rece")
    window.capture.setFocus()
    qtbot.keyClicks(window.capture, "Call the bank ab")
    assert menu_titles(window)[:2] == ["&File", "&Edit"]

    dialog = open_settings(window, qtbot)
    choose(qtbot, dialog.language, "Deutsch")
    with qtbot.waitSignal(window.reopened) as reopened:
        press_ok(qtbot, dialog)
    successor = reopened.args[0]
    assert isinstance(successor, MainWindow)
    qtbot.waitSignal(successor.started).wait()

    assert menu_titles(successor)[:2] == ["&Datei", "&Bearbeiten"]
    assert successor.capture.text() == "Call the bank ab"
    assert successor.capture.hasFocus()
    assert successor.list_controller.selected_ids() == [task_id]
    assert successor.editor.instructions.text() == "Collect the rece"
    assert (successor.width(), successor.height()) == (760, 560)
    assert successor.model.view is view
    assert settings.read(successor.settings_file).settings.language == "de"


def test_the_dark_theme_applies_at_once(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_settings(window, qtbot)
    choose(qtbot, dialog.theme, "Dark")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: theme.is_dark(window.palette()))
    assert theme.is_dark(window.table.palette())
    assert settings.read(window.settings_file).settings.theme == "dark"
    dialog = open_settings(window, qtbot)
    choose(qtbot, dialog.theme, "Light")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not theme.is_dark(window.palette()))


@pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)  # the open list
@pytest.mark.parametrize("locale_name", ["en_US", "de_DE"])
def test_paper_and_rhythm_are_stored_and_used(
    window: MainWindow, qtbot: QtBot, locale_name: str
) -> None:
    """The paper the user picks is stored, also where it is the locale's (US Letter in
    the US)."""
    with default_locale(locale_name):
        dialog = open_settings(window, qtbot)
        pick(qtbot, dialog.paper, "US Letter")
        choose(qtbot, dialog.rhythm, "Monthly")
        press_ok(qtbot, dialog)
    expected = Settings(paper="Letter", check_in_rhythm="monthly")
    assert settings.current() == expected
    assert settings.read(window.settings_file).settings == expected


@pytest.mark.parametrize(("locale_name", "shown"), [("en_US", "US Letter"), ("de_DE", "A4")])
def test_a_paper_left_alone_follows_the_locale(
    window: MainWindow, qtbot: QtBot, locale_name: str, shown: str
) -> None:
    with default_locale(locale_name):
        dialog = open_settings(window, qtbot)
        assert dialog.paper.currentText() == shown
        choose(qtbot, dialog.rhythm, "Monthly")
        press_ok(qtbot, dialog)
    assert settings.read(window.settings_file).settings == Settings(check_in_rhythm="monthly")


def test_ctrl_comma_opens_the_settings_and_cancel_changes_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keySequence(window, QKeySequence("Ctrl+,"))
    (dialog,) = window.findChildren(SettingsDialog)
    qtbot.waitExposed(dialog)
    choose(qtbot, dialog.rhythm, "Every two weeks")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settings.current() == Settings()
    assert "[settings]" not in window.settings_file.read_text()
