"""The readiness report of the current plan, and the mindset checks behind it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from delegator.domain.changes import Changes
from delegator.domain.clock import Clock
from delegator.domain.mindset import MindsetCheck
from delegator.domain.readiness import Plan, Report, Verdict, check, verdict
from delegator.storage import assistant_query, profile_query, readiness_query
from delegator.storage.database import Database


class ReadinessService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @property
    def clock(self) -> Clock:
        return self._db.clock

    def plan(self, today: dt.date | None = None) -> Plan:
        """The facts the rules check, on *today* (default: the clock's day).

        All of them are read in one read transaction with plain sqlite3 (the verdict in the
        window's corner needs no ORM): they agree with each other even while an import
        stores its to-dos on a worker thread, and reading them never waits for it.
        """
        with self._db.reading() as connection:
            delegated = readiness_query.delegated_facts(connection)
            undecided = readiness_query.undecided_count(connection)
            reviews = readiness_query.reviews(connection)
            assistants = assistant_query.all_assistants(connection, include_archived=False)
            profile = profile_query.profile(connection)
            taken = profile_query.latest_mindset(connection)
        mindset = None
        if taken is not None:
            # The rules count days on the user's calendar, not in UTC.
            local = self._db.clock.local(taken.taken_at).replace(tzinfo=None)
            mindset = replace(taken, taken_at=local)
        return Plan(
            delegated=tuple(delegated),
            undecided=undecided,
            assistants=tuple(assistants),
            profile=profile,
            mindset=mindset,
            today=today or self._db.clock.today(),
            reviews=tuple(reviews),
        )

    def report(self, today: dt.date | None = None) -> Report:
        return check(self.plan(today))

    def verdict(self, today: dt.date | None = None) -> Verdict:
        """The report's verdict alone (lighter: no findings are kept)."""
        return verdict(self.plan(today))

    def mindset_checks(self, limit: int | None = None) -> list[tuple[int, MindsetCheck]]:
        """(id, check) pairs, newest first."""
        from delegator.storage.mindset_repository import MindsetRepository

        with self._db.snapshot() as session:
            return MindsetRepository(session).recent(limit)

    def add_mindset_check(self, mindset: MindsetCheck, check_id: int | None = None) -> int:
        from delegator.storage.mindset_repository import MindsetRepository

        with self._db.transaction() as session:
            return MindsetRepository(session).add(mindset, check_id)

    def remove_mindset_check(self, check_id: int) -> Changes:
        from delegator.storage.mindset_repository import MindsetRepository

        with self._db.transaction() as session:
            MindsetRepository(session).delete(check_id)
        return Changes(profile=True)
