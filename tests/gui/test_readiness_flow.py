"""The readiness check in the window: verdict in the corner, live updates, Fix."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from delegator import cli
from delegator.domain.followup import Review, ReviewOutcome
from delegator.domain.readiness import (
    Finding,
    Report,
    Rule,
    Severity,
    Subject,
    SubjectKind,
    Verdict,
)
from delegator.domain.views import View
from delegator.gui.main_window import MainWindow
from delegator.gui.sidebar import EntryKind, Page
from delegator.services.readiness_service import ReadinessService
from delegator.services.workspace import Workspace

from .conftest import CLOCK, OpenWindow


def open_dialog(window: MainWindow) -> QDialog:
    """The dialog the window has open; fails if there is none."""
    dialog = window.dialogs.current
    assert dialog is not None, "the window has no dialog open"
    return dialog


def shown_report(window: MainWindow) -> Report:
    """The report the Readiness page shows; fails if it shows none yet."""
    report = window.readiness_page.report()
    assert report is not None, "the Readiness page shows no report"
    return report


@pytest.fixture
def demo_window(open_window: OpenWindow, tmp_path: Path) -> MainWindow:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    workspace.fill_with_demo("en")
    workspace.close()
    return open_window()


def settled_demo(tmp_path: Path) -> Workspace:
    """The demo plan in *tmp_path*, still open, with its overdue check-in kept and Ben's
    settling-in review made."""
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    workspace.fill_with_demo("en")
    for due in workspace.followup.due_check_ins():
        workspace.followup.complete_check_in(due.task_id)
    ben = workspace.handover.assistant_named("Ben Okafor")
    workspace.followup.add_review(Review(0, ben.id, CLOCK.today(), ReviewOutcome.CONTINUE))
    return workspace


@pytest.fixture
def settled_demo_window(open_window: OpenWindow, tmp_path: Path) -> MainWindow:
    """The settled demo: ready."""
    settled_demo(tmp_path).close()
    return open_window()


def test_the_corner_shows_the_verdict_and_follows_edits(settled_demo_window: MainWindow) -> None:
    window = settled_demo_window
    assert window.verdict_button.text() == "Readiness: Ready"
    delegated = next(
        t for t in window._service.tasks() if t.decision.value == "delegate" and t.assistant_id
    )
    window.show_view(View.DELEGATE)
    assert window.list_controller.select_ids([delegated.id])
    window.editor.show_task(delegated.id)
    window.editor.open_tab(2)
    while window.editor.criteria.items():
        window.editor.criteria.list.setCurrentRow(0)
        window.editor.criteria.remove_current()
    assert window._service.task(delegated.id).acceptance_criteria == ()
    assert window.verdict_button.text() == "Readiness: Almost ready"
    window.undo_stack.undo()  # one criterion is back
    assert window.verdict_button.text() == "Readiness: Ready"


def test_the_page_shows_what_the_command_line_reports(
    window: MainWindow,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.verdict_button.click()
    page = window.readiness_page
    assert window.pages.currentWidget() is page
    shown = [
        (page.findings.finding_at(i).rule, page.findings.text_at(i).message)
        for i in range(page.findings.count())
    ]
    monkeypatch.setenv("DELEGATOR_DATA_DIR", str(tmp_path))
    assert cli.run(["readiness", "--json"]) == 2
    reported = json.loads(capsys.readouterr().out)
    assert shown == [(f["id"], f["message"]) for f in reported["findings"]]
    assert page.verdict_label.text() == "Not yet"


def fix(window: MainWindow, finding: Finding) -> None:
    window.readiness_page.fix_requested.emit(finding)


def test_fix_opens_the_exact_field(demo_window: MainWindow, qtbot: QtBot) -> None:
    window = demo_window
    task = next(t for t in window._service.tasks() if t.decision.value == "delegate")
    fix(
        window,
        Finding(
            Rule.NO_ACCEPTANCE_CRITERIA,
            Severity.WARNING,
            Subject(SubjectKind.TASK, task.id, task.title),
            "acceptance_criteria",
        ),
    )
    assert window.editor.task is not None
    assert window.editor.task.id == task.id
    assert QApplication.focusWidget() is window.editor.criteria.entry

    fix(
        window,
        Finding(
            Rule.NO_RESPONSE_TIME,
            Severity.WARNING,
            Subject(SubjectKind.PROFILE),
            "response_time_hours",
        ),
    )
    assert window.pages.currentWidget() is window.agreements_page
    assert QApplication.focusWidget() is window.agreements_page.response_spin

    anna = window._workspace.assistants.assistants()[0]
    fix(
        window,
        Finding(
            Rule.NO_TRIAL_PERIOD,
            Severity.HINT,
            Subject(SubjectKind.ASSISTANT, anna.id, anna.name),
            "trial_end",
        ),
    )
    assert window.pages.currentWidget() is window.assistants_page
    assert window.assistants_page.current is not None
    assert window.assistants_page.current.id == anna.id

    fix(
        window,
        Finding(
            Rule.MINDSET_NOT_CHECKED, Severity.WARNING, Subject(SubjectKind.MINDSET), "mindset"
        ),
    )
    qtbot.waitUntil(
        lambda: window.dialogs.current is not None and window.dialogs.current.isVisible()
    )
    open_dialog(window).reject()


def test_a_mindset_check_updates_the_letting_go_pillar(demo_window: MainWindow) -> None:
    from delegator.domain.mindset import MindsetStatement
    from delegator.domain.readiness import Pillar
    from delegator.gui.mindset_dialog import MindsetDialog

    window = demo_window
    window.sidebar.select_entry(EntryKind.PAGE, Page.READINESS.value)
    before = shown_report(window).scores[Pillar.LETTING_GO]
    window.dialogs.open_mindset_check()
    dialog = open_dialog(window)
    assert isinstance(dialog, MindsetDialog)
    for statement in MindsetStatement:
        dialog.set_answer(
            statement, 5 if statement is MindsetStatement.MUST_CHECK_EVERY_STEP else 2
        )
    dialog.save_button.click()
    report = shown_report(window)
    assert report.scores[Pillar.LETTING_GO] != before
    assert "letting_go.must_check_every_step" in {f.rule for f in report.findings}
    assert window.verdict_button.text() == "Readiness: Almost ready"


def test_the_introduction_shows_on_the_first_start_only(
    open_window: OpenWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    (tmp_path / "settings.ini").write_text("")
    first = open_window()
    qtbot.waitUntil(lambda: first.dialogs.current is not None and first.dialogs.current.isVisible())
    open_dialog(first).reject()
    first.close()
    second = open_window()
    assert second.dialogs.current is None
    second.named_actions["intro"].trigger()
    assert second.dialogs.current is not None
    assert second.dialogs.current.isVisible()
    second.dialogs.current.reject()


def test_a_to_do_delegated_while_the_window_starts_turns_the_corner(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The verdict is judged on the start-up worker; a to-do delegated (D) after it was
    judged and before the window has started must not leave the older verdict shown."""
    settled_demo(tmp_path).close()  # Ready
    judged, go_on = threading.Event(), threading.Event()
    judge = ReadinessService.verdict

    def judged_then_held(self: ReadinessService, today: dt.date | None = None) -> Verdict:
        verdict = judge(self, today)
        if not judged.is_set():  # the worker's: hold it until the user has acted
            judged.set()
            go_on.wait(10)
        return verdict

    monkeypatch.setattr(ReadinessService, "verdict", judged_then_held)
    (tmp_path / "settings.ini").write_text("[intro]\nshown=true\n")
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    try:
        window = MainWindow(workspace, tmp_path / "settings.ini")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(judged.is_set)
        window.view_actions[View.INBOX].trigger()
        first = window.table.visualRect(window.table.model().index(0, 0)).center()
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
        qtbot.keyClick(window.table, Qt.Key.Key_D)
        with qtbot.waitSignal(window.started):
            go_on.set()
        assert workspace.readiness.report().verdict is Verdict.NOT_YET
        assert window.verdict_button.text() == "Readiness: Not yet"
    finally:
        go_on.set()
        workspace.close()
