"""The triage helper's answers per to-do, its suggestion and the overall summary."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from delegator.domain.assistant import Assistant
from delegator.domain.changes import Changes
from delegator.domain.hours import hours_per_week
from delegator.domain.model import Decision, Task
from delegator.domain.profile import Profile
from delegator.domain.triage import TriageAnswers, TriageSuggestion, TriageSummary, suggest, summary
from delegator.services.profile_service import ProfileService
from delegator.services.task_service import TaskService
from delegator.storage import assistant_query, task_list_query
from delegator.storage.database import Database, driver_connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def comparable_rates(assistants: list[Assistant], currency: str) -> dict[int, int]:
    """Assistants' hourly rates that can be compared with the client's own hourly value:
    those in the client's currency (other currencies are left out, not converted)."""
    return {
        a.id: a.hourly_rate_cents
        for a in assistants
        if a.hourly_rate_cents is not None and a.currency == currency
    }


def comparison_rate(task: Task, rates: dict[int, int], active: set[int]) -> int | None:
    """The rate the money test compares with: the assigned assistant's, or for a to-do
    without one, the lowest rate among the active assistants (the best offer at hand)."""
    if task.assistant_id is not None:
        return rates.get(task.assistant_id)
    return min((rate for a, rate in rates.items() if a in active), default=None)


def _profile_and_assistants(session: Session) -> tuple[Profile, list[Assistant]]:
    """The client's profile and every assistant, archived ones included."""
    from delegator.storage.profile_repository import ProfileRepository

    connection = driver_connection(session)
    return (
        ProfileRepository(session).get(),
        assistant_query.all_assistants(connection, include_archived=True),
    )


class TriageService:
    def __init__(
        self,
        database: Database,
        tasks: TaskService,
        profile: ProfileService,
    ) -> None:
        self._db = database
        self._tasks = tasks
        self._profile = profile

    def currency(self) -> str:
        return self._profile.profile().currency

    def answers(self, task_id: int) -> TriageAnswers:
        stored = self._tasks.triage_answers(task_id)
        try:
            data = json.loads(stored) if stored else {}
        except json.JSONDecodeError:
            data = {}
        return TriageAnswers.from_dict(data if isinstance(data, dict) else {})

    def save_answers(self, task_id: int, answers: TriageAnswers) -> Changes:
        return self._tasks.set_triage_answers(task_id, json.dumps(answers.to_dict()))

    def suggestion(self, task: Task, answers: TriageAnswers) -> TriageSuggestion:
        with self._db.snapshot() as session:
            profile, assistants = _profile_and_assistants(session)
        rates = comparable_rates(assistants, profile.currency)
        active = {a.id for a in assistants if not a.archived}
        rate = comparison_rate(task, rates, active)
        return suggest(answers, profile.own_hourly_value_cents, rate)

    def summary(self) -> TriageSummary:
        """Hours a week freed and net value a month of every delegated, open to-do, all
        read in one snapshot."""
        with self._db.snapshot() as session:
            profile, assistants = _profile_and_assistants(session)
            estimates = task_list_query.delegated_estimates(driver_connection(session))
        rates = comparable_rates(assistants, profile.currency)
        active = {a.id for a in assistants if not a.archived}
        cheapest = min((rate for a, rate in rates.items() if a in active), default=None)
        rows = [
            (
                Decision.DELEGATE,
                hours_per_week(frequency, minutes),
                rates.get(assistant_id) if assistant_id is not None else cheapest,
            )
            for assistant_id, frequency, minutes in estimates
        ]
        return summary(rows, profile.own_hourly_value_cents)
