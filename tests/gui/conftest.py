from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from delegator.domain.clock import Clock
from delegator.domain.model import Decision
from delegator.gui.main_window import MainWindow
from delegator.runtime.resources import resource
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from delegator.storage import database, engine

from .locales import default_locale

OpenWindow = Callable[[], MainWindow]


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> Iterator[None]:
    """The window speaks English as the app makes it: with the English catalogue, which
    holds the plurals ("Import 1 to-do", "Import 2 to-dos")."""
    translator = QTranslator()
    assert translator.load(str(resource("translations", "delegator_en.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


# The day every window and page of the GUI tests lives on: a Monday in Berlin.
CLOCK = Clock.fixed(dt.datetime(2026, 12, 7, 10, 0), ZoneInfo("Europe/Berlin"))


@pytest.fixture
def open_window(tmp_path: Path, qtbot: QtBot) -> Iterator[OpenWindow]:
    """Opens a window on the same data folder each time it is called (close → reopen)."""
    workspaces: list[Workspace] = []

    def _open() -> MainWindow:
        settings = tmp_path / "settings.ini"
        if not settings.exists():
            # The introduction has been seen; tests of the first start remove this.
            settings.write_text("[intro]\nshown=true\n")
        workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
        workspaces.append(workspace)
        window = MainWindow(workspace, tmp_path / "settings.ini")
        qtbot.addWidget(window)
        with qtbot.waitActive(window), qtbot.waitSignal(window.started):
            window.show()
            window.activateWindow()
        return window

    yield _open
    for workspace in workspaces:
        workspace.close()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A data file of its own for a page or dialog tested without the window."""
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    yield workspace
    workspace.close()


@pytest.fixture
def locale_name() -> str:
    """The locale a test types in (with ``typing_locale``); parametrize it to type in
    another."""
    return "en_US"


@pytest.fixture
def typing_locale(locale_name: str) -> Iterator[None]:
    """Widgets made in the test read and show numbers, dates and times as *locale_name*."""
    with default_locale(locale_name):
        yield


@pytest.fixture
def window(open_window: OpenWindow) -> MainWindow:
    return open_window()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan locked by another program is given up on after 0.1 s, not the app's 5 s;
    use it before the window opens (``pytest.mark.usefixtures``)."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)  # its plain sqlite3 writes


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions (QMessageBox.question) are answered No; their texts are recorded."""
    texts: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        texts.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return texts


def record_message_boxes(monkeypatch: pytest.MonkeyPatch, *kinds: str) -> list[str]:
    """The texts of the message boxes of these kinds ("warning", "critical", …) the code
    would show, recorded instead of blocking the test."""
    texts: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> int:
        texts.append(text)
        return 0

    for kind in kinds:
        monkeypatch.setattr(QMessageBox, kind, record)
    return texts


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warnings the window would show."""
    return record_message_boxes(monkeypatch, "warning")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes the launcher would show."""
    return record_message_boxes(monkeypatch, "information", "critical")


def seed(window: MainWindow, *titles: str, decision: Decision = Decision.UNDECIDED) -> list[int]:
    """Add to-dos through the service (not the GUI) and show them."""
    service = window._service
    ids, changes = service.add([NewTask(title, decision) for title in titles])
    window.apply_changes(changes)
    return ids


def visible_titles(window: MainWindow) -> list[str]:
    model = window.model
    return [model.task_at(row).title for row in range(model.rowCount())]


def stored(window: MainWindow) -> list[tuple[str, str, bool]]:
    return [(t.title, t.decision.value, t.archived) for t in window._service.summaries()]
