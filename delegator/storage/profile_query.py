"""The profile and the latest mindset check read with plain sqlite3: the readiness
verdict in the window's corner needs them right after start-up, before the ORM (as
``profile_repository.to_profile`` and ``mindset_repository`` map them)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from delegator.domain.mindset import MindsetCheck, MindsetStatement
from delegator.domain.profile import (
    ChannelKind,
    CheckInRhythm,
    ContactChannel,
    Profile,
    ReachabilityWindow,
)

_PROFILE = (
    "SELECT id, name, business, time_zone, response_time_hours, check_in_rhythm,"
    " check_in_weekday, monthly_budget_cents, own_hourly_value_cents, currency,"
    " brief_language FROM profile ORDER BY id LIMIT 1"
)


def profile(connection: sqlite3.Connection) -> Profile:
    """The user's profile (an empty one if none is stored)."""
    row = connection.execute(_PROFILE).fetchone()
    if row is None:
        return Profile()
    profile_id, name, business, zone, response, rhythm, weekday, budget, value, currency, lang = row
    channels = connection.execute(
        "SELECT kind, value, for_candidates FROM contact_channels"
        " WHERE profile_id = ? ORDER BY position, id",
        (profile_id,),
    )
    windows = connection.execute(
        'SELECT weekday, start, "end" FROM reachability_windows'
        " WHERE profile_id = ? ORDER BY weekday, start",
        (profile_id,),
    )
    return Profile(
        name=name,
        business=business,
        channels=tuple(
            ContactChannel(ChannelKind(kind), text, bool(candidates))
            for kind, text, candidates in channels
        ),
        windows=tuple(
            ReachabilityWindow(day, dt.time.fromisoformat(start), dt.time.fromisoformat(end))
            for day, start, end in windows
        ),
        time_zone=zone,
        response_time_hours=response,
        check_in_rhythm=CheckInRhythm(rhythm) if rhythm else None,
        check_in_weekday=weekday,
        monthly_budget_cents=budget,
        own_hourly_value_cents=value,
        currency=currency,
        brief_language=lang,
    )


def latest_mindset(connection: sqlite3.Connection) -> MindsetCheck | None:
    """The newest mindset check with its answers in the statements' order, or None."""
    row = connection.execute(
        "SELECT id, taken_at FROM mindset_checks ORDER BY taken_at DESC, id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    check_id, taken_at = row
    order = list(MindsetStatement)
    answers = sorted(
        (
            (MindsetStatement(statement), agreement)
            for statement, agreement in connection.execute(
                "SELECT statement, agreement FROM mindset_answers WHERE check_id = ?",
                (check_id,),
            )
        ),
        key=lambda pair: order.index(pair[0]),
    )
    return MindsetCheck(dt.datetime.fromisoformat(taken_at), tuple(answers))
