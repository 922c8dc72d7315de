"""brief.md, read back with a real CommonMark parser (markdown-it-py with GFM tables and
task lists): its sections, checklists and overview rows, and that nothing a user typed
can add a heading, a table column or HTML."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.tasklists import tasklists_plugin

from delegator.domain.brief import (
    Agreement,
    Brief,
    BriefOptions,
    BriefTask,
    HandoverChanges,
    TaskChange,
)
from delegator.domain.model import DelegationLevel, Frequency, Priority, Resource, ResourceKind
from delegator.domain.profile import ChannelKind, ContactChannel, ReachabilityWindow
from delegator.exchange.brief_markdown import instructions_markdown, render_markdown, text
from delegator.text.brief_text import BriefText

# html=True (the CommonMark preset) so that raw HTML would show up as html_* tokens.
PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
TASK_LISTS = MarkdownIt("commonmark").enable("table").use(tasklists_plugin)
EVIL = "# Evil | <script>alert(1)</script>"


def task(number: int = 1, **fields: object) -> BriefTask:
    values: dict[str, object] = {"title": f"Task {number}"} | fields
    return BriefTask(id=number, **values)  # type: ignore[arg-type]


INVOICES = task(
    1,
    title="Write invoices",
    instructions="Send every invoice **on time**.\n\n# Background\n\nClients pay by transfer.",
    steps=("Open the sheet", "Fill in the hours", "Send the PDF"),
    acceptance_criteria=("Every client has an invoice", "The sheet is marked sent"),
    skills=("Bookkeeping",),
    tools=("Sevdesk",),
    resources=(
        Resource(ResourceKind.LINK, "Price list", "https://example.com/prices"),
        Resource(ResourceKind.FILE, "Template", "ab12cd/invoice_template.docx"),
    ),
    frequency=Frequency.WEEKLY,
    minutes_per_occurrence=90,
    hours_per_week=1.5,
    due=dt.date(2025, 3, 4),
    lead_time_days=2,
    priority=Priority.HIGH,
    level=DelegationLevel.DO_AS_WRITTEN,
    escalation_rule="A client disputes an amount",
)
TRAVEL = task(2, title="Book travel", steps=("Compare prices", "Book"))
AGREEMENT = Agreement(
    client_name="Ann Example",
    business="Example Shop",
    channels=(ContactChannel(ChannelKind.EMAIL, "ann@example.com"),),
    windows=(
        ReachabilityWindow(0, dt.time(9), dt.time(12)),
        ReachabilityWindow(2, dt.time(14), dt.time(16, 30)),
    ),
    time_zone="Europe/Berlin",
    response_time_hours=24,
    check_in="weekly",
    assistant_days=(0, 1, 2),
    assistant_hours=(dt.time(9), dt.time(13)),
    trial_end=dt.date(2025, 4, 30),
)
CHANGES = HandoverChanges(
    since=dt.datetime(2025, 2, 1, 10, 0),
    added=("Book travel",),
    removed=("Old task",),
    changed=(TaskChange(1, "Write invoices", ("steps", "acceptance_criteria")),),
)


def brief(*tasks: BriefTask, **fields: object) -> Brief:
    values: dict[str, object] = {
        "title": "Handover brief for Bo",
        "assistant_name": "Bo",
        "created": dt.datetime(2025, 3, 1, 9, 30),
        "version": 2,
        "options": BriefOptions(),
        "agreement": AGREEMENT,
        "tasks": tasks or (INVOICES, TRAVEL),
        "hours_per_week": 1.5,
        "hours_per_month": 6.5,
    } | fields
    return Brief(**values)  # type: ignore[arg-type]


# Reading the parsed document ----------------------------------------------------------


def plain(inline: Token) -> str:
    """What a reader sees of an inline token: its text, without markup."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def headings(tokens: list[Token], level: int) -> list[str]:
    return [
        plain(tokens[i + 1])
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == f"h{level}"
    ]


def section(tokens: list[Token], title: str) -> list[Token]:
    """The tokens after the heading *title* up to the next heading of its level or above."""
    for i, t in enumerate(tokens):
        if t.type == "heading_open" and plain(tokens[i + 1]) == title:
            level = int(t.tag[1])
            end = next(
                (
                    j
                    for j in range(i + 3, len(tokens))
                    if tokens[j].type == "heading_open" and int(tokens[j].tag[1]) <= level
                ),
                len(tokens),
            )
            return tokens[i + 3 : end]
    raise AssertionError(f"no heading {title!r}")


