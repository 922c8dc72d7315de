"""brief.pdf for 500 delegated tasks against the floor of a bare QTextDocument print.

    QT_QPA_PLATFORM=offscreen python bench/brief_pdf.py [--tasks 500] [--runs 3]
    QT_QPA_PLATFORM=offscreen python bench/brief_pdf.py --profile   # where the time goes

Not part of the test suite (pytest only collects ``tests/``).

Data: a Brief with ``--tasks`` delegated tasks (default 500), each with a title, two
lines of instructions, 10 steps, 3 "done when" criteria, skills, tools, frequency,
time per occurrence, due date, lead time, priority, delegation level and an
escalation rule, plus a working agreement; turned into Markdown by the Markdown
exporter (``delegator.exchange.brief_markdown.render_markdown``), as the export does.
Only if that module cannot be imported does a built-in generator of the same shape
stand in (the run says so).

Measured, each the median of ``--runs`` runs after one warm-up of each, alternating,
with ``time.perf_counter``, both from the same Markdown text to PDF bytes in memory:

* floor  ``QTextDocument.setMarkdown`` (GitHub dialect, no HTML) + ``print_`` to a
         ``QPdfWriter`` (A4): Qt's own printing, with its default 2 cm margins and page
         numbers, nothing else (the issue's floor).
* brief  ``render_pdf(markdown, title=…, language="en", paper="A4")``: the bundled
         font, cover, table of contents, header and footer on every page, headings
         kept with their text, fitted table columns.

Target (issue 5): brief ≤ 1.5 × floor.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import pstats
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: E402
from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument  # noqa: E402

from delegator.domain.brief import Agreement, Brief, BriefOptions, BriefTask  # noqa: E402
from delegator.domain.model import DelegationLevel, Frequency, Priority  # noqa: E402
from delegator.exchange.brief_pdf import MARKDOWN_FEATURES, render_pdf  # noqa: E402

TITLE = "Handover brief for Anna Schmidt"
TARGET = 1.5
VERBS = ("Prüfen", "Send", "Rechnung schreiben für", "Book", "Update", "Termin vereinbaren mit")
OBJECTS = ("Kunde Müller", "the Berlin office", "Lieferant Weber & Co.", "newsletter", "Praxis")
FREQUENCIES = (Frequency.WEEKLY, Frequency.DAILY, Frequency.MONTHLY, Frequency.ONCE)


def brief(tasks: int) -> Brief:
    made = []
    for number in range(1, tasks + 1):
        subject = f"{VERBS[number % len(VERBS)]} {OBJECTS[number % len(OBJECTS)]} #{number}"
        made.append(
            BriefTask(
                id=number,
                title=subject,
                area="Office",
                instructions=(
                    f"Keep the files for {subject} up to date and offen for the team.\n\n"
                    "Use the shared folder; never send originals by post."
                ),
                steps=tuple(
                    f"Step {step}: open the office folder, check item {step} of {subject}"
                    for step in range(1, 11)
                ),
                acceptance_criteria=tuple(
                    f"Criterion {criterion}: {subject} is filed and the list is updated"
                    for criterion in range(1, 4)
                ),
                skills=("Excel", "German"),
                tools=("DATEV", "Google Drive"),
                frequency=FREQUENCIES[number % len(FREQUENCIES)],
                minutes_per_occurrence=15 + number % 45,
                hours_per_week=0.5,
                due=dt.date(2025, 1, 1) + dt.timedelta(days=number % 90),
                lead_time_days=number % 5,
                priority=Priority(1 + number % 4),
                level=DelegationLevel(1 + number % 5),
                escalation_rule="When an amount is over 500 € or a customer complains.",
            )
        )
    return Brief(
        title=TITLE,
        assistant_name="Anna Schmidt",
        created=dt.datetime(2025, 1, 6, 9, 0),
        version=3,
        options=BriefOptions(language="en", paper="A4"),
        agreement=Agreement(client_name="Jörg Weiß", business="Weiß Consulting"),
        tasks=tuple(made),
        hours_per_week=0.5 * tasks,
        hours_per_month=0.5 * tasks * 52 / 12,
    )


def markdown_of(value: Brief) -> tuple[str, str]:
    """The Markdown and where it came from."""
    try:
        from delegator.exchange.brief_markdown import render_markdown
    except ImportError:
        return builtin_markdown(value), "built-in generator (brief_markdown not importable)"
    return render_markdown(value), "delegator.exchange.brief_markdown.render_markdown"


def builtin_markdown(value: Brief) -> str:
    lines = [f"# {value.title}", "", f"- **Assistant:** {value.assistant_name}", ""]
    lines += ["## Overview", "", "| Task | Frequency | Hours per week | Due date |"]
    lines += ["| --- | --- | ---: | --- |"]
    lines += [f"| {t.title} | {t.frequency} | {t.hours_per_week} | {t.due} |" for t in value.tasks]
    for number, task in enumerate(value.tasks, start=1):
        lines += ["", f"## {number}. {task.title}", "", "### Goal and instructions", ""]
        lines += [task.instructions, "", "### Steps", ""]
        lines += [f"- [ ] {step}" for step in task.steps]
        lines += ["", "### Done when", ""] + [f"- {c}" for c in task.acceptance_criteria]
    return "\n".join(lines) + "\n"


def floor(markdown: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setMarkdown(markdown, MARKDOWN_FEATURES)
    document.print_(writer)
    buffer.close()
    return bytes(data.data())


def ours(markdown: str) -> bytes:
    """As the export calls it: with a progress callback (that never cancels)."""
    return render_pdf(
        markdown, title=TITLE, language="en", paper="A4", progress=lambda done, total: True
    )


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def timed(step: Callable[[str], bytes], markdown: str) -> tuple[float, bytes]:
    started = time.perf_counter()
    pdf = step(markdown)
    return time.perf_counter() - started, pdf


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tasks", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    QGuiApplication.instance() or QGuiApplication([sys.argv[0]])

    value = brief(args.tasks)
    started = time.perf_counter()
    markdown, origin = markdown_of(value)
    made_in = time.perf_counter() - started
    print(f"Markdown: {origin}, {len(markdown):,} characters, {made_in * 1000:.0f} ms")

    if args.profile:
        ours(markdown)
        profiler = cProfile.Profile()
        profiler.runcall(ours, markdown)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)
        return 0

    _, floor_pdf = timed(floor, markdown)  # warm-up: fonts, caches, code paths
    _, brief_pdf = timed(ours, markdown)
    floor_times: list[float] = []
    brief_times: list[float] = []
    for run in range(args.runs):
        order = [(floor, floor_times), (ours, brief_times)]
        for step, times in order if run % 2 == 0 else reversed(order):
            seconds, _ = timed(step, markdown)
            times.append(seconds)
    floor_median = statistics.median(floor_times)
    brief_median = statistics.median(brief_times)
    ratio = brief_median / floor_median
    print(f"{args.tasks} delegated tasks, 10 steps and 3 criteria each; median of {args.runs}")
    for name, seconds, pdf in (
        ("floor  (setMarkdown + print_)", floor_median, floor_pdf),
        ("brief  (render_pdf)          ", brief_median, brief_pdf),
    ):
        print(f"  {name}  {seconds:6.2f} s  {page_count(pdf):4} pages  {len(pdf):>10,} bytes")
    verdict = "met" if ratio <= TARGET else "MISSED"
    print(f"  ratio  {ratio:.2f} × the floor (target ≤ {TARGET} ×): {verdict}")
    print(
        f"  runs   floor {', '.join(f'{t:.2f}' for t in floor_times)} s;"
        f" brief {', '.join(f'{t:.2f}' for t in brief_times)} s"
    )
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
