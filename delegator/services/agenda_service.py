"""The check-in agenda for one assistant: what is due for a check-in, what changed since
the last one, the feedback to give and the instructions changed since the last handover
(docs/design.md, "Follow-up"); and writing it as Markdown and PDF.

What goes in:

* the assistant's to-dos are their delegated to-dos that are not in the archive (done
  ones too: that they were done is news for the check-in);
* *since* is the day of the latest check-in kept on any of those to-dos (None: none
  yet). A check-in has a date, not a time, so whatever happened on that day counts as
  since it: a status change or feedback of that day is listed (once too often rather
  than missed). Without a check-in, everything so far is listed;
* due: those to-dos whose check-in is today or earlier (``FollowUpService.due_check_ins``),
  the longest waiting first;
* status changes since: by the day on the user's calendar, oldest first, with who made
  them (the user, an export, the assistant's returned file);
* feedback to give: what was logged since, on the assistant or on their to-dos;
* changed instructions: to-dos whose text differs from what the last handover gave
  (``FollowUpService.revision``), with the names of the fields that differ.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from delegator.domain.agenda import (
    Agenda,
    AgendaChange,
    AgendaDue,
    AgendaFeedback,
    AgendaStatusChange,
)
from delegator.domain.brief import BriefFormat
from delegator.domain.model import Decision
from delegator.domain.package_names import file_slug
from delegator.services.assistant_service import AssistantService
from delegator.services.followup_service import FollowUpService
from delegator.services.handover_package import ExportCancelled
from delegator.services.handover_service import brief_address
from delegator.services.staged_folder import StagedFolder
from delegator.services.task_service import TaskService
from delegator.storage.sqlite_errors import unwritable

AGENDA_FORMATS = (BriefFormat.MARKDOWN, BriefFormat.PDF)
Progress = Callable[[int, int], bool]


class AgendaService:
    def __init__(
        self, tasks: TaskService, assistants: AssistantService, followup: FollowUpService
    ) -> None:
        self._tasks = tasks
        self._assistants = assistants
        self._followup = followup

    def suggested_assistant(self, task_ids: Sequence[int]) -> int | None:
        """Whose agenda to offer first: the assistant of the first of *task_ids* that has
        one, else the one with the most check-ins due, else the first assistant."""
        for summary in self._tasks.summaries_by_id(task_ids[:1]):
            if summary.assistant_id is not None:
                return summary.assistant_id
        due = Counter(
            item.assistant_id
            for item in self._followup.due_check_ins()
            if item.assistant_id is not None
        )
        if due:
            return due.most_common(1)[0][0]
        assistants = self._assistants.assistants()
        return assistants[0].id if assistants else None

    def build(self, assistant_id: int, language: str) -> Agenda:
        """The agenda for *assistant_id*, made now, in *language* ("en", "de")."""
        clock = self._followup.clock
        assistant = self._assistants.assistant(assistant_id)
        name = assistant.name
        tasks = {
            s.id: s
            for s in self._tasks.summaries()
            if s.assistant_id == assistant_id and s.decision is Decision.DELEGATE and not s.archived
        }
        ids = list(tasks)
        since = max((c.done_on for c in self._followup.check_ins(ids)), default=None)
        due = tuple(
            AgendaDue(item.title, item.due_since, item.last_check_in, item.status)
            for item in self._followup.due_check_ins()
            if item.task_id in tasks
        )
        changes = tuple(
            AgendaStatusChange(
                tasks[change.task_id].title,
                change.status,
                clock.local(change.changed_at),
                change.source,
            )
            for change in self._followup.status_history(ids)
            if since is None or clock.local_date(change.changed_at) >= since
        )
        feedback = tuple(
            AgendaFeedback(
                f.given_on, f.rating, f.task_title, f.went_well, f.to_improve, f.keep_in_mind
            )
            for f in self._followup.feedback(assistant_id=assistant_id)
            if since is None or f.given_on >= since
        )
        changed = tuple(
            AgendaChange(tasks[task_id].title, tuple(diff.field for diff in revision.fields))
            for task_id in ids
            if tasks[task_id].changed_since_handover
            and (revision := self._followup.revision(task_id)) is not None
            and revision.fields
        )
        made_at = clock.local().replace(microsecond=0)
        address = brief_address(assistant)
        return Agenda(name, made_at, since, language, due, changes, feedback, changed, address)


def agenda_markdown(agenda: Agenda) -> str:
    """The agenda as Markdown (what the .md file holds; the dialog shows and copies it)."""
    from delegator.exchange.agenda_markdown import render_agenda_markdown

    return render_agenda_markdown(agenda)


def agenda_files(agenda: Agenda, formats: Iterable[BriefFormat], folder: Path) -> list[Path]:
    """Where the agenda goes in *folder*: check-in-agenda-<assistant>-<date>.md/.pdf."""
    slug = file_slug(agenda.assistant_name, "assistant")
    stem = f"check-in-agenda-{slug}-{agenda.made_at.date().isoformat()}"
    return [folder / f"{stem}.{fmt.value}" for fmt in formats]


def write_agenda(
    agenda: Agenda,
    formats: Sequence[BriefFormat],
    folder: Path,
    *,
    paper: str,
    force: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the agenda in *formats* into *folder* (made if missing); the paths.

    Raises FileExistsError (naming the file) instead of overwriting without *force*,
    ExportRefused for a link or folder in the way, StorageUnavailable when the folder
    cannot be written, ExportCancelled when *progress* says stop. Both files are
    complete before either is moved into place (services/staged_folder.py).
    """
    from delegator.exchange.agenda_markdown import agenda_title, render_agenda_markdown
    from delegator.exchange.brief_pdf import CancelledError

    paths = agenda_files(agenda, formats, folder)
    markdown = render_agenda_markdown(agenda)
    try:
        with StagedFolder(folder, [path.name for path in paths], force=force) as stage:
            for fmt, path in zip(formats, paths, strict=True):
                if fmt is BriefFormat.PDF:
                    from delegator.exchange.agenda_pdf import render_agenda_pdf

                    try:
                        data = render_agenda_pdf(
                            markdown,
                            title=agenda_title(agenda),
                            language=agenda.language,
                            paper=paper,
                            progress=progress,
                        )
                    except CancelledError as cancelled:
                        raise ExportCancelled from cancelled
                else:
                    data = markdown.encode("utf-8")
                stage.write(path.name, data)
            return stage.commit()
    except FileExistsError:
        raise
    except OSError as error:
        raise unwritable(error, folder) from error
