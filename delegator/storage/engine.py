"""The SQLAlchemy engines: pragmas for safety and an explicit BEGIN for real transactions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    """An engine on *path* whose every transaction is a real SQLite transaction.

    pysqlite's own transaction handling is switched off and SQLAlchemy emits the
    ``BEGIN`` itself (the recipe in SQLAlchemy's SQLite dialect docs). A writing engine
    begins ``BEGIN IMMEDIATE``: a failed unit of work, DDL included, is rolled back as a
    whole, and two writers queue behind ``busy_timeout`` instead of failing half way.

    A *read_only* engine begins a deferred ``BEGIN`` and its connections are
    ``query_only``: in WAL mode its transactions take no write lock, never wait for a
    writer, and each sees the one snapshot of the file its first read found.
    """
    engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=1)
    begin = "BEGIN" if read_only else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine
