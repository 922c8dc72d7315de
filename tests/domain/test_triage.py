from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delegator.domain.model import Decision
from delegator.domain.money import WEEKS_PER_MONTH
from delegator.domain.triage import (
    MistakeCost,
    TriageAnswers,
    TriageReason,
    TriageSummary,
    suggest,
    summary,
)

R = TriageReason
OWN = 9500  # 95 €/h
RATE = 3800  # 38 €/h

ROUTINE = TriageAnswers(
    hours_per_month=10.0,
    needs_my_expertise=False,
    explainable_in_30_minutes=True,
    mistake_cost=MistakeCost.LOW,
    enjoy_it=False,
)


def test_routine_work_is_suggested_for_delegation_with_every_reason() -> None:
    result = suggest(ROUTINE, OWN, RATE)
    assert result.decision is Decision.DELEGATE
    assert result.reasons == (
        R.NO_UNIQUE_EXPERTISE,
        R.EXPLAINABLE_IN_WRITING,
        R.LOW_MISTAKE_COST,
        R.YOU_DO_NOT_ENJOY_IT,
        R.MONEY_TEST_PASSED,
        R.RECURRING_TIME_SINK,
    )
    assert result.money_saved_per_month_cents == 95_000 - 38_000
    assert result.hours_freed_per_week == pytest.approx(10 / WEEKS_PER_MONTH)


def test_unique_expertise_keeps_a_task_whatever_else_is_said() -> None:
    result = suggest(replace(ROUTINE, needs_my_expertise=True), OWN, RATE)
    assert result.decision is Decision.KEEP
    assert result.reasons[0] is R.NEEDS_YOUR_EXPERTISE
    # Without the expertise condition, a cheaper rate is no "money test passed".
    assert R.MONEY_TEST_PASSED not in result.reasons
    assert R.NO_UNIQUE_EXPERTISE not in result.reasons
    # What delegating would bring is still shown.
    assert result.money_saved_per_month_cents == 57_000


def test_a_risky_task_that_cannot_be_explained_yet_is_kept_for_now() -> None:
    answers = replace(ROUTINE, explainable_in_30_minutes=False, mistake_cost=MistakeCost.HIGH)
    result = suggest(answers, OWN, RATE)
    # Four reasons to delegate against two to keep, and still: write it down first.
    assert result.decision is Decision.KEEP
    assert result.reasons[:2] == (R.CANNOT_EXPLAIN_YET, R.HIGH_MISTAKE_COST)


def test_a_high_mistake_cost_alone_asks_for_checkpoints_not_for_keeping() -> None:
    result = suggest(replace(ROUTINE, mistake_cost=MistakeCost.HIGH), OWN, RATE)
    assert result.decision is Decision.DELEGATE
    assert result.reasons[-1] is R.HIGH_MISTAKE_COST  # named, as a reason against


def test_a_tie_leans_towards_letting_go() -> None:
    answers = TriageAnswers(
        hours_per_month=1.0, needs_my_expertise=False, mistake_cost=MistakeCost.MEDIUM,
        enjoy_it=True,
    )  # fmt: skip
    result = suggest(answers, None, None)
    assert result.decision is Decision.DELEGATE
    assert result.reasons == (R.NO_UNIQUE_EXPERTISE, R.YOU_ENJOY_IT)


def test_work_you_enjoy_that_costs_more_than_your_hour_is_kept() -> None:
    answers = TriageAnswers(hours_per_month=2.0, needs_my_expertise=False, enjoy_it=True)
    result = suggest(answers, own_hourly_value_cents=4000, assistant_rate_cents=5500)
    assert result.decision is Decision.KEEP
    assert result.reasons == (R.YOU_ENJOY_IT, R.MONEY_TEST_FAILED, R.NO_UNIQUE_EXPERTISE)
    assert result.money_saved_per_month_cents == 8000 - 11_000  # delegating costs more
    # Explainable in writing: two against two, and the tie goes to delegating.
    explained = replace(answers, explainable_in_30_minutes=True)
    assert suggest(explained, 4000, 5500).decision is Decision.DELEGATE


def test_the_money_test_needs_both_figures() -> None:
    without_rate = suggest(ROUTINE, OWN, None)
    assert R.MONEY_TEST_PASSED not in without_rate.reasons
    assert without_rate.money_saved_per_month_cents is None
    equal = suggest(ROUTINE, 3800, 3800)
    assert R.MONEY_TEST_FAILED in equal.reasons  # not cheaper is not a saving


