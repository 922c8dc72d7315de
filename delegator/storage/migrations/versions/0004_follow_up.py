"""Following up delegated work: a status per to-do and its history, check-ins,
feedback that remembers the level and instructions it was given at, settling-in
reviews, what each to-do was at its last handover, and a random id of the plan.

To-dos handed over to an assistant before are followed up from their last handover:
handed over then (dated, by the export), their first check-in from the check-in
rhythm after that day (the day on this computer's calendar, as 0003 reads old times),
the digest of what the handover froze, and whether they changed since.

Revision ID: 0004_follow_up
Revises: 0003_utc_handover_times
"""

import datetime as dt
import json
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from delegator.domain.clock import Clock
from delegator.domain.followup import next_check_in, snapshot_digest
from delegator.domain.profile import CheckInRhythm

revision: str = "0004_follow_up"
down_revision: str | None = "0003_utc_handover_times"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs: no table rebuild, so the AUTOINCREMENT of tasks stays.
    op.execute(
        "ALTER TABLE tasks ADD COLUMN status VARCHAR(12) DEFAULT 'open' NOT NULL "
        "CONSTRAINT status_valid "
        "CHECK (status IN ('open', 'handed_over', 'in_progress', 'done', 'rework'))"
    )
    op.add_column("tasks", sa.Column("last_check_in", sa.Date(), nullable=True))
    op.add_column("tasks", sa.Column("status_changed_at", sa.DateTime(), nullable=True))
    op.add_column("tasks", sa.Column("handover_digest", sa.String(length=64), nullable=True))
    op.add_column(
        "tasks",
        sa.Column("changed_since_handover", sa.Boolean(), nullable=False, server_default="0"),
    )
    op.add_column(
        "feedback_entries",
        sa.Column("keep_in_mind", sa.Text(), nullable=False, server_default=""),
    )
    op.add_column("feedback_entries", sa.Column("level", sa.Integer(), nullable=True))
    op.add_column(
        "feedback_entries",
        sa.Column("instructions_digest", sa.String(length=64), nullable=False, server_default=""),
    )
    op.create_table(
        "check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_check_ins_task_id", "check_ins", ["task_id"])
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_status_changes_task_id", "status_changes", ["task_id"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assistant_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("adjustment", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint("outcome IN ('continue', 'adjust', 'end')", name="outcome_valid"),
        sa.ForeignKeyConstraint(["assistant_id"], ["assistants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_reviews_assistant_id", "reviews", ["assistant_id"])
    plan = op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(plan, [{"id": 1, "uid": uuid.uuid4().hex}])
    op.drop_column("feedback_entries", "follow_up_on")  # never written, never read
    _follow_up_earlier_handovers()


_TASKS = sa.table(
    "tasks",
    sa.column("id", sa.Integer),
    sa.column("title", sa.String),
    sa.column("area", sa.String),
    sa.column("instructions", sa.Text),
    sa.column("frequency", sa.String),
    sa.column("minutes_per_occurrence", sa.Integer),
    sa.column("due", sa.Date),
    sa.column("lead_time_days", sa.Integer),
    sa.column("priority", sa.Integer),
    sa.column("level", sa.Integer),
    sa.column("escalation_rule", sa.Text),
    sa.column("status", sa.String),
    sa.column("status_changed_at", sa.DateTime),
    sa.column("next_check_in", sa.Date),
    sa.column("handover_digest", sa.String),
    sa.column("changed_since_handover", sa.Boolean),
)
_LISTS = {
    "steps": ("task_steps", "text"),
    "acceptance_criteria": ("task_criteria", "text"),
    "skills": ("task_skills", "name"),
    "tools": ("task_tools", "name"),
}
_HANDOVERS = sa.table(
    "handovers",
    sa.column("id", sa.Integer),
    sa.column("created_at", sa.DateTime),
    sa.column("assistant_id", sa.Integer),
)
_FROZEN = sa.table(
    "handover_tasks",
    sa.column("handover_id", sa.Integer),
    sa.column("task_id", sa.Integer),
    sa.column("snapshot", sa.Text),
)
_STATUS_CHANGES = sa.table(
    "status_changes",
    sa.column("task_id", sa.Integer),
    sa.column("status", sa.String),
    sa.column("changed_at", sa.DateTime),
    sa.column("source", sa.String),
)


def _current(connection: sa.Connection, task_id: int) -> dict[str, object]:
    """What a handover would give of the to-do now, as its snapshot holds it."""
    row = connection.execute(sa.select(_TASKS).where(_TASKS.c.id == task_id)).mappings().one()
    fields: dict[str, object] = dict(row)
    for name, (table, column) in _LISTS.items():
        fields[name] = list(
            connection.scalars(
                sa.text(f"SELECT {column} FROM {table} WHERE task_id = :id ORDER BY position, id"),
                {"id": task_id},
            )
        )
    fields["resources"] = [
        {"kind": kind, "label": label, "target": target}
        for kind, label, target in connection.execute(
            sa.text(
                "SELECT kind, label, target FROM task_resources WHERE task_id = :id "
                "ORDER BY position, id"
            ),
            {"id": task_id},
        )
    ]
    return fields


def _follow_up_earlier_handovers() -> None:
    connection = op.get_bind()
    profile = connection.execute(
        sa.text("SELECT check_in_rhythm, check_in_weekday FROM profile ORDER BY id LIMIT 1")
    ).first()
    rhythm = CheckInRhythm(profile[0]) if profile is not None and profile[0] else None
    weekday = profile[1] if profile is not None else None
    latest: dict[int, tuple[dt.datetime, str]] = {}
    frozen = (
        sa.select(_FROZEN.c.task_id, _HANDOVERS.c.created_at, _FROZEN.c.snapshot)
        .join(_HANDOVERS, _HANDOVERS.c.id == _FROZEN.c.handover_id)
        .where(_FROZEN.c.task_id.is_not(None), _HANDOVERS.c.assistant_id.is_not(None))
        .order_by(_HANDOVERS.c.created_at, _HANDOVERS.c.id)
    )
    for task_id, created_at, snapshot in connection.execute(frozen):
        latest[task_id] = (created_at, snapshot)
    clock = Clock()
    for task_id, (created_at, snapshot) in latest.items():
        given = snapshot_digest(json.loads(snapshot))
        connection.execute(
            _TASKS.update()
            .where(_TASKS.c.id == task_id)
            .values(
                status="handed_over",
                status_changed_at=created_at,
                next_check_in=next_check_in(clock.local_date(created_at), rhythm, weekday),
                handover_digest=given,
                changed_since_handover=snapshot_digest(_current(connection, task_id)) != given,
            )
        )
        connection.execute(
            _STATUS_CHANGES.insert().values(
                task_id=task_id, status="handed_over", changed_at=created_at, source="export"
            )
        )


def downgrade() -> None:
    op.add_column("feedback_entries", sa.Column("follow_up_on", sa.Date(), nullable=True))
    op.drop_table("plan")
    op.drop_index("ix_reviews_assistant_id", "reviews")
    op.drop_table("reviews")
    op.drop_index("ix_status_changes_task_id", "status_changes")
    op.drop_table("status_changes")
    op.drop_index("ix_check_ins_task_id", "check_ins")
    op.drop_table("check_ins")
    for column in ("instructions_digest", "level", "keep_in_mind"):
        op.drop_column("feedback_entries", column)
    for column in (
        "changed_since_handover",
        "handover_digest",
        "status_changed_at",
        "last_check_in",
        "status",
    ):
        op.drop_column("tasks", column)
