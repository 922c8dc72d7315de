"""``brief.md``: a handover brief as CommonMark with GFM tables and task lists.

The sections follow docs/design.md ("Handover package"): cover, working agreement, overview
table, one section per task, totals, changes since the last handover. The PDF is printed
from this same text, so what is safe here is safe there.

Text the user typed is escaped (``text``) so it shows as typed and can never make a
heading, a link, a table column or HTML. Instructions are Markdown by design
(``instructions_markdown``): their headings are demoted below the brief's own levels, raw
HTML and images are neutralised and an unclosed code fence is closed, so they cannot
break out of their task's section.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QTime

from delegator.domain.assistant import FormOfAddress
from delegator.domain.brief import Agreement, Brief, BriefTask, HandoverChanges
from delegator.domain.model import DelegationLevel, Frequency, Priority, Resource, ResourceKind
from delegator.domain.package_names import attachment_names
from delegator.domain.profile import ChannelKind
from delegator.text.brief_text import BriefText
from delegator.text.formatting import CURRENCY_SYMBOLS

NONE = "—"
FREQUENCIES = {
    Frequency.ONCE: QT_TRANSLATE_NOOP("Brief", "Once"),
    Frequency.DAILY: QT_TRANSLATE_NOOP("Brief", "Daily (working days)"),
    Frequency.WEEKLY: QT_TRANSLATE_NOOP("Brief", "Weekly"),
    Frequency.MONTHLY: QT_TRANSLATE_NOOP("Brief", "Monthly"),
    Frequency.QUARTERLY: QT_TRANSLATE_NOOP("Brief", "Quarterly"),
    Frequency.YEARLY: QT_TRANSLATE_NOOP("Brief", "Yearly"),
}
PRIORITIES = {
    Priority.URGENT: QT_TRANSLATE_NOOP("Brief", "Urgent"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Brief", "High"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("Brief", "Normal"),
    Priority.LOW: QT_TRANSLATE_NOOP("Brief", "Low"),
}
LEVELS = {  # name and meaning
    DelegationLevel.DO_AS_WRITTEN: (
        QT_TRANSLATE_NOOP("Brief", "Do exactly as written"),
        QT_TRANSLATE_NOOP("Brief", "Follow the instructions step by step; ask before deviating."),
    ),
    DelegationLevel.RESEARCH_AND_REPORT: (
        QT_TRANSLATE_NOOP("Brief", "Research and report"),
        QT_TRANSLATE_NOOP("Brief", "Find out the facts and report them; I decide."),
    ),
    DelegationLevel.RECOMMEND: (
        QT_TRANSLATE_NOOP("Brief", "Recommend"),
        QT_TRANSLATE_NOOP("Brief", "Propose what to do, with reasons; I decide."),
    ),
    DelegationLevel.DECIDE_AND_INFORM: (
        QT_TRANSLATE_NOOP("Brief", "Decide and inform"),
        QT_TRANSLATE_NOOP("Brief", "Decide and act, then tell me what you did."),
    ),
    DelegationLevel.ACT_ON_OWN: (
        QT_TRANSLATE_NOOP("Brief", "Act on your own"),
        QT_TRANSLATE_NOOP("Brief", "Handle it completely; no need to report each time."),
    ),
}
CHANNELS = {
    ChannelKind.EMAIL: QT_TRANSLATE_NOOP("Brief", "Email"),
    ChannelKind.PHONE: QT_TRANSLATE_NOOP("Brief", "Phone"),
    ChannelKind.CHAT: QT_TRANSLATE_NOOP("Brief", "Chat"),
    ChannelKind.VIDEO: QT_TRANSLATE_NOOP("Brief", "Video call"),
    ChannelKind.OTHER: QT_TRANSLATE_NOOP("Brief", "Other"),
}
CHECK_INS = {  # CheckInRhythm values
    "weekly": QT_TRANSLATE_NOOP("Brief", "Weekly"),
    "biweekly": QT_TRANSLATE_NOOP("Brief", "Every two weeks"),
    "monthly": QT_TRANSLATE_NOOP("Brief", "Monthly"),
}
FIELDS = {  # BriefTask fields, for "Changes since"
    "title": QT_TRANSLATE_NOOP("Brief", "title"),
    "area": QT_TRANSLATE_NOOP("Brief", "area"),
    "instructions": QT_TRANSLATE_NOOP("Brief", "instructions"),
    "steps": QT_TRANSLATE_NOOP("Brief", "steps"),
    "acceptance_criteria": QT_TRANSLATE_NOOP("Brief", "done-when criteria"),
    "skills": QT_TRANSLATE_NOOP("Brief", "skills"),
    "tools": QT_TRANSLATE_NOOP("Brief", "tools and access"),
    "resources": QT_TRANSLATE_NOOP("Brief", "resources"),
    "frequency": QT_TRANSLATE_NOOP("Brief", "frequency"),
    "minutes_per_occurrence": QT_TRANSLATE_NOOP("Brief", "time per occurrence"),
    "hours_per_week": QT_TRANSLATE_NOOP("Brief", "hours per week"),
    "due": QT_TRANSLATE_NOOP("Brief", "due date"),
    "lead_time_days": QT_TRANSLATE_NOOP("Brief", "lead time"),
    "priority": QT_TRANSLATE_NOOP("Brief", "priority"),
    "level": QT_TRANSLATE_NOOP("Brief", "delegation level"),
    "escalation_rule": QT_TRANSLATE_NOOP("Brief", "when to ask"),
    "notes": QT_TRANSLATE_NOOP("Brief", "notes"),
}

# Escaping typed text ------------------------------------------------------------------

_SPECIAL = re.compile(r"[\\`*_\[\]<>~|]")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LINK_SCHEMES = ("http://", "https://", "mailto:", "ftp://")


def text(value: str) -> str:
    """*value* as one line of inline Markdown that shows exactly that text (also safe at
    the start of a list item and in a table cell)."""
    flat = " ".join(_CONTROL.sub(" ", value).split())
    escaped = _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\g<0>", flat))
    escaped = re.sub(r"^([-+=#])", r"\\\1", escaped)  # list, heading, underline
    escaped = re.sub(r"^(\d{1,9})([.)])", r"\1\\\2", escaped)  # ordered list
    return re.sub(r"(?<= )#", r"\\#", escaped) if escaped.endswith("#") else escaped


# Instructions: Markdown, kept inside their section -----------------------------------

_FENCE = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)")
_PREFIX = r"((?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))*[ \t]*)"  # quotes and lists
_ATX = re.compile(_PREFIX + r"(#{1,6})(?=[ \t]|$)")
_SETEXT = re.compile(r"([ \t>]*)(=+|-+)[ \t]*")
_UNESCAPED = r"(?<!\\)((?:\\\\)*)"  # an even number of backslashes before
_HTML = re.compile(_UNESCAPED + r"<(?!(?:https?|mailto):[^\s<>]*>)")
_IMAGE = re.compile(_UNESCAPED + r"!\[")
DEMOTE_BY = 3  # "# x" in instructions becomes "#### x", below the task's "###"


def instructions_markdown(source: str) -> str:
    """The instructions' Markdown with no heading above level 4, no raw HTML, no images
    and every code fence closed; code inside top-level fences stays as written."""
    lines: list[str] = []
    fence: tuple[str, int, int] | None = None  # character, length, indent
    for line in source.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n"):
        if fence is not None:
            char, length, indent = fence
            closing = re.compile(rf" {{0,3}}{re.escape(char)}{{{length},}}[ \t]*")
            if closing.fullmatch(line):
                lines.append(char * length)
                fence = None
            else:  # content loses the opening fence's indent, as in CommonMark, unless
                # that would make it a closing fence ("     ```" inside "  ```")
                content = re.sub(rf"^ {{0,{indent}}}", "", line)
                lines.append(line if closing.fullmatch(content) else content)
        elif (opening := _FENCE.fullmatch(line)) and not (
            opening[2][0] == "`" and "`" in opening[3]
        ):
            # At column 0 a fence is never inside a list or quote that could end it.
            fence = (opening[2][0], len(opening[2]), len(opening[1]))
            lines.append(opening[2] + opening[3])
        else:
            lines.append(_neutralise(line))
    if fence is not None:
        lines.append(fence[0] * fence[1])
    return "\n".join(lines).strip("\n")


def _neutralise(line: str) -> str:
    line = _IMAGE.sub(r"\1!\\[", _HTML.sub(r"\1\\<", line))
    if underline := _SETEXT.fullmatch(line):
        prefix, run = underline[1], underline[2]
        return prefix + ("***" if run.startswith("---") else "\\" + run)
    return _ATX.sub(lambda m: m[1] + "#" * min(len(m[2]) + DEMOTE_BY, 6), line, count=1)


# The brief ----------------------------------------------------------------------------


class MarkdownStyle:
    """Words, numbers and dates in the brief's language; Markdown for labels."""

    def __init__(self, language: str, address: FormOfAddress | None = None) -> None:
        self.words = BriefText(language, address)
        german = self.words.language == "de"
        self.locale = QLocale("de_DE" if german else "en_US")
        self.date_pattern = "d. MMMM yyyy" if german else "MMMM d, yyyy"
        self.time_pattern = "HH:mm" if german else "h:mm AP"

    def __call__(self, source: object) -> str:
        return self.words(source)

    def heading(self, level: int, source: object) -> str:
        return f"{'#' * level} {self.words(source)}"

    def field(self, source: object, value: str) -> str:
        return f"**{self.words(source)}:** {value}"

    def date(self, day: dt.date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), self.date_pattern)

    def short_date(self, day: dt.date) -> str:
        """Numeric, for narrow table cells (12/22/2026, 22.12.2026)."""
        pattern = (
            "MM/dd/yyyy" if self.locale.language() == QLocale.Language.English else "dd.MM.yyyy"
        )
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def span(self, start: dt.time, end: dt.time) -> str:
        first, last = (QTime(t.hour, t.minute) for t in (start, end))
        pattern = self.time_pattern
        return f"{self.locale.toString(first, pattern)}–{self.locale.toString(last, pattern)}"

    def hours(self, value: float) -> str:
        rounded = round(value, 1)
        if rounded == int(rounded):
            return self.locale.toString(int(rounded))
        return self.locale.toString(rounded, "f", 1)

    def money(self, cents: int, currency: str) -> str:
        return self.locale.toCurrencyString(cents / 100, CURRENCY_SYMBOLS.get(currency, currency))

    def day(self, weekday: int) -> str:
        return self.locale.dayName(weekday + 1, QLocale.FormatType.LongFormat)


