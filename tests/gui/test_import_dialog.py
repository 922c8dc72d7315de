from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from delegator.domain.errors import DatabaseUnreachable
from delegator.domain.model import Status
from delegator.gui.import_dialog import ImportDialog
from delegator.services.import_service import ImportFormat
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from tests.gui.helpers import StackRunner, choose, click
from tests.returned_files import hand_over, returned_ics

# A to-do the assistant added in their own app: a new one for this plan.
ADDED_TODO = b"BEGIN:VTODO\r\nUID:abc-123@example.com\r\nSUMMARY:Order paper\r\nEND:VTODO\r\n"

TODO_TXT = """\
(A) Call the plumber due:2026-05-20 +House
Renew passport +Admin
x 2026-04-01 Pay the rent
Book flights @phone
"""


def open_dialog(
    qtbot: QtBot,
    workspace: Workspace,
    runner: StackRunner,
    *,
    path: Path | None = None,
    text: str | None = None,
) -> ImportDialog:
    dialog = ImportDialog(workspace, runner, path=path, text=text)
    qtbot.addWidget(dialog)
    return dialog


def parsed(qtbot: QtBot, dialog: ImportDialog) -> ImportDialog:
    with qtbot.waitSignal(dialog.parsed, timeout=5000):
        pass
    return dialog


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    return str(dialog.table.model().index(row, column).data())


def slow_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, *, chunk: int) -> Path:
    """A todo.txt the worker reads in *chunk*-byte pieces: still reading when looked at."""
    monkeypatch.setattr("delegator.gui.import_workers.CHUNK", chunk)
    path = tmp_path / "todo.txt"
    path.write_text(text, encoding="utf-8")
    return path


def import_ticked(qtbot: QtBot, dialog: ImportDialog) -> None:
    """Press Import and wait until the worker has stored the to-dos."""
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.import_button.click()


def titles(workspace: Workspace) -> list[str]:
    return [t.title for t in workspace.tasks.summaries()]


@pytest.fixture
def todo_file(tmp_path: Path) -> Path:
    path = tmp_path / "todo.txt"
    path.write_text(TODO_TXT, encoding="utf-8")
    return path


def test_a_todotxt_file_is_previewed_with_every_open_todo_ticked(
    qtbot: QtBot, workspace: Workspace, todo_file: Path
) -> None:
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, StackRunner(), path=todo_file))

    assert dialog.rows() == [
        ("Call the plumber", True, False),
        ("Renew passport", True, False),
        ("Book flights", True, False),
    ]
    assert cell(dialog, 0, 1) == "House"
    tooltip = dialog.table.model().index(3 - 1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Book flights\nLine 4"  # the whole title and where it was found
    assert cell(dialog, 0, 2) != ""
    assert "1" in dialog.skipped.text()  # the finished line
    assert dialog.error_text() == ""
    assert dialog.import_button.isEnabled()
    assert titles(workspace) == []  # nothing stored before Import


def test_a_duplicate_of_an_open_todo_starts_unticked(
    qtbot: QtBot, workspace: Workspace, todo_file: Path
) -> None:
    workspace.tasks.add([NewTask("renew  PASSPORT")])

    dialog = parsed(qtbot, open_dialog(qtbot, workspace, StackRunner(), path=todo_file))

    assert dialog.rows()[1] == ("Renew passport", False, True)
    assert cell(dialog, 1, 3) == "Likely duplicate"


def test_importing_adds_the_ticked_todos_in_one_undo_step(
    qtbot: QtBot, workspace: Workspace, todo_file: Path
) -> None:
    runner = StackRunner()
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, runner, path=todo_file))
    dialog.set_checked(2, False)

    import_ticked(qtbot, dialog)

    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert titles(workspace) == ["Call the plumber", "Renew passport"]
    plumber = next(t for t in workspace.tasks.tasks() if t.title == "Call the plumber")
    assert plumber.due == dt.date(2026, 5, 20)
    assert plumber.area == "House"
    assert runner.stack.count() == 1
    assert runner.labels == ["Import 2 to-dos"]

    runner.stack.undo()
    assert titles(workspace) == []
    runner.stack.redo()
    assert titles(workspace) == ["Call the plumber", "Renew passport"]


