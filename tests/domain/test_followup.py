"""The follow-up rules without Qt: check-in dates across month ends and leap days,
what is due, the settling-in review, when to suggest more freedom, and digests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delegator.domain.followup import (
    Feedback,
    add_months,
    instructions_digest,
    level_raise_reasons,
    next_check_in,
    restate_needed,
    review_due,
    review_overdue,
    revision_digest,
)
from delegator.domain.model import DelegationLevel, Status, Task
from delegator.domain.profile import CheckInRhythm
from delegator.domain.status import check_in_overdue, due_for_check_in

D = dt.date
MONDAY, FRIDAY = 0, 4


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2027, 1, 31), 1, D(2027, 2, 28)),
        (D(2028, 1, 31), 1, D(2028, 2, 29)),  # leap year
        (D(2028, 2, 29), 12, D(2029, 2, 28)),
        (D(2026, 12, 15), 1, D(2027, 1, 15)),  # over the year end
        (D(2026, 8, 31), 1, D(2026, 9, 30)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
    ],
)
def test_months_are_added_inside_the_month(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("after", "rhythm", "weekday", "expected"),
    [
        (D(2026, 12, 7), CheckInRhythm.WEEKLY, None, D(2026, 12, 14)),
        (D(2026, 12, 28), CheckInRhythm.WEEKLY, None, D(2027, 1, 4)),
        (D(2026, 12, 7), CheckInRhythm.BIWEEKLY, None, D(2026, 12, 21)),
        (D(2026, 12, 7), None, None, D(2026, 12, 14)),  # no rhythm: weekly
        # A Friday check-in with a Monday rhythm: next Monday.
        (D(2026, 12, 11), CheckInRhythm.WEEKLY, MONDAY, D(2026, 12, 14)),
        # A Monday check-in with a Monday rhythm: a week on.
        (D(2026, 12, 7), CheckInRhythm.WEEKLY, MONDAY, D(2026, 12, 14)),
        # A Tuesday check-in with a Monday rhythm: the Monday after next week began.
        (D(2026, 12, 8), CheckInRhythm.WEEKLY, MONDAY, D(2026, 12, 14)),
        (D(2026, 12, 11), CheckInRhythm.BIWEEKLY, MONDAY, D(2026, 12, 21)),
        (D(2028, 2, 25), CheckInRhythm.WEEKLY, None, D(2028, 3, 3)),  # over 29 Feb
        (D(2028, 2, 22), CheckInRhythm.WEEKLY, None, D(2028, 2, 29)),
        (D(2027, 1, 31), CheckInRhythm.MONTHLY, None, D(2027, 2, 28)),
        (D(2028, 1, 31), CheckInRhythm.MONTHLY, None, D(2028, 2, 29)),
        # Monthly on a Friday: a month on, then on to the Friday.
        (D(2028, 1, 31), CheckInRhythm.MONTHLY, FRIDAY, D(2028, 3, 3)),
        (D(2026, 12, 31), CheckInRhythm.MONTHLY, None, D(2027, 1, 31)),
    ],
)
def test_next_check_in_follows_the_rhythm(
    after: dt.date, rhythm: CheckInRhythm | None, weekday: int | None, expected: dt.date
) -> None:
    assert next_check_in(after, rhythm, weekday) == expected


@given(
    after=st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 12, 31)),
    rhythm=st.sampled_from(CheckInRhythm),
    weekday=st.none() | st.integers(0, 6),
)
def test_the_next_check_in_is_later_and_on_the_chosen_weekday(
    after: dt.date, rhythm: CheckInRhythm, weekday: int | None
) -> None:
    day = next_check_in(after, rhythm, weekday)
    assert day > after
    longest = {CheckInRhythm.WEEKLY: 7, CheckInRhythm.BIWEEKLY: 14, CheckInRhythm.MONTHLY: 37}
    assert (day - after).days <= longest[rhythm]
    if weekday is not None:
        assert day.weekday() == weekday


TODAY = D(2028, 3, 1)


@pytest.mark.parametrize(
    ("status", "archived", "next_date", "due", "overdue"),
    [
        (Status.HANDED_OVER, False, D(2028, 2, 29), True, True),
        (Status.IN_PROGRESS, False, TODAY, True, False),
        (Status.REWORK, False, D(2028, 3, 2), False, False),
        (Status.DONE, False, D(2028, 2, 1), False, False),  # done work is never due
        (Status.OPEN, False, D(2028, 2, 1), False, False),  # not handed over yet
        (Status.HANDED_OVER, True, D(2028, 2, 1), False, False),  # archived
        (Status.HANDED_OVER, False, None, False, False),
    ],
)
def test_what_is_due_for_a_check_in(
    status: Status, archived: bool, next_date: dt.date | None, due: bool, overdue: bool
) -> None:
    assert due_for_check_in(status, archived, next_date, TODAY) is due
    assert check_in_overdue(status, archived, next_date, TODAY) is overdue


def test_a_review_is_due_from_the_trial_end_until_one_is_made() -> None:
    trial_end = D(2027, 1, 31)
    assert not review_due(trial_end, [], D(2027, 1, 30))
    assert review_due(trial_end, [], trial_end)
    assert not review_overdue(trial_end, [], trial_end)  # due today, not yet overdue
    assert review_overdue(trial_end, [], D(2027, 2, 1))
    # A review in the last two weeks of the trial counts; an older one does not.
    assert not review_due(trial_end, [D(2027, 1, 17)], D(2027, 3, 1))
    assert review_due(trial_end, [D(2027, 1, 16)], D(2027, 3, 1))
    assert not review_due(None, [], D(2027, 3, 1))


def _feedback(
    rating: int, level: DelegationLevel | None, digest: str = "", day: int = 1
) -> Feedback:
    return Feedback(
        day, D(2028, 2, day), rating, task_id=7, level=level, instructions_digest=digest
    )


def test_three_good_ratings_at_the_current_level_suggest_raising_it() -> None:
    level = DelegationLevel.RECOMMEND
    two = [_feedback(5, level, day=1), _feedback(4, level, day=2)]
    assert level_raise_reasons(level, two) == ()
    # A good rating at another level, or a middling one, does not count.
    assert level_raise_reasons(level, [*two, _feedback(5, DelegationLevel.DO_AS_WRITTEN)]) == ()
    assert level_raise_reasons(level, [*two, _feedback(3, level, day=3)]) == ()
    three = [*two, _feedback(4, level, day=29)]
    assert level_raise_reasons(level, three) == tuple(three)
    # The highest level cannot be raised; no level, nothing to raise.
    top = DelegationLevel.ACT_ON_OWN
    assert level_raise_reasons(top, [_feedback(5, top, day=d) for d in (1, 2, 3)]) == ()
    assert level_raise_reasons(None, three) == ()


def test_a_poor_rating_asks_to_restate_until_the_instructions_change() -> None:
    task = Task(7, "Post the newsletter", instructions="Post it on Tuesday.", steps=("Write",))
    digest = instructions_digest(task)
    poor = _feedback(2, None, digest, day=3)
    assert restate_needed([poor], digest) == poor
    assert restate_needed([_feedback(3, None, digest)], digest) is None
    changed = Task(7, "Post the newsletter", instructions="Post it on Tuesday by 10:00.")
    assert restate_needed([poor], instructions_digest(changed)) is None
    # Only the latest poor rating counts: one given after the change asks again.
    later = _feedback(1, None, instructions_digest(changed), day=20)
    assert restate_needed([poor, later], instructions_digest(changed)) == later


def test_the_revision_digest_sees_what_the_assistant_gets_and_nothing_else() -> None:
    task = Task(7, "Post the newsletter", instructions="On Tuesday.", notes="private")
    digest = revision_digest(task)
    assert revision_digest(Task(7, "Post the newsletter", instructions="On Tuesday.")) == digest
    assert revision_digest(Task(7, "Post the newsletter", instructions="On Monday.")) != digest
    assert revision_digest(Task(7, "Post the newsletter!", instructions="On Tuesday.")) != digest
    moved = Task(7, "Post the newsletter", instructions="On Tuesday.", position=9)
    assert revision_digest(moved) == digest
