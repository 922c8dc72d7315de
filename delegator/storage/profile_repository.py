"""The single profile row (the user as a client)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegator.domain.profile import (
    ChannelKind,
    CheckInRhythm,
    ContactChannel,
    Profile,
    ReachabilityWindow,
)
from delegator.storage.rows import ContactChannelRow, ProfileRow, ReachabilityWindowRow


def to_profile(row: ProfileRow) -> Profile:
    return Profile(
        name=row.name,
        business=row.business,
        channels=tuple(
            ContactChannel(ChannelKind(c.kind), c.value, c.for_candidates) for c in row.channels
        ),
        windows=tuple(ReachabilityWindow(w.weekday, w.start, w.end) for w in row.windows),
        time_zone=row.time_zone,
        response_time_hours=row.response_time_hours,
        check_in_rhythm=CheckInRhythm(row.check_in_rhythm) if row.check_in_rhythm else None,
        check_in_weekday=row.check_in_weekday,
        monthly_budget_cents=row.monthly_budget_cents,
        own_hourly_value_cents=row.own_hourly_value_cents,
        currency=row.currency,
        brief_language=row.brief_language,
    )


class ProfileRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self) -> ProfileRow | None:
        return self._session.scalars(select(ProfileRow).order_by(ProfileRow.id).limit(1)).first()

    def get(self) -> Profile:
        row = self._row()
        return to_profile(row) if row is not None else Profile()

    def save(self, profile: Profile) -> None:
        row = self._row()
        if row is None:
            row = ProfileRow()
            self._session.add(row)
        row.name = profile.name
        row.business = profile.business
        row.channels = [
            ContactChannelRow(
                position=i, kind=c.kind.value, value=c.value, for_candidates=c.for_candidates
            )
            for i, c in enumerate(profile.channels)
        ]
        row.windows = [
            ReachabilityWindowRow(
                weekday=w.weekday, start=w.start, end=w.end, time_zone=profile.time_zone
            )
            for w in sorted(profile.windows, key=lambda w: (w.weekday, w.start))
        ]
        row.time_zone = profile.time_zone
        row.response_time_hours = profile.response_time_hours
        row.check_in_rhythm = profile.check_in_rhythm.value if profile.check_in_rhythm else ""
        row.check_in_weekday = profile.check_in_weekday
        row.monthly_budget_cents = profile.monthly_budget_cents
        row.own_hourly_value_cents = profile.own_hourly_value_cents
        row.currency = profile.currency
        row.brief_language = profile.brief_language
        self._session.flush()
