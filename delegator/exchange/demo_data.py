"""The sample business that ``delegator demo`` puts into an empty data folder."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision, DelegationLevel, Frequency, Priority, Task
from delegator.domain.profile import (
    ChannelKind,
    CheckInRhythm,
    ContactChannel,
    Profile,
    ReachabilityWindow,
)


@dataclass(frozen=True, slots=True)
class DemoPlan:
    """A whole plan: the client, the assistants and the to-dos (with the name of the
    assistant each is delegated to, if any)."""

    profile: Profile
    assistants: tuple[Assistant, ...]
    tasks: tuple[tuple[Task, str | None], ...]


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


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


def _assistant(data: dict[str, Any]) -> Assistant:
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
        start_date=_date(data["start_date"]),
        trial_end=_date(data["trial_end"]),
        notes=data["notes"],
    )


def _task(data: dict[str, Any]) -> Task:
    return Task(
        id=0,
        title=data["title"],
        decision=Decision(data["decision"]),
        notes=data.get("notes") or "",
        area=data.get("area") or "",
        priority=Priority(data["priority"]) if data.get("priority") else None,
        frequency=Frequency(data["frequency"]) if data.get("frequency") else None,
        minutes_per_occurrence=data.get("minutes_per_occurrence"),
        due=_date(data.get("due")),
        lead_time_days=data.get("lead_time_days"),
        instructions=data.get("instructions") or "",
        steps=tuple(data.get("steps") or ()),
        acceptance_criteria=tuple(data.get("acceptance_criteria") or ()),
        skills=tuple(data.get("skills") or ()),
        tools=tuple(data.get("tools") or ()),
        level=DelegationLevel(data["level"]) if data.get("level") else None,
        escalation_rule=data.get("escalation_rule") or "",
    )


def load_demo(path: Path, language: str) -> DemoPlan:
    """The demo in *language* ("de…" for German, anything else English)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    chosen = data["de" if language.lower().startswith("de") else "en"]
    return DemoPlan(
        profile=_profile(chosen["profile"]),
        assistants=tuple(_assistant(a) for a in chosen["assistants"]),
        tasks=tuple((_task(t), t.get("assistant")) for t in chosen["tasks"]),
    )
