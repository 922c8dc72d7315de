"""Handover times in UTC, like every other stored time.

Until 0002 a handover was stamped with the computer's local time, every other time in
UTC. The stamps written so far are read as the local time of the computer that runs the
upgrade (the one that wrote them, in all likelihood) and stored as UTC.

Revision ID: 0003_utc_handover_times
Revises: 0002_templates_triage
"""

import datetime as dt
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_utc_handover_times"
down_revision: str | None = "0002_templates_triage"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_HANDOVERS = sa.table(
    "handovers", sa.column("id", sa.Integer), sa.column("created_at", sa.DateTime)
)


def _local_to_utc(stamp: dt.datetime) -> dt.datetime:
    return stamp.astimezone(dt.UTC).replace(tzinfo=None)


def _utc_to_local(stamp: dt.datetime) -> dt.datetime:
    return stamp.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _convert(change: Callable[[dt.datetime], dt.datetime]) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(_HANDOVERS.c.id, _HANDOVERS.c.created_at)).all()
    for handover_id, created_at in rows:
        connection.execute(
            _HANDOVERS.update()
            .where(_HANDOVERS.c.id == handover_id)
            .values(created_at=change(created_at))
        )


def upgrade() -> None:
    _convert(_local_to_utc)


def downgrade() -> None:
    _convert(_utc_to_local)
