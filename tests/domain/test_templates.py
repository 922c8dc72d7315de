"""Applying a template fills only what is empty; a to-do finds its matching template."""

from __future__ import annotations

from delegator.domain.model import Decision, DelegationLevel, Frequency, Task
from delegator.domain.templates import TaskTemplate, filled_from, matching_template


def template(name: str, title: str, area: str, **values: object) -> TaskTemplate:
    fields: dict[str, object] = {
        "id": name.casefold(),
        "name": name,
        "title": title,
        "area": area,
        "instructions": "Do it like this.",
        "steps": ("One", "Two"),
        "acceptance_criteria": ("Done",),
        "skills": ("Care",),
        "tools": ("Mail",),
        "escalation_rule": "Ask me first.",
        "frequency": Frequency.MONTHLY,
        "minutes_per_occurrence": 60,
        "level": DelegationLevel(3),
    }
    fields.update(values)
    return TaskTemplate(**fields)  # type: ignore[arg-type]


INVOICES = template("Monthly invoicing", "Write and send last month's invoices", "Finance")
RECHNUNGEN = template(
    "Monatliche Rechnungen", "Rechnungen für den Vormonat schreiben und versenden", "Finanzen"
)
INBOX = template("Inbox management", "Sort and answer the business inbox", "Administration")


def test_only_empty_fields_are_filled_and_the_title_stays() -> None:
    task = Task(id=1, title="Invoices", instructions="My own words.", skills=("Excel",))
    values = filled_from(task, INVOICES)
    assert "title" not in values
    assert "instructions" not in values
    assert "skills" not in values
    assert values["steps"] == ("One", "Two")
    assert values["minutes_per_occurrence"] == 60
    assert values["decision"] is Decision.DELEGATE


def test_a_kept_to_do_stays_kept_and_a_template_without_level_decides_nothing() -> None:
    kept = Task(id=1, title="Invoices", decision=Decision.KEEP)
    assert "decision" not in filled_from(kept, INVOICES)
    undecided = Task(id=2, title="Invoices")
    assert "decision" not in filled_from(undecided, template("Mine", "x", "", level=None))


def test_a_described_to_do_gets_nothing_new() -> None:
    task = Task(
        id=1,
        title="Invoices",
        decision=Decision.DELEGATE,
        area="Money",
        instructions="Mine.",
        steps=("a",),
        acceptance_criteria=("b",),
        skills=("c",),
        tools=("d",),
        escalation_rule="e",
        frequency=Frequency.WEEKLY,
        minutes_per_occurrence=5,
        level=DelegationLevel(1),
    )
    assert filled_from(task, INVOICES) == {}


def test_the_template_sharing_most_words_matches() -> None:
    templates = [INBOX, INVOICES, RECHNUNGEN]
    assert matching_template("Send the invoices", "", templates) is INVOICES
    assert matching_template("Rechnungen schreiben", "", templates) is RECHNUNGEN
    assert matching_template("Answer mails", "Administration", templates) is INBOX
    assert matching_template("Water the plants", "", templates) is None
    assert matching_template("", "", templates) is None
