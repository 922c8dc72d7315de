"""The sample business that ``delegator demo`` puts into an empty data folder.

The demo is made relative to the day it is made, so it tells the same story on any day
of any year: every date in ``demo.json`` is a number of days from that day
(``due_in_days``, ``start_date_in_days``, ``trial_end_in_days``; in a to-do's
``follow_up``: ``handed_over_in_days``, ``status_in_days``, ``next_check_in_in_days`` and
the ``in_days`` of its check-ins and feedback), and dates in its texts are placeholders
written out in the demo's language: ``{date:N}`` (day and month), ``{month:N}`` (the
month's name), ``{year:N}``, and, for what looks back from a day,
``{month_before:N}`` (the month before day N), ``{year_before:N}`` (the year before) and
``{year_end_before:N}`` (31 December of the year before), so a return "for December, due
on 10 January" stays one month apart whatever day the demo is made.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale

from delegator.domain.assistant import Assistant, FormOfAddress
from delegator.domain.followup import Feedback
from delegator.domain.mindset import MindsetStatement
from delegator.domain.model import Decision, DelegationLevel, Frequency, Priority, Status, Task
from delegator.domain.profile import (
    ChannelKind,
    CheckInRhythm,
    ContactChannel,
    Profile,
    ReachabilityWindow,
)


@dataclass(frozen=True, slots=True)
class DemoFollowUp:
    """What happened to a demo to-do after it was handed over: when, its status now
    (and since when), the next check-in, the check-ins kept (day, note) and the feedback given (its
    ``task_id`` is filled in when stored). ``handed_over_as`` is the to-do as the
    handover gave it when it was changed since (None: unchanged); feedback given on
    such a to-do was given on that version."""

    handed_over: dt.date
    status: Status
    status_since: dt.date
    next_check_in: dt.date | None
    check_ins: tuple[tuple[dt.date, str], ...] = ()
    feedback: tuple[Feedback, ...] = ()
    handed_over_as: Task | None = None


@dataclass(frozen=True, slots=True)
class DemoPlan:
    """A whole plan: the client, the assistants and the to-dos (with the name of the
    assistant each is delegated to, if any), and the follow-up of handed-over to-dos
    by their index in ``tasks``. The client took the mindset check
    ``mindset_taken_in_days`` from the day the demo is made, answering
    ``mindset_answers`` (a demo plan can be Ready: see domain/readiness.py)."""

    profile: Profile
    assistants: tuple[Assistant, ...]
    tasks: tuple[tuple[Task, str | None], ...]
    follow_ups: dict[int, DemoFollowUp]
    mindset_taken_in_days: int = -14
    mindset_answers: tuple[tuple[MindsetStatement, int], ...] = (
        (MindsetStatement.DO_IT_BEST_MYSELF, 3),
        (MindsetStatement.NO_DESIRE_TO_EXPLAIN, 2),
        (MindsetStatement.NO_DESIRE_FOR_FEEDBACK, 1),
        (MindsetStatement.COSTS_MORE_IN_THE_END, 2),
        (MindsetStatement.MUST_CHECK_EVERY_STEP, 3),
    )


_PLACEHOLDER = re.compile(r"\{(date|month|year|month_before|year_before|year_end_before):(-?\d+)\}")
_DAY_FORMATS = {"de": "d. MMMM", "en": "d MMMM"}


def _dated_texts(data: Any, write: Callable[[re.Match[str]], str]) -> Any:
    """*data* with every text placeholder replaced by what *write* makes of it."""
    if isinstance(data, dict):
        return {key: _dated_texts(value, write) for key, value in data.items()}
    if isinstance(data, list):
        return [_dated_texts(value, write) for value in data]
    if isinstance(data, str) and "{" in data:
        return _PLACEHOLDER.sub(write, data)
    return data


def _placeholder_writer(today: dt.date, language: str) -> Callable[[re.Match[str]], str]:
    """Writes a placeholder's date, counted from *today*, in *language*."""
    locale = QLocale(language)

    def day_text(day: dt.date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), _DAY_FORMATS[language])

    def write(match: re.Match[str]) -> str:
        kind = match.group(1)
        day = today + dt.timedelta(days=int(match.group(2)))
        if kind == "date":
            return day_text(day)
        if kind == "month":
            return locale.monthName(day.month)
        if kind == "year":
            return str(day.year)
        if kind == "month_before":
            return locale.monthName((day.replace(day=1) - dt.timedelta(days=1)).month)
        if kind == "year_before":
            return str(day.year - 1)
        return day_text(dt.date(day.year - 1, 12, 31))  # year_end_before

    return write


