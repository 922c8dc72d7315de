"""What a service call changed, so the GUI refreshes just that."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids of the to-dos added, removed or changed (in any field, order included)."""

    tasks: frozenset[int] = field(default_factory=frozenset)