def test_little_time_is_no_time_sink() -> None:
    result = suggest(replace(ROUTINE, hours_per_month=3.5), OWN, RATE)
    assert R.RECURRING_TIME_SINK not in result.reasons


@pytest.mark.parametrize(
    "answers",
    [
        TriageAnswers(),
        TriageAnswers(needs_my_expertise=False, enjoy_it=False),
        # Everything but the expertise question: the helper cannot judge that part.
        replace(ROUTINE, needs_my_expertise=None),
    ],
)
def test_too_few_answers_give_no_suggestion(answers: TriageAnswers) -> None:
    result = suggest(answers, OWN, RATE)
    assert result.decision is None
    assert result.reasons == (R.TOO_FEW_ANSWERS,)


def test_hours_freed_are_shown_even_before_a_suggestion() -> None:
    result = suggest(TriageAnswers(hours_per_month=8.0), OWN, RATE)
    assert result.decision is None
    assert result.hours_freed_per_week == pytest.approx(8 / WEEKS_PER_MONTH)
    assert result.money_saved_per_month_cents == 8 * (OWN - RATE)


def test_negative_hours_are_refused() -> None:
    with pytest.raises(ValueError, match="hours"):
        TriageAnswers(hours_per_month=-1.0)


# --- Properties ----------------------------------------------------------------------

maybe_bool = st.one_of(st.none(), st.booleans())
answers_strategy = st.builds(
    TriageAnswers,
    hours_per_month=st.one_of(st.none(), st.floats(0, 500, allow_nan=False)),
    needs_my_expertise=maybe_bool,
    explainable_in_30_minutes=maybe_bool,
    mistake_cost=st.one_of(st.none(), st.sampled_from(MistakeCost)),
    enjoy_it=maybe_bool,
)
cents = st.one_of(st.none(), st.integers(0, 50_000))

FOR_KEEP = {
    R.NEEDS_YOUR_EXPERTISE, R.CANNOT_EXPLAIN_YET, R.HIGH_MISTAKE_COST, R.YOU_ENJOY_IT,
    R.MONEY_TEST_FAILED,
}  # fmt: skip
OPPOSITES = [
    {R.NEEDS_YOUR_EXPERTISE, R.NO_UNIQUE_EXPERTISE},
    {R.EXPLAINABLE_IN_WRITING, R.CANNOT_EXPLAIN_YET},
    {R.LOW_MISTAKE_COST, R.HIGH_MISTAKE_COST},
    {R.YOU_ENJOY_IT, R.YOU_DO_NOT_ENJOY_IT},
    {R.MONEY_TEST_PASSED, R.MONEY_TEST_FAILED},
]


@given(answers_strategy, cents, cents)
def test_a_suggestion_explains_itself(
    answers: TriageAnswers, own: int | None, rate: int | None
) -> None:
    result = suggest(answers, own, rate)
    assert len(set(result.reasons)) == len(result.reasons)
    assert not any(pair <= set(result.reasons) for pair in OPPOSITES)
    if answers.needs_my_expertise is None or answers.answered < 3:
        assert result.decision is None
        return
    assert result.decision in (Decision.KEEP, Decision.DELEGATE)
    assert (result.reasons[0] in FOR_KEEP) == (result.decision is Decision.KEEP)
    if answers.needs_my_expertise:
        assert result.decision is Decision.KEEP


@given(answers_strategy, cents, cents, st.data())
def test_answers_more_in_favour_of_delegating_never_flip_delegate_to_keep(
    answers: TriageAnswers, own: int | None, rate: int | None, data: st.DataObject
) -> None:
    before = suggest(answers, own, rate)
    better = data.draw(
        st.sampled_from(
            [
                replace(answers, needs_my_expertise=False),
                replace(answers, explainable_in_30_minutes=True),
                replace(answers, mistake_cost=MistakeCost.LOW),
                replace(answers, enjoy_it=False),
            ]
        )
    )
    after = suggest(better, own, rate)
    if before.decision is Decision.DELEGATE:
        assert after.decision is Decision.DELEGATE


