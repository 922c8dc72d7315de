"""Delegator finds its folders with platformdirs, the maintained fork of the deprecated
appdirs. On Linux the data folder is the one appdirs gives, so data written by an
appdirs-based version is found; the crash-log folder is the one place they differ."""

from __future__ import annotations

import sys
from pathlib import Path

import appdirs
import pytest

from delegator.runtime import paths

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="compares the Linux (XDG) folders"
)

XDG = ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")


@pytest.mark.parametrize("xdg_set", [False, True], ids=["defaults", "xdg-variables"])
def test_the_data_folder_is_the_one_appdirs_gives_and_only_the_logs_differ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg_set: bool
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    for name in XDG:
        if xdg_set:
            monkeypatch.setenv(name, str(tmp_path / name.lower()))
        else:
            monkeypatch.delenv(name, raising=False)
    used = paths.resolve(None)

    assert used.data_dir == Path(appdirs.user_data_dir("Delegator", appauthor=False))
    assert used.database.parent == used.data_dir  # the plan, backups and settings too
    assert used.settings.parent == used.data_dir
    # The one difference (README, "Where your data lives"): appdirs puts logs under the
    # cache folder, platformdirs under the state folder. Only crash logs live there.
    old_logs = Path(appdirs.user_log_dir("Delegator", appauthor=False))
    cache = Path(tmp_path / "xdg_cache_home" if xdg_set else tmp_path / "home" / ".cache")
    state = Path(tmp_path / "xdg_state_home" if xdg_set else tmp_path / "home" / ".local/state")
    assert old_logs == cache / "Delegator" / "log"
    assert used.logs == state / "Delegator" / "log"
