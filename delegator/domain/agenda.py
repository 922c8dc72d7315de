"""What a check-in agenda says: one page for one assistant, made by the agenda service
(``services/agenda_service.py``) and only formatted by the Markdown and PDF writers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from delegator.domain.assistant import FormOfAddress
from delegator.domain.followup import StatusSource
from delegator.domain.model import Status


@dataclass(frozen=True, slots=True)
class AgendaDue:
    """A to-do whose check-in is due."""

    title: str
    due_since: dt.date
    last_check_in: dt.date | None
    status: Status


@dataclass(frozen=True, slots=True)
class AgendaStatusChange:
    title: str
    status: Status
    changed_at: dt.datetime  # aware, on the user's wall clock
    source: StatusSource


@dataclass(frozen=True, slots=True)
class AgendaFeedback:
    """Feedback logged since the last check-in, to give at this one; ``task_title`` is
    empty for feedback on the assistant as a whole."""

    given_on: dt.date
    rating: int
    task_title: str
    went_well: str
    to_improve: str
    keep_in_mind: str


@dataclass(frozen=True, slots=True)
class AgendaChange:
    """A to-do whose text differs from what the last handover gave the assistant."""

    title: str
    fields: tuple[str, ...]  # BriefTask field names


@dataclass(frozen=True, slots=True)
class Agenda:
    assistant_name: str
    made_at: dt.datetime  # aware, on the user's wall clock
    since: dt.date | None  # the assistant's last check-in; None: none yet
    language: str
    due: tuple[AgendaDue, ...] = ()
    status_changes: tuple[AgendaStatusChange, ...] = ()
    feedback: tuple[AgendaFeedback, ...] = ()
    changed: tuple[AgendaChange, ...] = ()
    address: FormOfAddress | None = None  # a German agenda's "Sie" or "du"; None: "Sie"
