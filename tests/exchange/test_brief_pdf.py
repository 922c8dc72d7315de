"""brief.pdf: rendered from Markdown, read back with pypdf (text, positions, metadata)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QRawFont

from delegator.exchange import brief_pdf, pdf_columns, pdf_layout, pdf_symbols
from delegator.exchange.brief_pdf import CancelledError, render_pdf
from delegator.text.brief_text import BriefText

TITLE = "Handover brief for Anna Schmidt"
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
MM = 72 / 25.4
LIGATURES = re.compile("[\ufb00-\ufb06]")
TASKS = 48  # the contents then need two pages
LONG_TASK = 2  # the one with 100 steps


@dataclass(frozen=True)
class Task:
    number: int
    title: str
    steps: tuple[str, ...]
    criteria: tuple[str, ...]

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}"


def make_tasks() -> list[Task]:
    tasks = []
    for number in range(1, TASKS + 1):
        count = 100 if number == LONG_TASK else 3 + number * 7 % 13
        tasks.append(
            Task(
                number,
                f"Rechnungen für Müller & Söhne prüfen, Los {number:02d}",
                tuple(
                    f"Schritt {step:03d} von Los {number:02d}: Größe prüfen und ablegen"
                    for step in range(1, count + 1)
                ),
                tuple(
                    f"Kriterium {criterion} von Los {number:02d}: alle Belege geprüft"
                    for criterion in range(1, 4)
                ),
            )
        )
    return tasks


def make_markdown(tasks: list[Task]) -> str:
    """A brief shaped like the Markdown exporter's (cover, agreement, overview table,
    one section per task with a checklist, totals)."""
    parts = [
        f"# {TITLE}",
        "- **Assistant:** Anna Schmidt\n- **Client:** Jörg Weiß\n- **Brief version:** 3",
        "## Working agreement",
        "- **Check-ins:** weekly on Friday\n- **Questions:** ask rather than guess",
        "## Overview",
        "| Task | Frequency | Hours per week |\n| --- | --- | ---: |\n"
        + "\n".join(f"| {task.title} | Weekly | 1.5 |" for task in tasks),
    ]
    for task in tasks:
        parts += [
            f"## {task.heading}",
            "### Goal and instructions",
            "Die Ablage bleibt offen, das office bleibt fluffy: Ärger über Öl und Übermaß "
            "vermeiden 🚀. Typed <b>x</b>, escaped \\<i>y\\</i> and &lt;u&gt;z&lt;/u&gt;.",
            "<script>alert(1)</script>",
            "### Steps",
            "\n".join(f"- [ ] {step}" for step in task.steps) + "\n- [x] Vorlage geöffnet",
            "### Done when",
            "\n".join(f"- {criterion}" for criterion in task.criteria),
        ]
    parts += ["## Totals", "- **Hours per week:** 72"]
    return "\n\n".join(parts) + "\n"


@dataclass(frozen=True)
class Line:
    y: float  # baseline, points from the bottom of the page
    text: str


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    text: str  # whitespace made single spaces
    lines: list[Line]  # top to bottom


def one_line(text: str) -> str:
    return " ".join(text.split())


def read(pdf: bytes) -> tuple[pypdf.PdfReader, list[Page]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return reader, [read_page(page) for page in reader.pages]


def read_page(page: pypdf.PageObject) -> Page:
    pieces: dict[float, list[str]] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1)
            pieces.setdefault(y, []).append(text)

    text = page.extract_text(visitor_text=visit)
    lines = [Line(y, one_line(" ".join(pieces[y]))) for y in sorted(pieces, reverse=True)]
    box = page.mediabox
    return Page(float(box.width), float(box.height), one_line(text), lines)


@pytest.fixture(scope="module")
def tasks() -> list[Task]:
    return make_tasks()


@pytest.fixture(scope="module")
def markdown(tasks: list[Task]) -> str:
    return make_markdown(tasks)


@pytest.fixture(scope="module")
def rendered(qapp: object, markdown: str) -> tuple[pypdf.PdfReader, list[Page]]:
    return read(render_pdf(markdown, title=TITLE, language="en", paper="A4"))


@pytest.fixture(scope="module")
def pages(rendered: tuple[pypdf.PdfReader, list[Page]]) -> list[Page]:
    return rendered[1]


def all_text(pages: list[Page]) -> str:
    return " ".join(page.text for page in pages)


def test_every_title_step_and_criterion_is_in_the_text(
    pages: list[Page], tasks: list[Task]
) -> None:
    text = all_text(pages)
    missing = [
        item
        for task in tasks
        for item in (task.heading, *task.steps, *task.criteria)
        if item not in text
    ]
    assert missing == []
    assert "Vorlage geöffnet" in text  # a ticked item


def test_text_extracts_without_ligatures(pages: list[Page]) -> None:
    text = all_text(pages)
    assert LIGATURES.search(text) is None
    for word in ("offen", "office", "fluffy", "Ärger über Öl und Übermaß", "Größe", "Söhne"):
        assert word in text


def test_typed_html_is_printed_as_typed(pages: list[Page]) -> None:
    text = all_text(pages)
    assert "Typed <b>x</b>, escaped <i>y</i> and <u>z</u>." in text
    assert "<script>alert(1)</script>" in text


def test_the_long_task_spans_several_pages(pages: list[Page], tasks: list[Task]) -> None:
    long = tasks[LONG_TASK - 1]
    first = next(i for i, page in enumerate(pages) if long.steps[0] in page.text)
    last = next(i for i, page in enumerate(pages) if long.steps[-1] in page.text)
    assert last - first >= 2


def test_the_cover_has_the_title_and_the_opening_lines(pages: list[Page]) -> None:
    cover = pages[0]
    assert cover.text.startswith(TITLE)
    assert "Assistant: Anna Schmidt Client: Jörg Weiß Brief version: 3" in cover.text
    assert "Page " not in cover.text
    assert all("Assistant: Anna Schmidt" not in page.text for page in pages[1:])
    assert all(page.text.count(TITLE) == 1 for page in pages)  # no repeated level-1 heading


def test_every_page_after_the_cover_has_header_and_footer(pages: list[Page]) -> None:
    total = len(pages)
    for number, page in enumerate(pages[1:], start=2):
        assert page.lines[0].text == TITLE
        assert page.lines[-1].text == f"Page {number} of {total}"


def test_body_text_stays_between_header_and_footer(pages: list[Page]) -> None:
    for page in pages[1:]:
        header, *body, footer = page.lines
        assert header.y > page.height - 22 * MM
        assert footer.y < 22 * MM
        assert body
        for line in body:
            # baselines inside the margins (22 mm), clear of the rules (14 mm)
            assert 22 * MM < line.y < page.height - 22 * MM, line


def contents_numbers(pages: list[Page], headings: list[str]) -> list[int]:
    first = re.search(re.escape(headings[0]) + r" (\d+)", pages[1].text)
    assert first is not None
    body_start = int(first.group(1))
    text = " ".join(page.text for page in pages[1 : body_start - 1])
    numbers = []
    for heading in headings:
        found = re.search(re.escape(heading) + r" (\d+)", text)
        assert found is not None, heading
        numbers.append(int(found.group(1)))
    return numbers


def test_the_contents_list_every_section_with_its_page(
    pages: list[Page], tasks: list[Task]
) -> None:
    headings = ["Working agreement", "Overview", *(t.heading for t in tasks), "Totals"]
    assert pages[1].lines[1].text == "Contents"
    numbers = contents_numbers(pages, headings)
    assert numbers == sorted(numbers)
    assert numbers[0] == 4  # cover, two pages of contents, then the body
    assert "Contents" not in pages[3].text
    for heading, number in zip(headings, numbers, strict=True):
        assert 4 <= number <= len(pages)
        assert heading in [line.text for line in pages[number - 1].lines], heading


HEADINGS = {"Goal and instructions", "Steps", "Done when", "Working agreement", "Overview"}


def orphans(pages: list[Page], tasks: list[Task]) -> list[str]:
    """Pages whose last line of text (above the footer) is a heading."""
    headings = HEADINGS | {task.heading for task in tasks}
    return [
        f"page {number}: {page.lines[-2].text}"
        for number, page in enumerate(pages, start=1)
        if number > 1 and page.lines[-2].text in headings
    ]


def test_no_heading_is_left_alone_at_the_bottom_of_a_page(
    pages: list[Page], tasks: list[Task]
) -> None:
    assert orphans(pages, tasks) == []


def test_without_keeping_headings_some_would_be_left_alone(
    qapp: object, markdown: str, tasks: list[Task], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The check above can see a lone heading: the same brief without the rule has some.
    monkeypatch.setattr(brief_pdf, "keep_together", lambda document, pages: document)
    _, pages = read(render_pdf(markdown, title=TITLE, language="en", paper="A4"))
    assert orphans(pages, tasks) != []


def test_pdf_metadata(rendered: tuple[pypdf.PdfReader, list[Page]]) -> None:
    reader, _ = rendered
    assert reader.metadata is not None
    assert reader.metadata.title == TITLE
    assert reader.metadata.creator == "Delegator"


def test_uses_the_bundled_font(rendered: tuple[pypdf.PdfReader, list[Page]]) -> None:
    reader, _ = rendered
    fonts = set()
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, pypdf.generic.DictionaryObject)
        used = resources["/Font"].get_object()
        assert isinstance(used, pypdf.generic.DictionaryObject)
        for font in used.values():
            fonts.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("Letter", LETTER), ("letter", LETTER)])
def test_paper_size(qapp: object, paper: str, size: tuple[float, float]) -> None:
    _, pages = read(render_pdf("## One\n\nText\n", title="T", language="en", paper=paper))
    for page in pages:
        assert page.width == pytest.approx(size[0], abs=1)
        assert page.height == pytest.approx(size[1], abs=1)


def test_an_unknown_paper_size_is_refused(qapp: object) -> None:
    with pytest.raises(ValueError, match="A5"):
        render_pdf("text", title="T", language="en", paper="A5")


def test_progress_is_busy_while_laying_out_then_counts_pages(qapp: object, markdown: str) -> None:
    calls: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    _, pages = read(render_pdf(markdown, title=TITLE, language="en", paper="A4", progress=record))
    total = len(pages)
    busy = calls.index((0, total))
    assert busy >= 2  # 52 sections: asked every 20
    assert set(calls[:busy]) == {(0, 0)}
    assert calls[busy:] == [(done, total) for done in range(total + 1)]


@pytest.mark.parametrize(
    "progress",
    [
        pytest.param(lambda done, total: total != 0, id="while laying out"),
        pytest.param(lambda done, total: total == 0, id="before the first page"),
        pytest.param(lambda done, total: done < 2, id="after two pages"),
    ],
)
def test_progress_returning_false_cancels(
    qapp: object, markdown: str, progress: Callable[[int, int], bool]
) -> None:
    with pytest.raises(CancelledError):
        render_pdf(markdown, title=TITLE, language="en", paper="A4", progress=progress)


def test_footer_and_contents_in_the_brief_language(qapp: object) -> None:
    words = BriefText("de")
    markdown = "# Übergabe\n\nFür Anna\n\n## Erste Aufgabe\n\nText\n\n## Zweite Aufgabe\n\nText\n"
    _, pages = read(render_pdf(markdown, title="Übergabe", language="de", paper="A4"))
    assert len(pages) == 3
    assert pages[1].lines[1].text == words("Contents")
    assert pages[1].lines[-1].text == words("Page {n} of {total}").format(n=2, total=3)
    assert "Erste Aufgabe 3 Zweite Aufgabe 3" in pages[1].text


def test_without_sections_there_is_no_contents_page(qapp: object) -> None:
    _, pages = read(render_pdf("Just a note, offen.\n", title="Note", language="en", paper="A4"))
    assert [page.text for page in pages] == ["Note", "Just a note, offen. Note Page 2 of 2"]


def test_the_opening_lines_stay_in_the_body_when_the_cover_is_full(qapp: object) -> None:
    opening = "\n\n".join(f"Opening paragraph {n}." for n in range(1, 80))
    markdown = f"# Brief\n\n{opening}\n\n## Section\n\nText\n"
    _, pages = read(render_pdf(markdown, title="Brief", language="en", paper="A4"))
    assert pages[0].text == "Brief"
    assert "Opening paragraph 1. " in pages[2].text
    text = all_text(pages)
    assert all(f"Opening paragraph {n}." in text for n in range(1, 80))
    assert re.search(r"Section (\d+)", pages[1].text)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig decides")
def test_text_survives_a_machine_without_fonts(tmp_path: Path) -> None:
    """With no font visible to Qt, a bare QTextDocument prints no text at all (every
    glyph a box); the bundled font still gives every character."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    output = tmp_path / "brief.pdf"
    script = textwrap.dedent(
        f"""
        from PySide6.QtGui import QFontDatabase, QGuiApplication
        from delegator.exchange.brief_pdf import render_pdf
        try:
            render_pdf("x", title="T", language="en", paper="A4")
        except RuntimeError as error:
            print("refused:", error)
        app = QGuiApplication([])
        print("system fonts:", ", ".join(QFontDatabase.families()))
        markdown = "## Grüße 📅\\n\\n*offen* im **office** und fluffy.\\n\\n- [ ] Größe prüfen\\n"
        pdf = render_pdf(markdown, title="Übergabe ✅", language="en", paper="A4")
        open({str(output)!r}, "wb").write(pdf)
        """
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=root, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "refused: render_pdf needs a QGuiApplication" in done.stdout
    assert "DejaVu" not in done.stdout  # Qt saw none of the system's fonts
    _, pages = read(output.read_bytes())
    text = all_text(pages)
    for expected in (
        "Übergabe ✔",  # emoji no font there has: a sign DejaVu Sans has, or the name
        "Grüße :calendar:",
        "offen im office und fluffy.",
        "Größe prüfen",
        "Page 3 of 3",
    ):
        assert expected in text


def words(pages: list[Page]) -> set[str]:
    """Every word of every line of text: a word split over two lines is not one."""
    return {word for page in pages for line in page.lines for word in line.text.split()}


# Columns whose shares by length alone would be narrower than their longest words:
# the last one has a long word in short entries, the first long entries.
NARROW_COLUMNS = (
    "| Aufgabe | Häufigkeit | h/Woche | Fällig | Stufe |\n| --- | --- | ---: | --- | --- |\n"
    + "\n".join(
        f"| Monatsabschluss {n} vorbereiten, Belege sammeln, prüfen und der Buchhaltung "
        "rechtzeitig übermitteln, damit nichts liegen bleibt | Wöchentlich | 1,5 | "
        "02.01.2025 | Eigenständigkeitserklärung einholen |"
        for n in range(1, 6)
    )
)


def test_no_word_in_a_table_is_split_when_the_columns_can_hold_them(qapp: object) -> None:
    markdown = f"## Übersicht\n\n{NARROW_COLUMNS}\n"
    _, pages = read(render_pdf(markdown, title="Übergabe", language="de", paper="A4"))
    found = words(pages)
    for word in (
        "Aufgabe",
        "Häufigkeit",
        "h/Woche",
        "Fällig",
        "Monatsabschluss",
        "übermitteln,",
        "Wöchentlich",
        "02.01.2025",
        "Eigenständigkeitserklärung",
    ):
        assert word in found, word


def test_a_table_too_wide_for_its_words_still_prints_them_all(qapp: object) -> None:
    header = " | ".join(f"Monatsabschluss{n}" for n in range(8))
    markdown = f"| {header} |\n|{' --- |' * 8}\n| {' | '.join(['Buchhaltung'] * 8)} |\n"
    _, pages = read(render_pdf(markdown, title="Breit", language="de", paper="A4"))
    text = "".join(pages[1].text.split())
    assert all(f"Monatsabschluss{n}" in text for n in range(8))  # broken inside words
    assert text.count("Buchhaltung") == 8


@pytest.mark.parametrize(
    ("natural", "narrowest", "available", "expected"),
    [
        ([50.0, 60.0], [10.0, 10.0], 200.0, [50.0, 60.0]),  # all fit: as long as they are
        ([50.0, 60.0], [55.0, 150.0], 200.0, None),  # the longest words alone do not fit
        ([1000.0, 92.0, 300.0], [125.0, 92.0, 210.0], 600.0, [298.0, 92.0, 210.0]),
        ([400.0, 400.0], [10.0, 10.0], 200.0, [100.0, 100.0]),
    ],
)
def test_fitted_widths(
    natural: list[float],
    narrowest: list[float],
    available: float,
    expected: list[float] | None,
) -> None:
    assert pdf_columns.fitted_widths(natural, narrowest, available) == expected


def test_fitted_widths_keep_every_column_as_wide_as_its_longest_word() -> None:
    natural = [700.0, 92.0, 74.0, 86.0, 300.0, 120.0]
    narrowest = [125.0, 92.0, 74.0, 86.0, 210.0, 40.0]
    widths = pdf_columns.fitted_widths(natural, narrowest, 637.0)
    assert widths is not None
    assert sum(widths) == pytest.approx(637.0)
    assert all(w >= n for w, n in zip(widths, narrowest, strict=True))
    assert widths[1:4] == natural[1:4]  # short columns get all they want


ROWS = 40


def tall_rows_table() -> str:
    filler = "Belege sammeln, prüfen, ablegen und der Buchhaltung übermitteln. "
    rows = [f"| Row {n:02d} start | {filler * (1 + n % 6)}row {n:02d} end |" for n in range(ROWS)]
    return "| Task | Details |\n| --- | --- |\n" + "\n".join(rows) + "\n"


def pages_of(pages: list[Page], text: str) -> list[int]:
    return [number for number, page in enumerate(pages) if text in page.text]


def test_a_table_row_is_never_split_by_a_page_break(qapp: object) -> None:
    markdown = f"## Table\n\nSome text before the table.\n\n{tall_rows_table()}\nAfter.\n"
    _, pages = read(render_pdf(markdown, title="Rows", language="en", paper="A4"))
    table_pages = set()
    for n in range(ROWS):
        start, end = pages_of(pages, f"Row {n:02d} start"), pages_of(pages, f"row {n:02d} end")
        assert len(start) == 1
        assert start == end, f"row {n}"
        table_pages.add(start[0])
    assert len(table_pages) >= 3
    for number in sorted(table_pages)[1:]:  # the header row on top of every next page
        assert pages[number].lines[1].text == "Task Details", number
    assert pages_of(pages, "After.")[0] >= max(table_pages)


@pytest.mark.parametrize("heading", ["", "### Overview\n\n"], ids=["no heading", "heading"])
def test_a_table_whose_first_row_would_be_split_starts_on_the_next_page(
    qapp: object, heading: str
) -> None:
    """Wherever the table starts, its first row is not split from its header (nor
    from a heading right above it)."""
    first = "Belege sammeln und prüfen. " * 40  # many lines
    table = f"| Task | Details |\n| --- | --- |\n| Row 00 start | {first}row 00 end |\n"
    moved = 0
    for lines in range(35, 60, 3):
        text_before = "\n\n".join(f"Paragraph {n}." for n in range(lines))
        markdown = f"## Table\n\n{text_before}\n\n{heading}{table}"
        _, pages = read(render_pdf(markdown, title="Rows", language="en", paper="A4"))
        start, end = pages_of(pages, "Row 00 start"), pages_of(pages, "row 00 end")
        assert start == end, lines
        header = next(n for n, page in enumerate(pages) if "Task Details" in page.text)
        assert header == start[0]
        if heading:
            assert "Overview" in [line.text for line in pages[header].lines], lines
        moved += f"Paragraph {lines - 1}." not in pages[header].text
    assert moved > 0  # some of them did start on the next page


def test_a_row_taller_than_a_page_is_split_as_it_must(qapp: object) -> None:
    tall = "Belege sammeln und prüfen. " * 400
    markdown = f"| Task | Details |\n| --- | --- |\n| Short | Row |\n| Tall | {tall}end |\n"
    _, pages = read(render_pdf(markdown, title="Rows", language="en", paper="A4"))
    assert len(pages) >= 3
    assert "Short Row" in pages[1].text
    assert pages[-1].text.count("end") == 1


SYMBOLS_NO_FONT_HAS = ("\u2705", "\U0001f4c5", "\U0001f91d")  # ✅ 📅 🤝


@pytest.fixture
def no_emoji_font(monkeypatch: pytest.MonkeyPatch) -> None:
    for symbol in SYMBOLS_NO_FONT_HAS:
        monkeypatch.setitem(pdf_symbols._drawable, symbol, False)


def test_symbols_no_font_can_draw_print_as_a_sign_or_their_name(
    qapp: object, no_emoji_font: None
) -> None:
    title = "Übergabe ✅ für Anna 🤝"
    markdown = (
        f"# {title}\n\nFür Anna\n\n## ✅ Monatsabschluss 📅 planen\n\nText 🤝 Ende\n\n"
        "| Task 📅 | Done |\n| --- | --- |\n| Monatsabschluss | ✅ |\n"
    )
    reader, pages = read(render_pdf(markdown, title=title, language="de", paper="A4"))
    assert pages[0].text.startswith("Übergabe ✔ für Anna :handshake: Für Anna")
    assert pages[1].lines[0].text == "Übergabe ✔ für Anna :handshake:"  # the header
    assert "✔ Monatsabschluss :calendar: planen 3" in pages[1].text  # contents
    body = pages[2].text
    assert "✔ Monatsabschluss :calendar: planen Text :handshake: Ende" in body
    assert "Task :calendar: Done Monatsabschluss ✔" in body
    assert reader.metadata is not None
    assert reader.metadata.title == title  # the document's title keeps them


def test_symbols_a_font_can_draw_are_left_to_it(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(pdf_symbols._drawable, "\U0001f4c5", True)
    _, pages = read(render_pdf("Termin 📅 planen\n", title="T", language="de", paper="A4"))
    assert ":calendar:" not in all_text(pages)
    assert "Termin" in pages[1].text
    assert "planen" in pages[1].text


@pytest.mark.parametrize(
    ("emoji", "fallback"),
    [
        ("\u2705", "\u2714"),  # ✅ → ✔
        ("\u274c", "\u2718"),  # ❌ → ✘
        ("\U0001f4c5", ":calendar:"),
        ("\U0001f91d", ":handshake:"),
        ("\U0001f44d\U0001f3fd", ":thumbs_up_sign:"),  # a skin tone goes with it
        ("\U0001f469\u200d\U0001f4bb", ":woman:"),  # so does the rest of a sequence
        ("\U0001f1e9\U0001f1ea", ":flag_de:"),
        ("\u2b50\ufe0f", "\u2605"),  # ⭐️ → ★
    ],
)
def test_fallbacks(emoji: str, fallback: str) -> None:
    missing = "".join(sorted(set(emoji) - {"\u200d", "\ufe0f", "\U0001f3fd"}))
    assert pdf_symbols.with_fallbacks(f"a {emoji} b", missing) == f"a {fallback} b"


def test_the_signs_that_stand_in_are_in_the_bundled_font(qapp: object) -> None:
    families = brief_pdf.bundled_font_families()
    for bold in (False, True):
        font = QRawFont.fromFont(pdf_layout.bundled_font(families, 10, bold=bold))
        assert "DejaVu" in font.familyName()
        for sign in set(pdf_symbols.SIGN_FALLBACKS.values()):
            assert font.supportsCharacter(ord(sign)), (bold, sign)
