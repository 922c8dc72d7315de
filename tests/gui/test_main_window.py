"""The main window driven like a user: typing, pasting, one-key triage, undo, reopen."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from delegator import __version__
from delegator.domain.views import View
from delegator.gui.main_window import MainWindow
from delegator.gui.task_table import Column

from .conftest import OpenWindow, seed, stored, visible_titles


def current_title(window: MainWindow) -> str | None:
    index = window.table.currentIndex()
    return window.model.task_at(index.row()).title if index.isValid() else None


def test_typing_a_to_do_and_enter_adds_and_stores_it(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.capture, "Rechnungen schreiben")
    qtbot.keyClick(window.capture, Qt.Key.Key_Return)
    assert visible_titles(window) == ["Rechnungen schreiben"]
    assert stored(window) == [("Rechnungen schreiben", "undecided", False)]
    assert window.capture.text() == ""
    assert window.sidebar.count_of(View.INBOX) == 1


def test_enter_on_an_empty_field_adds_nothing(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.capture, "   ")
    qtbot.keyClick(window.capture, Qt.Key.Key_Return)
    assert stored(window) == []


def test_pasting_lines_adds_one_per_line_as_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText(
        "  Belege hochladen \n\nNewsletter vorbereiten\r\n\tTermine  \n"
    )
    window.capture.setFocus()
    qtbot.keySequence(window.capture, QKeySequence.StandardKey.Paste)
    assert visible_titles(window) == ["Belege hochladen", "Newsletter vorbereiten", "Termine"]
    assert window.undo_stack.count() == 1
    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))
    assert visible_titles(window) == []
    assert stored(window) == []
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+Z"))
    assert visible_titles(window) == ["Belege hochladen", "Newsletter vorbereiten", "Termine"]


def test_pasting_a_single_line_just_inserts_it(window: MainWindow, qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText("Angebot")
    qtbot.keyClicks(window.capture, "Neues ")
    qtbot.keySequence(window.capture, QKeySequence.StandardKey.Paste)
    assert window.capture.text() == "Neues Angebot"
    assert stored(window) == []


def test_one_key_triage_of_a_whole_inbox(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "a", "b", "c", "d")
    window.table.setFocus()
    assert current_title(window) == "a"
    for key in (Qt.Key.Key_K, Qt.Key.Key_D, Qt.Key.Key_D, Qt.Key.Key_K):
        qtbot.keyClick(window.table, key)
    assert visible_titles(window) == []
    assert stored(window) == [
        ("a", "keep", False),
        ("b", "delegate", False),
        ("c", "delegate", False),
        ("d", "keep", False),
    ]
    assert window.sidebar.count_of(View.KEEP) == 2
    assert window.sidebar.count_of(View.DELEGATE) == 2
    assert window.sidebar.count_of(View.INBOX) == 0


def test_triage_in_the_all_view_moves_to_the_next_row(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "a", "b", "c")
    window.show_view(View.ALL)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_D)
    assert current_title(window) == "b"
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert current_title(window) == "c"
    qtbot.keyClick(window.table, Qt.Key.Key_U)
    assert [d for _, d, _ in stored(window)] == ["delegate", "keep", "undecided"]


def test_undo_and_redo_a_decision(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "a", "b")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_D)
    assert visible_titles(window) == ["b"]
    qtbot.keySequence(window.table, QKeySequence("Ctrl+Z"))
    assert visible_titles(window) == ["a", "b"]
    assert stored(window)[0] == ("a", "undecided", False)
    assert current_title(window) == "a"
    qtbot.keySequence(window.table, QKeySequence("Ctrl+Shift+Z"))
    assert stored(window)[0] == ("a", "delegate", False)


def test_letters_typed_into_the_capture_field_are_not_decisions(
    window: MainWindow, qtbot: QtBot
) -> None:
    seed(window, "a")
    qtbot.keyClicks(window.capture, "Kunden anrufen")
    assert window.capture.text() == "Kunden anrufen"
    assert stored(window) == [("a", "undecided", False)]


def test_search_as_you_type(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "Rechnungen schreiben", "Belege hochladen", "Rechnung an Müller")
    qtbot.keyClicks(window.search, "rechn")
    assert visible_titles(window) == ["Rechnungen schreiben", "Rechnung an Müller"]
    qtbot.keyClicks(window.search, "ung an m")
    assert visible_titles(window) == ["Rechnung an Müller"]
    window.search.clear()
    assert len(visible_titles(window)) == 3


def test_views_show_their_to_dos(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "keep me")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    qtbot.keySequence(window, QKeySequence("Ctrl+2"))
    assert visible_titles(window) == ["keep me"]
    qtbot.keySequence(window, QKeySequence("Ctrl+3"))
    assert visible_titles(window) == []
    qtbot.keySequence(window, QKeySequence("Ctrl+4"))
    assert visible_titles(window) == ["keep me"]


def test_rename_in_place_with_f2(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "Rechnungen")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    editor = window.table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Rechnungen schreiben")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(window) == [("Rechnungen schreiben", "undecided", False)])
    assert visible_titles(window) == ["Rechnungen schreiben"]
    qtbot.keySequence(window.table, QKeySequence("Ctrl+Z"))
    assert stored(window) == [("Rechnungen", "undecided", False)]


def test_delete_to_archive_and_restore(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "a", "b")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert visible_titles(window) == ["b"]
    assert stored(window)[0] == ("a", "undecided", True)
    assert window.sidebar.count_of(View.ARCHIVE) == 1
    window.show_view(View.ARCHIVE)
    assert visible_titles(window) == ["a"]
    window.table.setFocus()
    qtbot.keySequence(window.table, QKeySequence("Ctrl+R"))
    assert stored(window)[0] == ("a", "undecided", False)
    assert visible_titles(window) == []


def test_reorder_with_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "a", "b", "c")
    window.table.setFocus()
    qtbot.keySequence(window.table, QKeySequence("Ctrl+Down"))
    assert visible_titles(window) == ["b", "a", "c"]
    assert current_title(window) == "a"
    qtbot.keySequence(window.table, QKeySequence("Ctrl+Down"))
    assert [t for t, _, _ in stored(window)] == ["b", "c", "a"]
    qtbot.keySequence(window.table, QKeySequence("Ctrl+Up"))
    assert visible_titles(window) == ["b", "a", "c"]


def test_reorder_by_drag_and_drop(window: MainWindow) -> None:
    seed(window, "a", "b", "c", "d")
    model = window.model
    dragged = model.mimeData([model.index(3, Column.TITLE), model.index(2, Column.TITLE)])
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, model.index(0, Column.TITLE))
    assert visible_titles(window) == ["c", "d", "a", "b"]
    assert [t for t, _, _ in stored(window)] == ["c", "d", "a", "b"]
    window.undo_stack.undo()
    assert visible_titles(window) == ["a", "b", "c", "d"]


def test_close_and_reopen_keeps_data_size_and_view(open_window: OpenWindow, qtbot: QtBot) -> None:
    first = open_window()
    qtbot.keyClicks(first.capture, "bleibt")
    qtbot.keyClick(first.capture, Qt.Key.Key_Return)
    first.show_view(View.ALL)
    first.resize(700, 520)
    first.close()
    second = open_window()
    assert visible_titles(second) == ["bleibt"]
    assert second.model.view is View.ALL
    assert (second.width(), second.height()) == (700, 520)


def test_about_names_the_version_and_the_data_file(window: MainWindow) -> None:
    text = window.about_text()
    assert __version__ in text
    assert str(window._data_file) in text


def _menu_actions(window: MainWindow) -> list[QAction]:
    """The actions of the menu bar's menus and of their submenus."""
    from PySide6.QtWidgets import QMenu

    found: list[QAction] = []
    menus = [action.menu() for action in window.menuBar().actions()]
    while menus:
        menu = menus.pop(0)
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            elif not action.isSeparator():
                found.append(action)
    return found