def test_a_malformed_file_names_the_line_and_imports_nothing(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "todo.txt"
    path.write_text("Water the plants\nPay the bill due:2026-13-45\n", encoding="utf-8")
    runner = StackRunner()
    dialog = open_dialog(qtbot, workspace, runner, path=path)

    with qtbot.waitSignal(dialog.parse_failed, timeout=5000):
        pass

    assert "todo.txt, line 2:" in dialog.error_text()
    assert "nothing was imported" in dialog.error_text()
    assert dialog.rows() == []
    assert not dialog.import_button.isEnabled()
    dialog.start_import()
    assert runner.stack.count() == 0
    assert titles(workspace) == []


def test_pasted_lines_become_todos(qtbot: QtBot, workspace: Workspace) -> None:
    runner = StackRunner()
    text = "Order printer paper\n\nSort the receipts\nOrder printer paper\n"
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, runner, text=text))

    assert dialog.rows() == [
        ("Order printer paper", True, False),
        ("Sort the receipts", True, False),
        ("Order printer paper", False, True),  # the same title earlier in the paste
    ]
    import_ticked(qtbot, dialog)
    assert titles(workspace) == ["Order printer paper", "Sort the receipts"]
    assert runner.stack.count() == 1


def test_an_unreadable_file_is_reported(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, workspace, StackRunner(), path=tmp_path / "missing.txt")

    with qtbot.waitSignal(dialog.parse_failed, timeout=5000):
        pass

    assert "missing.txt could not be read" in dialog.error_text()
    assert not dialog.import_button.isEnabled()


def test_a_semicolon_csv_is_imported_through_a_column_mapping(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(
        "Aufgabe;Bereich;Fällig;Bemerkung\n"
        "Steuererklärung abgeben;Finanzen;31.07.2026;Belege im Ordner\n"
        "Reifen wechseln;Auto;;\n".encode("cp1252")
    )
    runner = StackRunner()
    dialog = open_dialog(qtbot, workspace, runner, path=path)
    with qtbot.waitSignal(dialog.mapping_needed, timeout=5000):
        pass

    assert dialog.stack.currentWidget() is dialog.mapping_page
    assert not dialog.import_button.isEnabled()
    # Guessed from the column names; the rest is chosen by hand.
    assert dialog.mapping() == {"title": "Aufgabe", "area": "Bereich", "due": "Fällig"}
    dialog.set_mapping("notes", "Bemerkung")
    dialog.set_mapping("title", "")
    assert not dialog.show_preview.isEnabled()  # the title is required
    dialog.set_mapping("title", "Aufgabe")

    with qtbot.waitSignal(dialog.parsed, timeout=5000):
        dialog.show_preview.click()

    assert dialog.rows() == [
        ("Steuererklärung abgeben", True, False),
        ("Reifen wechseln", True, False),
    ]
    import_ticked(qtbot, dialog)
    assert runner.stack.count() == 1
    tax = next(t for t in workspace.tasks.tasks() if t.title == "Steuererklärung abgeben")
    assert (tax.area, tax.due, tax.notes) == ("Finanzen", dt.date(2026, 7, 31), "Belege im Ordner")


def test_cancel_stops_reading_a_big_file_and_imports_nothing(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = slow_file(tmp_path, monkeypatch, "Water the plants\n" * 20_000, chunk=16)
    runner = StackRunner()
    dialog = open_dialog(qtbot, workspace, runner, path=path)
    assert dialog.is_reading()
    assert dialog.cancel_button.isVisibleTo(dialog)

    dialog.cancel_reading()
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=5000)

    assert "cancelled" in dialog.status.text()
    assert dialog.rows() == []
    assert not dialog.import_button.isEnabled()
    assert titles(workspace) == []


def test_closing_while_reading_cancels_first(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = slow_file(tmp_path, monkeypatch, "Water the plants\n" * 20_000, chunk=16)
    dialog = open_dialog(qtbot, workspace, StackRunner(), path=path)

    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        dialog.reject()

    assert not dialog.is_reading()
    assert titles(workspace) == []


def stored_with_archived(workspace: Workspace) -> list[tuple[str, bool]]:
    return [(t.title, t.archived) for t in workspace.tasks.summaries()]


def test_including_finished_todos_adds_them_to_the_preview_and_imports_them_archived(
    qtbot: QtBot, workspace: Workspace, todo_file: Path
) -> None:
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, StackRunner(), path=todo_file))
    assert dialog.detected_label.text() == "Detected: todo.txt"
    assert dialog.include_done.isEnabled()
    assert not dialog.include_done.isChecked()
    assert dialog.skipped.text() == "Skipped — done: 1"
    dialog.set_checked(1, False)  # the user's choice survives reading again

    with qtbot.waitSignal(dialog.parsed, timeout=5000):
        click(qtbot, dialog.include_done)

    assert dialog.include_done.isChecked()
    assert dialog.rows() == [
        ("Call the plumber", True, False),
        ("Renew passport", False, False),
        ("Pay the rent", True, False),
        ("Book flights", True, False),
    ]
    assert cell(dialog, 2, 3) == "Finished (archived)"
    assert dialog.skipped.text() == ""
    assert not dialog.skipped.isVisibleTo(dialog)

    import_ticked(qtbot, dialog)

    assert stored_with_archived(workspace) == [
        ("Call the plumber", False),
        ("Pay the rent", True),
        ("Book flights", False),
    ]


