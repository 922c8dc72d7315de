"""Assistants: who work is handed to, and how much is on their plate."""

from __future__ import annotations

from dataclasses import replace

from delegator.domain.agreement_rules import check_assistant
from delegator.domain.assistant import Assistant, AssistantLoad
from delegator.domain.changes import Changes
from delegator.domain.clock import Clock
from delegator.domain.hours import hours_per_week
from delegator.domain.money import cost_per_month_cents, hours_per_month
from delegator.storage import assistant_query, task_list_query
from delegator.storage.database import Database


class AssistantService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @property
    def clock(self) -> Clock:
        """The workspace's clock: what "today" is for an assistant's dates."""
        return self._db.clock

    def assistants(self, *, include_archived: bool = False) -> list[Assistant]:
        with self._db.reading() as connection:
            return assistant_query.all_assistants(connection, include_archived=include_archived)

    def assistant(self, assistant_id: int) -> Assistant:
        from delegator.storage.assistant_repository import AssistantRepository, to_assistant

        with self._db.snapshot() as session:
            return to_assistant(AssistantRepository(session).get_row(assistant_id))

    def loads(self) -> list[AssistantLoad]:
        """Per active assistant: open delegated to-dos, hours a week and cost a month."""
        with self._db.reading() as connection:
            estimates = task_list_query.delegated_estimate_counts(connection)
            assistants = assistant_query.all_assistants(connection, include_archived=False)
        result = []
        for assistant in assistants:
            mine = [(f, m, n) for a, f, m, n in estimates if a == assistant.id]
            weekly = sum((hours_per_week(f, m) or 0.0) * n for f, m, n in mine)
            costs = [
                (cost_per_month_cents(hours_per_month(f, m), assistant.hourly_rate_cents), n)
                for f, m, n in mine
            ]
            known = [cost * n for cost, n in costs if cost is not None]
            count = sum(n for _f, _m, n in mine)
            result.append(
                AssistantLoad(assistant, count, round(weekly, 2), sum(known) if known else None)
            )
        return result

    def check(self, assistant: Assistant) -> None:
        """Raise InvalidValue when *assistant* could not be stored: no name, working
        hours or trial dates out of order."""
        check_assistant(assistant)

    def add(self, assistant: Assistant) -> tuple[Assistant, Changes]:
        """Store a new assistant; returns it with its id."""
        from delegator.storage.assistant_repository import AssistantRepository

        self.check(assistant)
        with self._db.transaction() as session:
            new_id = AssistantRepository(session).add(assistant)
        return replace(assistant, id=new_id), Changes(assistants=frozenset({new_id}))

    def save(self, assistant: Assistant) -> Changes:
        from delegator.storage.assistant_repository import AssistantRepository

        self.check(assistant)
        with self._db.transaction() as session:
            AssistantRepository(session).save(assistant)
        return Changes(assistants=frozenset({assistant.id}))

    def remove(self, assistant_id: int) -> Changes:
        """Delete for good; only used to undo an add (archive is the user's delete)."""
        from delegator.storage.assistant_repository import AssistantRepository

        with self._db.transaction() as session:
            AssistantRepository(session).delete(assistant_id)
        return Changes(assistants=frozenset({assistant_id}))