def items(tokens: list[Token]) -> list[str]:
    """The text of each list item's first paragraph (nested items included)."""
    return [
        plain(tokens[i + 2])
        for i, t in enumerate(tokens)
        if t.type == "list_item_open" and tokens[i + 1].type == "paragraph_open"
    ]


def table_rows(tokens: list[Token]) -> list[list[str]]:
    rows: list[list[str]] = []
    for i, t in enumerate(tokens):
        if t.type == "tr_open":
            rows.append([])
        elif t.type in ("th_open", "td_open"):
            rows[-1].append(plain(tokens[i + 1]))
    return rows


def html_tokens(tokens: list[Token]) -> list[Token]:
    found = [t for t in tokens if t.type.startswith("html")]
    for t in tokens:
        found += [c for c in t.children or [] if c.type.startswith("html") or c.type == "image"]
    return found


# Structure ----------------------------------------------------------------------------


def test_the_sections_come_in_the_order_of_the_design() -> None:
    tokens = PARSER.parse(render_markdown(brief(changes=CHANGES)))
    assert headings(tokens, 1) == ["Handover brief for Bo"]
    assert headings(tokens, 2) == [
        "Working agreement",
        "Overview",
        "1. Write invoices",
        "2. Book travel",
        "Totals",
        "Changes since February 1, 2025",
    ]
    assert headings(tokens, 3)[:9] == [
        "Goal and instructions",
        "Steps",
        "Done when",
        "Skills",
        "Tools and access",
        "Resources",
        "Schedule",
        "Delegation level",
        "Ask me when …",
    ]
    assert html_tokens(tokens) == []


def test_the_cover_names_assistant_client_date_and_version() -> None:
    tokens = PARSER.parse(render_markdown(brief()))
    cover = items(tokens[: next(i for i, t in enumerate(tokens) if t.tag == "h2")])
    assert cover == [
        "Assistant: Bo",
        "Client: Ann Example, Example Shop",
        "Date: March 1, 2025",
        "Brief version: 2",
    ]


def test_the_working_agreement_says_how_and_when() -> None:
    tokens = PARSER.parse(render_markdown(brief()))
    agreement = items(section(tokens, "Working agreement"))
    assert agreement[:4] == [
        "How to reach me:",
        "Email: ann@example.com",
        "When I answer (Europe/Berlin):",
        "Monday: 9:00 AM–12:00 PM",
    ]
    assert "Wednesday: 2:00 PM–4:30 PM" in agreement
    assert "Response time: within 24 h" in agreement
    assert "When you should be available: Monday, Tuesday, Wednesday, 9:00 AM–1:00 PM" in agreement
    assert "Check-in: Weekly" in agreement
    assert "Trial period: until April 30, 2025, then we review how it went" in agreement
    assert any(item.startswith("Feedback: ") for item in agreement)
    assert any(item.startswith("Questions: ") for item in agreement)


def test_every_step_is_one_open_task_list_item() -> None:
    tokens = TASK_LISTS.parse(render_markdown(brief()))
    for title, steps in (("1. Write invoices", INVOICES.steps), ("2. Book travel", TRAVEL.steps)):
        found = section(section(tokens, title), "Steps")
        boxes = [t for t in found if t.type == "list_item_open"]
        assert len(boxes) == len(steps)
        assert all(t.attrs.get("class") == "task-list-item" for t in boxes)
        assert all("checked" not in c.content for t in found for c in t.children or [])
        assert [text.strip() for text in items(found)] == list(steps)


def test_the_overview_has_one_row_per_task_with_its_cells() -> None:
    tokens = PARSER.parse(render_markdown(brief()))
    rows = table_rows(section(tokens, "Overview"))
    assert rows == [
        ["Task", "Frequency", "h/week", "Due", "Priority", "Level"],
        ["Write invoices", "Weekly", "1.5", "03/04/2025", "High", "Do exactly as written"],
        ["Book travel", "—", "—", "—", "—", "—"],
    ]


