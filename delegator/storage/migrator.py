"""Apply Alembic migrations programmatically; users never see an alembic.ini.

Only imported when the schema is missing or out of date, because Alembic is slow
to import.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from delegator.domain.errors import MigrationFailed
from delegator.storage.engine import make_engine
from delegator.storage.sqlite_errors import one_line

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def backup_copy(source: Path, backups_dir: Path, reason: str, local_now: dt.datetime) -> Path:
    """A consistent copy of *source* made with SQLite's backup API, named with the
    user's wall-clock time *local_now*.

    Raises MigrationFailed (and leaves no partial copy) when the copy cannot be made,
    so no upgrade runs without a backup.
    """
    stamp = local_now.strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{source.stem}-{reason}-{stamp}.sqlite3"
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        # A sqlite3 connection used as a context manager is not closed by it: close both.
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        raise MigrationFailed(
            source, f"no backup copy could be made: {one_line(str(error))}"
        ) from error
    return target


def upgrade(path: Path, revision: str = "head") -> None:
    """Upgrade *path* to *revision* in one transaction, or leave it as it was.

    Foreign keys are off during the migration (batch migrations recreate tables, which
    with foreign keys on would silently delete child rows) and checked before commit.
    """
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise MigrationFailed(path, f"foreign keys broken by migration: {problems[:5]}")
    except MigrationFailed:
        raise
    except Exception as error:
        # The driver's message, not SQLAlchemy's several lines with the SQL and a link.
        reason = error.orig if isinstance(error, DBAPIError) else error
        raise MigrationFailed(path, one_line(str(reason))) from error
    finally:
        engine.dispose()
