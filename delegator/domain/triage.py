"""The triage helper: suggests keep or delegate, with its reasons. It never decides.

The user answers up to five questions about a to-do (hours per month, does it need
my unique expertise or relationships, could I explain it in writing in 30 minutes,
what does a mistake cost, do I enjoy it). Each answer is one reason for keeping or
for delegating, and the suggestion follows from the reasons by three rules anyone
can check by hand:

1. **Unique expertise keeps a task.** Work that lives on the owner's expertise or
   relationships (designing, client calls) is what the assistant is meant to free
   time *for*.
2. **Costly mistakes in work that cannot be explained yet stay, for now.** The
   source article makes clear written instructions the first duty of a reliable
   client and says that without stated expectations a result can only be judged
   "by feeling". A task that is risky *and* not yet explainable is kept until it is
   written down.
3. **Otherwise the reasons are counted, and a tie goes to delegating.** The article's
   point on letting go: "I do it best myself", "I don't want to explain it" and
   "it costs more in the end" are the thoughts that block delegation, so when the
   answers balance, the helper leans towards handing over. A high mistake cost on
   its own does not keep a task: it asks for checkpoints and acceptance criteria,
   not for checking every step oneself.

The money test (docs/design.md, "Triage and the money test"): a task that needs no
unique expertise and whose assistant rate is below the owner's hourly value is a
delegation candidate; when the rate is not below that value, that is a reason to keep.

``money_saved_per_month_cents`` and ``hours_freed_per_week`` say what delegating
the task would bring, whatever the suggestion, so a "keep" still shows its price.
Reasons are ids; the GUI turns them into translated sentences.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from delegator.domain.model import Decision
from delegator.domain.money import (
    cost_per_month_cents,
    monthly_from_weekly,
    weekly_from_monthly,
)

MIN_ANSWERS = 3
"""Answers needed, the expertise question among them, before anything is suggested."""

TIME_SINK_HOURS_PER_MONTH = 4.0
"""About an hour a week: recurring work worth the effort of writing instructions."""


class MistakeCost(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class TriageReason(StrEnum):
    """Why the helper leans one way; the first ones support its suggestion."""

    NEEDS_YOUR_EXPERTISE = "needs_your_expertise"
    NO_UNIQUE_EXPERTISE = "no_unique_expertise"
    EXPLAINABLE_IN_WRITING = "explainable_in_writing"
    CANNOT_EXPLAIN_YET = "cannot_explain_yet"
    LOW_MISTAKE_COST = "low_mistake_cost"
    HIGH_MISTAKE_COST = "high_mistake_cost"
    YOU_ENJOY_IT = "you_enjoy_it"
    YOU_DO_NOT_ENJOY_IT = "you_do_not_enjoy_it"
    MONEY_TEST_PASSED = "money_test_passed"
    MONEY_TEST_FAILED = "money_test_failed"
    RECURRING_TIME_SINK = "recurring_time_sink"
    TOO_FEW_ANSWERS = "too_few_answers"


@dataclass(frozen=True, slots=True)
class TriageAnswers:
    """The user's answers for one to-do; None is "not answered"."""

    hours_per_month: float | None = None
    needs_my_expertise: bool | None = None
    explainable_in_30_minutes: bool | None = None
    mistake_cost: MistakeCost | None = None
    enjoy_it: bool | None = None

    def __post_init__(self) -> None:
        if self.hours_per_month is not None and _hours_or_none(self.hours_per_month) is None:
            raise ValueError(f"hours per month must be at least 0, not {self.hours_per_month!r}")

    @property
    def answered(self) -> int:
        """How many of the five questions have an answer."""
        values = (
            self.hours_per_month,
            self.needs_my_expertise,
            self.explainable_in_30_minutes,
            self.mistake_cost,
            self.enjoy_it,
        )
        return sum(value is not None for value in values)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; unanswered questions are null."""
        return {
            "hours_per_month": self.hours_per_month,
            "needs_my_expertise": self.needs_my_expertise,
            "explainable_in_30_minutes": self.explainable_in_30_minutes,
            "mistake_cost": self.mistake_cost.value if self.mistake_cost else None,
            "enjoy_it": self.enjoy_it,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TriageAnswers:
        """The answers stored by ``to_dict``; missing, unknown or invalid values are
        ignored, so answers saved by another version still load."""
        cost = data.get("mistake_cost")
        return cls(
            hours_per_month=_hours_or_none(data.get("hours_per_month")),
            needs_my_expertise=_bool_or_none(data.get("needs_my_expertise")),
            explainable_in_30_minutes=_bool_or_none(data.get("explainable_in_30_minutes")),
            mistake_cost=MistakeCost(cost) if isinstance(cost, str) and cost in _COSTS else None,
            enjoy_it=_bool_or_none(data.get("enjoy_it")),
        )


@dataclass(frozen=True, slots=True)
class TriageSuggestion:
    """The helper's suggestion (None when too few answers) and what delegating brings."""

    decision: Decision | None
    reasons: tuple[TriageReason, ...]
    money_saved_per_month_cents: int | None
    hours_freed_per_week: float | None


