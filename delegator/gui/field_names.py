"""A to-do's fields by the names the editor gives them, for the messages and dialogs
that name a field (a secret found in it, a change since the handover)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
    "minutes_per_occurrence": QT_TRANSLATE_NOOP("TaskFields", "Time each time"),
    "due": QT_TRANSLATE_NOOP("TaskFields", "Due date"),
    "lead_time_days": QT_TRANSLATE_NOOP("TaskFields", "Lead time"),
    "priority": QT_TRANSLATE_NOOP("TaskFields", "Priority"),
    "level": QT_TRANSLATE_NOOP("TaskFields", "Delegation level"),
    "escalation_rule": QT_TRANSLATE_NOOP("TaskFields", "Escalation rule"),
    "notes": QT_TRANSLATE_NOOP("TaskFields", "Notes"),
}


def field_name(field: str) -> str:
    """The name the editor shows for a to-do's *field* (the field's own name when it
    has none)."""
    name = _NAMES.get(field)
    return QCoreApplication.translate("TaskFields", str(name)) if name else field
