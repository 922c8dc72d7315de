"""The readiness check: am I ready to work with an assistant?

The article names three reasons outsourcing does not (yet) work: you do not know what
you expect, you are not a reliable client, you cannot let go. Each is a pillar here;
each rule is a pure function over the plan that returns findings (with a stable id, a
severity and the object it is about) and how much of its pillar it covers.

A pillar's score is the share of its weighted checks that pass (blockers weigh 3,
warnings 2, hints 1; a rule about each delegated to-do counts the share of to-dos
that pass). The verdict: *Not yet* with any blocker, *Almost ready* with warnings
only, *Ready* otherwise (hints never hold you back). A plan whose mindset check was
never taken has a warning, so it is never *Ready*.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from delegator.domain.assistant import Assistant
from delegator.domain.followup import (
    Feedback,
    Review,
    level_raise_reasons,
    restate_needed,
    review_overdue,
)
from delegator.domain.hours import hours_per_week
from delegator.domain.mindset import MindsetCheck, MindsetStatement
from delegator.domain.model import DelegationLevel, Frequency, Status
from delegator.domain.money import cost_per_month_cents, hours_per_month, over_capacity
from delegator.domain.profile import Profile
from delegator.domain.status import FOLLOWED_UP, check_in_overdue

MINDSET_MAX_AGE_DAYS = 90
WORKDAY_MINUTES = 8 * 60


class Severity(StrEnum):
    BLOCKER = "blocker"
    WARNING = "warning"
    HINT = "hint"


WEIGHTS = {Severity.BLOCKER: 3, Severity.WARNING: 2, Severity.HINT: 1}


class Pillar(StrEnum):
    EXPECTATIONS = "expectations"
    RELIABILITY = "reliability"
    LETTING_GO = "letting_go"


class Verdict(StrEnum):
    READY = "ready"
    ALMOST = "almost"
    NOT_YET = "not_yet"


class Rule(StrEnum):
    """Every rule of the check; the value is its stable id (``pillar.name``)."""

    NO_DELEGATED_TASK = "expectations.no_delegated_task"
    NO_INSTRUCTIONS = "expectations.no_instructions"
    NO_ACCEPTANCE_CRITERIA = "expectations.no_acceptance_criteria"
    NO_SKILLS = "expectations.no_skills"
    NO_ESTIMATE = "expectations.no_estimate"
    NO_BUDGET = "expectations.no_budget"
    OVER_BUDGET = "expectations.over_budget"
    UNDECIDED = "expectations.undecided"
    UNASSIGNED = "expectations.unassigned"
    RESTATE_EXPECTATIONS = "expectations.restate_expectations"
    NO_CONTACT_CHANNEL = "reliability.no_contact_channel"
    NO_REACHABILITY = "reliability.no_reachability"
    NO_RESPONSE_TIME = "reliability.no_response_time"
    NO_CHECK_IN = "reliability.no_check_in"
    OVERDUE = "reliability.overdue"
    DUE_TOO_SOON = "reliability.due_too_soon"
    OVER_CAPACITY = "reliability.over_capacity"
    NO_WORKING_TIMES = "reliability.no_working_times"
    NO_ESCALATION_RULE = "reliability.no_escalation_rule"
    CHECK_IN_OVERDUE = "reliability.check_in_overdue"
    MINDSET_NOT_CHECKED = "letting_go.mindset_not_checked"
    MINDSET_OUTDATED = "letting_go.mindset_outdated"
    NO_TRIAL_PERIOD = "letting_go.no_trial_period"
    REVIEW_OVERDUE = "letting_go.review_overdue"
    RAISE_LEVEL = "letting_go.raise_level"
    MINDSET_DO_IT_BEST_MYSELF = "letting_go.do_it_best_myself"
    MINDSET_NO_DESIRE_TO_EXPLAIN = "letting_go.no_desire_to_explain"
    MINDSET_NO_DESIRE_FOR_FEEDBACK = "letting_go.no_desire_for_feedback"
    MINDSET_COSTS_MORE_IN_THE_END = "letting_go.costs_more_in_the_end"
    MINDSET_MUST_CHECK_EVERY_STEP = "letting_go.must_check_every_step"

    @property
    def pillar(self) -> Pillar:
        return Pillar(self.value.split(".", 1)[0])


# The rule that fires when the user agrees with a mindset statement.
MINDSET_RULES: dict[MindsetStatement, Rule] = {
    statement: Rule(f"letting_go.{statement.value}") for statement in MindsetStatement
}


class SubjectKind(StrEnum):
    PLAN = "plan"
    TASK = "task"
    ASSISTANT = "assistant"
    PROFILE = "profile"
    MINDSET = "mindset"


@dataclass(frozen=True, slots=True)
class Subject:
    kind: SubjectKind
    id: int | None = None
    name: str = ""


@dataclass(frozen=True, slots=True)
class TaskFacts:
    """What the rules need to know of a delegated to-do that is not done.

    ``feedback`` is the feedback given on it (oldest first); ``instructions_digest``
    what its instructions, steps and "done when" list are now
    (``followup.instructions_digest``), to tell whether they changed since.
    """

    id: int
    title: str
    assistant_id: int | None = None
    has_instructions: bool = False
    steps: int = 0
    criteria: int = 0
    skills: int = 0
    frequency: Frequency | None = None
    minutes: int | None = None
    due: dt.date | None = None
    lead_time_days: int | None = None
    has_escalation_rule: bool = False
    status: Status = Status.OPEN
    next_check_in: dt.date | None = None
    level: DelegationLevel | None = None
    feedback: tuple[Feedback, ...] = ()
    instructions_digest: str = ""


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything the rules look at, on the user's calendar day *today*; the mindset
    check's ``taken_at`` is the user's wall-clock time; ``reviews`` are the settling-in
    reviews of the assistants."""

    delegated: tuple[TaskFacts, ...]
    undecided: int
    assistants: tuple[Assistant, ...]
    profile: Profile
    mindset: MindsetCheck | None
    today: dt.date
    reviews: tuple[Review, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to fix. ``field`` names what the Fix action opens; ``values`` carry
    the figures the message shows (count, hours …)."""

    rule: Rule
    severity: Severity
    subject: Subject
    field: str
    values: tuple[tuple[str, object], ...] = ()

    @property
    def pillar(self) -> Pillar:
        return self.rule.pillar


@dataclass(frozen=True, slots=True)
class Report:
    findings: tuple[Finding, ...]
    scores: dict[Pillar, int]
    verdict: Verdict


@dataclass(slots=True)
class _Tally:
    keep: bool = True  # the findings themselves; without them, only their severities
    weight: dict[Pillar, float] = field(default_factory=lambda: dict.fromkeys(Pillar, 0.0))
    failed: dict[Pillar, float] = field(default_factory=lambda: dict.fromkeys(Pillar, 0.0))
    findings: list[Finding] = field(default_factory=list)
    severities: set[Severity] = field(default_factory=set)

    def check(self, rule: Rule, severity: Severity, failed: Sequence[Finding], out_of: int) -> None:
        """Record a rule over *out_of* subjects of which the *failed* ones found problems."""
        self.count(rule, severity, len(failed), out_of)
        if self.keep:
            self.findings.extend(failed)

    def count(self, rule: Rule, severity: Severity, failed: int, out_of: int) -> None:
        """Record a rule over *out_of* subjects of which *failed* found problems."""
        if out_of == 0:
            return
        pillar = rule.pillar
        self.weight[pillar] += WEIGHTS[severity]
        self.failed[pillar] += WEIGHTS[severity] * failed / out_of
        if failed:
            self.severities.add(severity)


def _task_subject(task: TaskFacts) -> Subject:
    return Subject(SubjectKind.TASK, task.id, task.title)


def _per_task(
    tally: _Tally,
    plan: Plan,
    rule: Rule,
    severity: Severity,
    field_name: str,
    fails: Callable[[TaskFacts], bool],
) -> None:
    if not tally.keep:  # counted only: ~90,000 findings at 20,000 delegated to-dos
        tally.count(rule, severity, sum(map(fails, plan.delegated)), len(plan.delegated))
        return
    failed = [
        Finding(rule, severity, _task_subject(t), field_name) for t in plan.delegated if fails(t)
    ]
    tally.check(rule, severity, failed, len(plan.delegated))


def _single(
    tally: _Tally,
    rule: Rule,
    severity: Severity,
    subject: Subject,
    field_name: str,
    failed: bool,
    values: tuple[tuple[str, object], ...] = (),
) -> None:
    findings = [Finding(rule, severity, subject, field_name, values)] if failed else []
    tally.check(rule, severity, findings, 1)


PROFILE = Subject(SubjectKind.PROFILE)
PLAN = Subject(SubjectKind.PLAN)


def _expectations(tally: _Tally, plan: Plan) -> None:
    _single(
        tally,
        Rule.NO_DELEGATED_TASK,
        Severity.BLOCKER,
        PLAN,
        "decision",
        not plan.delegated,
    )
    _per_task(
        tally,
        plan,
        Rule.NO_INSTRUCTIONS,
        Severity.BLOCKER,
        "instructions",
        lambda t: not t.has_instructions and t.steps == 0,
    )
    _per_task(
        tally,
        plan,
        Rule.NO_ACCEPTANCE_CRITERIA,
        Severity.WARNING,
        "acceptance_criteria",
        lambda t: t.criteria == 0,
    )
    _per_task(tally, plan, Rule.NO_SKILLS, Severity.WARNING, "skills", lambda t: t.skills == 0)
    _per_task(
        tally,
        plan,
        Rule.NO_ESTIMATE,
        Severity.WARNING,
        "minutes_per_occurrence",
        lambda t: t.frequency is None or t.minutes is None,
    )
    budget = plan.profile.monthly_budget_cents
    _single(
        tally,
        Rule.NO_BUDGET,
        Severity.WARNING,
        PROFILE,
        "monthly_budget_cents",
        budget is None,
    )
    if budget is not None:
        cost = monthly_cost_cents(plan)
        _single(
            tally,
            Rule.OVER_BUDGET,
            Severity.WARNING,
            PROFILE,
            "monthly_budget_cents",
            cost > budget,
            (("cost", cost), ("budget", budget)),
        )
    _single(
        tally,
        Rule.UNDECIDED,
        Severity.HINT,
        PLAN,
        "decision",
        plan.undecided > 0,
        (("count", plan.undecided),),
    )
    unassigned = sum(1 for t in plan.delegated if t.assistant_id is None)
    if plan.delegated:
        _single(
            tally,
            Rule.UNASSIGNED,
            Severity.HINT,
            PLAN,
            "assistant_id",
            unassigned > 0,
            (("count", unassigned),),
        )
    _restate_expectations(tally, plan)


def _restate_expectations(tally: _Tally, plan: Plan) -> None:
    """A poor rating while the instructions stay as they were: say again what you
    expect (a hint per rated to-do)."""
    rated = [t for t in plan.delegated if t.feedback]
    failed = []
    for task in rated:
        poor = restate_needed(task.feedback, task.instructions_digest)
        if poor is not None:
            values = (("rating", poor.rating), ("given_on", poor.given_on))
            failed.append(
                Finding(
                    Rule.RESTATE_EXPECTATIONS,
                    Severity.HINT,
                    _task_subject(task),
                    "instructions",
                    values,
                )
            )
    tally.check(Rule.RESTATE_EXPECTATIONS, Severity.HINT, failed, len(rated))


def monthly_cost_cents(plan: Plan) -> int:
    """Estimated cost a month of the assigned, delegated to-dos at their assistants' rates."""
    rates = {a.id: a.hourly_rate_cents for a in plan.assistants}
    total = 0
    for task in plan.delegated:
        rate = rates.get(task.assistant_id) if task.assistant_id is not None else None
        total += cost_per_month_cents(hours_per_month(task.frequency, task.minutes), rate) or 0
    return total


def _needed_days(task: TaskFacts) -> int:
    work_days = math.ceil((task.minutes or 0) / WORKDAY_MINUTES)
    return (task.lead_time_days or 0) + work_days


def _reliability(tally: _Tally, plan: Plan) -> None:
    profile = plan.profile
    _single(
        tally,
        Rule.NO_CONTACT_CHANNEL,
        Severity.BLOCKER,
        PROFILE,
        "channels",
        not profile.channels,
    )
    _single(
        tally,
        Rule.NO_REACHABILITY,
        Severity.BLOCKER,
        PROFILE,
        "windows",
        not profile.windows,
    )
    _single(
        tally,
        Rule.NO_RESPONSE_TIME,
        Severity.WARNING,
        PROFILE,
        "response_time_hours",
        profile.response_time_hours is None,
    )
    _single(
        tally,
        Rule.NO_CHECK_IN,
        Severity.WARNING,
        PROFILE,
        "check_in_rhythm",
        profile.check_in_rhythm is None,
    )
    dated = [(t, t.due) for t in plan.delegated if t.due is not None]
    overdue = [
        Finding(
            Rule.OVERDUE,
            Severity.WARNING,
            _task_subject(t),
            "due",
            (("since", due),),
        )
        for t, due in dated
        if due < plan.today
    ]
    tally.check(Rule.OVERDUE, Severity.WARNING, overdue, len(dated))
    too_soon = [
        Finding(
            Rule.DUE_TOO_SOON,
            Severity.WARNING,
            _task_subject(t),
            "due",
            (("days", _needed_days(t)),),
        )
        for t, due in dated
        if due >= plan.today and (due - plan.today).days < _needed_days(t)
    ]
    tally.check(Rule.DUE_TOO_SOON, Severity.WARNING, too_soon, len(dated))
    load: dict[int, float] = {}
    for task in plan.delegated:
        if task.assistant_id is not None:
            weekly = hours_per_week(task.frequency, task.minutes) or 0.0
            load[task.assistant_id] = load.get(task.assistant_id, 0.0) + weekly
    over = [
        Finding(
            Rule.OVER_CAPACITY,
            Severity.WARNING,
            Subject(SubjectKind.ASSISTANT, a.id, a.name),
            "weekly_capacity_hours",
            (("hours", round(load.get(a.id, 0.0), 1)), ("capacity", a.weekly_capacity_hours)),
        )
        for a in plan.assistants
        if over_capacity(load.get(a.id, 0.0), a.weekly_capacity_hours)
    ]
    tally.check(Rule.OVER_CAPACITY, Severity.WARNING, over, len(plan.assistants))
    no_times = [
        Finding(
            Rule.NO_WORKING_TIMES,
            Severity.WARNING,
            Subject(SubjectKind.ASSISTANT, a.id, a.name),
            # Fix opens what is missing: the days first, else the hours.
            "working_days" if not a.working_days else "work_start",
        )
        for a in plan.assistants
        if not a.working_days or a.work_start is None or a.work_end is None
    ]
    tally.check(Rule.NO_WORKING_TIMES, Severity.WARNING, no_times, len(plan.assistants))
    _per_task(
        tally,
        plan,
        Rule.NO_ESCALATION_RULE,
        Severity.HINT,
        "escalation_rule",
        lambda t: not t.has_escalation_rule,
    )
    followed = [t for t in plan.delegated if t.status in FOLLOWED_UP]
    late = [
        Finding(
            Rule.CHECK_IN_OVERDUE,
            Severity.WARNING,
            _task_subject(t),
            "next_check_in",
            (("since", t.next_check_in),),
        )
        for t in followed
        if check_in_overdue(t.status, False, t.next_check_in, plan.today)
    ]
    tally.check(Rule.CHECK_IN_OVERDUE, Severity.WARNING, late, len(followed))


def _letting_go(tally: _Tally, plan: Plan) -> None:
    mindset = plan.mindset
    old = mindset is not None and (plan.today - mindset.taken_at.date()).days > MINDSET_MAX_AGE_DAYS
    # A warning, not a hint: a plan is not Ready before the check was ever taken (else
    # skipping it would score better than honest answers).
    _single(
        tally,
        Rule.MINDSET_NOT_CHECKED,
        Severity.WARNING,
        Subject(SubjectKind.MINDSET),
        "mindset",
        mindset is None,
    )
    if mindset is not None:
        _single(
            tally,
            Rule.MINDSET_OUTDATED,
            Severity.HINT,
            Subject(SubjectKind.MINDSET),
            "mindset",
            old,
        )
        agreed = set(mindset.agreed())
        for statement in MindsetStatement:
            _single(
                tally,
                MINDSET_RULES[statement],
                Severity.WARNING,
                Subject(SubjectKind.MINDSET),
                "mindset",
                statement in agreed,
            )
    no_trial = [
        Finding(
            Rule.NO_TRIAL_PERIOD,
            Severity.HINT,
            Subject(SubjectKind.ASSISTANT, a.id, a.name),
            "trial_end",
        )
        for a in plan.assistants
        if a.trial_end is None
    ]
    tally.check(Rule.NO_TRIAL_PERIOD, Severity.HINT, no_trial, len(plan.assistants))
    _review_overdue(tally, plan)
    _raise_level(tally, plan)


def _review_overdue(tally: _Tally, plan: Plan) -> None:
    """Each assistant whose settling-in period has ended needs its review."""
    reviewed: dict[int, list[dt.date]] = {}
    for review in plan.reviews:
        reviewed.setdefault(review.assistant_id, []).append(review.reviewed_on)
    ended = [a for a in plan.assistants if a.trial_end is not None and a.trial_end < plan.today]
    failed = [
        Finding(
            Rule.REVIEW_OVERDUE,
            Severity.WARNING,
            Subject(SubjectKind.ASSISTANT, a.id, a.name),
            "review",
            (("trial_end", a.trial_end),),
        )
        for a in ended
        if review_overdue(a.trial_end, reviewed.get(a.id, ()), plan.today)
    ]
    tally.check(Rule.REVIEW_OVERDUE, Severity.WARNING, failed, len(ended))


def _raise_level(tally: _Tally, plan: Plan) -> None:
    """Good ratings at a to-do's level suggest giving more freedom (never done by
    itself); the finding carries the ratings (day, rating) as its reasons."""
    rated = [t for t in plan.delegated if t.level is not None and t.feedback]
    failed = []
    for task in rated:
        reasons = level_raise_reasons(task.level, task.feedback)
        if reasons:
            ratings = tuple((f.given_on, f.rating) for f in reasons)
            failed.append(
                Finding(
                    Rule.RAISE_LEVEL,
                    Severity.HINT,
                    _task_subject(task),
                    "level",
                    (("level", task.level), ("ratings", ratings)),
                )
            )
    tally.check(Rule.RAISE_LEVEL, Severity.HINT, failed, len(rated))


SEVERITY_ORDER = {Severity.BLOCKER: 0, Severity.WARNING: 1, Severity.HINT: 2}


def _tallied(plan: Plan, tally: _Tally) -> _Tally:
    _expectations(tally, plan)
    _reliability(tally, plan)
    _letting_go(tally, plan)
    return tally


def _verdict(severities: set[Severity]) -> Verdict:
    if Severity.BLOCKER in severities:
        return Verdict.NOT_YET
    if Severity.WARNING in severities:
        return Verdict.ALMOST
    return Verdict.READY


def check(plan: Plan) -> Report:
    """Every finding (blockers first), the three scores and the verdict."""
    tally = _tallied(plan, _Tally())
    scores = {
        pillar: 100
        if tally.weight[pillar] == 0
        else round(100 * (1 - tally.failed[pillar] / tally.weight[pillar]))
        for pillar in Pillar
    }
    findings = tuple(sorted(tally.findings, key=lambda f: SEVERITY_ORDER[f.severity]))
    return Report(findings, scores, _verdict(tally.severities))


def verdict(plan: Plan) -> Verdict:
    """``check(plan).verdict`` without keeping the findings: at 20,000 delegated to-dos
    they are ~90,000 objects (~12 MiB), and the window's corner needs only the verdict."""
    return _verdict(_tallied(plan, _Tally(keep=False)).severities)
