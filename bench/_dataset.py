"""Build a Delegator data folder with many to-dos, through the real schema.

The file is created by ``Database.open`` (so Alembic lays down exactly the schema a user
gets), then the ``tasks`` table is filled with one ``executemany``: every NOT NULL
column gets a sensible value, decisions are mixed, a share is archived. The file is left
in WAL mode, as it is after the app has written to it once.

Used by startup.py and search.py; never part of the test suite.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sqlite3
from pathlib import Path

DATA_FILE_NAME = "delegator.sqlite3"  # delegator.runtime.paths.DATA_FILE_NAME

_VERBS = (
    "Rechnung schreiben für",
    "Rechnung prüfen von",
    "Angebot einholen bei",
    "Termin vereinbaren mit",
    "E-Mail beantworten von",
    "Unterlagen sortieren für",
    "Bericht vorbereiten für",
    "Reisekosten abrechnen für",
    "Vertrag kündigen bei",
    "Rückruf an",
    "Book flights for",
    "Send invoice to",
    "Review contract with",
    "Update website for",
    "Prepare slides for",
    "Order supplies for",
    "Schedule call with",
    "Draft newsletter for",
)
_OBJECTS = (
    "Kunde Müller",
    "Steuerberater Schmidt",
    "Hausverwaltung",
    "Versicherung",
    "Team-Meeting",
    "Quartalsabschluss",
    "Lieferant Weber & Co.",
    "Praxis Dr. Yılmaz",
    "the Berlin office",
    "Acme Ltd.",
    "the board",
    "Q3 planning",
    "the conference in Lisbon",
    "Kita-Anmeldung",
    "Finanzamt",
    "Bank (Kontoauszüge)",
)
_SUFFIXES = ("", "", "", " bis Freitag", " – dringend", " (Entwurf)", " next week", " asap")
_AREAS = ("", "", "Büro", "Finanzen", "Privat", "Kunden", "Marketing", "IT")
_DECISIONS = ("undecided",) * 5 + ("keep",) * 3 + ("delegate",) * 2


def title_for(rng: random.Random, number: int) -> str:
    return f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}{rng.choice(_SUFFIXES)} #{number}"


def _rows(count: int, archived_share: float, seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    start = dt.datetime(2024, 1, 1, 9, 0, 0)
    rows = []
    for number in range(1, count + 1):
        created = start + dt.timedelta(minutes=7 * number)
        stamp = created.strftime("%Y-%m-%d %H:%M:%S.%f")
        archived = rng.random() < archived_share
        rows.append(
            (
                number,  # id
                title_for(rng, number),  # title
                "" if rng.random() < 0.7 else "Notiz: siehe Mail vom Montag.",  # notes
                rng.choice(_AREAS),  # area
                rng.choice(_DECISIONS),  # decision
                "",  # instructions
                "",  # escalation_rule
                number,  # position
                1 if archived else 0,  # archived
                stamp if archived else None,  # archived_at
                stamp,  # created_at
                stamp,  # updated_at
            )
        )
    return rows


_INSERT = (
    "INSERT INTO tasks (id, title, notes, area, decision, instructions, escalation_rule, "
    "position, archived, archived_at, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def build_data_dir(
    data_dir: Path,
    count: int,
    *,
    archived_share: float = 0.05,
    seed: int = 7,
    columns: bool = False,
) -> Path:
    """Create *data_dir* with a data file holding *count* to-dos; return the file.

    With *columns*, the list's other columns are filled as in a plan in use (see
    ``fill_columns``)."""
    from delegator.storage.database import Database  # the real create path

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DATA_FILE_NAME
    if path.exists():
        raise FileExistsError(path)
    Database.open(path, data_dir / "backups").close()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        _check_columns(connection)
        connection.execute("PRAGMA journal_mode = WAL")
        with connection:
            connection.executemany(_INSERT, _rows(count, archived_share, seed))
            if columns:
                fill_columns(connection, seed)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (stored,) = connection.execute("SELECT count(*) FROM tasks").fetchone()
    if stored != count:
        raise RuntimeError(f"expected {count} to-dos, found {stored}")
    # The app must accept the file as current (no migration, no backup at start-up).
    from delegator.storage.probe import FileState, probe

    state = probe(path).state
    if state is not FileState.CURRENT:
        raise RuntimeError(f"generated file is {state}, not current")
    return path


def _check_columns(connection: sqlite3.Connection) -> None:
    """Fail loudly if the schema grew a NOT NULL column this generator does not fill."""
    filled = {
        "id",
        "title",
        "notes",
        "area",
        "decision",
        "instructions",
        "escalation_rule",
        "position",
        "archived",
        "archived_at",
        "created_at",
        "updated_at",
    }
    required = {
        name
        for _cid, name, _type, notnull, default, _pk in connection.execute(
            "PRAGMA table_info(tasks)"
        )
        if notnull and default is None
    }
    missing = required - filled
    if missing:
        raise RuntimeError(f"bench/_dataset.py does not fill NOT NULL columns {sorted(missing)}")


def decision_mix(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        mix = dict(connection.execute("SELECT decision, count(*) FROM tasks GROUP BY decision"))
        (archived,) = connection.execute("SELECT count(*) FROM tasks WHERE archived").fetchone()
    mix["archived"] = archived
    return mix


ASSISTANT_NAMES = ("Anna Keller", "Ben Okafor", "Çelik Yılmaz", "zoë Adams")
_FREQUENCIES = ("once", "daily", "weekly", "monthly", "quarterly", "yearly")
# Not "done": the "All" view leaves done work out, and search.py types into all of them.
_STATUSES = ("open", "handed_over", "in_progress", "rework")


def fill_columns(connection: sqlite3.Connection, seed: int) -> None:
    """Give the to-dos due dates (a third), priorities, estimates and, the delegated
    ones, an assistant (most of them) and a status; add the assistants."""
    stamp = "2024-01-01 09:00:00.000000"
    for number, name in enumerate(ASSISTANT_NAMES, start=1):
        _insert_filled(connection, "assistants", {"id": number, "name": name}, stamp)
    rng = random.Random(seed + 1)
    start = dt.date(2026, 12, 1)
    rows = []
    for task_id, decision in connection.execute("SELECT id, decision FROM tasks"):
        delegated = decision == "delegate"
        rows.append(
            (
                (start + dt.timedelta(days=rng.randrange(120))).isoformat()
                if rng.random() < 0.35
                else None,
                rng.choice((1, 2, 3, 4)) if rng.random() < 0.4 else None,
                rng.choice(_FREQUENCIES) if rng.random() < 0.3 else None,
                rng.choice((5, 15, 30, 90, 240)) if rng.random() < 0.4 else None,
                rng.choice((1, 2, 3, 4, None)) if delegated else None,
                rng.choice(_STATUSES) if delegated else "open",
                task_id,
            )
        )
    connection.executemany(
        "UPDATE tasks SET due = ?, priority = ?, frequency = ?, minutes_per_occurrence = ?, "
        "assistant_id = ?, status = ? WHERE id = ?",
        rows,
    )


def _insert_filled(
    connection: sqlite3.Connection, table: str, values: dict[str, object], stamp: str
) -> None:
    """Insert a row, giving every other NOT NULL column without a default a plain value."""
    row = dict(values)
    for _cid, name, kind, notnull, default, _pk in connection.execute(
        f"PRAGMA table_info({table})"
    ):
        if notnull and default is None and name not in row:
            upper = kind.upper()
            row[name] = (
                stamp
                if "DATE" in upper
                else 0
                if any(word in upper for word in ("INT", "BOOL", "NUM", "REAL", "FLOAT"))
                else ""
            )
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))
