"""Under German, no window, page, dialog or menu shows English.

The walk of ``action_walk`` opens every view and page, triggers every menu action and
opens the right-click menus of a list row, a board card and the list's header on the
German demo plan; whatever becomes visible on the way (labels, buttons, group boxes,
tab titles, menu actions, table headers, combo box items, window titles, placeholder
texts, the status bar) is compared with the catalogue. A text is left in English when
it is an English source (or a plural form of one) whose German says something else,
or when it holds an English word: a word of the English sources that no German
translation uses and that is not on the allow-list (a string never passed through
``tr()`` is caught so).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication
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
    QStatusBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from delegator.domain.model import Decision
from delegator.domain.views import View
from delegator.gui.main_window import MainWindow
from delegator.gui.sidebar import Page
from delegator.services.workspace import Workspace
from delegator.text import i18n

from .action_walk import OFFSCREEN_LIMITS, QtLog, Walk, close, label
from .conftest import CLOCK, OpenWindow
from .locales import speaking_german

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "delegator_de.ts"

# The same in both languages although German says them otherwise elsewhere.
ALLOWED = {"OK", "Delegator"}

# Words of the English sources a German text may hold: names, product and format
# names, loan words German uses as they are.
ALLOWED_WORDS = {
    "board",
    "blocker",
    "check",
    "delegator",
    "english",
    "mail",
}

# What the walk types into the capture field: the user's words, not the app's.
TYPED = ("Walk the dog", "Water the plants")

_TAGS = re.compile(r"<[^>]+>")
_WORDS = re.compile(r"[^\W\d_]+")
_PLACEHOLDER = re.compile(r"%n|%L?\d|\{\w*\}")  # Qt's and Python's
# Not words of a sentence: a path, a time zone, an e-mail address, an option.
_NOT_PROSE = re.compile(r"\S*[/@]\S*|--\S+")


def plain(text: str) -> str:
    """What a user reads: without mnemonics, markup and surrounding space."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if "<" in text:
        text = html.unescape(_TAGS.sub(" ", text))
    return " ".join(text.split())


def english_words(text: str) -> set[str]:
    """The words of *text* that may be English: ASCII letters only, four or more, not
    in capitals (FILE of the command line), outside placeholders, paths and options."""
    text = _NOT_PROSE.sub(" ", _PLACEHOLDER.sub(" ", text))
    return {
        word.lower()
        for word in _WORDS.findall(text)
        if word.isascii() and len(word) >= 4 and not word.isupper()
    }


def pattern(source: str) -> re.Pattern[str]:
    """*source* as shown: any number for %n, any text for %1, "(s)" there or not."""
    parts = _PLACEHOLDER.split(source)
    holes = _PLACEHOLDER.findall(source)
    regex = re.escape(parts[0])
    for hole, part in zip(holes, parts[1:], strict=True):
        regex += (r"[\d.,\u202f\xa0]+" if hole == "%n" else ".+?") + re.escape(part)
    return re.compile(regex.replace(re.escape("(s)"), "s?"), re.DOTALL)


@dataclass(frozen=True)
class Catalogue:
    """What of the English catalogue must not show under German."""

    sources: set[str]  # whole texts
    patterns: list[tuple[re.Pattern[str], list[re.Pattern[str]]]]  # English, its German
    words: set[str]  # lower case

    def english_in(self, text: str) -> str | None:
        """Why *text* reads as English, or None."""
        if text in self.sources:
            return "an English source"
        for english, german in self.patterns:
            if english.fullmatch(text) and not any(g.fullmatch(text) for g in german):
                return f"the English {english.pattern!r}"
        for typed in TYPED:
            text = text.replace(typed, "")
        found = sorted(english_words(text) & self.words)
        return f"English {', '.join(found)}" if found else None


