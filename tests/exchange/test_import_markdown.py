"""Markdown task lists (GFM, Obsidian Tasks) import (issue 6)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from delegator.domain.imported import ImportedTask, ImportFormatError
from delegator.exchange.import_markdown import parse_markdown
from tests.exchange.fuzz_checks import tasks_or_a_line

OBSIDIAN_NOTE = (
    "\ufeff# Büro\r\n"
    "\r\n"
    "Ein paar Notizen, die kein To-do sind.\r\n"
    "- Einkaufsliste (kein Kästchen)\r\n"
    "- [ ] Umsatzsteuer-Voranmeldung abgeben 📅 2026-03-10\r\n"
    "    - [ ] Belege sammeln\r\n"
    "    - [x] Kontoauszüge laden\r\n"
    "    - Notiz ohne Kästchen\r\n"
    "        - [ ] Summen prüfen\r\n"
    "- [x] Druckerpapier bestellt\r\n"
    "    - [ ] gehört zum erledigten\r\n"
    "* [ ] Call the landlord\r\n"
    "\r\n"
    "## Private errands ##\r\n"
    "1. [ ] Renew passport 📅 2026-12-01\r\n"
    "2) [X] Book dentist\r\n"
    "+ [ ]   Übergabe   an Anna   \r\n"
    "\r\n"
    "```markdown\r\n"
    "- [ ] Beispiel im Codeblock\r\n"
    "```\r\n"
    "- [-] Abgebrochen (Obsidian)\r\n"
)


def test_a_real_looking_note_reads_tasks_steps_areas_and_dates() -> None:
    result = parse_markdown(OBSIDIAN_NOTE)
    assert result.tasks == (
        ImportedTask(
            title="Umsatzsteuer-Voranmeldung abgeben",
            line=5,
            area="Büro",
            steps=("Belege sammeln", "Summen prüfen"),
            due=dt.date(2026, 3, 10),
        ),
        ImportedTask(title="Call the landlord", line=12, area="Büro"),
        ImportedTask(
            title="Renew passport",
            line=15,
            area="Private errands",
            due=dt.date(2026, 12, 1),
        ),
        ImportedTask(title="Übergabe an Anna", line=17, area="Private errands"),
    )
    assert result.skipped == (("done", 2),)


def test_done_items_and_steps_come_back_when_asked() -> None:
    result = parse_markdown(OBSIDIAN_NOTE, include_done=True)
    assert [(task.title, task.line, task.done) for task in result.tasks] == [
        ("Umsatzsteuer-Voranmeldung abgeben", 5, False),
        ("Druckerpapier bestellt", 10, True),
        ("Call the landlord", 12, False),
        ("Renew passport", 15, False),
        ("Book dentist", 16, True),
        ("Übergabe an Anna", 17, False),
    ]
    assert result.tasks[0].steps == ("Belege sammeln", "Kontoauszüge laden", "Summen prüfen")
    assert result.tasks[1].steps == ("gehört zum erledigten",)
    assert result.skipped == ()


def test_a_task_nested_under_a_plain_item_is_a_task_of_its_own() -> None:
    result = parse_markdown("- Einkaufen\n  - [ ] Milch\n    - [ ] laktosefrei\n")
    assert result.tasks == (ImportedTask(title="Milch", line=2, steps=("laktosefrei",)),)


def test_a_paragraph_heading_or_plain_item_ends_the_parent() -> None:
    text = (
        "- [ ] Eltern\n"
        "Absatz\n"
        "  - [ ] eigenständig\n"
        "- [ ] Zweites\n"
        "- kein Kästchen\n"
        "  - [ ] auch eigenständig\n"
        "- [ ] Drittes\n"
        "# Neu\n"
        "  - [ ] unter Überschrift\n"
    )
    result = parse_markdown(text)
    assert [(task.title, task.steps, task.area) for task in result.tasks] == [
        ("Eltern", (), ""),
        ("eigenständig", (), ""),
        ("Zweites", (), ""),
        ("auch eigenständig", (), ""),
        ("Drittes", (), ""),
        ("unter Überschrift", (), "Neu"),
    ]


def test_blank_lines_and_tabs_inside_a_loose_list_keep_the_steps() -> None:
    result = parse_markdown("1. [ ] Monatsabschluss\n\n\t- [ ] Belege\n\n   - [ ] Bank\n")
    assert result.tasks[0].steps == ("Belege", "Bank")


def test_headings_set_the_area_and_follow_the_rules() -> None:
    text = (
        "#Tag ist keine Überschrift\n"
        "- [ ] a\n"
        "###### Sechs  Ebenen ###\n"
        "- [ ] b\n"
        "####### sieben sind zu viel\n"
        "- [ ] c\n"
        "#\n"
        "- [ ] d\n"
        "    # eingerückt ist Code\n"
        "- [ ] e\n"
    )
    areas = [task.area for task in parse_markdown(text).tasks]
    assert areas == ["", "Sechs Ebenen", "Sechs Ebenen", "", ""]


def test_boxes_need_a_space_and_a_list_marker() -> None:
    text = "- [ ]Ohne Leerzeichen\n[ ] Ohne Aufzählungszeichen\n-[ ] ohne Abstand\n- [ ]\n- [x]"
    result = parse_markdown(text, include_done=True)
    assert result.tasks == ()


def test_the_due_date_leaves_the_title_wherever_it_stands() -> None:
    text = (
        "- [ ] 📅 2026-04-01 Steuererklärung\n"
        "- [ ] Miete überweisen 📅2026-04-03.\n"
        "- [ ] Nur ein Datum 📅 2026-04-05 📅 2026-04-06\n"
        "- [ ] 📅 2026-04-07\n"
        "- [ ] Kalender 📅 aufräumen\n"
    )
    result = parse_markdown(text)
    assert [(task.title, task.due) for task in result.tasks] == [
        ("Steuererklärung", dt.date(2026, 4, 1)),
        ("Miete überweisen .", dt.date(2026, 4, 3)),
        ("Nur ein Datum", dt.date(2026, 4, 5)),
        ("📅 2026-04-07", dt.date(2026, 4, 7)),
        ("Kalender 📅 aufräumen", None),
    ]


def test_a_step_keeps_its_date_in_the_text() -> None:
    (task,) = parse_markdown("- [ ] Quartal\n  - [ ] Vorauszahlung 📅 2026-04-10\n").tasks
    assert task.steps == ("Vorauszahlung 📅 2026-04-10",)
    assert task.due is None


@pytest.mark.parametrize("value", ["2026-02-30", "2026-4-1", "01.04.2026", "2026/04/01"])
def test_a_malformed_due_date_names_the_line(value: str) -> None:
    with pytest.raises(ImportFormatError) as raised:
        parse_markdown(f"# Steuern\r\n\r\n- [ ] Zahlung 📅 {value}\r\n")
    assert raised.value.line == 3


def test_a_malformed_date_in_a_step_or_a_done_item_names_the_line_too() -> None:
    with pytest.raises(ImportFormatError) as step:
        parse_markdown("- [ ] A\n  - [ ] B 📅 2026-13-01\n")
    assert step.value.line == 2
    with pytest.raises(ImportFormatError) as done:
        parse_markdown("- [x] A 📅 2026-13-01\n")
    assert done.value.line == 1


def test_code_blocks_are_not_read_until_their_fence_closes() -> None:
    # A shorter fence does not close a longer one; nothing inside is checked either.
    text = "~~~~\n- [ ] a 📅 2026-99-99\n~~~\n- [ ] b\n~~~~~\n- [ ] c\n````\n- [ ] d\n"
    assert [(task.title, task.line) for task in parse_markdown(text).tasks] == [("c", 6)]
    assert [task.title for task in parse_markdown("```python\n- [ ] a\n```\n- [ ] b\n").tasks] == [
        "b"
    ]


def test_empty_files() -> None:
    assert parse_markdown("").tasks == ()
    assert parse_markdown("\ufeff").skipped == ()
    assert parse_markdown("# Nur eine Überschrift\r\n").tasks == ()


FRAGMENTS = st.sampled_from(
    [
        "- ",
        "* ",
        "+ ",
        "1. ",
        "2) ",
        "[ ] ",
        "[x] ",
        "[X]",
        "[-] ",
        "    ",
        "  ",
        "\t",
        "# ",
        "###### ",
        "#######",
        "```",
        "~~~",
        "📅 ",
        "📅\ufe0f",
        "2026-12-01",
        "2026-02-30",
        "9",
        ".",
        "\n",
        "\r\n",
        "\r",
        "\ufeff",
        "\u2028",
        "ä",
    ]
)
MARKDOWN_LIKE = st.lists(FRAGMENTS | st.text(max_size=5), max_size=40).map("".join)


@given(st.one_of(st.text(), MARKDOWN_LIKE), st.booleans())
@example("- [ ] 📅 0000-01-01", False)
@example("- [ ] a\n  - [x] b 📅 1", False)
def test_any_text_parses_or_fails_with_a_line(text: str, include_done: bool) -> None:
    for task in tasks_or_a_line(parse_markdown, text, include_done=include_done):
        assert all(task.steps)
