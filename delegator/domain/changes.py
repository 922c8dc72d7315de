"""What a service call changed, so the GUI refreshes just that."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed: ids of to-dos and assistants added, removed or changed (in any
    field, order included), and whether the profile changed."""

    tasks: frozenset[int] = field(default_factory=frozenset)
    assistants: frozenset[int] = field(default_factory=frozenset)
    profile: bool = False
