"""Qt's own texts speak German under a German UI: standard buttons, key names in menus."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMessageBox, QStyleOptionMenuItem
from pytestqt.qtbot import QtBot

from delegator.gui.main_window import MainWindow
from delegator.runtime.resources import resource
from delegator.services.workspace import Workspace
from delegator.text import i18n
from tests.test_packaging import bundled_files, run_spec

Speak = Callable[[str], list[QTranslator]]


@pytest.fixture
def speak(qapp: QCoreApplication) -> Iterator[Speak]:
    """Installs the catalogues of a language as the app does; the translators and the
    default locale are restored afterwards."""
    previous = QLocale()
    installed: list[QTranslator] = []

    def install(language: str) -> list[QTranslator]:
        translators = i18n.install_translator(qapp, language)
        installed.extend(translators)
        return translators

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def plain(text: str) -> str:
    return text.replace("&", "")


class ShownMenu(QMenu):
    """A menu that tells what it shows for an action (label, tab, shortcut)."""

    def shown(self, action: QAction) -> str:
        option = QStyleOptionMenuItem()
        self.initStyleOption(option, action)
        return option.text


def test_message_box_and_button_box_speak_german(qtbot: QtBot, speak: Speak) -> None:
    assert len(speak("de")) == 2  # Qt's catalogue and Delegator's
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Delegator",
        "?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    assert plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Ja"
    assert plain(box.button(QMessageBox.StandardButton.No).text()) == "Nein"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert plain(buttons.button(QDialogButtonBox.StandardButton.Cancel).text()) == "Abbrechen"


def test_menus_show_german_key_names(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, speak: Speak
) -> None:
    speak("de")
    window = MainWindow(workspace, tmp_path / "settings.ini")
    qtbot.addWidget(window)
    menu = ShownMenu()
    qtbot.addWidget(menu)
    assert menu.shown(window.named_actions["capture"]) == "&Neues To-do\tStrg+N"
    assert menu.shown(window.named_actions["archive"]).endswith("\tEntf")
    assert menu.shown(window.named_actions["intro"]).endswith("\tUmschalt+F1")
    # Every shortcut the menus show is in the native, translated format.
    for top in window.menuBar().actions():
        submenu = top.menu()
        assert isinstance(submenu, QMenu)
        for action in submenu.actions():
            shortcut = menu.shown(action).partition("\t")[2]
            assert not {"Ctrl", "Shift", "Del", "Backspace"} & set(shortcut.split("+")), (
                action.text(),
                shortcut,
            )


def test_english_keeps_qt_english_and_counts_in_words(qtbot: QtBot, speak: Speak) -> None:
    (ours,) = speak("en")  # Delegator's plurals only, no Qt catalogue
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    # The catalogue it loaded counts in words (the translator leaves %n to the caller).
    keep = [ours.translate("MainWindow", "Keep %n to-do(s)", "", n) for n in (1, 2)]
    assert keep == ["Keep %n to-do", "Keep %n to-dos"]


def test_a_missing_qt_catalogue_is_harmless(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    speak: Speak,
) -> None:
    monkeypatch.setattr(i18n, "qt_catalogue_folders", lambda: [tmp_path / "nowhere"])
    assert len(speak("de")) == 1  # Delegator's own only
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_qts_catalogue_is_found_in_the_next_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, speak: Speak
) -> None:
    """As in a frozen app whose Qt translations folder lacks it: the copy beside
    Delegator's catalogue is used."""
    qt_folder = i18n.qt_catalogue_folders()[0]
    copy = tmp_path / "resources"
    copy.mkdir()
    shutil.copy(qt_folder / "qtbase_de.qm", copy)
    monkeypatch.setattr(i18n, "qt_catalogue_folders", lambda: [tmp_path / "nowhere", copy])
    assert len(speak("de")) == 2
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_a_frozen_app_carries_qts_german_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """The spec copies qtbase_de.qm beside Delegator's catalogue, one of the folders the
    app looks in, whatever Qt's translations path is in the frozen app."""
    assert resource("translations") in i18n.qt_catalogue_folders()
    (analysis,) = run_spec(monkeypatch)["Analysis"]
    assert "resources/translations/qtbase_de.qm" in bundled_files(analysis["datas"])
