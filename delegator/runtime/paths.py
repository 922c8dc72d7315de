"""Where Delegator keeps its files: per-user data and log directories, overridable for tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "DELEGATOR_DATA_DIR"
DATA_FILE_NAME = "delegator.sqlite3"


@dataclass(frozen=True, slots=True)
class Paths:
    """Every file and folder of one data directory, and where crash logs go."""

    data_dir: Path
    log_dir: Path | None = None  # None: the folder "logs" inside data_dir

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

    @property
    def logs(self) -> Path:
        return self.log_dir or self.data_dir / "logs"


class NoFolderGiven(ValueError):
    """``--data-dir`` or ``DELEGATOR_DATA_DIR`` was given, but empty: *source* names which.

    An empty value is a mistake (an unset shell variable), never the per-user folder.
    """

    def __init__(self, source: str) -> None:
        super().__init__(f"{source} is empty")
        self.source = source


def empty_choice(data_dir: str | None) -> str | None:
    """Which of ``--data-dir`` and ``DELEGATOR_DATA_DIR`` is given but empty, or None."""
    if data_dir is not None:
        return "--data-dir" if data_dir == "" else None
    return ENV_DATA_DIR if os.environ.get(ENV_DATA_DIR) == "" else None


def resolve(data_dir: str | None) -> Paths:
    """``--data-dir`` wins, then ``DELEGATOR_DATA_DIR``, then the per-user data directory.

    A chosen data folder also holds the logs (in ``logs/``); the per-user data directory
    comes with the per-user log directory. Raises NoFolderGiven when the one given is empty.
    """
    source = empty_choice(data_dir)
    if source is not None:
        raise NoFolderGiven(source)
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Paths(Path(chosen).expanduser().absolute())
    import platformdirs

    return Paths(
        Path(platformdirs.user_data_dir("Delegator", appauthor=False)),
        Path(platformdirs.user_log_dir("Delegator", appauthor=False)),
    )
