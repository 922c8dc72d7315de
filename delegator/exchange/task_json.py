"""The JSON form of a to-do that ``delegator list --json`` prints (a stable contract)."""

from __future__ import annotations

from typing import Any

from delegator.domain.hours import hours_per_week
from delegator.domain.model import Task


def task_to_json(task: Task, last_feedback_rating: int | None) -> dict[str, Any]:
    """Dates as ISO 8601, lists as arrays, unknown values as null; the rating of the
    latest feedback on the to-do is passed in (it is not part of the to-do)."""
    return {
        "id": task.id,
        "title": task.title,
        "decision": task.decision.value,
        "area": task.area or None,
        "assistant": task.assistant_name,
        "assistant_id": task.assistant_id,
        "priority": task.priority.name.lower() if task.priority is not None else None,
        "frequency": task.frequency.value if task.frequency is not None else None,
        "minutes_per_occurrence": task.minutes_per_occurrence,
        "hours_per_week": hours_per_week(task.frequency, task.minutes_per_occurrence),
        "due": task.due.isoformat() if task.due else None,
        "lead_time_days": task.lead_time_days,
        "level": int(task.level) if task.level is not None else None,
        "instructions": task.instructions or None,
        "steps": list(task.steps),
        "acceptance_criteria": list(task.acceptance_criteria),
        "skills": list(task.skills),
        "tools": list(task.tools),
        "resources": [
            {"kind": r.kind.value, "label": r.label, "target": r.target} for r in task.resources
        ],
        "escalation_rule": task.escalation_rule or None,
        "notes": task.notes or None,
        "position": task.position,
        "archived": task.archived,
        "status": task.status.value,
        "next_checkin": task.next_check_in.isoformat() if task.next_check_in else None,
        "last_checkin": task.last_check_in.isoformat() if task.last_check_in else None,
        "changed_since_handover": task.changed_since_handover,
        "last_feedback_rating": last_feedback_rating,
        "created_at": task.created_at.isoformat() + "Z" if task.created_at else None,
        "updated_at": task.updated_at.isoformat() + "Z" if task.updated_at else None,
    }
