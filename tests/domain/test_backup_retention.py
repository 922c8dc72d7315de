"""Which automatic backups are kept: the newest of each of the last days, then of weeks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from delegator.domain.backups import (
    BackupKind,
    Retention,
    backup_name,
    outdated,
    parse_backup_name,
)


def _made(*stamps: dt.datetime) -> list[tuple[Path, dt.datetime]]:
    return [(Path(f"{stamp:%Y%m%d-%H%M}"), stamp) for stamp in stamps]


def _kept(made: list[tuple[Path, dt.datetime]], retention: Retention) -> list[str]:
    gone = set(outdated(made, retention))
    return sorted(path.name for path, _ in made if path not in gone)


def test_one_backup_a_day_for_a_month_keeps_seven_days_and_four_weeks() -> None:
    first = dt.datetime(2026, 11, 1, 9, 0)  # a Sunday
    made = _made(*(first + dt.timedelta(days=n) for n in range(36)))
    kept = _kept(made, Retention())
    # The last seven days: 30 Nov … 6 Dec.
    days = [f"202612{d:02d}-0900" for d in range(1, 7)] + ["20261130-0900"]
    # Then the newest of each earlier ISO week: weeks 48, 47, 46, 45 end on Sundays.
    weeks = ["20261129-0900", "20261122-0900", "20261115-0900", "20261108-0900"]
    assert kept == sorted(days + weeks)


def test_within_a_day_only_the_newest_backup_stays() -> None:
    day = dt.datetime(2026, 12, 6)
    made = _made(day.replace(hour=9), day.replace(hour=13), day.replace(hour=18))
    assert _kept(made, Retention()) == ["20261206-1800"]


def test_a_smaller_setting_keeps_fewer() -> None:
    first = dt.datetime(2026, 11, 1, 9, 0)
    made = _made(*(first + dt.timedelta(days=n) for n in range(36)))
    assert len(_kept(made, Retention(daily=2, weekly=0))) == 2
    assert len(_kept(made, Retention(daily=3, weekly=1))) == 4


def test_a_gap_of_days_is_not_counted_as_days() -> None:
    """Backups are only made on days the app runs: "the last 7" are the last 7 made."""
    made = _made(
        dt.datetime(2026, 1, 5, 9), dt.datetime(2026, 6, 1, 9), dt.datetime(2026, 12, 6, 9)
    )
    assert len(_kept(made, Retention())) == 3


@pytest.mark.parametrize(("daily", "weekly"), [(0, 4), (7, -1)])
def test_a_retention_that_keeps_nothing_is_refused(daily: int, weekly: int) -> None:
    with pytest.raises(ValueError, match="keep at least one"):
        Retention(daily, weekly)


def test_names_carry_kind_and_wall_clock_time_and_other_files_are_not_backups() -> None:
    when = dt.datetime(2026, 12, 6, 14, 2, 3, 4)
    assert parse_backup_name(backup_name(BackupKind.AUTOMATIC, when)) == (
        BackupKind.AUTOMATIC,
        when,
    )
    upgrade = backup_name(BackupKind.BEFORE_UPGRADE, when, "0003_utc_handover_times")
    assert upgrade.startswith("delegator-before-upgrade-from-0003_utc_handover_times-")
    assert parse_backup_name(upgrade) == (BackupKind.BEFORE_UPGRADE, when)
    for other in (
        "delegator.sqlite3",
        "notes.txt",
        "delegator-auto-20261206-140203-000004.sqlite3.part",
        "delegator-weird-20261206-140203-000004.sqlite3",
        "delegator-auto-20261399-140203-000004.sqlite3",
    ):
        assert parse_backup_name(other) is None