def test_a_task_section_holds_its_details() -> None:
    tokens = PARSER.parse(render_markdown(brief()))
    invoices = section(tokens, "1. Write invoices")
    assert items(section(invoices, "Done when")) == list(INVOICES.acceptance_criteria)
    assert items(section(invoices, "Skills")) == ["Bookkeeping"]
    assert items(section(invoices, "Tools and access")) == ["Sevdesk"]
    assert items(section(invoices, "Resources")) == [
        "Price list",
        "Template (see attachments/invoice_template.docx)",
    ]
    links = [c for t in invoices for c in t.children or [] if c.type == "link_open"]
    assert [link.attrs["href"] for link in links] == ["https://example.com/prices"]
    assert items(section(invoices, "Schedule")) == [
        "Frequency: Weekly",
        "Time per occurrence: 90 min",
        "Due date: March 4, 2025",
        "Lead time: start 2 days before the due date",
    ]
    level = section(invoices, "Delegation level")
    assert plain(level[1]) == (
        "Do exactly as written — Follow the instructions step by step; ask before deviating."
    )
    assert plain(section(invoices, "Ask me when …")[1]) == "A client disputes an amount"
    # The instructions keep their Markdown, their heading sits below the task's own.
    instructions = section(invoices, "Goal and instructions")
    assert any(c.type == "strong_open" for t in instructions for c in t.children or [])
    assert headings(instructions, 4) == ["Background"]


def test_work_due_before_the_day_of_the_brief_is_marked_overdue() -> None:
    late = brief(created=dt.datetime(2025, 3, 5, 9, 30))  # the invoices were due on 4 March
    tokens = PARSER.parse(render_markdown(late))
    assert table_rows(section(tokens, "Overview"))[1][3] == "03/04/2025 (overdue)"
    schedule = items(section(section(tokens, "1. Write invoices"), "Schedule"))
    assert "Due date: March 4, 2025 (overdue)" in schedule
    on_the_day = PARSER.parse(render_markdown(brief(created=dt.datetime(2025, 3, 4, 23, 0))))
    assert table_rows(section(on_the_day, "Overview"))[1][3] == "03/04/2025"


def test_sections_without_content_are_left_out() -> None:
    tokens = PARSER.parse(render_markdown(brief(task(1, title="Bare"))))
    assert headings(tokens, 2) == ["Working agreement", "Overview", "1. Bare", "Totals"]
    assert headings(tokens, 3) == []


def test_totals_show_cost_and_budget_only_when_set() -> None:
    tokens = PARSER.parse(render_markdown(brief()))
    assert items(section(tokens, "Totals")) == ["Hours per week: 1.5", "Hours per month: 6.5"]
    markdown = render_markdown(brief())
    assert "Cost" not in markdown
    assert "Budget" not in markdown
    assert "€" not in markdown
    tokens = PARSER.parse(render_markdown(brief(cost_per_month_cents=12345, budget_cents=50000)))
    assert items(section(tokens, "Totals")) == [
        "Hours per week: 1.5",
        "Hours per month: 6.5",
        "Cost per month: €123.45",
        "Budget: up to €500.00 per month",
    ]


def test_the_changes_name_added_removed_and_changed_fields_in_words() -> None:
    tokens = PARSER.parse(render_markdown(brief(changes=CHANGES)))
    changes = section(tokens, "Changes since February 1, 2025")
    assert headings(changes, 3) == ["Added", "Removed", "Changed"]
    assert items(section(changes, "Added")) == ["Book travel"]
    assert items(section(changes, "Removed")) == ["Old task"]
    assert items(section(changes, "Changed")) == ["Write invoices: steps, done-when criteria"]
    assert "Changes since" not in render_markdown(brief())


def test_a_requirements_profile_leaves_out_the_assistant_and_lists_the_skills() -> None:
    profile = brief(
        title="Requirements profile",
        assistant_name=None,
        skills=("Bookkeeping", "Travel planning"),
    )
    tokens = PARSER.parse(render_markdown(profile))
    assert headings(tokens, 1) == ["Requirements profile"]
    assert "Assistant: To be assigned — requirements profile" in items(tokens)
    assert headings(tokens, 2)[:3] == ["Working agreement", "Skills needed", "Overview"]
    assert items(section(tokens, "Skills needed")) == ["Bookkeeping", "Travel planning"]
    agreement = " ".join(items(section(tokens, "Working agreement")))
    assert "How to reach me" in agreement
    assert "When you should be available" not in agreement
    assert "Trial period" not in agreement
    assert "Budget" not in render_markdown(profile)
    with_budget = PARSER.parse(render_markdown(brief(assistant_name=None, budget_cents=80000)))
    assert "Budget: up to €800.00 per month" in items(section(with_budget, "Totals"))


