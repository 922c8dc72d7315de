from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from delegator.domain.brief import BriefFormat, BriefOptions
from delegator.domain.model import Decision
from delegator.gui.export_dialog import ExportDialog
from delegator.gui.export_job import ExportJob
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

Asked = list[str]


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    workspace.fill_with_demo("en")
    return workspace


def open_dialog(qtbot: QtBot, workspace: Workspace) -> ExportDialog:
    dialog = ExportDialog(workspace)
    qtbot.addWidget(dialog)
    return dialog


def delegated_to(workspace: Workspace, name: str) -> list[str]:
    assistant = workspace.handover.assistant_named(name)
    return [
        t.title
        for t in workspace.tasks.tasks(decision=Decision.DELEGATE, archived=False)
        if t.assistant_id == assistant.id
    ]


def test_default_is_the_first_assistants_delegated_todos_all_ticked(
    qtbot: QtBot, demo: Workspace
) -> None:
    dialog = open_dialog(qtbot, demo)

    assert dialog.assistant.currentText() == "Anna Keller"
    rows = dialog.task_rows()
    assert [title for _id, title, _checked in rows] == delegated_to(demo, "Anna Keller")
    assert all(checked for _id, _title, checked in rows)
    assert all(box.isChecked() for box in dialog.format_boxes.values())
    assert dialog.language.currentData() == "en"
    assert dialog.folder.text().endswith(str(Path("Delegator") / "Anna Keller"))
    assert not dialog.include_budget.isVisibleTo(dialog)
    text = dialog.preview_text()
    assert "Anna Keller" in text
    assert all(title in text for _id, title, _checked in rows)
    assert "<table" in dialog.preview.toHtml()  # GFM tables are laid out


def test_typed_html_in_the_preview_stays_text(qtbot: QtBot, demo: Workspace) -> None:
    anna = demo.handover.assistant_named("Anna Keller")
    [task_id], _changes = demo.tasks.add([NewTask("<b>bold</b> move", Decision.DELEGATE)])
    demo.tasks.update(task_id, {"assistant_id": anna.id})
    dialog = open_dialog(qtbot, demo)

    assert "<b>bold</b> move" in dialog.preview_text()


def test_to_be_assigned_shows_the_requirements_profile(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo)

    dialog.set_assistant(None)

    titles = [title for _id, title, _checked in dialog.task_rows()]
    assert titles == [
        "Proofread the new website texts in English and German",
        "Move the website to the new hosting provider",
    ]
    assert dialog.include_budget.isVisibleTo(dialog)
    assert "Requirements profile" in dialog.preview_text()


def test_unticking_a_task_removes_it_from_the_preview(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo)
    # A to-do never handed over (one that was would stay in the preview as removed).
    row, (task_id, title, _checked) = next(
        (row, entry)
        for row, entry in enumerate(dialog.task_rows())
        if demo.followup.revision(entry[0]) is None
    )
    assert title in dialog.preview_text()

    dialog.tasks.item(row).setCheckState(Qt.CheckState.Unchecked)

    assert dialog.task_rows()[row] == (task_id, title, False)
    qtbot.waitUntil(lambda: title not in dialog.preview.toPlainText(), timeout=2000)
    others = [entry[1] for entry in dialog.task_rows() if entry[0] != task_id]
    assert others[0] in dialog.preview_text()


def test_export_writes_the_chosen_files_and_records_them(
    qtbot: QtBot, demo: Workspace, tmp_path: Path
) -> None:
    anna = demo.handover.assistant_named("Anna Keller")
    version = demo.handover.build(anna, BriefOptions()).version
    dialog = open_dialog(qtbot, demo)
    out = tmp_path / "out"
    dialog.set_folder(out)
    dialog.set_formats({BriefFormat.MARKDOWN, BriefFormat.ICS, BriefFormat.CSV, BriefFormat.ZIP})

    with qtbot.waitSignal(dialog.export_finished, timeout=20000) as blocker:
        dialog.export_button.click()

    paths = blocker.args[0]
    names = {p.name for p in out.iterdir()}
    assert {"brief.md", "tasks.ics", "tasks.csv", "manifest.json"} <= names
    assert "brief.pdf" not in names
    assert any(name.endswith(".zip") for name in names)
    assert all(Path(p).exists() for p in paths)
    assert f"Exported {len(paths)} files to {out}" in dialog.status.text()
    assert dialog.open_folder.isVisible() or dialog.open_folder.isVisibleTo(dialog)
    assert not dialog.is_exporting()
    # Recorded: the next brief to Anna knows the last handover.
    assert demo.handover.build(anna, BriefOptions()).version == version + 1


