"""What changed since the handover: the dialog opened from the To-do menu."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefOptions
from delegator.domain.model import Decision
from delegator.domain.views import View
from delegator.gui.main_window import MainWindow
from delegator.gui.revision_dialog import RevisionDialog, marked
from delegator.services.task_service import NewTask


def delegated(window: MainWindow, title: str, instructions: str) -> tuple[int, Assistant]:
    workspace = window.workspace
    anna, _ = workspace.assistants.add(Assistant(id=0, name="Anna"))
    (task_id,), _ = workspace.tasks.add([NewTask(title, Decision.DELEGATE)])
    workspace.tasks.update(task_id, {"assistant_id": anna.id, "instructions": instructions})
    return task_id, anna


def open_revision(window: MainWindow, task_id: int) -> RevisionDialog:
    window.apply_changes(window.workspace.tasks.update(task_id, {}))
    window.show_view(View.DELEGATE)
    assert window.list_controller.select_ids([task_id])
    window.named_actions["changes_since_handover"].trigger()
    dialog = window.dialogs.current
    assert isinstance(dialog, RevisionDialog)
    assert dialog.isVisible()
    return dialog


def plain(label: QLabel) -> str:
    return label.accessibleName()


def test_the_dialog_shows_the_instructions_received_and_now(window: MainWindow) -> None:
    task_id, anna = delegated(window, "Pay the invoices", "Sort the invoices by date.")
    handover = window.workspace.handover
    handover.record(handover.build(anna, BriefOptions()), anna.id, "md", "out", "digest")
    window.workspace.tasks.update(
        task_id,
        {
            "instructions": "Sort the invoices by date, newest first.",
            "steps": ("Open the bank account",),
        },
    )
    dialog = open_revision(window, task_id)
    assert "2 fields changed since" in dialog.summary.text()
    (before, after), (steps_before, steps_after) = dialog.sides
    assert plain(before) == "Instructions, as received: Sort the invoices by date."
    assert plain(after) == "Instructions, now: Sort the invoices by date, newest first."
    assert before.text().count("line-through") == 1  # only "date." became "date,"
    assert "Sort the invoices by " in before.text()
    assert 'underline; font-weight:600">date, newest first.</span>' in after.text()
    assert "(empty)" in steps_before.text()
    assert "• Open the bank account" in plain(steps_after)


def test_unchanged_and_never_handed_over_say_so(window: MainWindow) -> None:
    task_id, anna = delegated(window, "Pay the invoices", "Pay on Fridays.")
    dialog = open_revision(window, task_id)
    assert "has not been handed over yet" in dialog.summary.text()
    assert dialog.sides == []
    dialog.reject()
    handover = window.workspace.handover
    handover.record(handover.build(anna, BriefOptions()), anna.id, "md", "out", "digest")
    dialog = open_revision(window, task_id)
    assert "Nothing has changed since" in dialog.summary.text()
    assert dialog.sides == []


def test_changed_words_are_marked_on_both_sides() -> None:
    left, right = marked("pay on Friday", "pay on Monday <b>", "red", "green")
    assert left.startswith("pay on ")
    assert "line-through" in left
    assert "Friday" in left
    assert "Monday" in right
    assert "&lt;b&gt;" in right