@given(answers_strategy, st.integers(0, 50_000), st.integers(0, 50_000))
def test_money_saved_has_the_sign_of_the_rate_difference(
    answers: TriageAnswers, own: int, rate: int
) -> None:
    saved = suggest(answers, own, rate).money_saved_per_month_cents
    if answers.hours_per_month is None:
        assert saved is None
    else:
        assert saved is not None
        assert (saved > 0) <= (own > rate)
        assert (saved < 0) <= (own < rate)
        assert abs(saved - answers.hours_per_month * (own - rate)) <= 1


@given(answers_strategy)
def test_answers_round_trip_through_json(answers: TriageAnswers) -> None:
    stored = json.dumps(answers.to_dict())
    assert TriageAnswers.from_dict(json.loads(stored)) == answers


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({}, TriageAnswers()),
        ({"enjoy_it": True, "mood": "sunny"}, TriageAnswers(enjoy_it=True)),
        ({"hours_per_month": 3}, TriageAnswers(hours_per_month=3.0)),
        ({"mistake_cost": "high"}, TriageAnswers(mistake_cost=MistakeCost.HIGH)),
        (
            {
                "hours_per_month": "ten",
                "needs_my_expertise": "yes",
                "explainable_in_30_minutes": 1,
                "mistake_cost": "catastrophic",
                "enjoy_it": None,
            },
            TriageAnswers(),
        ),
        ({"hours_per_month": -2, "mistake_cost": ["low"]}, TriageAnswers()),
        ({"hours_per_month": True}, TriageAnswers()),
        ({"hours_per_month": float("nan")}, TriageAnswers()),
        ({"hours_per_month": 10**400}, TriageAnswers()),
    ],
)
def test_from_dict_ignores_what_it_does_not_know(
    data: dict[str, object], expected: TriageAnswers
) -> None:
    assert TriageAnswers.from_dict(data) == expected


def test_to_dict_names_every_question() -> None:
    assert TriageAnswers(mistake_cost=MistakeCost.MEDIUM).to_dict() == {
        "hours_per_month": None,
        "needs_my_expertise": None,
        "explainable_in_30_minutes": None,
        "mistake_cost": "medium",
        "enjoy_it": None,
    }


# --- Summary -------------------------------------------------------------------------


def test_summary_counts_only_delegated_work() -> None:
    tasks = [
        (Decision.DELEGATE, 2.0, 3800),
        (Decision.DELEGATE, 1.0, 5500),
        (Decision.DELEGATE, None, 3800),  # no estimate: nothing to add
        (Decision.DELEGATE, 0.5, None),  # no rate: hours count, value does not
        (Decision.KEEP, 5.0, 3800),
        (Decision.UNDECIDED, 3.0, 3800),
    ]
    result = summary(tasks, OWN)
    assert result.hours_freed_per_week == pytest.approx(3.5)
    expected = round(2 * WEEKS_PER_MONTH * (OWN - 3800)) + round(1 * WEEKS_PER_MONTH * (OWN - 5500))
    assert result.net_value_per_month_cents is not None
    assert abs(result.net_value_per_month_cents - expected) <= 2


def test_summary_without_an_own_hourly_value_has_no_net_value() -> None:
    assert summary([(Decision.DELEGATE, 2.0, 3800)], None) == TriageSummary(2.0, None)


def test_summary_of_nothing() -> None:
    assert summary([], OWN) == TriageSummary(0.0, 0)


task_strategy = st.tuples(
    st.sampled_from(Decision),
    st.one_of(st.none(), st.floats(0, 40, allow_nan=False)),
    cents,
)


@given(st.lists(task_strategy, max_size=40), cents)
def test_summary_adds_up_the_delegated_tasks(
    tasks: list[tuple[Decision, float | None, int | None]], own: int | None
) -> None:
    result = summary(tasks, own)
    delegated = [(h, r) for d, h, r in tasks if d is Decision.DELEGATE and h is not None]
    assert result.hours_freed_per_week == pytest.approx(sum(h for h, _ in delegated))
    if own is None:
        assert result.net_value_per_month_cents is None
        return
    exact = sum(h * WEEKS_PER_MONTH * (own - r) for h, r in delegated if r is not None)
    assert result.net_value_per_month_cents is not None
    assert abs(result.net_value_per_month_cents - exact) <= max(1, 2 * len(delegated))
