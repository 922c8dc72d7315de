"""Assistants read with plain sqlite3: the sidebar needs them before the ORM is loaded."""

from __future__ import annotations

import datetime as dt
import sqlite3

from delegator.domain.assistant import Assistant, FormOfAddress

_COLUMNS = (
    "id, name, role, contact, hourly_rate_cents, currency, weekly_capacity_minutes, "
    "working_days, work_start, work_end, time_zone, start_date, trial_end, notes, archived, "
    "german_address"
)


def _time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def address_from_text(text: str) -> FormOfAddress | None:
    """A stored form of address; "" (or one this version does not know): the plan's."""
    try:
        return FormOfAddress(text)
    except ValueError:
        return None


def all_assistants(connection: sqlite3.Connection, *, include_archived: bool) -> list[Assistant]:
    """Assistants ordered by name, each with its skills, as AssistantRepository gives them."""
    where = "" if include_archived else "WHERE archived = 0"
    rows = connection.execute(f"SELECT {_COLUMNS} FROM assistants {where} ORDER BY name, id")
    skills: dict[int, list[str]] = {}
    for assistant_id, name in connection.execute(
        "SELECT assistant_id, name FROM assistant_skills ORDER BY assistant_id, position, id"
    ):
        skills.setdefault(assistant_id, []).append(name)
    return [
        Assistant(
            id=row[0],
            name=row[1],
            role=row[2],
            contact=row[3],
            skills=tuple(skills.get(row[0], ())),
            hourly_rate_cents=row[4],
            currency=row[5],
            weekly_capacity_hours=row[6] / 60 if row[6] is not None else None,
            working_days=tuple(int(day) for day in row[7].split(",") if day.strip()),
            work_start=_time(row[8]),
            work_end=_time(row[9]),
            time_zone=row[10],
            start_date=_date(row[11]),
            trial_end=_date(row[12]),
            notes=row[13],
            archived=bool(row[14]),
            german_address=address_from_text(row[15]),
        )
        for row in rows
    ]
