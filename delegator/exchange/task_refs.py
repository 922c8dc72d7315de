"""The reference an export writes for each to-do, and reading it back from a returned
file (docs/design.md, "Follow-up": status back from the assistant).

A ref is ``task-<id>-<plan uid>@delegator.local``: the iCalendar UID of the to-do, and
the last line of its Todoist DESCRIPTION (``Ref: <ref>``, the same in every language).
The plan uid is random per data file, so two clients' to-dos never share a UID in an
assistant's calendar. Files exported before carry the old form ``task-<id>@delegator.
local``, which is still read (its plan unknown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UID_DOMAIN = "delegator.local"
REF_LABEL = "Ref:"

_REF = re.compile(
    rf"task-(?P<id>[1-9][0-9]{{0,17}})(?:-(?P<plan>[A-Za-z0-9]+))?@{re.escape(UID_DOMAIN)}",
    re.IGNORECASE,
)
_PLAN_UID = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True, slots=True)
class TaskRef:
    """A to-do's ref as read: its id, and its plan's uid (None: the old form)."""

    task_id: int
    plan_uid: str | None

    def belongs_to(self, plan_uid: str) -> bool:
        """Whether the ref names a to-do of the plan *plan_uid* (the old form: maybe)."""
        return self.plan_uid is None or self.plan_uid.casefold() == plan_uid.casefold()


def make_ref(task_id: int, plan_uid: str) -> str:
    """The ref of to-do *task_id* of the plan *plan_uid* (ValueError: not a plan uid)."""
    if not _PLAN_UID.fullmatch(plan_uid):
        raise ValueError(f"not a plan uid: {plan_uid!r}")
    return f"task-{task_id}-{plan_uid}@{UID_DOMAIN}"


def parse_ref(text: str) -> TaskRef | None:
    """The ref in *text* (white space around it allowed), or None if it is none."""
    match = _REF.fullmatch(text.strip())
    if match is None:
        return None
    return TaskRef(int(match["id"]), match["plan"])


def ref_line(ref: str) -> str:
    """The description's last line that carries *ref*."""
    return f"{REF_LABEL} {ref}"


def split_ref(description: str) -> tuple[str, str]:
    """(the description without its ref line, the ref) of a Todoist DESCRIPTION; the
    ref is empty when the last line carries none."""
    body, _, last = description.rstrip().rpartition("\n")
    if not last.startswith(REF_LABEL):
        return description, ""
    ref = last.removeprefix(REF_LABEL).strip()
    if parse_ref(ref) is None:
        return description, ""
    return body.rstrip(), ref