def test_a_german_brief_speaks_german(monkeypatch: pytest.MonkeyPatch) -> None:
    german = {
        "Working agreement": "Arbeitsvereinbarung",
        "Overview": "Übersicht",
        "Totals": "Summen",
        "Steps": "Schritte",
        "Task": "Aufgabe",
        "Weekly": "Wöchentlich",
        "Hours per week": "Stunden pro Woche",
        "Changes since {date}": "Änderungen seit {date}",
    }
    monkeypatch.setattr(BriefText, "__call__", lambda self, source: german.get(source, source))
    de = brief(options=BriefOptions(language="de"), changes=CHANGES)
    tokens = PARSER.parse(render_markdown(de))
    assert headings(tokens, 2) == [
        "Arbeitsvereinbarung",
        "Übersicht",
        "1. Write invoices",
        "2. Book travel",
        "Summen",
        "Änderungen seit 1. Februar 2025",
    ]
    rows = table_rows(section(tokens, "Übersicht"))
    assert rows[1][1:4] == ["Wöchentlich", "1,5", "04.03.2025"]
    assert "Montag: 09:00–12:00" in items(section(tokens, "Arbeitsvereinbarung"))
    assert "Stunden pro Woche: 1,5" in items(section(tokens, "Summen"))


# Typed text stays text ----------------------------------------------------------------

NASTY = [
    EVIL,
    "- a list",
    "1. numbered",
    "> quoted",
    "---",
    "===",
    "[a link](javascript:alert(1))",
    "![image](https://example.com/x.png)",
    "<!-- comment",
    "`code` and ``` fence",
    "*emphasis* _too_ ~~struck~~",
    "a | b | c",
    "line one\nline two\n\n# heading",
    "&lt;b&gt; &amp;",
    "ends with #",
    "\\<b>backslashed</b>",
]


def test_typed_text_cannot_change_the_structure() -> None:
    tasks = tuple(
        task(
            n,
            title=value,
            steps=(value, "plain"),
            acceptance_criteria=(value,),
            skills=(value,),
            tools=(value,),
            escalation_rule=value,
        )
        for n, value in enumerate(NASTY, start=1)
    )
    evil = brief(
        *tasks,
        title=EVIL,
        assistant_name=EVIL,
        changes=HandoverChanges(dt.datetime(2025, 2, 1), (EVIL,), (EVIL,), ()),
    )
    tokens = PARSER.parse(render_markdown(evil))
    flat = [" ".join(value.split()) for value in NASTY]
    assert headings(tokens, 1) == [EVIL]
    assert headings(tokens, 2)[2:-2] == [f"{n}. {value}" for n, value in enumerate(flat, 1)]
    assert len(headings(tokens, 2)) == len(NASTY) + 4
    assert html_tokens(tokens) == []
    assert not any(t.type in ("blockquote_open", "hr", "fence", "code_block") for t in tokens)
    rows = table_rows(section(tokens, "Overview"))
    assert len(rows) == len(NASTY) + 1
    assert all(len(row) == 6 for row in rows)
    assert [row[0] for row in rows[1:]] == flat
    for n, value in enumerate(flat, start=1):
        steps = section(section(tokens, f"{n}. {value}"), "Steps")
        assert [t.tag for t in steps if t.type.endswith("list_open")] == ["ul"]
        assert [item.removeprefix("[ ] ") for item in items(steps)] == [value, "plain"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_reads_back_as_typed(value: str) -> None:
    shown = " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", value).split())
    assume(shown)
    for template in ("# {}", "- {}", "| {} | x |\n| --- | --- |", "{}"):
        tokens = PARSER.parse(template.format(text(value)))
        inline = next(t for t in tokens if t.type == "inline")
        assert plain(inline) == shown, template
        assert [c.type for c in inline.children or []] == ["text"], template
    label = PARSER.parse(f"- **Label:** {text(value)}")[3]
    assert plain(label) == f"Label: {shown}"
    assert [c.type for c in label.children or []][-1] == "text"


