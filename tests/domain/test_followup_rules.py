"""The readiness rules about work after the handover, on the calendar's awkward days:
month ends, a leap day, the first of March."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from delegator.domain.followup import Feedback, Review, ReviewOutcome
from delegator.domain.model import DelegationLevel, Status
from delegator.domain.readiness import Finding, Pillar, Plan, Rule, SubjectKind, TaskFacts, check
from tests.domain.test_readiness import GOOD, GOOD_ASSISTANT, GOOD_TASK

LEAP_DAY = dt.date(2028, 2, 29)


def findings(plan: Plan, rule: Rule) -> list[Finding]:
    return [f for f in check(plan).findings if f.rule is rule]


def with_task(today: dt.date, status: Status, check_in: dt.date) -> Plan:
    task = replace(GOOD_TASK, due=None, status=status, next_check_in=check_in)
    far = today + dt.timedelta(days=60)
    return replace(
        GOOD, delegated=(task,), today=today, assistants=(replace(GOOD_ASSISTANT, trial_end=far),)
    )


# Check-ins ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("check_in", "today", "overdue"),
    [
        (LEAP_DAY, LEAP_DAY, False),  # due today: due, not overdue yet
        (LEAP_DAY, dt.date(2028, 3, 1), True),
        (dt.date(2028, 3, 1), LEAP_DAY, False),
        (dt.date(2027, 1, 31), dt.date(2027, 2, 1), True),
        (dt.date(2027, 2, 28), dt.date(2027, 3, 1), True),
        (dt.date(2026, 12, 31), dt.date(2027, 1, 1), True),
        (dt.date(2027, 1, 1), dt.date(2026, 12, 31), False),
    ],
)
def test_a_check_in_is_overdue_from_the_day_after_its_date(
    check_in: dt.date, today: dt.date, overdue: bool
) -> None:
    plan = with_task(today, Status.IN_PROGRESS, check_in)
    found = findings(plan, Rule.CHECK_IN_OVERDUE)
    assert bool(found) is overdue
    for finding in found:
        assert dict(finding.values) == {"since": check_in}
        assert finding.field == "next_check_in"
        assert finding.subject.kind is SubjectKind.TASK


@pytest.mark.parametrize("status", [Status.OPEN, Status.DONE])
def test_work_not_with_the_assistant_has_no_overdue_check_in(status: Status) -> None:
    plan = with_task(dt.date(2028, 3, 1), status, LEAP_DAY)
    assert findings(plan, Rule.CHECK_IN_OVERDUE) == []


def test_only_the_overdue_share_of_followed_up_work_lowers_the_score() -> None:
    today = dt.date(2028, 3, 1)
    late = replace(GOOD_TASK, due=None, status=Status.REWORK, next_check_in=LEAP_DAY)
    kept = replace(late, id=2, title="Belege", next_check_in=dt.date(2028, 3, 3))
    one_of_two = check(replace(GOOD, delegated=(late, kept), today=today))
    both = check(
        replace(GOOD, delegated=(late, replace(kept, next_check_in=LEAP_DAY)), today=today)
    )
    assert [f.subject.id for f in one_of_two.findings if f.rule is Rule.CHECK_IN_OVERDUE] == [1]
    assert 100 > one_of_two.scores[Pillar.RELIABILITY] > both.scores[Pillar.RELIABILITY]


# The settling-in review ----------------------------------------------------------


def with_trial(today: dt.date, trial_end: dt.date, *reviewed: dt.date) -> Plan:
    reviews = tuple(
        Review(i, GOOD_ASSISTANT.id, day, ReviewOutcome.CONTINUE) for i, day in enumerate(reviewed)
    )
    assistant = replace(GOOD_ASSISTANT, trial_end=trial_end)
    return replace(GOOD, assistants=(assistant,), today=today, reviews=reviews)


@pytest.mark.parametrize(
    ("today", "due"),
    [
        (dt.date(2028, 1, 31), False),  # the trial ends today: the review is due, not late
        (dt.date(2028, 2, 1), True),
        (LEAP_DAY, True),
        (dt.date(2028, 3, 1), True),
        (dt.date(2028, 1, 30), False),
    ],
)
def test_a_settling_in_period_that_ended_needs_its_review(today: dt.date, due: bool) -> None:
    found = findings(with_trial(today, dt.date(2028, 1, 31)), Rule.REVIEW_OVERDUE)
    assert bool(found) is due
    for finding in found:
        assert finding.subject.kind is SubjectKind.ASSISTANT
        assert finding.subject.id == GOOD_ASSISTANT.id
        assert dict(finding.values) == {"trial_end": dt.date(2028, 1, 31)}


@pytest.mark.parametrize(
    ("reviewed", "due"),
    [
        (dt.date(2028, 1, 17), False),  # in the trial's last two weeks: counts
        (dt.date(2028, 2, 29), False),  # after the end
        (dt.date(2028, 1, 16), True),  # too early to count
    ],
)
def test_a_review_from_the_last_two_weeks_on_counts(reviewed: dt.date, due: bool) -> None:
    plan = with_trial(dt.date(2028, 3, 1), dt.date(2028, 1, 31), reviewed)
    assert bool(findings(plan, Rule.REVIEW_OVERDUE)) is due


def test_each_assistant_needs_their_own_review() -> None:
    ended = dt.date(2027, 2, 28)
    other = replace(GOOD_ASSISTANT, id=8, name="Ben", trial_end=ended)
    plan = replace(
        with_trial(dt.date(2027, 3, 1), ended, dt.date(2027, 2, 27)),
        assistants=(replace(GOOD_ASSISTANT, trial_end=ended), other),
    )
    assert [f.subject.name for f in findings(plan, Rule.REVIEW_OVERDUE)] == ["Ben"]


# Restating expectations ------------------------------------------------------------


def feedback(
    rating: int,
    on: dt.date,
    *,
    digest: str = "v1",
    level: DelegationLevel = DelegationLevel.RECOMMEND,
) -> Feedback:
    return Feedback(
        id=on.toordinal(),
        given_on=on,
        rating=rating,
        task_id=GOOD_TASK.id,
        level=level,
        instructions_digest=digest,
    )


def rated_task(digest: str, *entries: Feedback, level: DelegationLevel | None = None) -> TaskFacts:
    return replace(
        GOOD_TASK,
        feedback=entries,
        instructions_digest=digest,
        level=level or DelegationLevel.RECOMMEND,
    )


def test_a_poor_rating_asks_to_restate_until_the_instructions_change() -> None:
    poor = feedback(2, LEAP_DAY)
    unchanged = replace(GOOD, delegated=(rated_task("v1", poor),), today=dt.date(2028, 3, 1))
    (finding,) = findings(unchanged, Rule.RESTATE_EXPECTATIONS)
    assert dict(finding.values) == {"rating": 2, "given_on": LEAP_DAY}
    assert finding.field == "instructions"
    restated = replace(unchanged, delegated=(rated_task("v2", poor),))
    assert findings(restated, Rule.RESTATE_EXPECTATIONS) == []


def test_ratings_above_two_never_ask_to_restate() -> None:
    plan = replace(GOOD, delegated=(rated_task("v1", feedback(3, LEAP_DAY)),))
    assert findings(plan, Rule.RESTATE_EXPECTATIONS) == []


def test_a_new_poor_rating_after_a_restatement_asks_again() -> None:
    first = feedback(1, dt.date(2028, 1, 31), digest="v1")
    again = feedback(2, LEAP_DAY, digest="v2")
    plan = replace(GOOD, delegated=(rated_task("v2", first, again),))
    (finding,) = findings(plan, Rule.RESTATE_EXPECTATIONS)
    assert dict(finding.values)["given_on"] == LEAP_DAY


# Letting go step by step ---------------------------------------------------------------


GOOD_RATINGS = (
    feedback(4, dt.date(2028, 1, 31)),
    feedback(5, LEAP_DAY),
    feedback(4, dt.date(2028, 3, 1)),
)


def test_three_good_ratings_at_the_current_level_suggest_raising_it() -> None:
    plan = replace(GOOD, delegated=(rated_task("v1", *GOOD_RATINGS),))
    (finding,) = findings(plan, Rule.RAISE_LEVEL)
    assert finding.field == "level"
    assert dict(finding.values) == {
        "level": DelegationLevel.RECOMMEND,
        "ratings": ((dt.date(2028, 1, 31), 4), (LEAP_DAY, 5), (dt.date(2028, 3, 1), 4)),
    }
    # Only a suggestion: the plan's level stays as it is.
    assert plan.delegated[0].level is DelegationLevel.RECOMMEND


def test_two_good_ratings_are_not_enough() -> None:
    plan = replace(GOOD, delegated=(rated_task("v1", *GOOD_RATINGS[:2], feedback(3, LEAP_DAY)),))
    assert findings(plan, Rule.RAISE_LEVEL) == []


def test_good_ratings_at_an_earlier_level_do_not_count() -> None:
    earlier = replace(GOOD_RATINGS[0], level=DelegationLevel.RESEARCH_AND_REPORT)
    plan = replace(GOOD, delegated=(rated_task("v1", earlier, *GOOD_RATINGS[1:]),))
    assert findings(plan, Rule.RAISE_LEVEL) == []
    raised = replace(
        GOOD, delegated=(rated_task("v1", *GOOD_RATINGS, level=DelegationLevel.DECIDE_AND_INFORM),)
    )
    assert findings(raised, Rule.RAISE_LEVEL) == []


def test_the_highest_level_is_never_suggested_higher() -> None:
    top = tuple(replace(f, level=DelegationLevel.ACT_ON_OWN) for f in GOOD_RATINGS)
    plan = replace(GOOD, delegated=(rated_task("v1", *top, level=DelegationLevel.ACT_ON_OWN),))
    assert findings(plan, Rule.RAISE_LEVEL) == []
