"""Start-up: one instance per data folder, clear words about unusable files."""

from __future__ import annotations

import ctypes
import hashlib
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from delegator.gui import launcher
from delegator.runtime import platform_check


def test_a_second_instance_on_the_same_folder_says_so_and_stops(
    tmp_path: Path, qtbot: QtBot, shown: list[str]
) -> None:
    first = QLockFile(str(tmp_path / "delegator.lock"))
    assert first.tryLock(0)
    try:
        assert launcher.launch(str(tmp_path)) == 1
    finally:
        first.unlock()
    assert len(shown) == 1
    assert "already running" in shown[0]
    assert str(tmp_path) in shown[0]
    assert "Not imported" not in shown[0]
    assert not (tmp_path / "delegator.sqlite3").exists()


def test_files_opened_while_a_window_runs_on_the_folder_are_named_as_not_imported(
    tmp_path: Path, qtbot: QtBot, shown: list[str]
) -> None:
    """A file manager's "Open with" while Delegator already runs on that folder: the
    files are not handed over, and the message says which and how to import them."""
    first = QLockFile(str(tmp_path / "delegator.lock"))
    assert first.tryLock(0)
    try:
        files = [tmp_path / "kunden.csv", tmp_path / "todo.txt"]
        assert launcher.launch(str(tmp_path), files) == 1
    finally:
        first.unlock()
    (message,) = shown
    assert "already running" in message
    assert "Not imported: kunden.csv, todo.txt" in message
    assert "File → Import" in message


def test_a_foreign_file_is_named_and_left_untouched(
    tmp_path: Path, qtbot: QtBot, shown: list[str]
) -> None:
    target = tmp_path / "delegator.sqlite3"
    target.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    assert launcher.launch(str(tmp_path)) == 1
    assert len(shown) == 1
    assert str(target) in shown[0]
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["delegator.sqlite3"]


def test_missing_system_libraries_are_named_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = ctypes.CDLL

    def fake_cdll(name: str, *args: Any, **kwargs: Any) -> ctypes.CDLL:
        if name in ("libxcb-cursor.so.0", "libEGL.so.1"):
            raise OSError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(ctypes, "CDLL", fake_cdll)
    missing = platform_check.missing_packages()
    assert "libxcb-cursor0" in missing
    assert "libegl1" in missing
    message = launcher._missing_libraries_message(missing)
    assert "sudo apt-get install" in message
    assert "libxcb-cursor0" in message


def test_the_xcb_check_only_runs_where_qt_would_use_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not platform_check.uses_xcb()
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert platform_check.uses_xcb()
    monkeypatch.setattr(sys, "platform", "win32")
    assert not platform_check.uses_xcb()