def bullet_list(items: Iterable[str], marker: str = "- ") -> str:
    return "\n".join(marker + item for item in items if item)


def _section(blocks: list[str], heading: str, *body: str) -> None:
    """*heading* and the non-empty parts of *body*; nothing when all are empty."""
    if any(body):
        blocks.append(heading)
        blocks.extend(part for part in body if part)


def _plain(value: str) -> str:
    """Typed text of several lines: one paragraph, or a list when it has several lines."""
    lines = [escaped for line in value.splitlines() if (escaped := text(line))]
    return lines[0] if len(lines) == 1 else bullet_list(lines)


def render_markdown(brief: Brief) -> str:
    """The whole brief as Markdown, in ``brief.options.language``."""
    tr = MarkdownStyle(brief.options.language, brief.options.address)
    profile = brief.assistant_name is None
    assistant = (
        tr(QT_TRANSLATE_NOOP("Brief", "To be assigned — requirements profile"))
        if brief.assistant_name is None
        else text(brief.assistant_name)
    )
    names = (brief.agreement.client_name, brief.agreement.business)
    client = ", ".join(escaped for name in names if (escaped := text(name)))
    cover = [
        tr.field(QT_TRANSLATE_NOOP("Brief", "Assistant"), assistant),
        tr.field(QT_TRANSLATE_NOOP("Brief", "Client"), client) if client else "",
        tr.field(QT_TRANSLATE_NOOP("Brief", "Date"), tr.date(brief.created.date())),
        tr.field(QT_TRANSLATE_NOOP("Brief", "Brief version"), str(brief.version)),
    ]
    blocks = [f"# {text(brief.title)}", bullet_list(cover)]
    agreement = _agreement(brief.agreement, tr, profile)
    _section(blocks, tr.heading(2, QT_TRANSLATE_NOOP("Brief", "Working agreement")), agreement)
    if profile:
        skills = bullet_list(text(s) for s in brief.skills)
        _section(blocks, tr.heading(2, QT_TRANSLATE_NOOP("Brief", "Skills needed")), skills)
    if brief.tasks:
        blocks += [tr.heading(2, QT_TRANSLATE_NOOP("Brief", "Overview")), _overview(brief, tr)]
    files = attachment_names(r for t in brief.tasks for r in t.resources)
    for number, task in enumerate(brief.tasks, start=1):
        blocks += _task(number, task, tr, brief, files)
    totals = [
        tr.field(QT_TRANSLATE_NOOP("Brief", "Hours per week"), tr.hours(brief.hours_per_week)),
        tr.field(QT_TRANSLATE_NOOP("Brief", "Hours per month"), tr.hours(brief.hours_per_month)),
    ]
    if brief.cost_per_month_cents is not None:
        cost = tr.money(brief.cost_per_month_cents, brief.currency)
        totals.append(tr.field(QT_TRANSLATE_NOOP("Brief", "Cost per month"), cost))
    if brief.budget_cents is not None:
        budget = tr(QT_TRANSLATE_NOOP("Brief", "up to {amount} per month"))
        amount = tr.money(brief.budget_cents, brief.currency)
        totals.append(tr.field(QT_TRANSLATE_NOOP("Brief", "Budget"), budget.format(amount=amount)))
    blocks += [tr.heading(2, QT_TRANSLATE_NOOP("Brief", "Totals")), bullet_list(totals)]
    if brief.changes is not None:
        blocks += _changes(brief.changes, tr)
    return "\n\n".join(blocks) + "\n"


