"""Shared fixtures: every test gets its own data directory; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegator.runtime import settings
from delegator.runtime.settings import Settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DELEGATOR_LANG"] = "en"


@pytest.fixture(autouse=True)
def default_settings() -> Iterator[None]:
    """Every test starts, and leaves the process, with the default settings: the
    process-wide choices (``settings.current()``: language, paper, check-in rhythm,
    form of address) that a window, a settings dialog or ``app.main`` put in use."""
    settings.use(Settings())
    yield
    settings.use(Settings())


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("DELEGATOR_DATA_DIR", str(folder))
    return folder
