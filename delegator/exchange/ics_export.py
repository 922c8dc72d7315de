"""``tasks.ics``: a brief's tasks as iCalendar to-dos (RFC 5545), one VTODO per task.

Calendar and task apps (Thunderbird, Apple Reminders, Outlook, DAVx⁵ / tasks.org) read
it. The icalendar library writes the file: it escapes commas, semicolons, backslashes and
newlines in text values and folds lines longer than 75 octets.

Per task:

- ``UID`` ``task-<id>-<plan uid>@delegator.local`` (``task_refs.make_ref``): the same on
  every export of the same task, so an app that already has it updates it instead of
  adding a copy; the plan's random uid makes it unique in the world, so two clients'
  to-dos never merge in an assistant's calendar, and a returned file is recognised by
  it. No host name is looked up.
- ``DTSTAMP`` the export time in UTC; ``SUMMARY`` the title; ``STATUS`` NEEDS-ACTION.
- ``DESCRIPTION`` plain text: the instructions, then the steps as ``[ ] step`` lines and
  the "done when" criteria as ``- criterion`` lines, headed in the brief's language.
- With a due date: ``DUE`` (a date). A recurring task also gets ``DTSTART`` on the due
  date, because RFC 5545 requires DTSTART wherever an RRULE is.
- Without one: ``DTSTART`` today: in the client's time zone when the brief has one, else
  on the user's own calendar.
  When the minutes per occurrence are known, also ``DURATION``; DTSTART is then a floating
  date-time at the start of the assistant's working day (09:00 when unknown), since a
  DURATION in minutes may not follow a DTSTART that is a bare date (RFC 5545, 3.8.2.5).
  Floating time is read in the assistant's own zone, which is the zone their working
  hours are given in.
- ``PRIORITY`` urgent 1, high 3, normal 5, low 9 (omitted when not set).
- ``CATEGORIES`` the area and the skills.
- ``RRULE`` from the frequency; daily work means working days (Monday to Friday), as the
  hours maths counts it. A weekday series that would start on a weekend starts on the
  Monday after, so DTSTART is an occurrence of its rule.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Mapping

from icalendar import Calendar, Todo, vRecur
from PySide6.QtCore import QT_TRANSLATE_NOOP

from delegator.domain.brief import Brief, BriefTask
from delegator.domain.model import MAX_MINUTES_PER_OCCURRENCE, Frequency, Priority
from delegator.exchange.task_refs import make_ref
from delegator.text.brief_text import BriefText

PRODID = "-//Delegator//Handover//EN"
DEFAULT_START = dt.time(9, 0)

ICS_PRIORITY: Mapping[Priority, int] = {
    Priority.URGENT: 1,
    Priority.HIGH: 3,
    Priority.NORMAL: 5,
    Priority.LOW: 9,
}

WORKING_DAYS = ("MO", "TU", "WE", "TH", "FR")

RRULES: Mapping[Frequency, dict[str, object]] = {
    Frequency.DAILY: {"FREQ": "DAILY", "BYDAY": list(WORKING_DAYS)},
    Frequency.WEEKLY: {"FREQ": "WEEKLY"},
    Frequency.MONTHLY: {"FREQ": "MONTHLY"},
    Frequency.QUARTERLY: {"FREQ": "MONTHLY", "INTERVAL": 3},
    Frequency.YEARLY: {"FREQ": "YEARLY"},
}


def task_uid(task_id: int, plan_uid: str) -> str:
    """The UID of a task's VTODO: stable across exports, unique in the world."""
    return make_ref(task_id, plan_uid)


def render_ics(brief: Brief, *, now: dt.datetime) -> bytes:
    """The whole ``tasks.ics`` file.

    *now* is the export time, aware, on the user's wall clock (the brief's ``created``):
    DTSTAMP, and "today" for tasks without a due date.
    """
    if now.tzinfo is None:
        raise ValueError("the export time needs its time zone")
    words = BriefText(brief.options.language, brief.options.address)
    stamp = now.astimezone(dt.UTC)
    today = _today(now, brief.agreement.time_zone)
    work_start = (
        brief.agreement.assistant_hours[0]
        if brief.agreement.assistant_hours is not None
        else DEFAULT_START
    )
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    for task in brief.tasks:
        calendar.add_component(_todo(task, brief.plan_uid, words, stamp, today, work_start))
    data: bytes = calendar.to_ical()
    return data


def _todo(
    task: BriefTask,
    plan_uid: str,
    words: BriefText,
    stamp: dt.datetime,
    today: dt.date,
    work_start: dt.time,
) -> Todo:
    todo = Todo()
    todo.add("uid", task_uid(task.id, plan_uid))
    todo.add("dtstamp", stamp)
    todo.add("summary", task.title)
    description = describe(task, words)
    if description:
        todo.add("description", description)
    rule = RRULES.get(task.frequency) if task.frequency is not None else None
    if task.due is not None:
        if rule is not None:
            todo.add("dtstart", task.due)
        todo.add("due", task.due)
    else:
        start = today
        if task.frequency is Frequency.DAILY:
            start = _next_working_day(start)
        minutes = task.minutes_per_occurrence
        # A time an older version stored beyond a week is left out, as unknown.
        if minutes is not None and 0 < minutes <= MAX_MINUTES_PER_OCCURRENCE:
            todo.add("dtstart", dt.datetime.combine(start, work_start))
            todo.add("duration", dt.timedelta(minutes=minutes))
        else:
            todo.add("dtstart", start)
    if task.priority is not None:
        todo.add("priority", ICS_PRIORITY[task.priority])
    categories = _categories(task)
    if categories:
        todo.add("categories", categories)
    if rule is not None:
        todo.add("rrule", vRecur(rule))
    todo.add("status", "NEEDS-ACTION")
    return todo


def describe(task: BriefTask, words: BriefText) -> str:
    """The plain-text description: instructions, steps as a checklist, criteria."""
    parts: list[str] = []
    if task.instructions.strip():
        parts.append(task.instructions.strip())
    if task.steps:
        heading = words(QT_TRANSLATE_NOOP("Brief", "Steps"))
        parts.append("\n".join([f"{heading}:", *(f"[ ] {step}" for step in task.steps)]))
    if task.acceptance_criteria:
        heading = words(QT_TRANSLATE_NOOP("Brief", "Done when"))
        lines = (f"- {criterion}" for criterion in task.acceptance_criteria)
        parts.append("\n".join([f"{heading}:", *lines]))
    return "\n\n".join(parts)


def _categories(task: BriefTask) -> list[str]:
    names = [task.area, *task.skills]
    return list(dict.fromkeys(name.strip() for name in names if name.strip()))


def _today(now: dt.datetime, time_zone: str) -> dt.date:
    """The date at *now* in the client's time zone when the brief has one, else the
    day on the user's own calendar (the zone *now* carries)."""
    try:
        zone: dt.tzinfo | None = zoneinfo.ZoneInfo(time_zone) if time_zone else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = None
    return now.astimezone(zone).date() if zone is not None else now.date()


def _next_working_day(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day