def _agreement(agreement: Agreement, tr: MarkdownStyle, profile: bool) -> str:
    """The working agreement; a requirements profile leaves out the assistant's part."""
    items = []
    if channels := [f"{tr(CHANNELS[c.kind])}: {text(c.value)}" for c in agreement.channels]:
        label = tr(QT_TRANSLATE_NOOP("Brief", "How to reach me"))
        items.append(f"**{label}:**\n" + bullet_list(channels, "  - "))
    days: dict[int, list[str]] = {}
    for window in sorted(agreement.windows, key=lambda w: (w.weekday, w.start)):
        days.setdefault(window.weekday, []).append(tr.span(window.start, window.end))
    if days:
        label = tr(QT_TRANSLATE_NOOP("Brief", "When I answer"))
        zone = f" ({text(agreement.time_zone)})" if agreement.time_zone.strip() else ""
        lines = [f"{tr.day(day)}: {', '.join(spans)}" for day, spans in days.items()]
        items.append(f"**{label}{zone}:**\n" + bullet_list(lines, "  - "))
    if agreement.response_time_hours is not None:
        within = tr(QT_TRANSLATE_NOOP("Brief", "within {hours} h"))
        response = within.format(hours=agreement.response_time_hours)
        items.append(tr.field(QT_TRANSLATE_NOOP("Brief", "Response time"), response))
    if not profile and (agreement.assistant_days or agreement.assistant_hours):
        when = [tr.day(d) for d in sorted(agreement.assistant_days)]
        if agreement.assistant_hours is not None:
            when.append(tr.span(*agreement.assistant_hours))
        available = QT_TRANSLATE_NOOP("Brief", "When you should be available")
        items.append(tr.field(available, ", ".join(when)))
    if agreement.check_in.strip():
        rhythm = CHECK_INS.get(agreement.check_in)
        check_in = tr(rhythm) if rhythm is not None else text(agreement.check_in)
        items.append(tr.field(QT_TRANSLATE_NOOP("Brief", "Check-in"), check_in))
    if not profile and agreement.trial_end is not None:
        trial = tr(QT_TRANSLATE_NOOP("Brief", "until {date}, then we review how it went"))
        trial_end = trial.format(date=tr.date(agreement.trial_end))
        items.append(tr.field(QT_TRANSLATE_NOOP("Brief", "Trial period"), trial_end))
    feedback = QT_TRANSLATE_NOOP(
        "Brief",
        "I check finished work against its “Done when” list and give feedback at our "
        "check-ins. Tell me openly what was unclear, so I can improve the instructions.",
    )
    questions = QT_TRANSLATE_NOOP(
        "Brief",
        "Ask rather than guess. Collect questions that can wait for the next check-in; "
        "ask right away when something blocks you or a task says “Ask me when …”.",
    )
    items.append(tr.field(QT_TRANSLATE_NOOP("Brief", "Feedback"), tr(feedback)))
    items.append(tr.field(QT_TRANSLATE_NOOP("Brief", "Questions"), tr(questions)))
    return bullet_list(items)


