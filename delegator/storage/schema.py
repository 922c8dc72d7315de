"""Facts about the schema that are needed before SQLAlchemy or Alembic is imported."""

from __future__ import annotations

# PRAGMA application_id of a Delegator database: "DLGR" in ASCII.
APPLICATION_ID = 0x444C4752

# Every Alembic revision this version knows, oldest first; the last one is the head.
# tests/storage/test_migrations.py checks this against the migration scripts.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_templates_triage",
    "0003_utc_handover_times",
    "0004_follow_up",
    "0005_candidates_and_address",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

_FIRST_TABLES = frozenset(
    {
        "alembic_version",
        "assistant_skills",
        "assistants",
        "contact_channels",
        "feedback_entries",
        "handover_tasks",
        "handovers",
        "mindset_answers",
        "mindset_checks",
        "profile",
        "reachability_windows",
        "task_criteria",
        "task_resources",
        "task_skills",
        "task_steps",
        "task_tools",
        "tasks",
    }
)
_WITH_TEMPLATES = _FIRST_TABLES | {"templates"}
_WITH_FOLLOW_UP = _WITH_TEMPLATES | {"check_ins", "plan", "reviews", "status_changes"}

# The tables each revision has; one missing means the file was damaged (a dropped
# table). tests/storage/test_migrations.py checks this against the migration scripts.
TABLES: dict[str, frozenset[str]] = {
    "0001_initial": _FIRST_TABLES,
    "0002_templates_triage": _WITH_TEMPLATES,
    "0003_utc_handover_times": _WITH_TEMPLATES,
    "0004_follow_up": _WITH_FOLLOW_UP,
    "0005_candidates_and_address": _WITH_FOLLOW_UP,
}