def _date(data: dict[str, Any], key: str, today: dt.date) -> dt.date | None:
    offset = data.get(f"{key}_in_days")
    return today + dt.timedelta(days=offset) if offset is not None else None


def _time(value: Any) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _profile(data: dict[str, Any]) -> Profile:
    return Profile(
        name=data["name"],
        business=data["business"],
        channels=tuple(
            ContactChannel(ChannelKind(c["kind"]), c["value"]) for c in data["contact_channels"]
        ),
        windows=tuple(
            ReachabilityWindow(
                w["weekday"], dt.time.fromisoformat(w["start"]), dt.time.fromisoformat(w["end"])
            )
            for w in data["reachability_windows"]
        ),
        time_zone=data["time_zone"],
        response_time_hours=data["response_time_hours"],
        check_in_rhythm=CheckInRhythm(data["check_in_rhythm"]),
        check_in_weekday=data["check_in_weekday"],
        monthly_budget_cents=data["monthly_budget_cents"],
        own_hourly_value_cents=data["own_hourly_value_cents"],
        currency=data["currency"],
        brief_language=data["brief_language"],
    )


def _assistant(data: dict[str, Any], today: dt.date) -> Assistant:
    return Assistant(
        id=0,
        name=data["name"],
        role=data["role"],
        contact=data["contact"],
        skills=tuple(data["skills"]),
        hourly_rate_cents=data["hourly_rate_cents"],
        currency=data["currency"],
        weekly_capacity_hours=data["weekly_capacity_hours"],
        working_days=tuple(data["working_days"]),
        work_start=_time(data["work_start"]),
        work_end=_time(data["work_end"]),
        time_zone=data["time_zone"],
        start_date=_date(data, "start_date", today),
        trial_end=_date(data, "trial_end", today),
        notes=data["notes"],
        # The demo's instructions say "du": so do its briefs.
        german_address=FormOfAddress(data["german_address"]),
    )


def _task(data: dict[str, Any], today: dt.date) -> Task:
    return Task(
        id=0,
        title=data["title"],
        decision=Decision(data["decision"]),
        notes=data.get("notes") or "",
        area=data.get("area") or "",
        priority=Priority(data["priority"]) if data.get("priority") else None,
        frequency=Frequency(data["frequency"]) if data.get("frequency") else None,
        minutes_per_occurrence=data.get("minutes_per_occurrence"),
        due=_date(data, "due", today),
        lead_time_days=data.get("lead_time_days"),
        instructions=data.get("instructions") or "",
        steps=tuple(data.get("steps") or ()),
        acceptance_criteria=tuple(data.get("acceptance_criteria") or ()),
        skills=tuple(data.get("skills") or ()),
        tools=tuple(data.get("tools") or ()),
        level=DelegationLevel(data["level"]) if data.get("level") else None,
        escalation_rule=data.get("escalation_rule") or "",
    )


def _days(offset: int, today: dt.date) -> dt.date:
    return today + dt.timedelta(days=offset)


def _follow_up(data: dict[str, Any], task: Task, today: dt.date) -> DemoFollowUp:
    handed_over_as = replace(task, **data["handed_over_as"]) if data.get("handed_over_as") else None
    return DemoFollowUp(
        handed_over=_days(data["handed_over_in_days"], today),
        status=Status(data["status"]),
        status_since=_days(data["status_in_days"], today),
        next_check_in=_date(data, "next_check_in", today),
        check_ins=tuple((_days(c["in_days"], today), c["note"]) for c in data["check_ins"]),
        feedback=tuple(
            Feedback(
                id=0,
                given_on=_days(f["in_days"], today),
                rating=f["rating"],
                went_well=f["went_well"],
                to_improve=f["to_improve"],
                keep_in_mind=f["keep_in_mind"],
            )
            for f in data["feedback"]
        ),
        handed_over_as=handed_over_as,
    )


def load_demo(path: Path, language: str, today: dt.date) -> DemoPlan:
    """The demo in *language* ("de…" for German, anything else English), made on
    *today*."""
    data = json.loads(path.read_text(encoding="utf-8"))
    code = "de" if language.lower().startswith("de") else "en"
    chosen = _dated_texts(data[code], _placeholder_writer(today, code))
    tasks = tuple((_task(t, today), t.get("assistant")) for t in chosen["tasks"])
    return DemoPlan(
        profile=_profile(chosen["profile"]),
        assistants=tuple(_assistant(a, today) for a in chosen["assistants"]),
        tasks=tasks,
        follow_ups={
            index: _follow_up(data["follow_up"], tasks[index][0], today)
            for index, data in enumerate(chosen["tasks"])
            if data.get("follow_up")
        },
    )
