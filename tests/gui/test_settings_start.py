"""At start the window runs with settings.ini's choices; an unreadable file is kept
aside (never written over) and the user is told."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from delegator.gui import launcher, theme
from delegator.runtime import paths, settings
from delegator.runtime.settings import Settings
from delegator.text import i18n

GARBLED = b"\xff\xfe\x00 not an ini file [[[\n"


@pytest.fixture(autouse=True)
def no_window(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> Iterator[list[paths.Paths]]:
    """The start runs up to the window, which is not opened; afterwards the app speaks
    English in its own style again, with the default settings."""
    started: list[paths.Paths] = []

    def run_window(_app: QApplication, where: paths.Paths, _files: object = ()) -> int:
        started.append(where)
        return 0

    monkeypatch.setattr(launcher, "_run_window", run_window)
    monkeypatch.delenv(i18n.ENV_LANGUAGE)
    locale = QLocale()
    yield started
    for translator in qapp.findChildren(QTranslator, i18n.TRANSLATOR_NAME):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    theme.apply_theme(qapp, settings.SYSTEM)
    settings.use(Settings())


def test_the_window_starts_in_the_chosen_language_and_theme(
    tmp_path: Path, qapp: QApplication, qtbot: QtBot
) -> None:
    (tmp_path / "settings.ini").write_text("[settings]\nlanguage=de\ntheme=dark\n")
    assert launcher.launch(str(tmp_path)) == 0
    assert QCoreApplication.translate("MainWindow", "&Edit") == "&Bearbeiten"
    assert theme.is_dark(qapp.palette())
    assert settings.current() == Settings(language="de", theme="dark")


def test_an_unreadable_settings_file_is_kept_and_named(tmp_path: Path, warnings: list[str]) -> None:
    (tmp_path / "settings.ini").write_bytes(GARBLED)
    assert launcher.launch(str(tmp_path)) == 0
    assert len(warnings) == 1
    assert "settings-unreadable.ini" in warnings[0]
    assert (tmp_path / "settings-unreadable.ini").read_bytes() == GARBLED
    assert not (tmp_path / "settings.ini").exists()
    assert settings.current() == Settings()
