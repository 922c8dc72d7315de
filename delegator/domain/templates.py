"""Task templates: a ready description of common assistant work to start a to-do from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from delegator.domain.model import Decision, DelegationLevel, Frequency, Task


@dataclass(frozen=True, slots=True)
class TaskTemplate:
    """Everything a template fills in, in one language. ``tools`` are names of systems."""

    id: str
    name: str
    title: str
    area: str
    instructions: str
    steps: tuple[str, ...]
    acceptance_criteria: tuple[str, ...]
    skills: tuple[str, ...]
    tools: tuple[str, ...]
    escalation_rule: str
    frequency: Frequency | None
    minutes_per_occurrence: int | None
    level: DelegationLevel | None


# What applying a template fills in, in the editor's order: only the fields that are
# empty in the to-do (its title and whatever the user wrote stay).
FILLED_FIELDS = (
    "area",
    "instructions",
    "steps",
    "acceptance_criteria",
    "skills",
    "tools",
    "escalation_rule",
    "frequency",
    "minutes_per_occurrence",
    "level",
)


def filled_from(task: Task, template: TaskTemplate) -> dict[str, object]:
    """The values *template* gives to the fields of *task* that are empty.

    The title is never taken. A template that sets a delegation level describes work
    for an assistant: an undecided to-do becomes delegated ("decision" is then among
    the values); a to-do the user decided to keep stays kept.
    """
    values: dict[str, object] = {}
    for name in FILLED_FIELDS:
        given = getattr(template, name)
        if given not in (None, "", ()) and getattr(task, name) in (None, "", ()):
            values[name] = given
    if template.level is not None and task.decision is Decision.UNDECIDED:
        values["decision"] = Decision.DELEGATE
    return values


_WORD = re.compile(r"\w+")
_STEM = 5  # letters compared: "Rechnung" matches "Rechnungen", "invoice" "invoices"
_SHORTEST = 4  # shorter words ("and", "für", "the") say nothing


def _stems(text: str) -> set[str]:
    words = (w.casefold() for w in _WORD.findall(text))
    return {w[:_STEM] for w in words if len(w) >= _SHORTEST and not w.isdigit()}


def matching_template(
    title: str, area: str, templates: Sequence[TaskTemplate]
) -> TaskTemplate | None:
    """The template whose name, title and area share the most words with a to-do's
    *title* and *area* (words of four letters or more, compared by their first five);
    the first of equals; None when no template shares a word."""
    wanted = _stems(f"{title} {area}")
    best: TaskTemplate | None = None
    best_score = 0
    for template in templates:
        score = len(wanted & _stems(f"{template.name} {template.title} {template.area}"))
        if score > best_score:
            best, best_score = template, score
    return best
