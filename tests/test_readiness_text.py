"""Every readiness rule has a message, a reason and a fix, in English and German."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from delegator.domain.mindset import MindsetStatement
from delegator.domain.model import DelegationLevel
from delegator.domain.readiness import Finding, Rule, Severity, Subject, SubjectKind
from delegator.text.readiness_text import _texts, finding_text
from tests.cli_plurals import cli_in_english  # noqa: F401 (a fixture)


def test_every_rule_has_its_texts() -> None:
    assert set(_texts()) == set(Rule)


def test_the_readme_documents_every_rule_id() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [rule.value for rule in Rule if f"`{rule.value}`" not in readme]
    mindset = [r for r in missing if r.removeprefix("letting_go.") in set(MindsetStatement)]
    # The mindset rules are documented as one `letting_go.<statement>` per statement.
    assert [r for r in missing if r not in mindset] == []
    assert all(f"`{r.removeprefix('letting_go.')}`" in readme for r in mindset)


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
        Rule.OVER_BUDGET,
        Severity.WARNING,
        Subject(SubjectKind.PROFILE),
        "monthly_budget_cents",
        (("cost", 123_456), ("budget", 100_000)),
    )
    text = finding_text(finding, "EUR")
    assert "1,235" in text.message
    assert "1,000" in text.message
    assert "€" in text.message
    named = Finding(
        Rule.OVER_CAPACITY,
        Severity.WARNING,
        Subject(SubjectKind.ASSISTANT, 3, "Anna"),
        "weekly_capacity_hours",
        (("hours", 12.5), ("capacity", 10.0)),
    )
    assert finding_text(named).message == "Anna has 12.5 h a week assigned but 10 h of capacity."
    overdue = Finding(
        Rule.OVERDUE,
        Severity.WARNING,
        Subject(SubjectKind.TASK, 4, "Holiday cards"),
        "due",
        (("since", dt.date(2026, 12, 3)),),
    )
    assert finding_text(overdue).message == "“Holiday cards” is overdue since 12/3/2026."


@pytest.mark.usefixtures("cli_in_english")  # the plurals: "rated well 3 times"
def test_follow_up_findings_name_their_dates_and_ratings() -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        _check_follow_up_texts()
    finally:
        QLocale.setDefault(previous)


def _check_follow_up_texts() -> None:
    task = Subject(SubjectKind.TASK, 4, "Holiday cards")
    raise_level = Finding(
        Rule.RAISE_LEVEL,
        Severity.HINT,
        task,
        "level",
        (
            ("level", DelegationLevel.RECOMMEND),
            (
                "ratings",
                ((dt.date(2028, 1, 31), 4), (dt.date(2028, 2, 29), 5), (dt.date(2028, 3, 1), 4)),
            ),
        ),
    )
    assert finding_text(raise_level).message == (
        "“Holiday cards” was rated well 3 times at delegation level 3: "
        "1/31/2028: 4, 2/29/2028: 5, 3/1/2028: 4."
    )
    restate = Finding(
        Rule.RESTATE_EXPECTATIONS,
        Severity.HINT,
        task,
        "instructions",
        (("rating", 2), ("given_on", dt.date(2028, 2, 29))),
    )
    text = finding_text(restate)
    assert text.message.startswith("“Holiday cards” was rated 2 of 5 on 2/29/2028")
    assert "restate what you expect" in text.fix.lower()
    check_in = Finding(
        Rule.CHECK_IN_OVERDUE,
        Severity.WARNING,
        task,
        "next_check_in",
        (("since", dt.date(2027, 1, 31)),),
    )
    assert (
        finding_text(check_in).message == "The check-in on “Holiday cards” is due since 1/31/2027."
    )
    review = Finding(
        Rule.REVIEW_OVERDUE,
        Severity.WARNING,
        Subject(SubjectKind.ASSISTANT, 3, "Anna"),
        "review",
        (("trial_end", dt.date(2027, 1, 31)),),
    )
    text = finding_text(review)
    assert text.message == "The settling-in period with Anna ended on 1/31/2027 without a review."
    assert "Anna" in text.fix


PLAN = Subject(SubjectKind.PROFILE)
CARDS = Subject(SubjectKind.TASK, 4, "Holiday cards")


@pytest.mark.usefixtures("cli_in_english")
@pytest.mark.parametrize(
    ("rule", "subject", "values", "message"),
    [
        (Rule.UNDECIDED, PLAN, (("count", 1),), "1 to-do still undecided."),
        (Rule.UNDECIDED, PLAN, (("count", 2),), "2 to-dos still undecided."),
        (
            Rule.UNASSIGNED,
            PLAN,
            (("count", 1),),
            "1 delegated to-do without an assistant yet.",
        ),
        (
            Rule.UNASSIGNED,
            PLAN,
            (("count", 3),),
            "3 delegated to-dos without an assistant yet.",
        ),
        (
            Rule.DUE_TOO_SOON,
            CARDS,
            (("days", 1),),
            "“Holiday cards” is due sooner than the 1 day it needs.",
        ),
        (
            Rule.DUE_TOO_SOON,
            CARDS,
            (("days", 4),),
            "“Holiday cards” is due sooner than the 4 days it needs.",
        ),
    ],
)
def test_a_message_that_counts_says_one_and_many(
    rule: Rule, subject: Subject, values: tuple[tuple[str, object], ...], message: str
) -> None:
    finding = Finding(rule, Severity.WARNING, subject, "", values)
    assert finding_text(finding).message == message
