"""A settings.ini edited by hand (or by another program) never stops the window from
starting: each key the window reads, holding a value it cannot use, gives that key's
default."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegator.domain.views import View
from delegator.gui.main_window import MainWindow
from delegator.gui.task_columns import DEFAULT_SHOWN, Column
from delegator.gui.window_layout import DEFAULT_SIZE

from .conftest import OpenWindow

# Every key of settings.ini the window reads at start (the [settings] section is read
# without Qt: tests/test_settings.py).
WINDOW_KEYS = [
    ("window", "geometry"),
    ("window", "splitter"),
    ("window", "list_splitter"),
    ("window", "entry"),
    ("list", "header"),
    ("list", "columns"),
    ("backups", "daily"),
    ("backups", "weekly"),
    ("intro", "shown"),
]


@pytest.mark.parametrize(("group", "key"), WINDOW_KEYS, ids="/".join)
def test_a_garbled_key_opens_the_window_with_its_default(
    tmp_path: Path, open_window: OpenWindow, group: str, key: str
) -> None:
    (tmp_path / "settings.ini").write_text(
        f"[{group}]\n{key}=hello\n" + ("" if group == "intro" else "[intro]\nshown=true\n")
    )
    window = open_window()
    _assert_defaults(window, group, key)


def test_lists_in_place_of_every_key_open_the_window_with_the_defaults(
    tmp_path: Path, open_window: OpenWindow
) -> None:
    groups: dict[str, list[str]] = {}
    for group, key in WINDOW_KEYS:
        groups.setdefault(group, []).append(f"{key}=1, 2")  # QSettings reads a list
    (tmp_path / "settings.ini").write_text(
        "".join(f"[{group}]\n" + "\n".join(lines) + "\n" for group, lines in groups.items())
    )
    window = open_window()
    _assert_defaults(window, "window", "geometry")


def _assert_defaults(window: MainWindow, group: str, key: str) -> None:
    assert window.isVisible()
    shown = {
        Column(section)
        for section in range(len(Column))
        if not window.table.isColumnHidden(section)
    }
    assert shown <= DEFAULT_SHOWN
    assert Column.TITLE in shown
    assert window.sidebar.current_entry() is not None
    if (group, key) == ("window", "geometry"):
        assert (window.width(), window.height()) == DEFAULT_SIZE
    if (group, key) == ("window", "entry"):
        assert window.sidebar.current_entry() == ("view", View.INBOX.value)
