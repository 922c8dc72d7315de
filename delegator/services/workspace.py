"""An open data file and the services over it: what the window and the CLI work with."""

from __future__ import annotations

from pathlib import Path

from delegator.resources import resource
from delegator.services.assistant_service import AssistantService
from delegator.services.profile_service import ProfileService
from delegator.services.readiness_service import ReadinessService
from delegator.services.task_service import TaskService
from delegator.services.template_service import TemplateService
from delegator.services.triage_service import TriageService
from delegator.storage.database import Database


class Workspace:
    """Opens (creating or upgrading) one data file; raises DatabaseFileError if unusable."""

    def __init__(self, database_file: Path, backups_dir: Path) -> None:
        self._database = Database.open(database_file, backups_dir)
        self.data_file = database_file
        self.tasks = TaskService(self._database)
        self.assistants = AssistantService(self._database)
        self.profile = ProfileService(self._database)
        self.readiness = ReadinessService(self._database, self.assistants, self.profile)
        self.triage = TriageService(self._database, self.tasks, self.assistants, self.profile)
        self.templates = TemplateService(self._database, resource("templates", "builtin.json"))

    def fill_with_demo(self, language: str) -> int:
        """Add the sample business (see ``delegator demo``); returns the to-dos added."""
        from delegator.exchange.demo_data import load_demo
        from delegator.services.demo_service import fill

        return fill(self._database, load_demo(resource("demo", "demo.json"), language))

    def close(self) -> None:
        self._database.close()