def read_catalogue() -> Catalogue:
    """The English sources whose German says something else or nothing yet, minus every
    German text (a word such as "Status" is a source and a translation at once); those
    with a number or a value as patterns; their words that German does not use."""
    sources: set[str] = set()
    german: set[str] = set()
    patterns: list[tuple[re.Pattern[str], list[re.Pattern[str]]]] = []
    words: set[str] = set()
    german_words: set[str] = set()
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = plain(message.findtext("source") or "")
        forms = [plain(form.text or "") for form in message.iter("numerusform")]
        if message.get("numerus") != "yes":
            forms = [plain(message.findtext("translation") or "")]
        forms = [form for form in forms if form]
        german.update(forms)
        words |= english_words(source)
        for form in forms:
            german_words |= english_words(form)
        if forms == [source]:  # the same in German
            continue
        if _PLACEHOLDER.search(source) and _WORDS.search(_PLACEHOLDER.sub(" ", source)):
            patterns.append((pattern(source), [pattern(form) for form in forms]))
        else:
            sources.add(source)
    allowed_words = {word.lower() for word in ALLOWED_WORDS}
    return Catalogue(sources - german - ALLOWED, patterns, words - german_words - allowed_words)


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
        elif isinstance(widget, QStatusBar):
            yield widget.currentMessage()


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

    def collect_menu(self, menu: QMenu, name: str = "") -> None:
        """The actions of *menu* and of its submenus (and their tooltips, where it
        shows them)."""
        where = f"menu {name or plain(menu.title())}"
        for action in menu.actions():
            if not action.isSeparator():
                self.where.setdefault(plain(action.text()), where)
                if menu.toolTipsVisible():
                    self.where.setdefault(plain(action.toolTip()), f"tooltip in {where}")
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                self.collect_menu(submenu, plain(submenu.title()))

    def collect_windows(self) -> None:
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and not isinstance(top, QMenu):
                self.collect(top)

    def misses(self) -> list[str]:
        catalogue = read_catalogue()
        found = []
        for text, where in self.where.items():
            why = catalogue.english_in(text)
            if why is not None:
                found.append(f"{text!r} in {where} ({why})")
        return sorted(found)


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


def right_click(widget: QWidget, position: QPoint) -> None:
    """A right click on *widget* (a view's viewport, a header) at *position*."""
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, widget.mapToGlobal(position)
    )
    QApplication.sendEvent(widget, event)


def read_menu(walk: Walk, seen: Seen, menu: QMenu | None, name: str) -> QMenu:
    """Show *menu* and its submenus (some fill as they open) and read them."""
    assert menu is not None, f"no menu {name} opened"
    assert menu.isVisible(), f"the menu {name} is not on screen"
    list(walk.menu_actions(menu))
    seen.collect_menu(menu, name)
    return menu


def read_row_menu_and_undo_line(walk: Walk, seen: Seen) -> None:
    """Right-click the first row of All, read the menu, keep the to-do from it and
    read the status bar's line about it ("1 To-do behalten — Rückgängig")."""
    window = walk.window
    walk.press(window.sidebar, window.view_actions[View.ALL].shortcut())
    table = window.table
    right_click(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    menu = read_menu(walk, seen, window.task_menus.menu, "of a row in the list")
    (keep,) = [a for a in menu.actions() if a is window.named_actions["keep"]]
    keep.trigger()
    menu.close()
    assert window.task_menus.status_undo.isVisible(), "no line about the change"
    seen.step = "the status bar after Keep"
    seen.collect(window.statusBar())


def read_header_menu(walk: Walk, seen: Seen) -> None:
    header = walk.window.table.horizontalHeader()
    right_click(header.viewport(), QPoint(10, header.height() // 2))
    read_menu(walk, seen, walk.window.table.columns.menu, "of the list's header").close()


def read_card_menu(walk: Walk, seen: Seen) -> None:
    window = walk.window
    window.page_actions[Page.BOARD].trigger()
    board = window.board
    (decision, *_) = [d for d in Decision if board.column_model(d).card_count()]
    column = board.column_view(decision)
    right_click(column.viewport(), column.visualRect(column.model().index(0, 0)).center())
    read_menu(walk, seen, window.task_menus.menu, "of a card on the board").close()


@pytest.fixture
def german(qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """German words, German numbers and the German built-in templates."""
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "de")
    with speaking_german(qapp):
        yield


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
        for read in (read_row_menu_and_undo_line, read_header_menu, read_card_menu):
            seen.step = read.__name__
            walk.step(seen.step, partial(read, walk, seen))
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
    catalogue = read_catalogue()
    assert catalogue.english_in("Status") is None  # "Status" in both
    assert catalogue.english_in("Board") is None
    assert catalogue.english_in("Archive") is not None  # "Archiv" in German


def test_plural_forms_are_compared_with_their_german() -> None:
    catalogue = read_catalogue()
    assert catalogue.english_in("3 to-dos") is not None
    assert catalogue.english_in("1 to-do") is not None
    assert catalogue.english_in("3 To-dos") is None
    assert catalogue.english_in("1.234 To-dos") is None


def test_an_english_word_outside_the_catalogue_is_a_miss() -> None:
    catalogue = read_catalogue()
    assert catalogue.english_in("Unbekannt: Settings") is not None  # never through tr()
    assert catalogue.english_in("Einstellungen") is None
    assert catalogue.english_in("Dein Board, deine Blocker") is None  # allowed words
    assert catalogue.english_in("„Walk the dog“ hinzugefügt") is None  # typed by the walk
    assert catalogue.english_in("Datei: /work/main/delegator.sqlite3") is None
    assert catalogue.english_in("America/Swift_Current") is None
