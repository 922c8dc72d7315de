"""A to-do's fields by the names the editor gives them, for the messages and dialogs
that name a field (a secret found in it, a change since the handover); the other
fields of a brief (profile, assistant, changes) by the names their pages give them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from delegator.domain.errors import SecretHit, SecretPlace

_NAMES = {
    "title": QT_TRANSLATE_NOOP("TaskFields", "Title"),
    "area": QT_TRANSLATE_NOOP("TaskFields", "Area"),
    "instructions": QT_TRANSLATE_NOOP("TaskFields", "Instructions"),
    "steps": QT_TRANSLATE_NOOP("TaskFields", "Steps"),
    "acceptance_criteria": QT_TRANSLATE_NOOP("TaskFields", "Done when"),
    "skills": QT_TRANSLATE_NOOP("TaskFields", "Skills"),
    "tools": QT_TRANSLATE_NOOP("TaskFields", "Tools and access"),
    "resources": QT_TRANSLATE_NOOP("TaskFields", "Resources"),
    "frequency": QT_TRANSLATE_NOOP("TaskFields", "How often"),
    "minutes_per_occurrence": QT_TRANSLATE_NOOP("TaskFields", "Time per occurrence"),
    "due": QT_TRANSLATE_NOOP("TaskFields", "Due date"),
    "lead_time_days": QT_TRANSLATE_NOOP("TaskFields", "Lead time"),
    "priority": QT_TRANSLATE_NOOP("TaskFields", "Priority"),
    "level": QT_TRANSLATE_NOOP("TaskFields", "Delegation level"),
    "escalation_rule": QT_TRANSLATE_NOOP("TaskFields", "Escalation rule"),
    "notes": QT_TRANSLATE_NOOP("TaskFields", "Notes"),
}


# The other fields of a brief (domain/brief.py: Agreement, Brief, HandoverChanges).
_BRIEF_NAMES = {
    "client_name": QT_TRANSLATE_NOOP("BriefFields", "Name"),
    "business": QT_TRANSLATE_NOOP("BriefFields", "Business"),
    "channels": QT_TRANSLATE_NOOP("BriefFields", "Contact channels"),
    "time_zone": QT_TRANSLATE_NOOP("BriefFields", "Time zone"),
    "check_in": QT_TRANSLATE_NOOP("BriefFields", "Check-in rhythm"),
    "assistant_name": QT_TRANSLATE_NOOP("BriefFields", "Name"),
    "added": QT_TRANSLATE_NOOP("BriefFields", "New to-dos"),
    "removed": QT_TRANSLATE_NOOP("BriefFields", "Removed to-dos"),
    "changed": QT_TRANSLATE_NOOP("BriefFields", "Changed to-dos"),
    "title": QT_TRANSLATE_NOOP("BriefFields", "Title"),
    "skills": QT_TRANSLATE_NOOP("BriefFields", "Skills needed"),
}


def brief_field_name(field: str) -> str:
    """The name of a field of a brief outside its to-dos (the field's own name when it
    has none)."""
    name = _BRIEF_NAMES.get(field)
    return QCoreApplication.translate("BriefFields", str(name)) if name else field


def field_name(field: str) -> str:
    """The name the editor shows for a to-do's *field* (the field's own name when it
    has none)."""
    name = _NAMES.get(field)
    return QCoreApplication.translate("TaskFields", str(name)) if name else field


def secret_field(hit: SecretHit) -> str:
    """The name of the field a secret-looking value was found in."""
    return field_name(hit.field) if hit.place is SecretPlace.TASK else brief_field_name(hit.field)
