"""The import speaks the user's language: error reasons and skip labels are translated.

The German of these strings is merged into the shipped catalogue separately, so the
tests install a translator of their own for them (on top of the shipped catalogue,
which still translates the command line's sentences around them). It answers only for
the exact context and English source that pyside6-lupdate extracts, so German comes
out only when the code really asks ``QCoreApplication.translate`` for that text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from delegator import cli
from delegator.domain.imported import ImportFormatError
from delegator.exchange.csv_mapping import parse_mapped_csv
from delegator.exchange.import_csv import parse_todoist_csv
from delegator.exchange.import_ics import parse_ics
from delegator.exchange.import_markdown import parse_markdown
from delegator.exchange.import_todotxt import parse_todotxt
from delegator.runtime.resources import resource
from delegator.text.import_errors import import_reason
from delegator.text.import_reasons import SKIP_REASONS, skip_label

LABELS_DE = {
    "done": "bereits erledigt",
    "completed": "abgeschlossen",
    "cancelled": "abgesagt",
    "events": "Kalendertermine",
    "empty": "leer",
    "note without a task": "Notizen ohne To-do",
    "duplicate": "doppelt",
    "unchanged": "unverändert",
    "archived": "archiviert",
}
GERMAN = {
    ("ImportError", "due date {value} is not a date (YYYY-MM-DD)"): (
        "Fälligkeitsdatum {value} ist kein Datum (JJJJ-MM-TT)"
    ),
    ("ImportError", "column {column}: {value} is not a priority"): (
        "Spalte {column}: {value} ist keine Priorität"
    ),
    **{("ImportSkipped", key): label for key, label in LABELS_DE.items()},
}

ICS = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "BEGIN:VTODO",
        "UID:1",
        "SUMMARY:Offen",
        "END:VTODO",
        "BEGIN:VTODO",
        "UID:2",
        "SUMMARY:Fertig",
        "STATUS:COMPLETED",
        "END:VTODO",
        "BEGIN:VTODO",
        "UID:3",
        "SUMMARY:Abgesagt",
        "STATUS:CANCELLED",
        "END:VTODO",
        "BEGIN:VTODO",
        "UID:4",
        "END:VTODO",
        "BEGIN:VEVENT",
        "UID:5",
        "SUMMARY:Termin",
        "DTSTART;VALUE=DATE:20260101",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


class TableTranslator(QTranslator):
    """Answers for the (context, source) pairs of its table; None lets Qt ask the next."""

    def __init__(self, table: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self._table = table

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self._table.get((context, source))


@pytest.fixture
def german(qapp: QCoreApplication) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None, "no Qt application"
    shipped = QTranslator()
    assert shipped.load(str(resource("translations", "delegator_de.qm")))
    table = TableTranslator(GERMAN)
    assert app.installTranslator(shipped)
    assert app.installTranslator(table)  # the last installed is asked first
    try:
        yield
    finally:
        app.removeTranslator(table)
        app.removeTranslator(shipped)


def keys_the_parsers_count() -> set[str]:
    results = [
        parse_todotxt("Offen\nx Fertig\n"),
        parse_markdown("- [ ] Offen\n- [x] Fertig\n"),
        parse_todoist_csv("TYPE,CONTENT\nnote,Notiz\ntask,A\ntask,\n"),
        parse_mapped_csv("Title,Notes\nA,\n,nur eine Notiz\n", {"title": "Title"}),
        parse_ics(ICS),
    ]
    return {key for result in results for key, count in result.skipped if count}


def test_in_english_every_label_is_its_key() -> None:
    # `delegator import` prints "Skipped 1: done": scripts read the key.
    assert [skip_label(key) for key in SKIP_REASONS] == list(SKIP_REASONS)
    assert skip_label("something new") == "something new"


def test_every_key_the_parsers_and_the_service_count_is_known() -> None:
    from delegator.services.import_service import ARCHIVED, DONE, DUPLICATE, UNCHANGED

    assert keys_the_parsers_count() | {DUPLICATE, UNCHANGED, DONE, ARCHIVED} == set(SKIP_REASONS)


@pytest.mark.usefixtures("german")
def test_every_skip_label_comes_out_in_german() -> None:
    assert {key: skip_label(key) for key in SKIP_REASONS} == LABELS_DE
    assert skip_label("something new") == "something new"


@pytest.mark.usefixtures("german")
def test_an_error_reason_comes_out_in_german() -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_todotxt("Anrufen\nAngebot due:2026-13-01\n")
    assert caught.value.line == 2
    assert (
        import_reason(caught.value) == "Fälligkeitsdatum '2026-13-01' ist kein Datum (JJJJ-MM-TT)"
    )
    with pytest.raises(ImportFormatError) as caught:
        parse_mapped_csv("Title,Prio\nA,bald\n", {"title": "Title", "priority": "Prio"})
    assert import_reason(caught.value) == "Spalte 'Prio': 'bald' ist keine Priorität"


@pytest.mark.usefixtures("german")
def test_the_command_line_reports_the_import_in_german(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["add", "Rechnungen schreiben"]) == 0
    todo = tmp_path / "todo.txt"
    todo.write_text("Angebot schreiben\nx Erledigtes\nRechnungen schreiben\n", encoding="utf-8")
    capsys.readouterr()
    assert cli.run(["import", str(todo)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert "Übersprungen 1: bereits erledigt" in printed
    assert "Übersprungen 1: doppelt" in printed

    todo.write_text("Angebot due:morgen\n", encoding="utf-8")
    assert cli.run(["import", str(todo)]) == cli.EXIT_ERROR
    assert capsys.readouterr().err == (
        f"delegator: {todo}, Zeile 1: Fälligkeitsdatum 'morgen' ist kein Datum "
        "(JJJJ-MM-TT). Es wurde nichts importiert.\n"
    )
