"""What a service call changed, so the GUI refreshes just that."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids of the tasks touched and whether the set or order of tasks changed."""

    tasks: frozenset[int] = field(default_factory=frozenset)
    structure: bool = False
    profile: bool = False
    assistants: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            tasks=self.tasks | other.tasks,
            structure=self.structure or other.structure,
            profile=self.profile or other.profile,
            assistants=self.assistants or other.assistants,
        )
