"""Task templates: a ready description of common assistant work to start a to-do from."""

from __future__ import annotations

from dataclasses import dataclass

from delegator.domain.model import DelegationLevel, Frequency


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
