"""Initial schema: the whole domain model of docs/design.md ("Domain").

Revision ID: 0001_initial
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from delegator.storage.schema import APPLICATION_ID

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "assistants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("hourly_rate_cents", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("weekly_capacity_minutes", sa.Integer(), nullable=True),
        sa.Column("working_days", sa.String(length=20), nullable=False),
        sa.Column("work_start", sa.Time(), nullable=True),
        sa.Column("work_end", sa.Time(), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("trial_end", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "mindset_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("business", sa.String(length=200), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("response_time_hours", sa.Integer(), nullable=True),
        sa.Column("check_in_rhythm", sa.String(length=20), nullable=False),
        sa.Column("check_in_weekday", sa.Integer(), nullable=True),
        sa.Column("monthly_budget_cents", sa.Integer(), nullable=True),
        sa.Column("own_hourly_value_cents", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("brief_language", sa.String(length=5), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "assistant_skills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assistant_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["assistant_id"], ["assistants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("assistant_skills", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assistant_skills_assistant_id"), ["assistant_id"], unique=False
        )

    op.create_table(
        "contact_channels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("value", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profile.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact_channels", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_channels_profile_id"), ["profile_id"], unique=False
        )

    op.create_table(
        "handovers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("assistant_id", sa.Integer(), nullable=True),
        sa.Column("formats", sa.String(length=100), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("output_path", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["assistant_id"], ["assistants.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_handovers_assistant_id"), ["assistant_id"], unique=False
        )

    op.create_table(
        "mindset_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("statement", sa.String(length=40), nullable=False),
        sa.Column("agreement", sa.Integer(), nullable=False),
        sa.CheckConstraint("agreement BETWEEN 1 AND 5", name="agreement_valid"),
        sa.ForeignKeyConstraint(["check_id"], ["mindset_checks.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("check_id", "statement"),
    )
    with op.batch_alter_table("mindset_answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mindset_answers_check_id"), ["check_id"], unique=False)

    op.create_table(
        "reachability_windows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.CheckConstraint('start < "end"', name="window_not_empty"),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_valid"),
        sa.ForeignKeyConstraint(["profile_id"], ["profile.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reachability_windows", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reachability_windows_profile_id"), ["profile_id"], unique=False
        )

    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("area", sa.String(length=100), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("assistant_id", sa.Integer(), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=True),
        sa.Column("frequency", sa.String(length=10), nullable=True),
        sa.Column("minutes_per_occurrence", sa.Integer(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("lead_time_days", sa.Integer(), nullable=True),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("escalation_rule", sa.Text(), nullable=False),
        sa.Column("next_check_in", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("decision IN ('undecided', 'keep', 'delegate')", name="decision_valid"),
        sa.CheckConstraint("level IS NULL OR level BETWEEN 1 AND 5", name="level_valid"),
        sa.CheckConstraint(
            "minutes_per_occurrence IS NULL OR minutes_per_occurrence >= 0",
            name="minutes_not_negative",
        ),
        sa.CheckConstraint("priority IS NULL OR priority BETWEEN 1 AND 4", name="priority_valid"),
        sa.ForeignKeyConstraint(["assistant_id"], ["assistants.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index("ix_tasks_archived_position", ["archived", "position"], unique=False)
        batch_op.create_index(batch_op.f("ix_tasks_assistant_id"), ["assistant_id"], unique=False)

    op.create_table(
        "feedback_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("assistant_id", sa.Integer(), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("went_well", sa.Text(), nullable=False),
        sa.Column("to_improve", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name="rating_valid"),
        sa.ForeignKeyConstraint(["assistant_id"], ["assistants.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("feedback_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_entries_assistant_id"), ["assistant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_feedback_entries_task_id"), ["task_id"], unique=False)

    op.create_table(
        "handover_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handover_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["handover_id"], ["handovers.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("handover_id", "task_id"),
    )
    with op.batch_alter_table("handover_tasks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_handover_tasks_handover_id"), ["handover_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_handover_tasks_task_id"), ["task_id"], unique=False)

    op.create_table(
        "task_criteria",
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("task_criteria", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_criteria_task_id"), ["task_id"], unique=False)

    op.create_table(
        "task_resources",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("task_resources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_resources_task_id"), ["task_id"], unique=False)

    op.create_table(
        "task_skills",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("task_skills", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_skills_task_id"), ["task_id"], unique=False)

    op.create_table(
        "task_steps",
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("task_steps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_steps_task_id"), ["task_id"], unique=False)

    op.create_table(
        "task_tools",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("task_tools", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_tools_task_id"), ["task_id"], unique=False)


def downgrade() -> None:
    op.execute("PRAGMA application_id = 0")
    with op.batch_alter_table("task_tools", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_tools_task_id"))

    op.drop_table("task_tools")
    with op.batch_alter_table("task_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_steps_task_id"))

    op.drop_table("task_steps")
    with op.batch_alter_table("task_skills", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_skills_task_id"))

    op.drop_table("task_skills")
    with op.batch_alter_table("task_resources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_resources_task_id"))

    op.drop_table("task_resources")
    with op.batch_alter_table("task_criteria", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_criteria_task_id"))

    op.drop_table("task_criteria")
    with op.batch_alter_table("handover_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_tasks_task_id"))
        batch_op.drop_index(batch_op.f("ix_handover_tasks_handover_id"))

    op.drop_table("handover_tasks")
    with op.batch_alter_table("feedback_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_entries_task_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_entries_assistant_id"))

    op.drop_table("feedback_entries")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tasks_assistant_id"))
        batch_op.drop_index("ix_tasks_archived_position")

    op.drop_table("tasks")
    with op.batch_alter_table("reachability_windows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reachability_windows_profile_id"))

    op.drop_table("reachability_windows")
    with op.batch_alter_table("mindset_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mindset_answers_check_id"))

    op.drop_table("mindset_answers")
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handovers_assistant_id"))

    op.drop_table("handovers")
    with op.batch_alter_table("contact_channels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_channels_profile_id"))

    op.drop_table("contact_channels")
    with op.batch_alter_table("assistant_skills", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assistant_skills_assistant_id"))

    op.drop_table("assistant_skills")
    op.drop_table("profile")
    op.drop_table("mindset_checks")
    op.drop_table("assistants")
