"""The right-click menus of the list's rows and the board's cards.

Both offer what applies to the to-dos under the pointer: keep, delegate, undecided,
assign to an assistant, a new to-do from a template, rename, and archive or restore.
The list's menu holds the window's own actions (so shortcuts and enabled state agree);
the board's holds the board's K/D/U actions, which act on its selected cards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QMenu, QWidget

from delegator.domain.errors import DelegatorError
from delegator.domain.views import View
from delegator.gui.archived_editor import ArchiveBar, ArchivedLock
from delegator.gui.status_undo import StatusUndo

if TYPE_CHECKING:
    from delegator.gui.board_view import BoardView
    from delegator.gui.main_window import MainWindow

SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


class TaskMenus(QObject):
    """The window's context menus on to-dos, and what reports and guards their changes:
    the status bar's Undo link, the Archive's Restore bar, the editor's archived lock.

    ``menu`` is the menu on screen (the last one opened).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._actions = window.named_actions
        self.menu: QMenu | None = None
        self.status_undo = StatusUndo(window.statusBar(), self._actions["undo"], window.undo_stack)
        window.list_controller.action_done.connect(self.status_undo.say)
        # Above the list, in the column it shares with the empty view's hint.
        centre = window.table.parentWidget()
        layout = centre.layout() if centre is not None else None
        assert isinstance(layout, QBoxLayout), "the list sits in a column"
        self.archive_bar = ArchiveBar(self._actions["restore"], centre)
        layout.insertWidget(0, self.archive_bar)
        window.model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()
        self.archived_lock: ArchivedLock | None = None
        window.started.connect(self._on_window_started)
        table = window.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_table_menu_requested)

    def attach_board(self, board: BoardView) -> None:
        board.menu_requested.connect(lambda ids, at: self._on_board_menu_requested(board, ids, at))

    # The list -----------------------------------------------------------------

    def _on_table_menu_requested(self, position: QPoint) -> None:
        table = self._window.table
        index = table.indexAt(position)
        selection = table.selectionModel()
        if index.isValid() and not selection.isRowSelected(index.row(), QModelIndex()):
            selection.setCurrentIndex(index, SELECT_ROW)
        controller = self._window.list_controller
        controller.update_actions()
        menu = self._new_menu(table)
        actions = self._actions
        for name in ("keep", "delegate", "undecided"):
            menu.addAction(actions[name])
        assign = self._assign_menu(menu, controller.assign_selected)
        assign.setEnabled(actions["delegate"].isEnabled())
        self._add_templates(menu)
        menu.addSeparator()
        menu.addAction(actions["rename"])
        archived = self._window.model.view is View.ARCHIVE
        menu.addAction(actions["restore" if archived else "archive"])
        self._show(menu, table.viewport().mapToGlobal(position))

    # The board ----------------------------------------------------------------

    def _on_board_menu_requested(self, board: BoardView, ids: list[int], at: QPoint) -> None:
        controller = self._window.list_controller
        menu = self._new_menu(board)
        menu.addAction(board.open_action)
        menu.addSeparator()
        for action in (board.keep_action, board.delegate_action, board.undecided_action):
            menu.addAction(action)
        self._assign_menu(menu, lambda assistant_id: controller.assign_ids(ids, assistant_id))
        self._add_templates(menu)
        menu.addSeparator()
        rename = menu.addAction(self.tr("&Rename"))
        rename.setEnabled(len(ids) == 1)
        rename.triggered.connect(lambda: self._rename_from_board(ids[0]))
        archive = menu.addAction(self.tr("&Delete to Archive"))
        archive.triggered.connect(lambda: controller.archive_ids(ids))
        self._show(menu, at)

    def _rename_from_board(self, task_id: int) -> None:
        """The to-do in the list of All, its title open for typing."""
        self._window.navigator.open_task(task_id)
        self._window.list_controller.rename_current()

    # Parts --------------------------------------------------------------------

    def _new_menu(self, parent: QWidget) -> QMenu:
        if self.menu is not None:
            self.menu.close()
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.destroyed.connect(lambda: self._forget(menu))
        self.menu = menu
        return menu

    def _forget(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None

    def _show(self, menu: QMenu, at: QPoint) -> None:
        menu.popup(at)

    def _assign_menu(self, menu: QMenu, assign: Callable[[int | None], None]) -> QMenu:
        """ "Assign To": one entry per assistant, and "Not assigned"."""
        submenu = menu.addMenu(self.tr("Assign &To"))
        try:
            assistants = self._window.workspace.assistants.assistants()
        except DelegatorError:  # unreadable just now: "Not Assigned" still works
            assistants = []
        for assistant in assistants:
            action = submenu.addAction(assistant.name.replace("&", "&&"))
            action.triggered.connect(lambda _=False, key=assistant.id: assign(key))
        if assistants:
            submenu.addSeparator()
        not_assigned = submenu.addAction(self.tr("&Not Assigned"))
        not_assigned.triggered.connect(lambda: assign(None))
        return submenu

    def _add_templates(self, menu: QMenu) -> None:
        menu.addSeparator()
        # The window's own submenu, by its action: adding the menu itself would hand it
        # to this menu, which deletes itself (and so the window's submenu) on close.
        menu.addAction(self._window.templates_menu.menuAction())
        apply_template: QAction | None = self._actions.get("apply_template")
        if apply_template is not None:
            menu.addAction(apply_template)

    # Followers ----------------------------------------------------------------

    def _on_model_reset(self) -> None:
        self.archive_bar.setVisible(self._window.model.view is View.ARCHIVE)

    def _on_window_started(self) -> None:
        controller = self._window.list_controller
        self.archived_lock = ArchivedLock(
            self._window.editor, lambda task_id: controller.archive_ids([task_id], archived=False)
        )