def test_every_menu_action_has_a_shortcut(window: MainWindow) -> None:
    for action in _menu_actions(window):
        assert not action.shortcut().isEmpty(), action.text()


def test_the_menus_hold_every_action_of_the_table_once(window: MainWindow) -> None:
    from delegator.gui.window_actions import ACTIONS

    shown = _menu_actions(window)
    assert sorted(map(id, shown)) == sorted(id(window.named_actions[s.name]) for s in ACTIONS)


def test_widgets_have_accessible_names(window: MainWindow) -> None:
    for widget in (window.capture, window.search, window.sidebar, window.table):
        assert widget.accessibleName()


def test_the_list_follows_a_dark_palette(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QPalette

    seed(window, "a")
    light = window.model.data(
        window.model.index(0, Column.DECISION), Qt.ItemDataRole.DecorationRole
    )
    palette = QPalette(QColor(40, 40, 40))
    QApplication.setPalette(palette)
    try:

        def dot() -> object:
            icon = window.model.data(
                window.model.index(0, Column.DECISION), Qt.ItemDataRole.DecorationRole
            )
            return icon.pixmap(12).toImage()

        qtbot.waitUntil(lambda: dot() != light.pixmap(12).toImage())
    finally:
        QApplication.setPalette(QApplication.style().standardPalette())


def test_undoing_a_delete_selects_exactly_the_restored_rows(
    window: MainWindow, qtbot: QtBot
) -> None:
    seed(window, "a", "b", "c", "d", "e")
    window.table.setFocus()
    selection = window.table.selectionModel()
    for row in (0, 1, 3):  # a, b and d: two runs of neighbouring rows
        selection.select(
            window.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert visible_titles(window) == ["c", "e"]

    qtbot.keySequence(window.table, QKeySequence("Ctrl+Z"))

    assert visible_titles(window) == ["a", "b", "c", "d", "e"]
    selected = sorted(index.row() for index in selection.selectedRows())
    assert [visible_titles(window)[row] for row in selected] == ["a", "b", "d"]


def test_a_wider_window_widens_the_list_too_not_only_the_editor(
    window: MainWindow, qtbot: QtBot
) -> None:
    seed(window, "Call the bank")  # an empty plan hides the editor pane
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.width() == 1100)
    narrow_list, narrow_editor = window.list_splitter.sizes()
    window.resize(1600, 760)
    qtbot.waitUntil(lambda: window.width() == 1600)
    wide_list, wide_editor = window.list_splitter.sizes()

    gained_list, gained_editor = wide_list - narrow_list, wide_editor - narrow_editor
    assert gained_editor > 0
    assert gained_list > 0.4 * (gained_list + gained_editor)  # it kept none before


def test_to_dos_dropped_on_an_assistant_are_delegated_to_them(window: MainWindow) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from delegator.domain.assistant import Assistant
    from delegator.gui.task_drag import task_ids_mime

    ids = seed(window, "Belege", "Ablage")
    anna, changes = window._workspace.assistants.add(Assistant(0, "Anna"))
    window.apply_changes(changes)
    (item,) = window.sidebar.findItems("Anna", Qt.MatchFlag.MatchExactly)
    dragged = task_ids_mime(ids)  # the event does not keep its data alive
    centre = QPointF(window.sidebar.visualItemRect(item).center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    for event in (
        QDragEnterEvent(centre.toPoint(), move, dragged, buttons, keys),
        QDragMoveEvent(centre.toPoint(), move, dragged, buttons, keys),
        QDropEvent(centre, move, dragged, buttons, keys),
    ):
        QApplication.sendEvent(window.sidebar.viewport(), event)
    assert window.undo_stack.undoText() == "Delegate to Anna"
    assert {window._service.task(i).assistant_id for i in ids} == {anna.id}