def test_instructions_headings_are_demoted_below_the_task() -> None:
    source = "# One\n## Two\n> ### Three\n- #### Four\nFive\n===\nSix\n---\n\n---"
    tokens = PARSER.parse(instructions_markdown(source))
    assert headings(tokens, 1) + headings(tokens, 2) + headings(tokens, 3) == []
    assert headings(tokens, 4) == ["One"]
    assert headings(tokens, 5) == ["Two"]
    assert headings(tokens, 6) == ["Three", "Four"]
    assert [t.type for t in tokens].count("hr") == 2  # "Six" over a rule, and the rule


def test_instructions_cannot_inject_html_or_images() -> None:
    source = (
        "Hello <script>alert(1)</script> and \\\\<b>bold</b>\n\n<div>\nblock\n</div>\n\n"
        "![tracker](https://evil.example/x.png) <https://example.com>"
    )
    markdown = instructions_markdown(source)
    tokens = PARSER.parse(markdown)
    assert html_tokens(tokens) == []
    assert "<script>alert(1)</script>" in plain(tokens[1])
    autolinks = [c for t in tokens for c in t.children or [] if c.type == "link_open"]
    assert [link.attrs["href"] for link in autolinks] == ["https://example.com"]


def test_code_in_a_fence_stays_as_written_and_an_open_fence_is_closed() -> None:
    source = "Run this:\n\n  ```html\n  <b># not a heading</b>\n  ```\n\n~~~\nnever closed <i>"
    markdown = instructions_markdown(source)
    tokens = PARSER.parse(markdown + "\n\n### Steps\n")
    fences = [t for t in tokens if t.type == "fence"]
    assert [(f.info, f.content) for f in fences] == [
        ("html", "<b># not a heading</b>\n"),
        ("", "never closed <i>\n"),
    ]
    assert headings(tokens, 3) == ["Steps"]


def test_removing_a_fences_indent_never_turns_code_into_its_closing_fence() -> None:
    tokens = PARSER.parse(instructions_markdown("  ```\n    ```\n# code") + "\n\n### Steps\n")
    assert [t.content for t in tokens if t.type == "fence"] == ["    ```\n# code\n"]
    assert headings(tokens, 3) == ["Steps"]


def test_a_brief_survives_hostile_instructions() -> None:
    hostile = "```\nunclosed\n\n## 9. Fake task\n<script>x</script>\n"
    tokens = PARSER.parse(render_markdown(brief(task(1, title="Real", instructions=hostile))))
    assert headings(tokens, 2) == ["Working agreement", "Overview", "1. Real", "Totals"]
    assert headings(tokens, 3) == ["Goal and instructions"]


INSTRUCTION_LINES = st.sampled_from(
    [
        "# h1",
        "## h2",
        "### h3",
        "- # in list",
        "> ## in quote",
        "1. ### in ordered list",
        "  - > # nested",
        "text",
        "===",
        "---",
        "-",
        "```",
        "  ```",
        "~~~",
        "``` info",
        "    ```",
        "> ```",
        "- ```",
        "<div>",
        "<b>x</b>",
        "\\<i>",
        "\\\\<i>",
        "`<span>`",
        "![img](x.png)",
        "",
        "    indented",
        "[ref]: https://example.com",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(INSTRUCTION_LINES, max_size=12))
def test_no_instructions_can_break_out_of_their_section(lines: list[str]) -> None:
    hostile = task(1, title="Real", instructions="\n".join(lines), steps=("Only step",))
    tokens = PARSER.parse(render_markdown(brief(hostile)))
    assert headings(tokens, 1) == ["Handover brief for Bo"]
    assert headings(tokens, 2) == ["Working agreement", "Overview", "1. Real", "Totals"]
    expected = ["Goal and instructions", "Steps"] if "\n".join(lines).strip() else ["Steps"]
    assert headings(tokens, 3) == expected
    assert items(section(tokens, "Steps")) == ["[ ] Only step"]
    assert html_tokens(tokens) == []
