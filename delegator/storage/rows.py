"""Typed SQLAlchemy rows: the whole domain model of docs/design.md ("Domain").

Rows never leave the storage package; repositories turn them into domain objects.
Money is stored in cents, durations in minutes, time zones as IANA names.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class AssistantRow(Base):
    __tablename__ = "assistants"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    hourly_rate_cents: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    weekly_capacity_minutes: Mapped[int | None] = mapped_column(Integer)
    working_days: Mapped[str] = mapped_column(String(20), default="")
    work_start: Mapped[dt.time | None] = mapped_column(Time)
    work_end: Mapped[dt.time | None] = mapped_column(Time)
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    trial_end: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    german_address: Mapped[str] = mapped_column(String(10), default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    skills: Mapped[list[AssistantSkillRow]] = relationship(
        cascade="all, delete-orphan", order_by="AssistantSkillRow.position"
    )


class AssistantSkillRow(Base):
    __tablename__ = "assistant_skills"

    id: Mapped[int] = mapped_column(primary_key=True)
    assistant_id: Mapped[int] = mapped_column(
        ForeignKey("assistants.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))


class TaskRow(Base):
    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint("decision IN ('undecided', 'keep', 'delegate')", name="decision_valid"),
        CheckConstraint("level IS NULL OR level BETWEEN 1 AND 5", name="level_valid"),
        CheckConstraint("priority IS NULL OR priority BETWEEN 1 AND 4", name="priority_valid"),
        CheckConstraint(
            "minutes_per_occurrence IS NULL OR minutes_per_occurrence >= 0",
            name="minutes_not_negative",
        ),
        CheckConstraint(
            "status IN ('open', 'handed_over', 'in_progress', 'done', 'rework')",
            name="status_valid",
        ),
        Index("ix_tasks_archived_position", "archived", "position"),
        # Read from this index alone (covering) before the window shows: the view counts
        # and the check-ins due (at 100,000 to-dos ~10 ms, where scanning the table took
        # ~60 ms) and the assistants' loads (~12 ms, was ~25).
        Index(
            "ix_tasks_tally",
            "archived",
            "decision",
            "status",
            "next_check_in",
            "assistant_id",
            "frequency",
            "minutes_per_occurrence",
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    area: Mapped[str] = mapped_column(String(100), default="")
    decision: Mapped[str] = mapped_column(String(10), default="undecided")
    assistant_id: Mapped[int | None] = mapped_column(
        ForeignKey("assistants.id", ondelete="SET NULL"), index=True
    )
    priority: Mapped[int | None] = mapped_column(Integer)
    frequency: Mapped[str | None] = mapped_column(String(10))
    minutes_per_occurrence: Mapped[int | None] = mapped_column(Integer)
    due: Mapped[dt.date | None] = mapped_column(Date)
    lead_time_days: Mapped[int | None] = mapped_column(Integer)
    instructions: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[int | None] = mapped_column(Integer)
    escalation_rule: Mapped[str] = mapped_column(Text, default="")
    next_check_in: Mapped[dt.date | None] = mapped_column(Date)
    last_check_in: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open", server_default="open")
    status_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # revision_digest (domain/followup.py) of the to-do as the last handover gave it,
    # and whether it differs now: kept by the task repository on every save.
    handover_digest: Mapped[str | None] = mapped_column(String(64))
    changed_since_handover: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    triage: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    assistant: Mapped[AssistantRow | None] = relationship()
    steps: Mapped[list[TaskStepRow]] = relationship(
        cascade="all, delete-orphan", order_by="TaskStepRow.position"
    )
    criteria: Mapped[list[TaskCriterionRow]] = relationship(
        cascade="all, delete-orphan", order_by="TaskCriterionRow.position"
    )
    skills: Mapped[list[TaskSkillRow]] = relationship(
        cascade="all, delete-orphan", order_by="TaskSkillRow.position"
    )
    tools: Mapped[list[TaskToolRow]] = relationship(
        cascade="all, delete-orphan", order_by="TaskToolRow.position"
    )
    resources: Mapped[list[TaskResourceRow]] = relationship(
        cascade="all, delete-orphan", order_by="TaskResourceRow.position"
    )


class _TaskListItem:
    """Columns shared by the ordered text lists that hang off a task."""

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TaskStepRow(_TaskListItem, Base):
    __tablename__ = "task_steps"

    text: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class TaskCriterionRow(_TaskListItem, Base):
    __tablename__ = "task_criteria"

    text: Mapped[str] = mapped_column(Text)


class TaskSkillRow(_TaskListItem, Base):
    __tablename__ = "task_skills"

    name: Mapped[str] = mapped_column(String(100))


class TaskToolRow(_TaskListItem, Base):
    __tablename__ = "task_tools"

    name: Mapped[str] = mapped_column(String(200))


class TaskResourceRow(_TaskListItem, Base):
    __tablename__ = "task_resources"

    kind: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(300), default="")
    target: Mapped[str] = mapped_column(Text)
    size_bytes: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64))


class ProfileRow(Base):
    """The user, as a client. There is at most one."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    business: Mapped[str] = mapped_column(String(200), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    response_time_hours: Mapped[int | None] = mapped_column(Integer)
    check_in_rhythm: Mapped[str] = mapped_column(String(20), default="")
    check_in_weekday: Mapped[int | None] = mapped_column(Integer)
    monthly_budget_cents: Mapped[int | None] = mapped_column(Integer)
    own_hourly_value_cents: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    brief_language: Mapped[str] = mapped_column(String(5), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    channels: Mapped[list[ContactChannelRow]] = relationship(
        cascade="all, delete-orphan", order_by="ContactChannelRow.position"
    )
    windows: Mapped[list[ReachabilityWindowRow]] = relationship(
        cascade="all, delete-orphan",
        order_by="(ReachabilityWindowRow.weekday, ReachabilityWindowRow.start)",
    )


class ContactChannelRow(Base):
    __tablename__ = "contact_channels"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(30))
    value: Mapped[str] = mapped_column(String(300))
    for_candidates: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class ReachabilityWindowRow(Base):
    __tablename__ = "reachability_windows"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_valid"),
        CheckConstraint('start < "end"', name="window_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), index=True
    )
    weekday: Mapped[int] = mapped_column(Integer)
    start: Mapped[dt.time] = mapped_column(Time)
    end: Mapped[dt.time] = mapped_column(Time)
    time_zone: Mapped[str] = mapped_column(String(64), default="")


