"""What the window reads right after start-up with plain sqlite3 (the editor's to-do,
completion values, the readiness verdict's profile and mindset check) is exactly what
the ORM reads, and starting the window loads no SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from delegator.domain.assistant import Assistant
from delegator.domain.errors import TaskNotFound
from delegator.domain.mindset import MindsetCheck, MindsetStatement
from delegator.domain.model import (
    Decision,
    DelegationLevel,
    Frequency,
    Priority,
    Resource,
    ResourceKind,
    Task,
)
from delegator.domain.profile import (
    ChannelKind,
    CheckInRhythm,
    ContactChannel,
    Profile,
    ReachabilityWindow,
)
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from delegator.storage import profile_query, task_query
from delegator.storage.database import driver_connection
from delegator.storage.mindset_repository import MindsetRepository
from delegator.storage.profile_repository import ProfileRepository
from delegator.storage.task_repository import TaskRepository


def _filled(task: Task, assistant_id: int) -> Task:
    return replace(
        task,
        notes="Ring before noon",
        area="Büro",
        assistant_id=assistant_id,
        decision=Decision.DELEGATE,
        priority=Priority(2),
        frequency=Frequency.WEEKLY,
        minutes_per_occurrence=45,
        due=dt.date(2026, 12, 24),
        lead_time_days=3,
        instructions="Use the shared login.",
        steps=("Open the portal", "Download the statement"),
        acceptance_criteria=("PDF in the folder",),
        skills=("Buchhaltung", "excel"),
        tools=("DATEV",),
        resources=(
            Resource(ResourceKind.LINK, "Portal", "https://example.org"),
            Resource(ResourceKind.FILE, "Form", "ab/form.pdf", 1234),
        ),
        level=DelegationLevel(3),
        escalation_rule="Call me if it costs more than 50 €.",
    )


def test_a_whole_to_do_and_the_completion_values_read_plainly_equal_the_orms(
    tmp_path: Path,
) -> None:
    workspace = Workspace(tmp_path / "plan.sqlite3", tmp_path / "backups")
    try:
        assistant, _ = workspace.assistants.add(Assistant(0, "Mia"))
        (task_id, bare_id), _ = workspace.tasks.add([NewTask("Bank statement"), NewTask("Bare")])
        workspace.tasks.save(_filled(workspace.tasks.task(task_id), assistant.id))
        workspace.tasks.add([NewTask("Other", details=Task(0, "Other", area="haus"))])
        with workspace._database.snapshot() as session:
            connection = driver_connection(session)
            repository = TaskRepository(session)
            for one in (task_id, bare_id):
                assert task_query.task(connection, one) == repository.task(one)
            for kind in ("skills", "areas"):
                assert task_query.known(connection, kind) == repository.distinct_values(kind)
            with pytest.raises(TaskNotFound):
                task_query.task(connection, 999)
        shown = workspace.tasks.task(task_id)
        assert shown.assistant_name == "Mia"
        assert shown.resources[1] == Resource(ResourceKind.FILE, "Form", "ab/form.pdf", 1234)
        assert workspace.tasks.known("areas") == ["Büro", "haus"]
    finally:
        workspace.close()


def test_the_profile_and_the_latest_mindset_check_read_plainly_equal_the_orms(
    tmp_path: Path,
) -> None:
    workspace = Workspace(tmp_path / "plan.sqlite3", tmp_path / "backups")
    try:
        with workspace._database.reading() as connection:
            assert profile_query.profile(connection) == Profile()
            assert profile_query.latest_mindset(connection) is None
        workspace.profile.save(
            Profile(
                name="Dana",
                business="Keller GmbH",
                channels=(
                    ContactChannel(ChannelKind.EMAIL, "dana@example.org", True),
                    ContactChannel(ChannelKind.PHONE, "+49 30 1234", False),
                ),
                windows=(
                    ReachabilityWindow(3, dt.time(14, 0), dt.time(16, 30)),
                    ReachabilityWindow(0, dt.time(9, 0), dt.time(11, 0)),
                ),
                time_zone="Europe/Berlin",
                response_time_hours=4,
                check_in_rhythm=CheckInRhythm.BIWEEKLY,
                check_in_weekday=4,
                monthly_budget_cents=80000,
                own_hourly_value_cents=9000,
                brief_language="de",
            )
        )
        answers = tuple((statement, 1 + n % 5) for n, statement in enumerate(MindsetStatement))
        for day in (3, 5):
            when = dt.datetime(2026, 12, day, 9, 30)
            workspace.readiness.add_mindset_check(MindsetCheck(when, answers[::-1]))
        with workspace._database.snapshot() as session:
            connection = driver_connection(session)
            assert profile_query.profile(connection) == ProfileRepository(session).get()
            latest = profile_query.latest_mindset(connection)
            assert latest == MindsetRepository(session).recent(1)[0][1]
        assert latest is not None
        assert latest.taken_at == dt.datetime(2026, 12, 5, 9, 30)
        assert latest.answers == answers
    finally:
        workspace.close()


START_AND_IDLE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from delegator.gui.main_window import MainWindow
from delegator.services.workspace import Workspace

app = QApplication([])
folder = Path(sys.argv[1])
workspace = Workspace(folder / "plan.sqlite3", folder / "backups")
window = MainWindow(workspace, folder / "s.ini")
window.started.connect(lambda: QTimer.singleShot(300, app.quit))
window.show()
app.exec()
print("editor:", window.editor.task.title if window.editor.task else None)
print("sqlalchemy:", "sqlalchemy" in sys.modules)
window.table.setFocus()
window.named_actions["keep"].trigger()  # K, the first key press of triage
print("kept:", [s.decision.value for s in workspace.tasks.summaries()])
print("sqlalchemy after K:", "sqlalchemy" in sys.modules)
workspace.close()
"""


def test_a_started_window_shows_its_first_to_do_without_loading_sqlalchemy(
    tmp_path: Path,
) -> None:
    """SQLAlchemy costs ~45 MiB: it loads with the first change, not at start-up."""
    (tmp_path / "s.ini").write_text("[intro]\nshown=true\n[window]\nentry=view:inbox\n")
    workspace = Workspace(tmp_path / "plan.sqlite3", tmp_path / "backups")
    try:
        workspace.tasks.add([NewTask("Call the tax office")])
    finally:
        workspace.close()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", START_AND_IDLE, str(tmp_path)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "editor: Call the tax office" in done.stdout
    # Keeping or delegating, the first thing a user does, does not load it either.
    assert "kept: ['keep']" in done.stdout
    assert "sqlalchemy after K: False" in done.stdout
    assert "sqlalchemy: False" in done.stdout