def test_unticking_include_finished_skips_them_again(
    qtbot: QtBot, workspace: Workspace, todo_file: Path
) -> None:
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, StackRunner(), path=todo_file))
    with qtbot.waitSignal(dialog.parsed, timeout=5000):
        click(qtbot, dialog.include_done)
    assert len(dialog.rows()) == 4

    with qtbot.waitSignal(dialog.parsed, timeout=5000):
        click(qtbot, dialog.include_done)

    assert [title for title, _, _ in dialog.rows()] == [
        "Call the plumber",
        "Renew passport",
        "Book flights",
    ]
    assert dialog.skipped.text() == "Skipped — done: 1"


def test_changing_an_option_while_reading_reads_again_with_it(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Water the plants +Home\nx Pay the rent\n" * 2_000
    path = slow_file(tmp_path, monkeypatch, text, chunk=1024)
    dialog = open_dialog(qtbot, workspace, StackRunner(), path=path)
    assert dialog.is_reading()

    with qtbot.waitSignal(dialog.parsed, timeout=10000):
        click(qtbot, dialog.include_done)

    assert len(dialog.rows()) == 4_000
    assert not dialog.is_reading()
    assert dialog.import_button.isEnabled()


def test_plain_text_keeps_whole_todotxt_lines_as_titles(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "todo.txt"
    path.write_text("(A) Steuer +Finanzen\nx 2026-04-01 Miete zahlen\n", encoding="utf-8")
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, StackRunner(), path=path))
    assert dialog.rows() == [("Steuer", True, False)]
    assert cell(dialog, 0, 1) == "Finanzen"

    with qtbot.waitSignal(dialog.parsed, timeout=5000):
        choose(qtbot, dialog.format_combo, "Plain text")

    assert dialog.rows() == [
        ("(A) Steuer +Finanzen", True, False),
        ("x 2026-04-01 Miete zahlen", True, False),
    ]
    assert cell(dialog, 0, 1) == ""
    assert dialog.detected_label.text() == "Detected: todo.txt"
    assert not dialog.include_done.isEnabled()
    assert "Only todo.txt, iCalendar and Markdown" in dialog.include_done.toolTip()


def test_a_format_that_does_not_fit_names_the_line_and_switching_back_restores_the_preview(
    qtbot: QtBot, workspace: Workspace, todo_file: Path
) -> None:
    runner = StackRunner()
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, runner, path=todo_file))

    with qtbot.waitSignal(dialog.parse_failed, timeout=5000):
        choose(qtbot, dialog.format_combo, "iCalendar (.ics)")

    assert dialog.error_text().startswith("todo.txt, line 1:")
    assert "nothing was imported" in dialog.error_text()
    assert dialog.rows() == []
    assert not dialog.import_button.isEnabled()
    dialog.start_import()
    assert runner.stack.count() == 0

    with qtbot.waitSignal(dialog.parsed, timeout=5000):
        choose(qtbot, dialog.format_combo, "Detect automatically")

    assert dialog.error_text() == ""
    assert [title for title, _, _ in dialog.rows()] == [
        "Call the plumber",
        "Renew passport",
        "Book flights",
    ]
    assert dialog.import_button.isEnabled()
    import_ticked(qtbot, dialog)
    assert titles(workspace) == ["Call the plumber", "Renew passport", "Book flights"]


