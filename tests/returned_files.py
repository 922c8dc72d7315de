"""What an assistant sends back: a plan exported to them, then ``tasks.ics`` or
``tasks.csv`` edited the way their task app does (shared by the service, command line
and window tests of "status back from the assistant")."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from icalendar import Calendar

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefFormat, BriefOptions
from delegator.domain.model import Decision
from delegator.services.handover_package import write_package
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

TITLES = ("Post the newsletter", "Book the venue", "Answer the studio inbox", "File receipts")


def hand_over(workspace: Workspace, folder: Path, titles: Sequence[str] = TITLES) -> list[int]:
    """Delegate *titles* to Anna and export them (``tasks.ics``, ``tasks.csv``) into
    *folder*, recorded as a handover; their ids."""
    anna, _ = workspace.assistants.add(Assistant(0, "Anna Keller"))
    ids, _ = workspace.tasks.add([NewTask(title, Decision.DELEGATE) for title in titles])
    for task_id in ids:
        workspace.tasks.save(replace(workspace.tasks.task(task_id), assistant_id=anna.id))
    brief = workspace.handover.build(anna, BriefOptions())
    formats = [BriefFormat.ICS, BriefFormat.CSV]
    _written, digest = write_package(brief, formats, folder, workspace.attachments_dir)
    workspace.handover.record(brief, anna.id, "ics,csv", str(folder), digest)
    return ids


def returned_ics(exported: bytes, edits: Mapping[str, Mapping[str, str]]) -> bytes:
    """*exported* with the VTODOs named by their SUMMARY given these properties, as an
    assistant's task app writes them (``{"Book the venue": {"STATUS": "COMPLETED"}}``)."""
    calendar = Calendar.from_ical(exported)
    for todo in calendar.walk("VTODO"):
        for name, value in edits.get(str(todo["SUMMARY"]), {}).items():
            todo.pop(name, None)
            todo.add(name, int(value) if name == "PERCENT-COMPLETE" else value)
    data: bytes = calendar.to_ical()
    return data


def returned_csv(exported: bytes, statuses: Mapping[str, str]) -> bytes:
    """*exported* with a STATUS column, filled for the tasks named by their CONTENT."""
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8"), newline="")))
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow([*rows[0], "STATUS"])
    for row in rows[1:]:
        writer.writerow([*row, statuses.get(row[1], "")])
    return out.getvalue().encode("utf-8")
