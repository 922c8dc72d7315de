"""The user's own task templates, stored as JSON."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegator.domain.model import DelegationLevel, Frequency
from delegator.domain.templates import TaskTemplate
from delegator.storage.rows import TemplateRow

USER_PREFIX = "user-"


def _body(template: TaskTemplate) -> str:
    return json.dumps(
        {
            "title": template.title,
            "area": template.area,
            "instructions": template.instructions,
            "steps": list(template.steps),
            "acceptance_criteria": list(template.acceptance_criteria),
            "skills": list(template.skills),
            "tools": list(template.tools),
            "escalation_rule": template.escalation_rule,
            "frequency": template.frequency.value if template.frequency else None,
            "minutes_per_occurrence": template.minutes_per_occurrence,
            "level": int(template.level) if template.level else None,
        },
        ensure_ascii=False,
    )


def _template(row: TemplateRow) -> TaskTemplate:
    data: dict[str, Any] = json.loads(row.body)
    return TaskTemplate(
        id=f"{USER_PREFIX}{row.id}",
        name=row.name,
        title=str(data.get("title", row.name)),
        area=str(data.get("area", "")),
        instructions=str(data.get("instructions", "")),
        steps=tuple(map(str, data.get("steps", ()))),
        acceptance_criteria=tuple(map(str, data.get("acceptance_criteria", ()))),
        skills=tuple(map(str, data.get("skills", ()))),
        tools=tuple(map(str, data.get("tools", ()))),
        escalation_rule=str(data.get("escalation_rule", "")),
        frequency=Frequency(data["frequency"]) if data.get("frequency") else None,
        minutes_per_occurrence=data.get("minutes_per_occurrence"),
        level=DelegationLevel(data["level"]) if data.get("level") else None,
    )


class TemplateRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[TaskTemplate]:
        rows = self._session.scalars(select(TemplateRow).order_by(TemplateRow.name))
        return [_template(row) for row in rows]

    def add(self, template: TaskTemplate) -> TaskTemplate:
        row = TemplateRow(name=template.name, body=_body(template))
        self._session.add(row)
        self._session.flush()
        return _template(row)

    def rename(self, template_id: str, name: str) -> TaskTemplate | None:
        """Give the template *name* as it is; None if there is no such own template."""
        row = self._row(template_id)
        if row is None:
            return None
        row.name = name
        self._session.flush()
        return _template(row)

    def update(self, template: TaskTemplate) -> TaskTemplate | None:
        """Store every field of *template* as it is; None if there is no such own one."""
        row = self._row(template.id)
        if row is None:
            return None
        row.name = template.name
        row.body = _body(template)
        self._session.flush()
        return _template(row)

    def delete(self, template_id: str) -> None:
        row = self._row(template_id)
        if row is not None:
            self._session.delete(row)

    def _row(self, template_id: str) -> TemplateRow | None:
        """The row of an own template (``user-<n>``); None for a built-in's id."""
        number = template_id.removeprefix(USER_PREFIX)
        if number == template_id or not number.isdigit():
            return None
        return self._session.get(TemplateRow, int(number))
