"""Mindset checks with their answers, newest first."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from delegator.domain.mindset import MindsetCheck, MindsetStatement
from delegator.storage.rows import MindsetAnswerRow, MindsetCheckRow


def _check(row: MindsetCheckRow) -> MindsetCheck:
    order = list(MindsetStatement)
    answers = sorted(
        ((MindsetStatement(a.statement), a.agreement) for a in row.answers),
        key=lambda pair: order.index(pair[0]),
    )
    return MindsetCheck(row.taken_at, tuple(answers))


class MindsetRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def recent(self, limit: int | None = None) -> list[tuple[int, MindsetCheck]]:
        query = (
            select(MindsetCheckRow)
            .options(selectinload(MindsetCheckRow.answers))
            .order_by(MindsetCheckRow.taken_at.desc(), MindsetCheckRow.id.desc())
            .limit(limit)
        )
        return [(row.id, _check(row)) for row in self._session.scalars(query)]

    def add(self, check: MindsetCheck, check_id: int | None = None) -> int:
        row = MindsetCheckRow(id=check_id, taken_at=check.taken_at)
        row.answers = [
            MindsetAnswerRow(statement=statement.value, agreement=agreement)
            for statement, agreement in check.answers
        ]
        self._session.add(row)
        self._session.flush()
        return row.id

    def delete(self, check_id: int) -> None:
        row = self._session.get(MindsetCheckRow, check_id)
        if row is not None:
            self._session.delete(row)
