"""The frozen version of a task a handover records, as JSON, and what changed since."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from delegator.domain.brief import BriefTask, FieldDiff, TaskChange

COMPARED = tuple(
    f.name for f in fields(BriefTask) if f.name not in ("id", "hours_per_week", "notes")
)


def snapshot(task: BriefTask) -> str:
    """A stable JSON text of the task as the assistant received it."""
    data = asdict(task)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def changed_fields(before: str, task: BriefTask) -> tuple[str, ...]:
    """Names of the fields that differ between a recorded snapshot and *task*."""
    old: dict[str, Any] = json.loads(before)
    new: dict[str, Any] = json.loads(snapshot(task))
    return tuple(name for name in COMPARED if old.get(name) != new.get(name))


def task_change(before: str, task: BriefTask) -> TaskChange | None:
    names = changed_fields(before, task)
    return TaskChange(task.id, task.title, names) if names else None


def title_of(before: str) -> str:
    return str(json.loads(before).get("title", ""))


def field_diffs(before: str, task: BriefTask) -> tuple[FieldDiff, ...]:
    """Each compared field that differs, with its value then and now."""
    old: dict[str, Any] = json.loads(before)
    new: dict[str, Any] = json.loads(snapshot(task))
    return tuple(
        FieldDiff(name, old.get(name), new.get(name))
        for name in COMPARED
        if old.get(name) != new.get(name)
    )
