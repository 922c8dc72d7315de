"""The triage helper's answers per to-do, its suggestion and the overall summary."""

from __future__ import annotations

import json

from delegator.domain.assistant import Assistant
from delegator.domain.changes import Changes
from delegator.domain.hours import hours_per_week
from delegator.domain.model import Decision, Task
from delegator.domain.triage import TriageAnswers, TriageSuggestion, TriageSummary, suggest, summary
from delegator.services.assistant_service import AssistantService
from delegator.services.profile_service import ProfileService
from delegator.services.task_service import TaskService
from delegator.storage import task_list_query
from delegator.storage.database import Database


def comparison_rate(task: Task, assistants: list[Assistant]) -> int | None:
    """The rate the money test compares with: the assigned assistant's, or for a to-do
    without one, the lowest rate among the active assistants (the best offer at hand)."""
    rates = {a.id: a.hourly_rate_cents for a in assistants if a.hourly_rate_cents is not None}
    if task.assistant_id is not None:
        return rates.get(task.assistant_id)
    return min(rates.values(), default=None)


class TriageService:
    def __init__(
        self,
        database: Database,
        tasks: TaskService,
        assistants: AssistantService,
        profile: ProfileService,
    ) -> None:
        self._db = database
        self._tasks = tasks
        self._assistants = assistants
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
        rate = comparison_rate(task, self._assistants.assistants())
        return suggest(answers, self._profile.profile().own_hourly_value_cents, rate)

    def summary(self) -> TriageSummary:
        """Hours a week freed and net value a month of every delegated, open to-do."""
        assistants = self._assistants.assistants()
        rates = {a.id: a.hourly_rate_cents for a in assistants}
        cheapest = min((r for r in rates.values() if r is not None), default=None)
        with self._db.reading() as connection:
            estimates = task_list_query.delegated_estimates(connection)
        rows = [
            (
                Decision.DELEGATE,
                hours_per_week(frequency, minutes),
                rates.get(assistant_id) if assistant_id is not None else cheapest,
            )
            for assistant_id, frequency, minutes in estimates
        ]
        return summary(rows, self._profile.profile().own_hourly_value_cents)