def test_choosing_csv_for_another_file_asks_for_its_columns(
    qtbot: QtBot, workspace: Workspace, todo_file: Path
) -> None:
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, StackRunner(), path=todo_file))

    with qtbot.waitSignal(dialog.mapping_needed, timeout=5000):
        choose(qtbot, dialog.format_combo, "CSV")

    assert dialog.stack.currentWidget() is dialog.mapping_page
    assert not dialog.import_button.isEnabled()
    assert not dialog.include_done.isEnabled()

    with qtbot.waitSignal(dialog.parsed, timeout=5000):
        choose(qtbot, dialog.format_combo, "todo.txt")

    assert dialog.stack.currentWidget() is dialog.preview_page
    assert len(dialog.rows()) == 3


def test_pasted_text_can_be_read_as_another_format(qtbot: QtBot, workspace: Workspace) -> None:
    text = "- [ ] Order printer paper\n- [x] Sort the receipts\n"
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, StackRunner(), text=text))
    assert dialog.detected_label.text() == "Detected: Markdown task list"
    assert dialog.rows() == [("Order printer paper", True, False)]

    with qtbot.waitSignal(dialog.parsed, timeout=5000):
        choose(qtbot, dialog.format_combo, "Plain text")

    assert dialog.chosen_format() is ImportFormat.TEXT
    assert dialog.rows() == [
        ("[ ] Order printer paper", True, False),  # only the list marker goes
        ("[x] Sort the receipts", True, False),  # and finished ones stay
    ]


def test_space_ticks_and_unticks_the_current_row(
    qtbot: QtBot, workspace: Workspace, todo_file: Path
) -> None:
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, StackRunner(), path=todo_file))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.table.model().index(1, 0))

    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)

    assert dialog.rows()[1] == ("Renew passport", False, False)
    assert dialog.import_button.text() == "Import 2 to-dos"
    assert dialog.status.text().startswith("2 of 3 ticked")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.rows()[1] == ("Renew passport", True, False)
    assert dialog.import_button.text() == "Import 3 to-dos"


def test_the_dialog_stays_open_while_storing_and_a_failure_stores_nothing(
    qtbot: QtBot, workspace: Workspace, todo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = StackRunner()
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, runner, path=todo_file))
    release = threading.Event()

    def stuck_then_failing(_new_tasks: object, _statuses: object) -> object:
        release.wait(5)
        raise DatabaseUnreachable(Path("/elsewhere/delegator.sqlite3"), "the disk is full")

    monkeypatch.setattr(workspace.imports, "apply_import", stuck_then_failing)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.import_button.click()
    assert dialog.is_storing()
    assert not dialog.import_button.isEnabled()
    assert not dialog.close_button.isEnabled()
    assert dialog.status.text() == "Importing 3 to-dos…"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # while the transaction runs: ignored
    assert dialog.isVisible()

    release.set()
    qtbot.waitUntil(lambda: not dialog.is_storing(), timeout=5000)

    assert dialog.isVisible()
    assert "could not be stored" in dialog.error_text()
    assert "nothing was imported" in dialog.error_text()
    assert runner.stack.count() == 0
    assert titles(workspace) == []
    assert dialog.close_button.isEnabled()


def test_rows_pasted_from_a_spreadsheet_are_mapped_as_csv(
    qtbot: QtBot, workspace: Workspace
) -> None:
    text = "Aufgabe\tBereich\tFällig\nBelege sortieren\tFinanzen\t31.07.2026\nAblage\tBüro\t\n"
    runner = StackRunner()
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, runner, text=text))
    assert dialog.detected_format() is ImportFormat.TEXT  # as it came: one line each

    with qtbot.waitSignal(dialog.mapping_needed, timeout=5000):
        choose(qtbot, dialog.format_combo, "CSV")
    assert dialog.mapping() == {"title": "Aufgabe", "area": "Bereich", "due": "Fällig"}
    with qtbot.waitSignal(dialog.parsed, timeout=5000):
        dialog.show_preview.click()

    assert dialog.rows() == [("Belege sortieren", True, False), ("Ablage", True, False)]
    import_ticked(qtbot, dialog)
    stored = {t.title: t for t in workspace.tasks.tasks()}
    assert (stored["Belege sortieren"].area, stored["Belege sortieren"].due) == (
        "Finanzen",
        dt.date(2026, 7, 31),
    )
    assert runner.stack.count() == 1


