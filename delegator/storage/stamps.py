"""Created and updated stamps of rows, read from the workspace's clock (naive UTC)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from delegator.domain.clock import Clock


def stamp_rows(sessions: sessionmaker[Session], clock: Clock) -> None:
    """Before each flush, stamp new rows (created, updated) and changed rows (updated)."""

    @event.listens_for(sessions, "before_flush")
    def _on_before_flush(session: Session, _context: Any, _instances: Any) -> None:
        now = clock.utc_stamp()
        for row in session.new:
            if hasattr(row, "created_at") and row.created_at is None:
                row.created_at = now
            if hasattr(row, "updated_at"):
                row.updated_at = now
        for row in session.dirty:
            if hasattr(row, "updated_at") and session.is_modified(row, include_collections=False):
                row.updated_at = now
