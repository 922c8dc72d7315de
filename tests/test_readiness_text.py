"""Every readiness rule has a message, a reason and a fix, in English and German."""

from __future__ import annotations

import datetime as dt

from delegator.domain.mindset import MindsetStatement
from delegator.domain.readiness import Finding, Severity, Subject, SubjectKind
from delegator.readiness_text import _texts, finding_text

RULES = {
    "expectations.no_delegated_task",
    "expectations.no_instructions",
    "expectations.no_acceptance_criteria",
    "expectations.no_skills",
    "expectations.no_estimate",
    "expectations.no_budget",
    "expectations.over_budget",
    "expectations.undecided",
    "expectations.unassigned",
    "reliability.no_contact_channel",
    "reliability.no_reachability",
    "reliability.no_response_time",
    "reliability.no_check_in",
    "reliability.due_too_soon",
    "reliability.overdue",
    "reliability.over_capacity",
    "reliability.no_working_times",
    "reliability.no_escalation_rule",
    "letting_go.mindset_not_checked",
    "letting_go.mindset_outdated",
    "letting_go.no_trial_period",
} | {f"letting_go.{s.value}" for s in MindsetStatement}


def test_every_rule_has_its_texts() -> None:
    assert set(_texts()) == RULES


def test_figures_are_filled_in_and_money_is_formatted() -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        _check_figures()
    finally:
        QLocale.setDefault(previous)


def _check_figures() -> None:
    finding = Finding(
        "expectations.over_budget",
        Severity.WARNING,
        Subject(SubjectKind.PROFILE),
        "monthly_budget_cents",
        (("cost", 123_456), ("budget", 100_000)),
    )
    text = finding_text(finding, "EUR")
    assert "1,235" in text.message and "1,000" in text.message and "€" in text.message
    named = Finding(
        "reliability.over_capacity",
        Severity.WARNING,
        Subject(SubjectKind.ASSISTANT, 3, "Anna"),
        "weekly_capacity_hours",
        (("hours", 12.5), ("capacity", 10.0)),
    )
    assert finding_text(named).message == "Anna has 12.5 h a week assigned but 10 h of capacity."
    overdue = Finding(
        "reliability.overdue",
        Severity.WARNING,
        Subject(SubjectKind.TASK, 4, "Holiday cards"),
        "due",
        (("since", dt.date(2026, 12, 3)),),
    )
    assert finding_text(overdue).message == "“Holiday cards” is overdue since 12/3/2026."