@dataclass(frozen=True, slots=True)
class TriageSummary:
    """What all delegated to-dos together free and are worth a month.

    ``net_value_per_month_cents`` is None when the own hourly value is not set.
    """

    hours_freed_per_week: float
    net_value_per_month_cents: int | None


def suggest(
    answers: TriageAnswers,
    own_hourly_value_cents: int | None,
    assistant_rate_cents: int | None,
) -> TriageSuggestion:
    """Keep or delegate, with the reasons for it first and those against after."""
    hours = answers.hours_per_month
    money_saved = _net_value(hours, own_hourly_value_cents, assistant_rate_cents)
    hours_freed = weekly_from_monthly(hours)
    if answers.needs_my_expertise is None or answers.answered < MIN_ANSWERS:
        return TriageSuggestion(None, (TriageReason.TOO_FEW_ANSWERS,), money_saved, hours_freed)

    keep, delegate = _reasons(answers, own_hourly_value_cents, assistant_rate_cents)
    risky_and_unwritten = (
        answers.mistake_cost is MistakeCost.HIGH and answers.explainable_in_30_minutes is False
    )
    if answers.needs_my_expertise or risky_and_unwritten:  # rules 1 and 2
        decision = Decision.KEEP
    else:  # rule 3
        decision = Decision.DELEGATE if len(delegate) >= len(keep) else Decision.KEEP
    reasons = keep + delegate if decision is Decision.KEEP else delegate + keep
    return TriageSuggestion(decision, tuple(reasons), money_saved, hours_freed)


def _reasons(
    answers: TriageAnswers, own_value: int | None, rate: int | None
) -> tuple[list[TriageReason], list[TriageReason]]:
    """The reasons to keep and the reasons to delegate, in the order of the questions."""
    keep: list[TriageReason] = []
    delegate: list[TriageReason] = []
    if answers.needs_my_expertise:
        keep.append(TriageReason.NEEDS_YOUR_EXPERTISE)
    else:
        delegate.append(TriageReason.NO_UNIQUE_EXPERTISE)
    if answers.explainable_in_30_minutes is True:
        delegate.append(TriageReason.EXPLAINABLE_IN_WRITING)
    elif answers.explainable_in_30_minutes is False:
        keep.append(TriageReason.CANNOT_EXPLAIN_YET)
    if answers.mistake_cost is MistakeCost.LOW:
        delegate.append(TriageReason.LOW_MISTAKE_COST)
    elif answers.mistake_cost is MistakeCost.HIGH:
        keep.append(TriageReason.HIGH_MISTAKE_COST)
    if answers.enjoy_it is True:
        keep.append(TriageReason.YOU_ENJOY_IT)
    elif answers.enjoy_it is False:
        delegate.append(TriageReason.YOU_DO_NOT_ENJOY_IT)
    if own_value is not None and rate is not None:
        if rate >= own_value:
            keep.append(TriageReason.MONEY_TEST_FAILED)
        elif not answers.needs_my_expertise:
            delegate.append(TriageReason.MONEY_TEST_PASSED)
    if answers.hours_per_month is not None and (
        answers.hours_per_month >= TIME_SINK_HOURS_PER_MONTH
    ):
        delegate.append(TriageReason.RECURRING_TIME_SINK)
    return keep, delegate


def summary(
    tasks: Iterable[tuple[Decision, float | None, int | None]],
    own_hourly_value_cents: int | None,
) -> TriageSummary:
    """Totals over (decision, hours per week, assistant rate in cents) of each to-do.

    Only delegated to-dos count; one without an estimate or a rate adds nothing to
    the sums it lacks the figure for.
    """
    hours_freed = 0.0
    net_value = 0
    for decision, hours_per_week, rate in tasks:
        if decision is not Decision.DELEGATE or hours_per_week is None:
            continue
        hours_freed += hours_per_week
        value = _net_value(monthly_from_weekly(hours_per_week), own_hourly_value_cents, rate)
        net_value += value or 0
    return TriageSummary(
        hours_freed_per_week=hours_freed,
        net_value_per_month_cents=None if own_hourly_value_cents is None else net_value,
    )


def _net_value(
    hours_per_month: float | None, own_value: int | None, rate: int | None
) -> int | None:
    """The owner's time the hours are worth minus what the assistant costs, in cents."""
    own_cost = cost_per_month_cents(hours_per_month, own_value)
    assistant_cost = cost_per_month_cents(hours_per_month, rate)
    if own_cost is None or assistant_cost is None:
        return None
    return own_cost - assistant_cost


_COSTS = frozenset(cost.value for cost in MistakeCost)


def _hours_or_none(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        hours = float(value)
    except OverflowError:
        return None
    return hours if math.isfinite(hours) and hours >= 0 else None


def _bool_or_none(value: object) -> bool | None:
    return value if isinstance(value, bool) else None
