"""Where Delegator keeps its files: per-user data directory, overridable for tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from delegator.storage.schema import DATA_FILE_NAME

ENV_DATA_DIR = "DELEGATOR_DATA_DIR"


@dataclass(frozen=True, slots=True)
class Paths:
    """Every file and folder of one data directory."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATA_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings(self) -> Path:
        return self.data_dir / "settings.ini"

    @property
    def lock(self) -> Path:
        return self.data_dir / "delegator.lock"


def resolve(data_dir: str | None) -> Paths:
    """``--data-dir`` wins, then ``DELEGATOR_DATA_DIR``, then the per-user data directory."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Paths(Path(chosen).expanduser().absolute())
    import platformdirs

    return Paths(Path(platformdirs.user_data_dir("Delegator", appauthor=False)))
