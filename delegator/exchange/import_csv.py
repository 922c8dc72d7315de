"""Import from CSV: Todoist's export format (any other CSV: ``csv_mapping``), and the
reading every CSV shares.

Encoding: UTF-8 with or without a byte order mark, UTF-16 with one (Excel's "Unicode
text"), else Windows-1252 (what German Excel writes). Delimiter: comma, semicolon
(spreadsheet programs in locales with a decimal comma) or tab, sniffed from the header.

Todoist (``TYPE,CONTENT,...``): ``section`` rows set the area of the tasks below them; a
``note`` row adds its text to the notes of the task above; ``INDENT`` 2 or more makes a
row a step of the nearest ``INDENT`` 1 task above; ``meta`` rows (the project's view
settings) and rows whose cells are all empty (Todoist's separators) are skipped. Cells
are passed through ``todoist_csv.restore_cell``, so a file from ``render_todoist_csv``
comes back exactly. The description's last line ``Ref: <ref>`` (``task_refs``) gives the
to-do's ``ref``. Todoist writes no completion column; an optional ``STATUS`` column (an
assistant's own) says done (``done``, ``completed``, ``erledigt``, ``x``) or in progress
(``in progress``, ``in_progress``, ``in Arbeit``); a done row is ``done``.

Line numbers are physical lines of the file (1-based), a quoted cell with line breaks
counting every line; an error names the first line of its row.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from delegator.domain.imported import ImportedTask, ImportFormatError, ImportProblem, ImportResult
from delegator.domain.model import Frequency, Priority, Status
from delegator.exchange.import_numbers import checked_minutes, whole_number
from delegator.exchange.task_refs import split_ref
from delegator.exchange.todoist_csv import restore_cell

DELIMITERS = (",", ";", "\t")

# Headings of the "done when" block and of the step checklist, in the languages a brief
# is written in (ics_export / todoist_csv write them with BriefText).
DONE_WHEN_HEADINGS = frozenset({"done when", "erledigt, wenn", "erledigt wenn"})
STEP_HEADINGS = frozenset({"steps", "schritte"})

TODOIST_PRIORITY: Mapping[int, Priority] = {
    1: Priority.URGENT,
    2: Priority.HIGH,
    3: Priority.NORMAL,
    4: Priority.LOW,
}

_RECURRENCE: Mapping[str, Frequency] = {
    "every day": Frequency.DAILY,
    "daily": Frequency.DAILY,
    "every weekday": Frequency.DAILY,
    "every workday": Frequency.DAILY,
    "every week": Frequency.WEEKLY,
    "weekly": Frequency.WEEKLY,
    "every month": Frequency.MONTHLY,
    "monthly": Frequency.MONTHLY,
    "every 3 months": Frequency.QUARTERLY,
    "every three months": Frequency.QUARTERLY,
    "every quarter": Frequency.QUARTERLY,
    "quarterly": Frequency.QUARTERLY,
    "every year": Frequency.YEARLY,
    "yearly": Frequency.YEARLY,
    "every 12 months": Frequency.YEARLY,
}
_RECURRING_DATE = re.compile(
    r"(?P<phrase>every!?\s+[a-z0-9 ]+?|daily|weekly|monthly|quarterly|yearly)"
    r"(?:\s+(?:starting|from)\s+(?P<start>\d{4}-\d{2}-\d{2}))?",
)
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TODOIST_COLUMNS = (
    "TYPE",
    "CONTENT",
    "DESCRIPTION",
    "PRIORITY",
    "INDENT",
    "RESPONSIBLE",
    "DATE",
    "DURATION",
    "DURATION_UNIT",
    "STATUS",
)
_STATUSES: Mapping[str, Status] = {
    "done": Status.DONE,
    "completed": Status.DONE,
    "erledigt": Status.DONE,
    "x": Status.DONE,
    "in progress": Status.IN_PROGRESS,
    "in_progress": Status.IN_PROGRESS,
    "in arbeit": Status.IN_PROGRESS,
}
_RESPONSIBLE_ID = re.compile(r"\s*\(\d+\)\s*$")

# Windows-1252 leaves five bytes undefined; read them as the C1 controls of Latin-1,
# as browsers do, so decoding never fails.
_UNDEFINED_1252 = {0xDC00 + byte: byte for byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


# --- encoding and delimiter -----------------------------------------------------------


def decode(data: bytes) -> str:
    """*data* as text: UTF-8 (a byte order mark is dropped), UTF-16 with a byte order
    mark, else Windows-1252. Raises ImportFormatError for a file that announces UTF-8
    or UTF-16 with a byte order mark and then is not, and for one holding a NUL
    character: a picture, a PDF or a spreadsheet's own format, not text, which would
    otherwise come in as lines of garbage."""
    text = _decoded(data)
    _refuse_nul(text)
    return text


def _refuse_nul(text: str) -> None:
    """ImportFormatError naming the line of the first NUL character, if any."""
    if "\0" in text:
        raise ImportFormatError(_line_of(text, text.index("\0")), ImportProblem.NOT_TEXT)


def _decoded(data: bytes) -> str:
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(codec)
            except UnicodeDecodeError as error:
                good = body[: error.start].decode(codec, errors="replace")
                line = _line_of(good, len(good))
                raise ImportFormatError(
                    line, ImportProblem.BAD_ENCODING, encoding=codec.upper()
                ) from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="surrogateescape")
        return text.translate(_UNDEFINED_1252)


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header row: comma, semicolon or tab (comma when unsure)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in text[:65536]:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "\r\n":
            if any(counts.values()):
                break
        elif char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def header_and_rows(
    text: str,
) -> tuple[int, list[str], Iterator[tuple[int, list[str]]]]:
    """The header's line and stripped names, and the rows after it, of a CSV *text*
    (a byte order mark dropped); ImportFormatError when it holds no row at all."""
    rows = csv_rows(text.removeprefix("\ufeff"))
    first = next(rows, None)
    if first is None:
        raise ImportFormatError(0, ImportProblem.EMPTY_FILE)
    header_line, header = first
    return header_line, [name.strip() for name in header], rows


def csv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first physical line, cells) for each non-empty row."""
    _refuse_nul(text)  # pasted text does not pass decode(); the csv module cannot read NUL
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportFormatError(
                max(start, reader.line_num), ImportProblem.BAD_CSV, detail=str(error)
            ) from error
        if row:
            yield start, row