def _overview(brief: Brief, tr: MarkdownStyle) -> str:
    """One table row per task: task, frequency, hours per week, due, priority, level."""
    rows = [
        [
            tr(QT_TRANSLATE_NOOP("Brief", "Task")),
            tr(QT_TRANSLATE_NOOP("Brief", "Frequency")),
            tr(QT_TRANSLATE_NOOP("Brief", "h/week")),
            tr(QT_TRANSLATE_NOOP("Brief", "Due")),
            tr(QT_TRANSLATE_NOOP("Brief", "Priority")),
            tr(QT_TRANSLATE_NOOP("Brief", "Level")),
        ],
        ["---", "---", "---:", "---", "---", "---"],
    ]
    for task in brief.tasks:
        hours = task.hours_per_week
        rows.append(
            [
                text(task.title) or NONE,
                tr(FREQUENCIES[task.frequency]) if task.frequency else NONE,
                tr.hours(hours) if hours is not None else NONE,
                _due_text(tr.short_date(task.due), task.due, brief, tr) if task.due else NONE,
                tr(PRIORITIES[task.priority]) if task.priority else NONE,
                tr(LEVELS[task.level][0]) if task.level else NONE,
            ]
        )
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def _due_text(shown: str, due: dt.date, brief: Brief, tr: MarkdownStyle) -> str:
    """*shown* (the due date), marked when it lies before the day of the brief."""
    if due >= brief.created.date():
        return shown
    return tr(QT_TRANSLATE_NOOP("Brief", "{date} (overdue)")).format(date=shown)


