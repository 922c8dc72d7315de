"""Plain text and clipboard paste: one to-do per non-empty line (issue 6)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from delegator.domain.imported import ImportedTask, ImportResult
from delegator.exchange.import_text import parse_text, split_lines

PASTED_NOTES = (
    "\ufeffEinkaufsliste für Büro\r\n"
    "\r\n"
    "- Druckerpapier bestellen\r\n"
    "* Steuerberater anrufen\r\n"
    "+ Rechnungen für März prüfen\r\n"
    "• Übergabe an Anna vorbereiten\r\n"
    "1. Quarterly VAT return\r\n"
    "2) Renew the domain\r\n"
    "   10. Angebot für Müller GmbH schreiben   \r\n"
    "\t\r\n"
    "2026. Jahresabschluss\r\n"
    "-\r\n"
    "- \r\n"
    "-5 °C im Lager prüfen\r\n"
)


def titles(result: ImportResult) -> list[str]:
    return [task.title for task in result.tasks]


def test_a_pasted_list_becomes_one_to_do_per_line_in_order() -> None:
    result = parse_text(PASTED_NOTES)
    assert titles(result) == [
        "Einkaufsliste für Büro",
        "Druckerpapier bestellen",
        "Steuerberater anrufen",
        "Rechnungen für März prüfen",
        "Übergabe an Anna vorbereiten",
        "Quarterly VAT return",
        "Renew the domain",
        "Angebot für Müller GmbH schreiben",
        "2026. Jahresabschluss",
        "-5 °C im Lager prüfen",
    ]
    assert result.skipped == ()


def test_lines_are_numbered_from_one_as_an_editor_counts_them() -> None:
    result = parse_text(PASTED_NOTES)
    assert [task.line for task in result.tasks] == [1, 3, 4, 5, 6, 7, 8, 9, 11, 14]


def test_only_the_title_is_set() -> None:
    (task,) = parse_text("- Call the tax advisor\n").tasks
    assert task == ImportedTask(title="Call the tax advisor", line=1)


def test_one_marker_is_removed_not_more() -> None:
    assert titles(parse_text("- - doppelt\n1. 2. Schritt")) == ["- doppelt", "2. Schritt"]


def test_a_marker_needs_a_space_except_the_bullet() -> None:
    assert titles(parse_text("-foo\n*bold*\n1.5 Stunden buchen\n•Bullet")) == [
        "-foo",
        "*bold*",
        "1.5 Stunden buchen",
        "Bullet",
    ]


def test_line_endings_lf_crlf_and_cr_all_count_as_one_line() -> None:
    result = parse_text("eins\ntwo\r\ndrei\rfour")
    assert titles(result) == ["eins", "two", "drei", "four"]
    assert [task.line for task in result.tasks] == [1, 2, 3, 4]


def test_empty_and_blank_text_gives_no_to_dos() -> None:
    assert parse_text("") == ImportResult(tasks=())
    assert parse_text("\ufeff\r\n  \n\t") == ImportResult(tasks=())


def test_split_lines_drops_only_a_leading_byte_order_mark() -> None:
    assert split_lines("\ufeffa\r\nb\ufeff") == ["a", "b\ufeff"]


@given(st.text())
@example("\ufeff")
@example("\r\r\n\n")
def test_any_text_parses_and_every_title_is_trimmed_and_non_empty(text: str) -> None:
    result = parse_text(text)
    line_count = len(split_lines(text))
    for task in result.tasks:
        assert task.title
        assert task.title == task.title.strip()
        assert 1 <= task.line <= line_count
    assert [task.line for task in result.tasks] == sorted({task.line for task in result.tasks})
