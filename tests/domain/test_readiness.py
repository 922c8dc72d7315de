"""Every readiness rule fires when its condition holds and is clear once it is fixed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from delegator.domain.assistant import Assistant
from delegator.domain.followup import Feedback
from delegator.domain.mindset import MindsetCheck, MindsetStatement
from delegator.domain.model import DelegationLevel, Frequency, Status
from delegator.domain.profile import (
    ChannelKind,
    CheckInRhythm,
    ContactChannel,
    Profile,
    ReachabilityWindow,
)
from delegator.domain.readiness import (
    Pillar,
    Plan,
    Rule,
    Severity,
    SubjectKind,
    TaskFacts,
    Verdict,
    check,
    verdict,
)

TODAY = dt.date(2026, 11, 27)

GOOD_TASK = TaskFacts(
    id=1,
    title="Rechnungen",
    assistant_id=7,
    has_instructions=True,
    steps=3,
    criteria=2,
    skills=1,
    frequency=Frequency.WEEKLY,
    minutes=60,
    due=dt.date(2026, 12, 20),
    lead_time_days=2,
    has_escalation_rule=True,
)
GOOD_ASSISTANT = Assistant(
    7,
    "Anna",
    hourly_rate_cents=4000,
    weekly_capacity_hours=10,
    working_days=(0, 1, 2),
    work_start=dt.time(9),
    work_end=dt.time(13),
    trial_end=dt.date(2027, 1, 15),
)
GOOD_PROFILE = Profile(
    channels=(ContactChannel(ChannelKind.EMAIL, "me@example.org"),),
    windows=(ReachabilityWindow(0, dt.time(9), dt.time(12)),),
    response_time_hours=4,
    check_in_rhythm=CheckInRhythm.WEEKLY,
    check_in_weekday=4,
    monthly_budget_cents=100_000,
)
CALM = MindsetCheck(dt.datetime(2026, 11, 20, 10), tuple((s, 2) for s in MindsetStatement))
GOOD = Plan((GOOD_TASK,), 0, (GOOD_ASSISTANT,), GOOD_PROFILE, CALM, TODAY)


def rated(rating: int, days_ago: int, *, level: int = 3, digest: str = "now") -> Feedback:
    """Feedback on GOOD_TASK given *days_ago*, at *level*, with instructions *digest*."""
    return Feedback(
        id=100 - days_ago,
        given_on=TODAY - dt.timedelta(days=days_ago),
        rating=rating,
        task_id=GOOD_TASK.id,
        level=DelegationLevel(level),
        instructions_digest=digest,
    )


def rules(plan: Plan) -> set[str]:
    return {finding.rule for finding in check(plan).findings}


def test_a_plan_is_not_ready_before_the_mindset_check_and_ready_after() -> None:
    untaken = check(replace(GOOD, mindset=None))
    assert untaken.verdict is Verdict.ALMOST
    assert [f.rule for f in untaken.findings] == [Rule.MINDSET_NOT_CHECKED]
    assert untaken.scores[Pillar.LETTING_GO] < 100
    assert check(GOOD).verdict is Verdict.READY


def test_a_well_prepared_plan_is_ready_with_full_scores() -> None:
    report = check(GOOD)
    assert report.findings == ()
    assert report.verdict is Verdict.READY
    assert report.scores == {
        Pillar.EXPECTATIONS: 100,
        Pillar.RELIABILITY: 100,
        Pillar.LETTING_GO: 100,
    }


BROKEN: list[tuple[str, Severity, Plan]] = [
    ("expectations.no_delegated_task", Severity.BLOCKER, replace(GOOD, delegated=())),
    (
        "expectations.no_instructions",
        Severity.BLOCKER,
        replace(GOOD, delegated=(replace(GOOD_TASK, has_instructions=False, steps=0),)),
    ),
    (
        "expectations.no_acceptance_criteria",
        Severity.WARNING,
        replace(GOOD, delegated=(replace(GOOD_TASK, criteria=0),)),
    ),
    (
        "expectations.no_skills",
        Severity.WARNING,
        replace(GOOD, delegated=(replace(GOOD_TASK, skills=0),)),
    ),
    (
        "expectations.no_estimate",
        Severity.WARNING,
        replace(GOOD, delegated=(replace(GOOD_TASK, minutes=None),)),
    ),
    (
        "expectations.no_budget",
        Severity.WARNING,
        replace(GOOD, profile=replace(GOOD_PROFILE, monthly_budget_cents=None)),
    ),
    (
        "expectations.over_budget",
        Severity.WARNING,
        replace(GOOD, profile=replace(GOOD_PROFILE, monthly_budget_cents=10_000)),
    ),
    ("expectations.undecided", Severity.HINT, replace(GOOD, undecided=4)),
    (
        "expectations.unassigned",
        Severity.HINT,
        replace(GOOD, delegated=(replace(GOOD_TASK, assistant_id=None),)),
    ),
    (
        "reliability.no_contact_channel",
        Severity.BLOCKER,
        replace(GOOD, profile=replace(GOOD_PROFILE, channels=())),
    ),
    (
        "reliability.no_reachability",
        Severity.BLOCKER,
        replace(GOOD, profile=replace(GOOD_PROFILE, windows=())),
    ),
    (
        "reliability.no_response_time",
        Severity.WARNING,
        replace(GOOD, profile=replace(GOOD_PROFILE, response_time_hours=None)),
    ),
    (
        "reliability.no_check_in",
        Severity.WARNING,
        replace(GOOD, profile=replace(GOOD_PROFILE, check_in_rhythm=None)),
    ),
    (
        "reliability.due_too_soon",
        Severity.WARNING,
        replace(GOOD, delegated=(replace(GOOD_TASK, due=TODAY + dt.timedelta(days=1)),)),
    ),
    (
        "reliability.overdue",
        Severity.WARNING,
        replace(GOOD, delegated=(replace(GOOD_TASK, due=TODAY - dt.timedelta(days=1)),)),
    ),
    (
        "reliability.over_capacity",
        Severity.WARNING,
        replace(GOOD, assistants=(replace(GOOD_ASSISTANT, weekly_capacity_hours=0.5),)),
    ),
    (
        "reliability.no_working_times",
        Severity.WARNING,
        replace(GOOD, assistants=(replace(GOOD_ASSISTANT, working_days=()),)),
    ),
    (
        "reliability.no_escalation_rule",
        Severity.HINT,
        replace(GOOD, delegated=(replace(GOOD_TASK, has_escalation_rule=False),)),
    ),
    ("letting_go.mindset_not_checked", Severity.WARNING, replace(GOOD, mindset=None)),
    (
        "letting_go.mindset_outdated",
        Severity.HINT,
        replace(GOOD, mindset=replace(CALM, taken_at=dt.datetime(2026, 5, 1))),
    ),
    (
        "letting_go.no_trial_period",
        Severity.HINT,
        replace(GOOD, assistants=(replace(GOOD_ASSISTANT, trial_end=None),)),
    ),
    (
        "expectations.restate_expectations",
        Severity.HINT,
        replace(
            GOOD,
            delegated=(replace(GOOD_TASK, feedback=(rated(2, 3),), instructions_digest="now"),),
        ),
    ),
    (
        "reliability.check_in_overdue",
        Severity.WARNING,
        replace(
            GOOD,
            delegated=(
                replace(
                    GOOD_TASK,
                    status=Status.HANDED_OVER,
                    next_check_in=TODAY - dt.timedelta(days=1),
                ),
            ),
        ),
    ),
    (
        "letting_go.review_overdue",
        Severity.WARNING,
        replace(
            GOOD,
            assistants=(replace(GOOD_ASSISTANT, trial_end=TODAY - dt.timedelta(days=3)),),
        ),
    ),
    (
        "letting_go.raise_level",
        Severity.HINT,
        replace(
            GOOD,
            delegated=(
                replace(
                    GOOD_TASK,
                    level=DelegationLevel.RECOMMEND,
                    feedback=(rated(4, 20), rated(5, 13), rated(4, 6)),
                ),
            ),
        ),
    ),
] + [
    (
        f"letting_go.{statement.value}",
        Severity.WARNING,
        replace(
            GOOD,
            mindset=MindsetCheck(
                CALM.taken_at, tuple((s, 5 if s is statement else 1) for s in MindsetStatement)
            ),
        ),
    )
    for statement in MindsetStatement
]


def test_every_rule_of_the_domain_is_shown_to_fire() -> None:
    assert {rule for rule, _severity, _plan in BROKEN} == set(Rule)


@pytest.mark.parametrize(("rule", "severity", "plan"), BROKEN, ids=[b[0] for b in BROKEN])
def test_each_rule_fires_alone_with_its_severity(rule: str, severity: Severity, plan: Plan) -> None:
    report = check(plan)
    assert {f.rule for f in report.findings} == {rule}
    (finding,) = report.findings
    assert finding.severity is severity
    pillar = Pillar(rule.split(".")[0])
    assert report.scores[pillar] < 100
    assert all(score == 100 for p, score in report.scores.items() if p is not pillar)
    expected = {
        Severity.BLOCKER: Verdict.NOT_YET,
        Severity.WARNING: Verdict.ALMOST,
        Severity.HINT: Verdict.READY,
    }[severity]
    assert report.verdict is expected
    assert verdict(plan) is expected  # the window's corner: the verdict alone


def test_the_verdict_alone_agrees_with_the_report_for_plans_with_many_findings() -> None:
    several = Plan(
        (*(r[2].delegated[0] for r in BROKEN if r[2].delegated), GOOD_TASK),
        3,
        (GOOD_ASSISTANT,),
        GOOD_PROFILE,
        None,
        TODAY,
    )
    for plan in (GOOD, several, replace(several, mindset=CALM), replace(GOOD, undecided=4)):
        assert verdict(plan) is check(plan).verdict


@pytest.mark.parametrize(
    ("due", "rules_found"),
    [
        (TODAY - dt.timedelta(days=30), {"reliability.overdue"}),
        (TODAY - dt.timedelta(days=1), {"reliability.overdue"}),
        # Due today is not overdue yet; two days of lead time make it too soon.
        (TODAY, {"reliability.due_too_soon"}),
        (TODAY + dt.timedelta(days=1), {"reliability.due_too_soon"}),
        (TODAY + dt.timedelta(days=30), set()),
    ],
)
def test_overdue_work_has_its_own_finding_not_the_lead_time_one(
    due: dt.date, rules_found: set[str]
) -> None:
    plan = replace(GOOD, delegated=(replace(GOOD_TASK, due=due),))
    report = check(plan)
    assert {f.rule for f in report.findings} == rules_found
    for finding in report.findings:
        assert finding.field == "due"
        if finding.rule == "reliability.overdue":
            assert dict(finding.values) == {"since": due}


def test_findings_name_their_subject_and_field() -> None:
    plan = replace(GOOD, delegated=(replace(GOOD_TASK, criteria=0),))
    (finding,) = check(plan).findings
    assert (finding.subject.kind, finding.subject.id, finding.subject.name) == (
        SubjectKind.TASK,
        1,
        "Rechnungen",
    )
    assert finding.field == "acceptance_criteria"


def test_an_empty_plan_is_not_yet_with_the_two_blockers_of_the_issue() -> None:
    report = check(Plan((), 0, (), Profile(), None, TODAY))
    blockers = {f.rule for f in report.findings if f.severity is Severity.BLOCKER}
    assert {"expectations.no_delegated_task", "reliability.no_reachability"} <= blockers
    assert report.verdict is Verdict.NOT_YET


def test_per_task_rules_score_the_share_of_tasks_that_pass() -> None:
    second = replace(GOOD_TASK, id=2, title="Belege", criteria=0)
    half = check(replace(GOOD, delegated=(GOOD_TASK, second)))
    all_missing = check(replace(GOOD, delegated=(replace(GOOD_TASK, criteria=0), second)))
    assert 100 > half.scores[Pillar.EXPECTATIONS] > all_missing.scores[Pillar.EXPECTATIONS]
    assert [f.subject.id for f in half.findings] == [2]


def test_blockers_come_first() -> None:
    plan = replace(
        GOOD, undecided=2, profile=replace(GOOD_PROFILE, channels=(), response_time_hours=None)
    )
    severities = [f.severity for f in check(plan).findings]
    assert severities == sorted(
        severities, key=[Severity.BLOCKER, Severity.WARNING, Severity.HINT].index
    )


def test_one_off_work_counts_towards_the_monthly_budget() -> None:
    big_job = replace(GOOD_TASK, frequency=Frequency.ONCE, minutes=60 * 30)
    plan = replace(GOOD, delegated=(big_job,))
    finding = next(f for f in check(plan).findings if f.rule == "expectations.over_budget")
    assert dict(finding.values)["cost"] == 120_000
