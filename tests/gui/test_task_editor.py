"""The task editor driven like a user: every field is stored at once, undoable, and
shown again after closing and reopening."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.model import DelegationLevel, Frequency, Priority, ResourceKind, Task
from delegator.domain.views import View
from delegator.gui.main_window import MainWindow
from delegator.gui.sidebar import EntryKind
from delegator.gui.task_drag import TASK_IDS_MIME
from delegator.text.formatting import short_date

from .conftest import OpenWindow, seed


def stored(window: MainWindow, task_id: int) -> Task:
    return window._service.task(task_id)


def open_first(window: MainWindow, qtbot: QtBot) -> None:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)


def test_enter_opens_the_editor_and_escape_returns(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "Rechnungen schreiben")
    open_first(window, qtbot)
    assert window.editor.title.text() == "Rechnungen schreiben"
    assert window.editor.instructions.editor.hasFocus()
    qtbot.keySequence(window.editor.instructions.editor, QKeySequence("Escape"))
    assert window.table.hasFocus()


def test_instructions_are_saved_while_typing_and_one_undo_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    (task_id,) = seed(window, "Newsletter")
    open_first(window, qtbot)
    editor = window.editor.instructions.editor
    qtbot.keyClicks(editor, "# Ziel")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Jeden Monat verschicken")
    typed = "# Ziel\nJeden Monat verschicken"
    qtbot.waitUntil(lambda: stored(window, task_id).instructions == typed)
    qtbot.keyClicks(editor, ".")
    editor.clearFocus()
    window.table.setFocus()
    assert stored(window, task_id).instructions == "# Ziel\nJeden Monat verschicken."
    assert "Ziel" in window.editor.instructions.preview.toPlainText()
    window.undo_stack.undo()
    assert stored(window, task_id).instructions == ""
    assert window.editor.instructions.text() == ""


def test_steps_and_criteria_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    (task_id,) = seed(window, "Belege")
    window.editor.open_tab(1)
    steps = window.editor.steps
    for text in ("Belege sammeln", "Scannen", "Hochladen"):
        qtbot.keyClicks(steps.entry, text)
        qtbot.keyClick(steps.entry, Qt.Key.Key_Return)
    assert stored(window, task_id).steps == ("Belege sammeln", "Scannen", "Hochladen")
    steps.list.setFocus()
    steps.list.setCurrentRow(2)
    qtbot.keyClick(steps.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stored(window, task_id).steps == ("Belege sammeln", "Hochladen", "Scannen")
    qtbot.keyClick(steps.list, Qt.Key.Key_Delete)
    assert stored(window, task_id).steps == ("Belege sammeln", "Scannen")
    criteria = window.editor.criteria
    window.editor.open_tab(2)
    qtbot.keyClicks(criteria.entry, "Alle Belege des Monats hochgeladen")
    qtbot.keyClick(criteria.entry, Qt.Key.Key_Return)
    assert stored(window, task_id).acceptance_criteria == ("Alle Belege des Monats hochgeladen",)


def commit(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_every_detail_round_trips(open_window: OpenWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window()
    anna, _ = window._workspace.assistants.add(Assistant(0, "Anna", hourly_rate_cents=4000))
    (task_id,) = seed(window, "Rechnungen")
    window.editor.refresh()
    form = window.editor.details
    form.assistant.setCurrentIndex(form.assistant.findData(anna.id))
    form.assistant.activated.emit(form.assistant.currentIndex())
    area = form.area.lineEdit()
    assert area is not None, "the area field is not editable"
    commit(qtbot, area, "Finanzen")
    form.priority.setCurrentIndex(form.priority.findData(int(Priority.HIGH)))
    form.priority.activated.emit(form.priority.currentIndex())
    form.frequency.setCurrentIndex(form.frequency.findData(Frequency.WEEKLY.value))
    form.frequency.activated.emit(form.frequency.currentIndex())
    commit(qtbot, form.minutes, "1:30")
    commit(qtbot, form.due, "2026-12-12")
    form.lead_time.setValue(3)
    form.lead_time.editingFinished.emit()
    form.level.setCurrentIndex(form.level.findData(3))
    form.level.activated.emit(form.level.currentIndex())
    commit(qtbot, form.escalation, "ein Betrag unklar ist")
    commit(qtbot, form.skills, "Lexoffice, Genauigkeit, lexoffice")
    qtbot.keyClicks(form.tools.entry, "Lexoffice")
    qtbot.keyClick(form.tools.entry, Qt.Key.Key_Return)
    notes = window.editor.notes
    notes.setFocus()
    notes.insertPlainText("privat 🤝 مساعد")
    notes.flush()
    resources = window.editor.resources
    commit(qtbot, resources.link, "https://example.org/anleitung")
    attachment = tmp_path / "vorlage.txt"
    attachment.write_text("Vorlage")
    assert resources.add_file(attachment)
    attachment.unlink()

    task = stored(window, task_id)
    assert (task.assistant_id, task.area, task.priority) == (anna.id, "Finanzen", Priority.HIGH)
    assert (task.frequency, task.minutes_per_occurrence) == (Frequency.WEEKLY, 90)
    assert (task.due, task.lead_time_days) == (dt.date(2026, 12, 12), 3)
    assert task.level is DelegationLevel.RECOMMEND
    assert task.escalation_rule == "ein Betrag unklar ist"
    assert task.skills == ("Lexoffice", "Genauigkeit")
    assert task.tools == ("Lexoffice",)
    assert task.notes == "privat 🤝 مساعد"
    assert [r.kind for r in task.resources] == [ResourceKind.LINK, ResourceKind.FILE]
    assert window._service.attachment_path(task.resources[1]).read_text() == "Vorlage"
    assert "1,5" in window.editor.summary.text() or "1.5" in window.editor.summary.text()
    assert "60" in window.editor.summary.text()  # 1.5 h a week at 40 €/h → ~390 €/month
    window.close()

    again = open_window()
    again.show_view(again.model.view)
    again.editor.show_task(task_id)
    shown = again.editor.details
    assert shown.assistant.currentText() == "Anna"
    assert shown.area.currentText() == "Finanzen"
    assert shown.minutes.text() == "1:30"
    assert shown.lead_time.value() == 3
    assert shown.skills.text() == "Lexoffice, Genauigkeit"
    assert shown.tools.items() == ["Lexoffice"]
    assert again.editor.notes.toPlainText() == "privat 🤝 مساعد"
    assert again.editor.resources.list.count() == 2


def test_bad_input_gets_an_inline_message_and_stores_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    (task_id,) = seed(window, "Rechnungen")
    window.editor.open_tab(3)
    form = window.editor.details
    commit(qtbot, form.minutes, "-5")
    assert not form.minutes_error.isHidden()
    assert "negative" in form.minutes_error.text()
    commit(qtbot, form.due, "31.02.2026")
    assert not form.due_error.isHidden()
    task = stored(window, task_id)
    assert task.minutes_per_occurrence is None
    assert task.due is None
    assert window.undo_stack.count() == 0


def test_a_secret_in_tools_is_flagged_at_once(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "Buchhaltung")
    window.editor.open_tab(3)
    form = window.editor.details
    qtbot.keyClicks(form.tools.entry, "Passwort: hunter2")
    qtbot.keyClick(form.tools.entry, Qt.Key.Key_Return)
    assert not form.tools_warning.isHidden()
    assert "password manager" in form.tools_warning.text()


def test_a_hundred_kilobytes_of_instructions(window: MainWindow, qtbot: QtBot) -> None:
    (task_id,) = seed(window, "Handbuch")
    text = ("Zeile mit Umlauten äöü und Emoji 🚀 und עברית\n" * 2500)[:100_000]
    window.editor.instructions.editor.setPlainText(text)
    window.editor.flush()
    assert stored(window, task_id).instructions == text


def test_the_editor_tab_order_follows_the_form(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "Rechnungen")
    window.editor.open_tab(3)
    form = window.editor.details
    form.assistant.setFocus()
    names: list[str] = []
    for _ in range(13):
        focused = QApplication.focusWidget()
        assert focused is not None, f"nothing has the focus after {names}"
        names.append(focused.accessibleName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert names == [
        "Assistant",
        "Area",
        "Priority",
        "How often",
        "Time per occurrence",
        "Due",
        "Choose the due date",
        "Lead time in days",
        "Delegation level",
        "Ask me when",
        "Required skills",
        "New entry: Tools and access",
        "Tools and access",
    ]


def test_dropping_to_dos_on_an_assistant_delegates_them(window: MainWindow, qtbot: QtBot) -> None:
    anna, changes = window._workspace.assistants.add(Assistant(0, "Anna", weekly_capacity_hours=1))
    window.apply_changes(changes)
    ids = seed(window, "a", "b")
    item = next(
        window.sidebar.item(row)
        for row in range(window.sidebar.count())
        if window.sidebar.item(row).text() == "Anna"
    )
    mime = QMimeData()
    mime.setData(TASK_IDS_MIME, f"[{ids[0]}, {ids[1]}]".encode())
    point = window.sidebar.visualItemRect(item).center()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.sidebar.dropEvent(drop)
    for task_id in ids:
        task = stored(window, task_id)
        assert (task.decision.value, task.assistant_id) == ("delegate", anna.id)
    window.sidebar.select_entry(EntryKind.ASSISTANT, anna.id)
    assert window.model.rowCount() == 2
    window.undo_stack.undo()
    assert stored(window, ids[0]).assistant_id is None
    assert QPoint(point) == point


def test_the_triage_helper_suggests_and_the_user_decides(window: MainWindow, qtbot: QtBot) -> None:
    from delegator.domain.profile import Profile

    window._workspace.profile.save(Profile(own_hourly_value_cents=9000))
    _, changes = window._workspace.assistants.add(Assistant(0, "Anna", hourly_rate_cents=3500))
    window.apply_changes(changes)
    (task_id,) = seed(window, "Belege sortieren")
    window.editor.open_tab(6)
    panel = window.editor.triage
    panel.hours.setValue(8)
    panel.hours.editingFinished.emit()
    for combo, value in ((panel.expertise, False), (panel.explainable, True), (panel.enjoy, False)):
        combo.setCurrentIndex(combo.findData(value))
        combo.activated.emit(combo.currentIndex())
    assert "Delegate" in panel.suggestion.text()
    assert "rate is below" in panel.reasons.text()
    assert window._workspace.triage.answers(task_id).hours_per_month == 8
    assert stored(window, task_id).decision.value == "undecided"  # it never decides
    window.editor.decision.delegate.click()
    assert stored(window, task_id).decision.value == "delegate"
    window.undo_stack.undo()
    assert stored(window, task_id).decision.value == "undecided"


def test_a_to_do_from_a_template_and_a_template_from_a_to_do(
    window: MainWindow, qtbot: QtBot
) -> None:
    templates = window._workspace.templates
    invoicing = next(t for t in templates.builtin("en") if "nvoic" in t.name)
    window.add_from_template(invoicing)
    task = window.editor.task
    assert task is not None
    assert task.title == invoicing.title
    stored_task = stored(window, task.id)
    assert stored_task.steps == invoicing.steps
    assert stored_task.instructions
    window.undo_stack.undo()
    assert window._service.summaries() == []
    window.undo_stack.redo()
    (again,) = window._service.summaries()
    saved = templates.save_from_task(stored(window, again.id), "Meine Rechnungen")
    assert [t.name for t in templates.user_templates()] == ["Meine Rechnungen"]
    assert saved.steps == invoicing.steps


def test_an_edit_in_the_editor_keeps_a_rename_made_in_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    (task_id,) = seed(window, "Rechnungen")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    line = window.table.findChild(QLineEdit)
    assert line is not None, "F2 opened no line edit"
    line.selectAll()
    qtbot.keyClicks(line, "Rechnungen schreiben")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(window, task_id).title == "Rechnungen schreiben")
    assert window.editor.title.text() == "Rechnungen schreiben"
    window.editor.notes.setPlainText("privat")
    window.editor.flush()
    task = stored(window, task_id)
    assert (task.title, task.notes) == ("Rechnungen schreiben", "privat")


def test_the_editor_follows_assignments_made_elsewhere(window: MainWindow, qtbot: QtBot) -> None:
    (task_id,) = seed(window, "Belege")
    window.show_view(View.ALL)  # where the to-do stays in the list once delegated
    anna, changes = window._workspace.assistants.add(Assistant(0, "Anna"))
    window.apply_changes(changes)
    assert window.editor.details.assistant.findText("Anna") >= 0
    window.sidebar.tasks_dropped.emit([task_id], EntryKind.ASSISTANT.value, anna.id)
    assert window.editor.details.assistant.currentText() == "Anna"
    window.editor.notes.setPlainText("n")
    window.editor.flush()
    task = stored(window, task_id)
    assert (task.decision.value, task.assistant_id, task.notes) == ("delegate", anna.id, "n")


def test_a_to_do_of_an_archived_assistant_still_shows_them(window: MainWindow) -> None:
    from dataclasses import replace as copy

    anna, _ = window._workspace.assistants.add(Assistant(0, "Anna"))
    (task_id,) = seed(window, "Belege")
    window._service.update(task_id, {"assistant_id": anna.id})
    window._workspace.assistants.save(copy(anna, archived=True))
    window.editor.show_task(task_id)
    assert window.editor.details.assistant.currentText() == "Anna (archived)"


def test_an_area_typed_on_one_to_do_is_offered_on_the_next(
    window: MainWindow, qtbot: QtBot
) -> None:
    first, second = seed(window, "Rechnungen", "Belege")
    window.show_view(View.ALL)
    assert window.list_controller.select_ids([first])
    area = window.editor.details.area.lineEdit()
    assert area is not None
    commit(qtbot, area, "Finanzen")
    # Areas in use are read once and again after a change: the next to-do offers it.
    assert window.list_controller.select_ids([second])
    areas = window.editor.details.area
    assert [areas.itemText(i) for i in range(areas.count())] == ["Finanzen"]


def test_undo_takes_an_area_back_out_of_the_offered_ones(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "Belege")
    window.show_view(View.ALL)
    qtbot.keyClicks(window.capture, "Rechnungen")
    qtbot.keyClick(window.capture, Qt.Key.Key_Return)
    (new,) = [t.id for t in window.model.all_tasks() if t.title == "Rechnungen"]
    assert window.list_controller.select_ids([new])
    area = window.editor.details.area.lineEdit()
    assert area is not None
    commit(qtbot, area, "Vorlage")
    # Looking at the other to-do and back: both now offer "Vorlage".
    (other,) = [t.id for t in window.model.all_tasks() if t.title == "Belege"]
    assert window.list_controller.select_ids([other])
    assert window.editor.details.area.itemText(0) == "Vorlage"
    assert window.list_controller.select_ids([new])
    undo = window.named_actions["undo"]
    undo.trigger()  # the area
    undo.trigger()  # the to-do: the editor moves on to "Belege"
    editor = window.editor
    assert editor.task is not None
    assert editor.task.title == "Belege"
    areas = editor.details.area
    assert [areas.itemText(i) for i in range(areas.count())] == []


def test_a_lead_time_over_a_year_is_refused_in_words_not_cut_to_two_digits(
    window: MainWindow, qtbot: QtBot
) -> None:
    (task_id,) = seed(window, "Steuererklärung")
    window.editor.open_tab(3)
    form = window.editor.details
    form.lead_time.setFocus()
    form.lead_time.selectAll()
    qtbot.keyClicks(form.lead_time, "400")
    qtbot.keyClick(form.lead_time, Qt.Key.Key_Return)

    assert form.lead_time.value() == 400  # what was typed stays to correct
    assert not form.lead_time_error.isHidden()
    assert form.lead_time_error.text() == "The lead time can be at most 365 days."
    assert stored(window, task_id).lead_time_days is None

    form.lead_time.selectAll()
    qtbot.keyClicks(form.lead_time, "365")
    qtbot.keyClick(form.lead_time, Qt.Key.Key_Return)
    assert form.lead_time_error.isHidden()
    assert stored(window, task_id).lead_time_days == 365


def test_no_empty_level_line_and_a_marked_section_is_not_cut(window: MainWindow) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    seed(window, "Pay the invoices")
    editor = window.editor
    editor.open_tab(3)
    assert editor.details.level_meaning.text().startswith("How much the assistant may decide")
    editor.mark_from_template(["instructions"], "Invoices")
    bold = QFont(editor.sections.font())
    bold.setBold(True)
    name = editor.sections.item(0).text()
    assert editor.sections.visualItemRect(editor.sections.item(0)).width() >= QFontMetrics(
        bold
    ).horizontalAdvance(name)


def test_the_editor_header_says_a_past_due_date_is_overdue_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The list marks overdue work in red; the editor's header says it in words, at its
    start, where a narrow window's eliding never hides it (the clock's day: Monday 7 Dec)."""
    (task_id,) = seed(window, "Steuer vorbereiten")
    window.editor.refresh()
    due = window.editor.details.due
    commit(qtbot, due, "1.12.2026")
    assert stored(window, task_id).due == dt.date(2026, 12, 1)
    assert window.editor.summary.text().startswith("overdue since ")
    assert window.editor.summary.text().count("due") == 1  # not "due …" as well
    commit(qtbot, due, "+3")
    assert stored(window, task_id).due == dt.date(2026, 12, 10)
    assert window.editor.summary.text().endswith(f"due {short_date(dt.date(2026, 12, 10))}")
    assert "overdue" not in window.editor.summary.text()
