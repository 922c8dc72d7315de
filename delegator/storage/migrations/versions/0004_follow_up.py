"""Following up delegated work: a status per to-do and its history, check-ins,
feedback that remembers the level and instructions it was given at, settling-in
reviews, what each to-do was at its last handover, and a random id of the plan.

Revision ID: 0004_follow_up
Revises: 0003_utc_handover_times
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

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


def downgrade() -> None:
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
