"""todo.txt import (issue 6)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from delegator.domain.imported import ImportedTask, ImportFormatError
from delegator.domain.model import Frequency, Priority
from delegator.exchange.import_todotxt import parse_todotxt, priority_of_letter
from delegator.text.import_errors import import_reason
from tests.exchange.fuzz_checks import tasks_or_a_line

TODO_TXT = (
    "\ufeff(A) 2026-03-01 Umsatzsteuer-Voranmeldung abgeben +Buchhaltung @Steuern "
    "due:2026-03-10 rec:1m est:45\r\n"
    "(B) Call the landlord about the heating +Office @phone\r\n"
    "\r\n"
    "2026-02-14 Rechnungen für März prüfen +Buchhaltung +Büro @Excel t:2026-03-25 "
    "rec:+w est:1,5h\r\n"
    "x 2026-03-02 2026-02-20 Büromaterial bestellen +Office\r\n"
    "(D) Ablage sortieren id:7 rec:2w est:viel\r\n"
    "x Alte Belege schreddern\r\n"
    "Webseite prüfen https://example.com/über-uns mailto:info@example.com 10:30\r\n"
)


def tasks_of(text: str, *, include_done: bool = False) -> tuple[ImportedTask, ...]:
    return parse_todotxt(text, include_done=include_done).tasks


def test_a_real_looking_file_reads_every_field() -> None:
    result = parse_todotxt(TODO_TXT)
    vat, landlord, invoices, filing, website = result.tasks
    assert vat == ImportedTask(
        title="Umsatzsteuer-Voranmeldung abgeben",
        line=1,
        area="Buchhaltung",
        skills=("Steuern",),
        priority=Priority.URGENT,
        frequency=Frequency.MONTHLY,
        minutes_per_occurrence=45,
        due=dt.date(2026, 3, 10),
    )
    assert landlord == ImportedTask(
        title="Call the landlord about the heating",
        line=2,
        area="Office",
        skills=("phone",),
        priority=Priority.HIGH,
    )
    assert invoices == ImportedTask(
        title="Rechnungen für März prüfen",
        line=4,
        notes="+Büro t:2026-03-25",
        area="Buchhaltung",
        skills=("Excel",),
        frequency=Frequency.WEEKLY,
        minutes_per_occurrence=90,
    )
    assert filing == ImportedTask(
        title="Ablage sortieren",
        line=6,
        notes="id:7 rec:2w est:viel",
        priority=Priority.LOW,
    )
    assert website.title == (
        "Webseite prüfen https://example.com/über-uns mailto:info@example.com 10:30"
    )
    assert website.notes == ""
    assert website.line == 8
    assert result.skipped == (("done", 2),)


def test_done_lines_are_imported_as_done_when_asked() -> None:
    result = parse_todotxt(TODO_TXT, include_done=True)
    done = [task for task in result.tasks if task.done]
    assert [(task.title, task.line, task.area) for task in done] == [
        ("Büromaterial bestellen", 5, "Office"),
        ("Alte Belege schreddern", 7, ""),
    ]
    assert result.skipped == ()
    assert [task.line for task in result.tasks] == [1, 2, 4, 5, 6, 7, 8]


@pytest.mark.parametrize(
    ("line", "done"),
    [
        ("x Erledigt", True),
        ("  x Erledigt", True),
        ("X Großes X ist kein Häkchen", False),
        ("xylophone stimmen", False),
        ("x", False),
        ("Fix x bug", False),
    ],
)
def test_only_a_lowercase_x_and_a_space_marks_a_done_line(line: str, done: bool) -> None:
    (task,) = tasks_of(line, include_done=True)
    assert task.done is done


def test_a_done_line_may_carry_its_priority_as_pri() -> None:
    (task,) = tasks_of("x 2026-03-02 Steuern zahlen pri:A", include_done=True)
    assert task.priority is Priority.URGENT
    assert task.title == "Steuern zahlen"
    (legacy,) = tasks_of("x 2026-03-02 (B) Legacy format", include_done=True)
    assert legacy.priority is Priority.HIGH
    assert legacy.title == "Legacy format"


@pytest.mark.parametrize(
    ("letter", "priority"),
    [("A", Priority.URGENT), ("B", Priority.HIGH), ("C", Priority.NORMAL)]
    + [(chr(code), Priority.LOW) for code in range(ord("D"), ord("Z") + 1)],
)
def test_priority_letters(letter: str, priority: Priority) -> None:
    assert priority_of_letter(letter) is priority
    (task,) = tasks_of(f"({letter}) Aufgabe")
    assert task.priority is priority


def test_a_priority_only_counts_at_the_start() -> None:
    (task,) = tasks_of("Call (A) later (a) Bericht")
    assert task.priority is None
    assert task.title == "Call (A) later (a) Bericht"


def test_creation_date_and_a_malformed_one() -> None:
    (task,) = tasks_of("2026-01-15 Neujahrsgrüße verschicken")
    assert task.title == "Neujahrsgrüße verschicken"
    (odd,) = tasks_of("2026-13-45 kein Datum")
    assert odd.title == "2026-13-45 kein Datum"


@pytest.mark.parametrize(
    ("value", "frequency"),
    [
        ("d", Frequency.DAILY),
        ("1d", Frequency.DAILY),
        ("+d", Frequency.DAILY),
        ("w", Frequency.WEEKLY),
        ("+1w", Frequency.WEEKLY),
        ("m", Frequency.MONTHLY),
        ("1M", Frequency.MONTHLY),
        ("3m", Frequency.QUARTERLY),
        ("+3m", Frequency.QUARTERLY),
        ("y", Frequency.YEARLY),
        ("1y", Frequency.YEARLY),
    ],
)
def test_recurrences_that_match_a_frequency(value: str, frequency: Frequency) -> None:
    (task,) = tasks_of(f"Backup prüfen rec:{value}")
    assert task.frequency is frequency
    assert task.notes == ""


@pytest.mark.parametrize("value", ["2d", "2w", "6m", "1b", "+5d", "weekly"])
def test_other_recurrences_are_kept_in_the_notes(value: str) -> None:
    (task,) = tasks_of(f"Backup prüfen rec:{value}")
    assert task.frequency is None
    assert task.notes == f"rec:{value}"


@pytest.mark.parametrize(
    ("value", "minutes"),
    [("90", 90), ("1:30", 90), ("1,5h", 90), ("2h", 120), ("45min", 45), ("0", 0)],
)
def test_estimates_read_like_the_editor_field(value: str, minutes: int) -> None:
    (task,) = tasks_of(f"Buchhaltung est:{value}")
    assert task.minutes_per_occurrence == minutes
    assert task.title == "Buchhaltung"


@pytest.mark.parametrize("value", ["-5", "viel", "999999h", "9" * 400 + "h"])
def test_an_unreadable_estimate_is_kept_in_the_notes(value: str) -> None:
    (task,) = tasks_of(f"Buchhaltung est:{value}")
    assert task.minutes_per_occurrence is None
    assert task.notes == f"est:{value}"


def test_projects_contexts_and_extras_are_never_lost() -> None:
    (task,) = tasks_of(
        "Messe planen +Marketing +Vertrieb @Reisen @Reisen @Excel t:2026-04-01 "
        "due:2026-05-01 due:2026-05-02 owner:Anna h:1"
    )
    assert task.title == "Messe planen"
    assert task.area == "Marketing"
    assert task.skills == ("Reisen", "Excel")
    assert task.due == dt.date(2026, 5, 1)
    assert task.notes == "+Vertrieb t:2026-04-01 due:2026-05-02 owner:Anna h:1"


def test_lone_plus_and_at_signs_are_text() -> None:
    (task,) = tasks_of("1 + 1 @ Büro")
    assert task.title == "1 + 1 @ Büro"
    assert task.area == ""
    assert task.skills == ()


def test_a_line_of_only_tokens_keeps_its_text_as_title() -> None:
    (task,) = tasks_of("(A) 2026-03-01 +Haushalt   @home due:2026-03-05")
    assert task.title == "+Haushalt @home due:2026-03-05"
    assert task.area == "Haushalt"
    assert task.skills == ("home",)
    assert task.due == dt.date(2026, 3, 5)
    (bare,) = tasks_of("(C) 2026-03-01")
    assert bare.title == "(C) 2026-03-01"
    assert bare.priority is Priority.NORMAL


def test_whitespace_in_the_title_is_normalised() -> None:
    (task,) = tasks_of("  Angebot \t schreiben   +Vertrieb   für  Müller  ")
    assert task.title == "Angebot schreiben für Müller"


@pytest.mark.parametrize("value", ["2026-02-30", "2026-3-1", "01.03.2026", "morgen", "2026"])
def test_a_malformed_due_date_names_the_line(value: str) -> None:
    with pytest.raises(ImportFormatError) as raised:
        parse_todotxt(f"Erste Zeile\r\n\r\nZahlung anweisen due:{value}\r\n")
    assert raised.value.line == 3
    assert value in import_reason(raised.value)


def test_a_malformed_due_date_on_a_done_line_still_fails() -> None:
    with pytest.raises(ImportFormatError) as raised:
        parse_todotxt("x Alt due:gestern")
    assert raised.value.line == 1


def test_empty_files() -> None:
    assert parse_todotxt("").tasks == ()
    assert parse_todotxt("\ufeff\n \r\n").tasks == ()
    assert parse_todotxt("\ufeff").skipped == ()


FRAGMENTS = st.sampled_from(
    [
        "x ",
        "x",
        "(A) ",
        "(Z)",
        "2026-03-01 ",
        "2026-02-30 ",
        "+Büro ",
        "+",
        "@",
        "@home ",
        "due:",
        "due:2026-03-10 ",
        "due:2026-13-10",
        "rec:",
        "+1w ",
        "3m",
        "est:",
        "1:30",
        "9" * 40,
        "h ",
        "t:",
        "pri:",
        "://",
        "mailto:",
        ":",
        " ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\ufeff",
        "\u2028",
        "\x0c",
        "ü",
    ]
)
TODO_LIKE = st.lists(FRAGMENTS | st.text(max_size=5), max_size=40).map("".join)


@given(st.one_of(st.text(), TODO_LIKE), st.booleans())
@example("due:0000-01-01", False)
@example("est:" + "9" * 400 + "h", False)
@example("x\u2028due:x", True)
def test_any_text_parses_or_fails_with_a_line(text: str, include_done: bool) -> None:
    tasks_or_a_line(parse_todotxt, text, include_done=include_done)