class MindsetCheckRow(Base):
    __tablename__ = "mindset_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime)

    answers: Mapped[list[MindsetAnswerRow]] = relationship(cascade="all, delete-orphan")


class MindsetAnswerRow(Base):
    __tablename__ = "mindset_answers"
    __table_args__ = (
        UniqueConstraint("check_id", "statement"),
        CheckConstraint("agreement BETWEEN 1 AND 5", name="agreement_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(
        ForeignKey("mindset_checks.id", ondelete="CASCADE"), index=True
    )
    statement: Mapped[str] = mapped_column(String(40))
    agreement: Mapped[int] = mapped_column(Integer)


class FeedbackRow(Base):
    """Feedback on a to-do (task_id, and its assistant then) or on an assistant."""

    __tablename__ = "feedback_entries"
    __table_args__ = (CheckConstraint("rating BETWEEN 1 AND 5", name="rating_valid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), index=True
    )
    assistant_id: Mapped[int | None] = mapped_column(
        ForeignKey("assistants.id", ondelete="CASCADE"), index=True
    )
    given_on: Mapped[dt.date] = mapped_column(Date)
    rating: Mapped[int] = mapped_column(Integer)
    went_well: Mapped[str] = mapped_column(Text, default="")
    to_improve: Mapped[str] = mapped_column(Text, default="")
    keep_in_mind: Mapped[str] = mapped_column(Text, default="", server_default="")
    level: Mapped[int | None] = mapped_column(Integer)
    instructions_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")


class CheckInRow(Base):
    """A check-in on a delegated to-do, with what was said."""

    __tablename__ = "check_ins"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    done_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class StatusChangeRow(Base):
    """Every status a to-do was given, when (naive UTC) and by whom."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(10))


class ReviewRow(Base):
    """The review of an assistant's settling-in period."""

    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint("outcome IN ('continue', 'adjust', 'end')", name="outcome_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assistant_id: Mapped[int] = mapped_column(
        ForeignKey("assistants.id", ondelete="CASCADE"), index=True
    )
    reviewed_on: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(10))
    adjustment: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class PlanRow(Base):
    """The plan itself: a random id, so the UIDs an export writes are unique in the
    world (two clients' task 12 are two tasks in their assistant's calendar)."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32))


class HandoverRow(Base):
    """One export of a handover package."""

    __tablename__ = "handovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    assistant_id: Mapped[int | None] = mapped_column(
        ForeignKey("assistants.id", ondelete="SET NULL"), index=True
    )
    formats: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(5))
    output_path: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))

    tasks: Mapped[list[HandoverTaskRow]] = relationship(cascade="all, delete-orphan")


class HandoverTaskRow(Base):
    """The version of a task frozen by a handover, as JSON, to list later changes."""

    __tablename__ = "handover_tasks"
    __table_args__ = (UniqueConstraint("handover_id", "task_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(
        ForeignKey("handovers.id", ondelete="CASCADE"), index=True
    )
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("tasks.id", ondelete="SET NULL"), index=True
    )
    snapshot: Mapped[str] = mapped_column(Text)


class TemplateRow(Base):
    """A task description the user saved to start new to-dos from."""

    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
