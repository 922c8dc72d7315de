"""Under German, no window, page, dialog or menu shows a text of the English catalogue.

The walk of ``action_walk`` opens every view and page and triggers every menu action on
the German demo plan; whatever becomes visible on the way (labels, buttons, group boxes,
tab titles, menu actions, table headers, combo box items, window titles, placeholder
texts) is compared with the catalogue: a text that is an English source whose German
translation says something else was left untranslated.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from delegator.gui.main_window import MainWindow
from delegator.services.workspace import Workspace
from delegator.text import i18n

from .action_walk import OFFSCREEN_LIMITS, QtLog, Walk, close, label
from .conftest import CLOCK, OpenWindow

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "delegator_de.ts"

# The same in both languages although German says them otherwise elsewhere.
ALLOWED = {"OK", "Delegator"}

_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """What a user reads: without mnemonics, markup and surrounding space."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if "<" in text:
        text = html.unescape(_TAGS.sub(" ", text))
    return " ".join(text.split())


def untranslated_sources() -> set[str]:
    """English sources whose German says something else or nothing yet, minus every
    German text (a word such as "Status" is a source and a translation at once)."""
    english: set[str] = set()
    german: set[str] = set()
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        if message.get("numerus") == "yes":
            continue
        source = plain(message.findtext("source") or "")
        translation = plain(message.findtext("translation") or "")
        if translation:
            german.add(translation)
        if translation != source:  # not yet translated is shown in English too
            english.add(source)
    return english - german - ALLOWED


def texts_of(top: QWidget) -> Iterator[str]:
    """The texts *top* and its visible widgets show."""
    yield top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(index) for index in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(index) for index in range(widget.count()))
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QAbstractItemView):
            yield from _view_texts(widget)


def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if isinstance(view, QTreeView):
        header = view.header()
    columns = header.count() if header is not None else 1
    if header is not None and not header.isHidden():
        for column in range(columns):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(QModelIndex()), 30)):
        for column in range(columns):
            value = model.data(model.index(row, column))
            if isinstance(value, str):
                yield value


class Seen:
    """Every text shown, with where it was seen first."""

    def __init__(self) -> None:
        self.where: dict[str, str] = {}
        self.step = "the window"

    def collect(self, top: QWidget) -> None:
        for text in texts_of(top):
            shown = plain(text)
            if shown:
                self.where.setdefault(shown, f"{self.step}: {type(top).__name__}")

    def collect_menu(self, menu: QMenu) -> None:
        """The actions of *menu* and of its submenus."""
        for action in menu.actions():
            if not action.isSeparator():
                self.where.setdefault(plain(action.text()), f"menu {plain(menu.title())}")
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                self.collect_menu(submenu)

    def collect_windows(self) -> None:
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and not isinstance(top, QMenu):
                self.collect(top)

    def misses(self) -> list[str]:
        english = untranslated_sources()
        return sorted(
            f"{text!r} in {where}" for text, where in self.where.items() if text in english
        )


class ModalReader:
    """Reads every modal dialog soon after it opens (also inside a blocking ``exec()``),
    then rejects it."""

    def __init__(self, seen: Seen) -> None:
        self.seen = seen
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._read_and_close)

    def _read_and_close(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.seen.collect(modal)
            close(modal)


def german_demo_window(open_window: OpenWindow, tmp_path: Path) -> MainWindow:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    workspace.fill_with_demo("de")
    workspace.close()
    QGuiApplication.clipboard().setText("Druckerpapier bestellen\nRaum buchen\n")
    return open_window()


def click_every_tab(walk: Walk, seen: Seen) -> None:
    """Click through every tab on screen, reading each page as it shows."""
    for bar in walk.window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            position = bar.tabRect(index).center()
            walk.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=position)
            seen.collect(walk.window)


@pytest.fixture
def german(qapp: QCoreApplication) -> Iterator[None]:
    previous = QLocale()
    translators = i18n.install_translator(qapp, "de")
    QLocale.setDefault(QLocale("de_DE"))
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.mark.usefixtures("german")
@pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)
def test_no_english_text_shows_under_german(
    open_window: OpenWindow, tmp_path: Path, qtbot: QtBot, qtlog: QtLog
) -> None:
    walk = Walk(german_demo_window(open_window, tmp_path), qtbot, qtlog)
    seen = Seen()
    reader = ModalReader(seen)
    reader.timer.start()
    try:
        for place in walk.places():
            seen.step = f"open {place.name}"
            walk.step(seen.step, place.go)
            seen.collect(walk.window)
            click_every_tab(walk, seen)
        actions: list[QAction] = []
        for top in walk.window.menuBar().actions():
            menu = top.menu()
            assert isinstance(menu, QMenu)
            seen.where.setdefault(plain(top.text()), "the menu bar")
            actions += walk.menu_actions(menu)  # shows each menu: some fill as they open
            seen.collect_menu(menu)
        for action in actions:
            if not walk.go_where(action.isEnabled):
                continue
            seen.step = label(action)

            def run(action: QAction = action) -> None:
                action.trigger()
                seen.collect_windows()

            walk.step(seen.step, run)
    finally:
        reader.timer.stop()
    assert not walk.failures, "\n".join(walk.failures)
    assert len(seen.where) > 300, "the walk saw the window, its pages and dialogs"
    misses = seen.misses()
    assert not misses, "shown in English:\n" + "\n".join(misses)


def test_plain_reads_as_a_user_does() -> None:
    assert plain("&Speichern") == "Speichern"
    assert plain("Rock && Roll") == "Rock & Roll"
    assert plain("<b>Startklar</b>-Check") == "Startklar -Check"
    assert plain("  Zwei\n Zeilen ") == "Zwei Zeilen"


def test_a_source_that_is_also_a_german_word_is_no_miss() -> None:
    english = untranslated_sources()
    assert "Status" not in english  # "Status" in both
    assert "Board" not in english
    assert "Archive" in english  # "Archiv" in German
