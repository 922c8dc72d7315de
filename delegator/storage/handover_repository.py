"""Records of handovers and the task versions each one froze."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from delegator.storage.rows import HandoverRow, HandoverTaskRow


class HandoverRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def latest(self, assistant_id: int | None) -> tuple[dt.datetime, dict[int, str]] | None:
        """When the last handover to this assistant (None: to be assigned) was made,
        and the snapshot of each task it held, by task id."""
        query = (
            select(HandoverRow)
            .options(selectinload(HandoverRow.tasks))
            .where(
                HandoverRow.assistant_id.is_(None)
                if assistant_id is None
                else HandoverRow.assistant_id == assistant_id
            )
            .order_by(HandoverRow.created_at.desc(), HandoverRow.id.desc())
            .limit(1)
        )
        row = self._session.scalars(query).first()
        if row is None:
            return None
        return row.created_at, {t.task_id: t.snapshot for t in row.tasks if t.task_id is not None}

    def count(self, assistant_id: int | None) -> int:
        query = select(HandoverRow.id).where(
            HandoverRow.assistant_id.is_(None)
            if assistant_id is None
            else HandoverRow.assistant_id == assistant_id
        )
        return len(self._session.scalars(query).all())

    def add(
        self,
        *,
        created_at: dt.datetime,
        assistant_id: int | None,
        formats: str,
        language: str,
        output_path: str,
        content_hash: str,
        snapshots: dict[int, str],
    ) -> int:
        row = HandoverRow(
            created_at=created_at,
            assistant_id=assistant_id,
            formats=formats,
            language=language,
            output_path=output_path,
            content_hash=content_hash,
        )
        row.tasks = [HandoverTaskRow(task_id=i, snapshot=s) for i, s in snapshots.items()]
        self._session.add(row)
        self._session.flush()
        return row.id

    def last_snapshot(self, task_id: int) -> tuple[dt.datetime, str] | None:
        """When a to-do was last handed over (naive UTC) and what that handover froze."""
        query = (
            select(HandoverRow.created_at, HandoverTaskRow.snapshot)
            .join(HandoverTaskRow, HandoverTaskRow.handover_id == HandoverRow.id)
            .where(HandoverTaskRow.task_id == task_id)
            .order_by(HandoverRow.created_at.desc(), HandoverRow.id.desc())
            .limit(1)
        )
        found = self._session.execute(query).first()
        return (found[0], found[1]) if found is not None else None