def test_an_existing_file_is_not_overwritten_without_asking(
    qtbot: QtBot, demo: Workspace, tmp_path: Path, asked: Asked
) -> None:
    dialog = open_dialog(qtbot, demo)
    dialog.set_folder(tmp_path / "out")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "brief.md").write_text("mine")
    dialog.set_formats({BriefFormat.MARKDOWN, BriefFormat.CSV})

    dialog.export_button.click()

    qtbot.waitUntil(lambda: "Nothing was exported" in dialog.status.text(), timeout=5000)
    assert len(asked) == 1
    assert "brief.md" in asked[0]
    assert not dialog.is_exporting()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["brief.md"]
    assert (tmp_path / "out" / "brief.md").read_text() == "mine"


def test_overwriting_when_confirmed(
    qtbot: QtBot, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = open_dialog(qtbot, demo)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "brief.md").write_text("mine")
    dialog.set_folder(tmp_path / "out")
    dialog.set_formats({BriefFormat.MARKDOWN})

    with qtbot.waitSignal(dialog.export_finished, timeout=20000):
        dialog.export_button.click()

    assert (tmp_path / "out" / "brief.md").read_text() != "mine"


def test_a_secret_in_a_tasks_tools_asks_first(
    qtbot: QtBot, demo: Workspace, tmp_path: Path, asked: Asked
) -> None:
    anna = demo.handover.assistant_named("Anna Keller")
    task = next(
        t
        for t in demo.tasks.tasks(decision=Decision.DELEGATE, archived=False)
        if t.assistant_id == anna.id
    )
    demo.tasks.save(replace(task, tools=(*task.tools, "Passwort: hunter22")))
    dialog = open_dialog(qtbot, demo)
    dialog.set_folder(tmp_path / "out")

    dialog.export_button.click()

    qtbot.waitUntil(lambda: "Nothing was exported" in dialog.status.text(), timeout=5000)
    assert len(asked) == 1
    assert task.title in asked[0]
    assert "Tools" in asked[0]
    assert "Export anyway?" in asked[0]
    assert not (tmp_path / "out").exists()
    assert "Nothing was exported" in dialog.status.text()


def test_readiness_blockers_come_first_for_an_empty_plan(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = open_dialog(qtbot, workspace)

    assert dialog.blockers.isVisibleTo(dialog)
    assert "No to-do is marked delegate yet." in dialog.blocker_list.text()
    assert dialog.task_rows() == []
    assert dialog.export_button.isEnabled()  # export stays possible


def test_no_blocker_box_when_nothing_blocks(qtbot: QtBot, demo: Workspace) -> None:
    dialog = open_dialog(qtbot, demo)

    assert not dialog.blockers.isVisibleTo(dialog)


def test_the_job_stops_when_its_progress_callback_says_cancel(
    qtbot: QtBot, demo: Workspace, tmp_path: Path
) -> None:
    brief = demo.handover.build(demo.handover.assistant_named("Anna Keller"), BriefOptions())
    job = ExportJob(
        brief, [BriefFormat.MARKDOWN, BriefFormat.PDF], tmp_path / "out", demo.attachments_dir
    )
    assert job.report(0, 3) is True
    job.cancel()
    assert job.report(1, 3) is False

    with qtbot.waitSignal(job.cancelled, timeout=1000):
        job.run()

    assert not (tmp_path / "out").exists()


def test_cancel_during_a_pdf_export_stops_it(qtbot: QtBot, demo: Workspace, tmp_path: Path) -> None:
    anna = demo.handover.assistant_named("Anna Keller")
    ids, _changes = demo.tasks.add([NewTask(f"Task {n}", Decision.DELEGATE) for n in range(150)])
    for task_id in ids:
        task = demo.tasks.task(task_id)
        steps = tuple(f"Step {s} of task {task_id}" for s in range(10))
        demo.tasks.save(replace(task, assistant_id=anna.id, steps=steps))
    dialog = open_dialog(qtbot, demo)
    dialog.set_folder(tmp_path / "out")
    dialog.set_formats({BriefFormat.PDF, BriefFormat.ICS, BriefFormat.CSV})

    with qtbot.waitSignal(dialog.export_cancelled, timeout=30000):
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.status.text() == "Exporting…", timeout=10000)
        assert dialog.is_exporting()
        assert dialog.cancel_button.isVisibleTo(dialog)
        dialog.cancel_button.click()

    assert not dialog.is_exporting()
    assert not (tmp_path / "out").exists()  # nothing, not even the finished CSV
    assert dialog.status.text() == "Export cancelled. Nothing was exported."
    assert dialog.export_button.isEnabled()


def test_closing_during_an_export_waits_for_the_worker(
    qtbot: QtBot, demo: Workspace, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, demo)
    dialog.set_folder(tmp_path / "out")
    dialog.set_formats({BriefFormat.PDF, BriefFormat.MARKDOWN})
    dialog.show()

    dialog.export_button.click()
    dialog.reject()
    assert dialog.isVisible()  # until the worker has stopped

    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=30000)
    assert not dialog.isVisible()
