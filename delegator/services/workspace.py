"""An open data file and the services over it: what the window and the CLI work with."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from delegator.domain.clock import Clock
from delegator.runtime.resources import resource
from delegator.services.assistant_service import AssistantService
from delegator.services.task_service import TaskService
from delegator.storage.database import Database

if TYPE_CHECKING:
    from delegator.domain.errors import DatabaseFileError
    from delegator.services.agenda_service import AgendaService
    from delegator.services.backup_service import BackupService, Restored
    from delegator.services.followup_service import FollowUpService
    from delegator.services.handover_service import HandoverService
    from delegator.services.import_service import ImportService
    from delegator.services.profile_service import ProfileService
    from delegator.services.readiness_service import ReadinessService
    from delegator.services.template_service import TemplateService
    from delegator.services.triage_service import TriageService


class Workspace:
    """Opens (creating or upgrading) one data file; raises DatabaseFileError if unusable.

    The services the first screen needs are made at once; the others (and their
    modules) on first use, which keeps start-up lean. With *check_later* (the
    window's start), the views' counts and then SQLite's quick check of the file run on
    a thread while the window is made (one after the other: side by side they slowed
    each other); ``verify`` waits for the check (and every write does).
    """

    def __init__(
        self,
        database_file: Path,
        backups_dir: Path,
        clock: Clock | None = None,
        *,
        check_later: bool = False,
    ) -> None:
        self.clock = clock or Clock()
        opening = Database.open_checking if check_later else Database.open
        self._database = opening(database_file, backups_dir, self.clock)
        self.data_file = database_file
        self.backups_dir = backups_dir
        self.tasks = TaskService(self._database)
        if check_later:
            self.tasks.count_ahead(then=self._database.check_meanwhile)
        self.assistants = AssistantService(self._database)

    @cached_property
    def profile(self) -> ProfileService:
        from delegator.services.profile_service import ProfileService

        return ProfileService(self._database)

    @cached_property
    def readiness(self) -> ReadinessService:
        from delegator.services.readiness_service import ReadinessService

        return ReadinessService(self._database)

    @cached_property
    def triage(self) -> TriageService:
        from delegator.services.triage_service import TriageService

        return TriageService(self._database, self.tasks, self.profile)

    @cached_property
    def handover(self) -> HandoverService:
        from delegator.services.handover_service import HandoverService

        return HandoverService(self._database, self.assistants)

    @cached_property
    def followup(self) -> FollowUpService:
        from delegator.services.followup_service import FollowUpService

        return FollowUpService(self._database)

    @cached_property
    def agenda(self) -> AgendaService:
        from delegator.services.agenda_service import AgendaService

        return AgendaService(self.tasks, self.assistants, self.followup)

    @cached_property
    def imports(self) -> ImportService:
        from delegator.services.import_service import ImportService

        return ImportService(self._database, self.tasks, self.assistants, self.followup)

    @property
    def attachments_dir(self) -> Path:
        return self.data_file.parent / "attachments"

    @cached_property
    def templates(self) -> TemplateService:
        from delegator.services.template_service import TemplateService

        return TemplateService(self._database, resource("templates", "builtin.json"))

    @cached_property
    def backups(self) -> BackupService:
        from delegator.services.backup_service import BackupService

        return BackupService(self.data_file, self.backups_dir, self.attachments_dir, self.clock)

    def restore(self, backup_file: Path) -> Restored:
        """Replace the plan with what *backup_file* holds (see BackupService.restore);
        every service reads the restored plan from then on."""
        self._database.close()
        try:
            return self.backups.restore(backup_file)
        finally:
            self._database.reopen()

    def fill_with_demo(self, language: str) -> int:
        """Add the sample business (see ``delegator demo``), dated from the clock's
        today; returns the to-dos added."""
        from delegator.exchange.demo_data import load_demo
        from delegator.services.demo_service import fill

        plan = load_demo(resource("demo", "demo.json"), language, self.clock.today())
        return fill(self._database, plan)

    def verify(self) -> None:
        """Raise DatabaseFileError when the quick check of ``check_later`` found the
        file damaged (waiting for it to end)."""
        self._database.verify()

    def close(self) -> None:
        self.tasks.stop_counting()
        self._database.close()


def data_folder_problem(folder: Path) -> DatabaseFileError | None:
    """Why *folder* cannot hold a plan (a file or a dangling link in the way), or None;
    for the window, which checks before it makes the folder."""
    from delegator.storage.probe import folder_problem

    return folder_problem(folder)