def test_space_on_a_selection_ticks_or_unticks_all_of_it(
    qtbot: QtBot, workspace: Workspace, todo_file: Path
) -> None:
    workspace.tasks.add([NewTask("Renew passport")])  # the second row starts unticked
    dialog = parsed(qtbot, open_dialog(qtbot, workspace, StackRunner(), path=todo_file))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.table.model().index(0, 0))

    qtbot.keySequence(dialog.table, QKeySequence.StandardKey.SelectAll)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # the current row is ticked: untick all

    assert [ticked for _, ticked, _ in dialog.rows()] == [False, False, False]
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert [ticked for _, ticked, _ in dialog.rows()] == [True, True, True]
    assert dialog.import_button.text() == "Import 3 to-dos"


def test_a_storage_failure_before_reading_leaves_the_dialog_usable(
    qtbot: QtBot, workspace: Workspace, todo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable() -> list[object]:
        raise DatabaseUnreachable(Path("/elsewhere/delegator.sqlite3"), "locked")

    monkeypatch.setattr(workspace.tasks, "summaries", unreachable)
    dialog = open_dialog(qtbot, workspace, StackRunner(), path=todo_file)

    assert "could not be checked for duplicates" in dialog.error_text()
    assert not dialog.is_reading()
    assert not dialog.progress.isVisibleTo(dialog)
    assert not dialog.cancel_button.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.close_button.isEnabled()


def test_the_preview_model_keeps_qts_contract(
    qtbot: QtBot, qtmodeltester: ModelTester, workspace: Workspace, todo_file: Path
) -> None:
    dialog = open_dialog(qtbot, workspace, StackRunner(), path=todo_file)
    qtmodeltester.check(dialog.model)  # checks now and after every change below
    parsed(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.table.model().index(0, 0))
    qtbot.keySequence(dialog.table, QKeySequence.StandardKey.SelectAll)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # every row unticked at once
    assert [ticked for _title, ticked, _duplicate in dialog.rows()] == [False] * 3

    with qtbot.waitSignal(dialog.parsed, timeout=5000):
        dialog.include_done.click()  # read again: a reset to four rows

    assert dialog.model.rowCount() == 4
    qtmodeltester.check(dialog.model, force_py=True)  # pytest-qt's own checks as well


def test_status_changes_stand_apart_and_an_unticked_one_is_left_alone(
    qtbot: QtBot, qtmodeltester: ModelTester, workspace: Workspace, tmp_path: Path
) -> None:
    hand_over(workspace, tmp_path / "package", ["Post the newsletter", "Book the venue"])
    returned = tmp_path / "tasks.ics"
    exported = (tmp_path / "package" / "tasks.ics").read_bytes()
    returned.write_bytes(
        returned_ics(
            exported.replace(b"END:VCALENDAR", ADDED_TODO + b"END:VCALENDAR"),
            {
                "Post the newsletter": {"STATUS": "COMPLETED"},
                "Book the venue": {"STATUS": "IN-PROCESS"},
            },
        )
    )
    runner = StackRunner()
    dialog = open_dialog(qtbot, workspace, runner, path=returned)
    qtmodeltester.check(dialog.status_model)  # checks now and after every change below
    parsed(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.rows() == [("Order paper", True, False)]
    assert dialog.status_table.model().index(1, 2).data() == "In progress"
    dialog.status_table.setFocus()
    dialog.status_table.setCurrentIndex(dialog.status_table.model().index(1, 0))
    qtbot.keyClick(dialog.status_table, Qt.Key.Key_Space)

    assert [ticked for *_, ticked in dialog.status_changes()] == [True, False]
    assert dialog.status.text() == (
        "Status changes: 1 · new to-dos: 1 of 1 ticked · likely duplicates: 0"
    )
    assert dialog.import_button.text() == "Import 2 changes"
    import_ticked(qtbot, dialog)
    assert {t.title: t.status for t in workspace.tasks.summaries()} == {
        "Post the newsletter": Status.DONE,
        "Book the venue": Status.HANDED_OVER,
        "Order paper": Status.OPEN,
    }
    assert runner.stack.count() == 1
    assert runner.stack.undoText() == "Import 2 changes"
    runner.stack.undo()
    assert {t.title: t.status for t in workspace.tasks.summaries()} == {
        "Post the newsletter": Status.HANDED_OVER,
        "Book the venue": Status.HANDED_OVER,
    }