def _line_of(text: str, index: int) -> int:
    return len(io.StringIO(text[:index], newline="").readlines()) + (
        1 if index == 0 or text[index - 1] in "\r\n" else 0
    )


def csv_columns(text: str) -> list[str]:
    """The column names of *text*'s header row (empty for an empty file)."""
    for _line, row in csv_rows(text):
        return [cell.strip() for cell in row]
    return []


# --- descriptions ---------------------------------------------------------------------


def split_description(
    text: str, *, steps: bool = False
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(instructions, steps, criteria) of a description as the exporters write it.

    A paragraph headed "Done when:" (or the German heading) whose other lines all start
    with "- " gives the criteria; with *steps*, a paragraph of "[ ] step" lines (under an
    optional heading) gives the steps. Everything else stays in the instructions.
    """
    if "\n" not in text and "\r" not in text and not (steps and "[" in text):
        return text.strip(), (), ()  # one line (most descriptions): no heading, no list
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept: list[str] = []
    found_steps: list[str] = []
    criteria: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in block.strip("\n").split("\n")]
        heading = lines[0].rstrip(":").strip().lower() if lines[0].endswith(":") else None
        body = lines[1:] if heading is not None else lines
        if heading in DONE_WHEN_HEADINGS and body and all(line.startswith("- ") for line in body):
            criteria.extend(line[2:].strip() for line in body)
            continue
        if (
            steps
            and body
            and (heading is None or heading in STEP_HEADINGS)
            and all(re.match(r"\[[ xX]?\] ", line) for line in body)
        ):
            found_steps.extend(line.split("] ", 1)[1].strip() for line in body)
            continue
        kept.append(block.strip("\n"))
    instructions = "\n\n".join(kept).strip()
    return instructions, tuple(found_steps), tuple(c for c in criteria if c)


# --- Todoist ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    title: str
    line: int
    area: str
    notes: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    instructions: str = ""
    criteria: tuple[str, ...] = ()
    priority: Priority | None = None
    frequency: Frequency | None = None
    minutes: int | None = None
    due: dt.date | None = None
    assistant_name: str | None = None
    ref: str = ""
    status: Status | None = None

    def build(self) -> ImportedTask:
        return ImportedTask(
            title=self.title,
            line=self.line,
            notes="\n\n".join(filter(None, self.notes)) if self.notes else "",
            area=self.area,
            steps=tuple(self.steps) if self.steps else (),
            acceptance_criteria=self.criteria,
            instructions=self.instructions,
            priority=self.priority,
            frequency=self.frequency,
            minutes_per_occurrence=self.minutes,
            due=self.due,
            assistant_name=self.assistant_name,
            done=self.status is Status.DONE,
            ref=self.ref,
            status=self.status,
        )


def is_todoist_csv(text: str) -> bool:
    """Whether *text*'s header is Todoist's (TYPE, CONTENT, ...)."""
    columns = [name.upper() for name in csv_columns(text)[:2]]
    return columns == ["TYPE", "CONTENT"]


def parse_todoist_csv(text: str, *, assistants: Sequence[str] = ()) -> ImportResult:
    """The to-dos of a Todoist CSV export (see the module's docstring)."""
    header_line, names, rows = header_and_rows(text)
    columns = [name.upper() for name in names]
    if columns[:2] != ["TYPE", "CONTENT"]:
        raise ImportFormatError(header_line, ImportProblem.NOT_TODOIST)
    index = {name: position for position, name in reversed(list(enumerate(columns)))}
    wanted = [(name, index.get(name)) for name in _TODOIST_COLUMNS]
    by_name = {_person_key(name): name for name in assistants if name.strip()}

    drafts: list[_Draft] = []
    parent: _Draft | None = None  # the nearest INDENT 1 task, for steps and notes
    area = ""
    skipped: dict[str, int] = {}

    for line, raw in rows:
        if len(raw) != len(columns):
            raise ImportFormatError(
                line, ImportProblem.CELL_COUNT, cells=len(raw), columns=len(columns)
            )
        cells = [restore_cell(cell) if cell[:1] == "'" else cell for cell in raw]
        cell = {
            name: cells[position].strip() if position is not None else ""
            for name, position in wanted
        }
        kind = cell["TYPE"].lower()
        content = cell["CONTENT"]
        if kind == "":
            if any(c.strip() for c in cells):
                raise ImportFormatError(line, ImportProblem.EMPTY_TYPE)
            continue
        if kind == "meta":
            continue
        if kind == "section":
            area = content
            parent = None
            continue
        if kind == "note":
            if parent is None:
                skipped["note without a task"] = skipped.get("note without a task", 0) + 1
            elif content:
                parent.notes.append(content)
            continue
        if kind != "task":
            raise ImportFormatError(line, ImportProblem.UNKNOWN_TYPE, value=cell["TYPE"])
        indent = _int_cell(cell["INDENT"] or "1", line, "INDENT")
        if not content:
            skipped["empty"] = skipped.get("empty", 0) + 1
            continue
        if indent >= 2 and parent is not None:
            parent.steps.append(content)
            continue
        draft = _todoist_task(cell, content, line, area, by_name)
        drafts.append(draft)
        parent = draft
    return ImportResult(
        tasks=tuple(draft.build() for draft in drafts),
        skipped=tuple(skipped.items()),
    )


def _todoist_task(
    cell: Mapping[str, str], content: str, line: int, area: str, assistants: Mapping[str, str]
) -> _Draft:
    draft = _Draft(title=content, line=line, area=area)
    description, draft.ref = split_ref(cell["DESCRIPTION"])
    draft.status = _STATUSES.get(" ".join(cell["STATUS"].casefold().split()))
    instructions, _steps, criteria = split_description(description)
    draft.instructions = instructions
    draft.criteria = criteria
    priority = cell["PRIORITY"]
    if priority:
        number = _int_cell(priority, line, "PRIORITY")
        if number not in TODOIST_PRIORITY:
            raise ImportFormatError(line, ImportProblem.PRIORITY_RANGE, value=priority)
        draft.priority = TODOIST_PRIORITY[number]
    responsible = cell["RESPONSIBLE"]
    if responsible:
        draft.assistant_name = assistants.get(_person_key(responsible))
    duration = cell["DURATION"]
    if duration:
        amount = _int_cell(duration, line, "DURATION")
        unit = cell["DURATION_UNIT"].lower()
        if unit in ("", "minute", "minutes"):
            minutes = amount
        elif unit in ("day", "days"):
            minutes = amount * 24 * 60
        else:
            raise ImportFormatError(
                line, ImportProblem.UNKNOWN_DURATION_UNIT, value=cell["DURATION_UNIT"]
            )
        written = f"{duration} {cell['DURATION_UNIT']}".strip()
        draft.minutes = checked_minutes(minutes, line, "DURATION", written)
    date = cell["DATE"]
    if date:
        due, frequency = _todoist_date(date)
        if due is None and frequency is None:
            draft.notes.append(f"Date: {date}")
        draft.due = due
        draft.frequency = frequency
    return draft


def _todoist_date(text: str) -> tuple[dt.date | None, Frequency | None]:
    """(due, frequency) of a DATE cell; (None, None) when it cannot be read."""
    lowered = " ".join(text.lower().split())
    if ISO_DATE.fullmatch(lowered[:10]) and (len(lowered) == 10 or lowered[10] in "t "):
        return _iso_date(lowered[:10]), None
    match = _RECURRING_DATE.fullmatch(lowered)
    if match is None:
        return None, None
    phrase = match["phrase"].replace("every!", "every")
    frequency = _RECURRENCE.get(phrase)
    if frequency is None:
        return None, None
    start = match["start"]
    if start is None:
        return None, frequency
    due = _iso_date(start)
    return (due, frequency) if due is not None else (None, None)


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _person_key(name: str) -> str:
    return " ".join(_RESPONSIBLE_ID.sub("", name).split()).casefold()


def _int_cell(text: str, line: int, column: str) -> int:
    number = whole_number(text)
    if number is None:
        raise ImportFormatError(line, ImportProblem.NOT_WHOLE_NUMBER, column=column, value=text)
    return number
