"""German chosen in the settings on an English system: what the window makes in "the
app's language" is German too (the built-in templates, the demo plan), not only its
menus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from delegator.exchange.demo_data import load_demo
from delegator.gui import launcher
from delegator.gui.main_window import MainWindow
from delegator.runtime import paths
from delegator.runtime.resources import resource
from delegator.text import i18n

from .action_walk import OFFSCREEN_LIMITS
from .conftest import CLOCK, OpenWindow
from .helpers import open_menu

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)


@pytest.fixture
def german_window(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, open_window: OpenWindow
) -> Iterator[MainWindow]:
    """The window as the app starts it on *tmp_path*, whose settings choose German, on
    a system that speaks English; afterwards the app speaks English again."""
    (tmp_path / "settings.ini").write_text("[settings]\nlanguage=de\n[intro]\nshown=true\n")
    monkeypatch.delenv(i18n.ENV_LANGUAGE)
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    locale = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    opened: list[MainWindow] = []

    def run_window(_app: QApplication, _where: paths.Paths, _files: object = ()) -> int:
        opened.append(open_window())
        return 0

    monkeypatch.setattr(launcher, "_run_window", run_window)
    assert launcher.launch(str(tmp_path)) == 0
    yield opened[0]
    for translator in qapp.findChildren(QTranslator, i18n.TRANSLATOR_NAME):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_new_from_template_offers_the_german_templates(german_window: MainWindow) -> None:
    # As when the user opens To-do → Neu aus Vorlage.
    offered = [action.text() for action in open_menu(german_window.templates_menu)]
    german = [t.name for t in german_window.workspace.templates.builtin("de")]
    english = [t.name for t in german_window.workspace.templates.builtin("en")]
    assert offered == german
    assert offered != english


def test_the_demo_button_loads_the_german_demo(german_window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(german_window.empty_actions.demo_button, Qt.MouseButton.LeftButton)
    loaded = {task.title for task in german_window.workspace.tasks.summaries()}
    demo = load_demo(resource("demo", "demo.json"), "de", CLOCK.today())
    assert loaded == {task.title for task, _ in demo.tasks}
