"""Assistants in and out of the database, as domain objects."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from delegator.domain.assistant import Assistant
from delegator.domain.errors import AssistantNotFound
from delegator.storage.assistant_query import address_from_text
from delegator.storage.rows import AssistantRow, AssistantSkillRow


def _days_to_text(days: tuple[int, ...]) -> str:
    return ",".join(str(day) for day in sorted(set(days)))


def _days_from_text(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip())


def to_assistant(row: AssistantRow) -> Assistant:
    minutes = row.weekly_capacity_minutes
    return Assistant(
        id=row.id,
        name=row.name,
        role=row.role,
        contact=row.contact,
        skills=tuple(skill.name for skill in row.skills),
        hourly_rate_cents=row.hourly_rate_cents,
        currency=row.currency,
        weekly_capacity_hours=minutes / 60 if minutes is not None else None,
        working_days=_days_from_text(row.working_days),
        work_start=row.work_start,
        work_end=row.work_end,
        time_zone=row.time_zone,
        start_date=row.start_date,
        trial_end=row.trial_end,
        notes=row.notes,
        archived=row.archived,
        german_address=address_from_text(row.german_address),
    )


def write_assistant(row: AssistantRow, assistant: Assistant) -> None:
    row.name = assistant.name
    row.role = assistant.role
    row.contact = assistant.contact
    if [skill.name for skill in row.skills] != list(assistant.skills):
        row.skills = [
            AssistantSkillRow(position=i, name=name) for i, name in enumerate(assistant.skills)
        ]
    row.hourly_rate_cents = assistant.hourly_rate_cents
    row.currency = assistant.currency
    hours = assistant.weekly_capacity_hours
    row.weekly_capacity_minutes = round(hours * 60) if hours is not None else None
    row.working_days = _days_to_text(assistant.working_days)
    row.work_start = assistant.work_start
    row.work_end = assistant.work_end
    row.time_zone = assistant.time_zone
    row.start_date = assistant.start_date
    row.trial_end = assistant.trial_end
    row.notes = assistant.notes
    row.archived = assistant.archived
    row.german_address = assistant.german_address or ""


class AssistantRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get_row(self, assistant_id: int) -> AssistantRow:
        row = self._session.get(AssistantRow, assistant_id)
        if row is None:
            raise AssistantNotFound(assistant_id)
        return row

    def all(self, *, include_archived: bool) -> list[Assistant]:
        query = select(AssistantRow).options(selectinload(AssistantRow.skills))
        if not include_archived:
            query = query.where(AssistantRow.archived.is_(False))
        rows = self._session.scalars(query.order_by(AssistantRow.name, AssistantRow.id))
        return [to_assistant(row) for row in rows]

    def add(self, assistant: Assistant) -> int:
        """Store a new assistant (its id is taken when it is not 0, as on redo)."""
        row = AssistantRow(id=assistant.id or None)
        write_assistant(row, assistant)
        self._session.add(row)
        self._session.flush()
        return row.id

    def save(self, assistant: Assistant) -> None:
        write_assistant(self.get_row(assistant.id), assistant)
        self._session.flush()

    def delete(self, assistant_id: int) -> None:
        self._session.delete(self.get_row(assistant_id))
        self._session.flush()