def _task(
    number: int, task: BriefTask, tr: MarkdownStyle, brief: Brief, files: dict[str, str]
) -> list[str]:
    blocks = [f"## {number}. {text(task.title)}"]

    def sub(source: object, *body: str) -> None:
        _section(blocks, tr.heading(3, source), *body)

    if task.instructions.strip():
        instructions = instructions_markdown(task.instructions)
        sub(QT_TRANSLATE_NOOP("Brief", "Goal and instructions"), instructions)
    sub(QT_TRANSLATE_NOOP("Brief", "Steps"), bullet_list((text(s) for s in task.steps), "- [ ] "))
    sub(QT_TRANSLATE_NOOP("Brief", "Done when"), bullet_list(map(text, task.acceptance_criteria)))
    sub(QT_TRANSLATE_NOOP("Brief", "Skills"), bullet_list(map(text, task.skills)))
    sub(QT_TRANSLATE_NOOP("Brief", "Tools and access"), bullet_list(map(text, task.tools)))
    resources = bullet_list(_resource(r, tr, files) for r in task.resources)
    sub(QT_TRANSLATE_NOOP("Brief", "Resources"), resources)
    timing = []
    if task.frequency is not None:
        frequency = tr(FREQUENCIES[task.frequency])
        timing.append(tr.field(QT_TRANSLATE_NOOP("Brief", "Frequency"), frequency))
    if task.minutes_per_occurrence:
        minutes = f"{tr.locale.toString(task.minutes_per_occurrence)} min"
        timing.append(tr.field(QT_TRANSLATE_NOOP("Brief", "Time per occurrence"), minutes))
    if task.due is not None:
        due = _due_text(tr.date(task.due), task.due, brief, tr)
        timing.append(tr.field(QT_TRANSLATE_NOOP("Brief", "Due date"), due))
    if task.lead_time_days is not None:
        lead = (
            tr(QT_TRANSLATE_NOOP("Brief", "start 1 day before the due date"))
            if task.lead_time_days == 1
            else tr(QT_TRANSLATE_NOOP("Brief", "start {days} days before the due date"))
        )
        lead_time = lead.format(days=task.lead_time_days)
        timing.append(tr.field(QT_TRANSLATE_NOOP("Brief", "Lead time"), lead_time))
    sub(QT_TRANSLATE_NOOP("Brief", "Schedule"), bullet_list(timing))
    if task.level is not None:
        name, meaning = LEVELS[task.level]
        sub(QT_TRANSLATE_NOOP("Brief", "Delegation level"), f"**{tr(name)}** — {tr(meaning)}")
    sub(QT_TRANSLATE_NOOP("Brief", "Ask me when …"), _plain(task.escalation_rule))
    sub(QT_TRANSLATE_NOOP("Brief", "Notes"), _plain(task.notes))
    return blocks


