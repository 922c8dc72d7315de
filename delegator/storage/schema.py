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
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