def _resource(resource: Resource, tr: MarkdownStyle, files: dict[str, str]) -> str:
    """A link as a Markdown link (web and mail only), a file by its name in the
    package's attachments/ (domain/package_names.py)."""
    label = text(resource.label)
    if resource.kind is ResourceKind.FILE:
        name = text(files[resource.target])
        see = tr(QT_TRANSLATE_NOOP("Brief", "{label} (see attachments/{file})"))
        return see.format(label=label or name, file=name)
    url = _CONTROL.sub("", resource.target).strip()
    if not url.lower().startswith(_LINK_SCHEMES):
        return f"{label}: {text(url)}" if label else text(url)
    for char, code in (("\\", "%5C"), ("<", "%3C"), (">", "%3E"), (" ", "%20")):
        url = url.replace(char, code)
    return f"[{label or text(resource.target)}](<{url}>)"


def _changes(changes: HandoverChanges, tr: MarkdownStyle) -> list[str]:
    since = tr(QT_TRANSLATE_NOOP("Brief", "Changes since {date}"))
    blocks = [f"## {since.format(date=tr.date(changes.since.date()))}"]
    if not (changes.added or changes.removed or changes.changed):
        blocks.append(tr(QT_TRANSLATE_NOOP("Brief", "No changes.")))
    added, removed = (bullet_list(map(text, titles)) for titles in (changes.added, changes.removed))
    _section(blocks, tr.heading(3, QT_TRANSLATE_NOOP("Brief", "Added")), added)
    _section(blocks, tr.heading(3, QT_TRANSLATE_NOOP("Brief", "Removed")), removed)
    changed = [
        f"**{text(change.title)}:** "
        + ", ".join(tr(FIELDS[f]) if f in FIELDS else text(f) for f in change.fields)
        for change in changes.changed
    ]
    _section(blocks, tr.heading(3, QT_TRANSLATE_NOOP("Brief", "Changed")), bullet_list(changed))
    return blocks
