"""The list's header as the user sets it up: which columns are shown (its context
menu), their order and widths, and the column the list is sorted by (its clicks)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from delegator.domain.views import View
from delegator.gui.task_columns import (
    DEFAULT_SHOWN,
    Column,
    column_key,
    columns_from_keys,
    header_text,
    hidden_in,
)
from delegator.gui.task_table import TaskTableModel

COLUMNS_KEY = "list/columns"
HEADER_KEY = "list/header"


class ListColumns(QObject):
    """The columns the user chose, shown as far as the view has use for them.

    A click on a column's header sorts by it, a second click the other way round, a
    third goes back to the manual order (the sort indicator disappears). A right-click
    on the header opens a menu with a tick per column. The choice, the columns' order
    and widths and the sort are stored in the window's settings as soon as the choice
    changes and when the window closes (``save``), and read back by ``restore``.
    """

    def __init__(self, table: QTableView, model: TaskTableModel, fit: Callable[[], None]) -> None:
        """*fit* sizes the columns again once the shown ones change."""
        super().__init__(table)
        self._table = table
        self._model = model
        self._fit = fit
        self._chosen: frozenset[Column] = DEFAULT_SHOWN
        self._view = View.INBOX
        self._settings: QSettings | None = None
        self.menu: QMenu | None = None
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)

    @property
    def chosen(self) -> frozenset[Column]:
        return self._chosen

    def wanted(self) -> list[Column]:
        """The chosen columns the view has use for, in the order the user sees them."""
        header = self._table.horizontalHeader()
        left_out = hidden_in(self._view)
        ordered = [Column(header.logicalIndex(visual)) for visual in range(header.count())]
        return [c for c in ordered if c in self._chosen and c not in left_out]

    def shown(self) -> list[Column]:
        """The columns on screen (those wanted that fit), in the order the user sees them."""
        header = self._table.horizontalHeader()
        return [c for c in self.wanted() if not header.isSectionHidden(c)]

    def set_view(self, view: View) -> None:
        """Show the chosen columns that tell the to-dos of *view* apart."""
        self._view = view
        self._apply()

    def set_chosen(self, columns: frozenset[Column]) -> None:
        """Show *columns* (the title always) and remember the choice."""
        self._chosen = columns | {Column.TITLE}
        header = self._table.horizontalHeader()
        if header.sortIndicatorSection() not in self._chosen:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # its order is not seen
        self._apply()
        if self._settings is not None:
            self.save(self._settings)

    def _apply(self) -> None:
        self._fit()

    # Settings ---------------------------------------------------------------------

    def restore(self, settings: QSettings) -> None:
        """The columns, their order and widths and the sort of the last session; a
        choice is stored in *settings* from now on."""
        self._settings = settings
        header = self._table.horizontalHeader()
        state = settings.value(HEADER_KEY)
        if isinstance(state, QByteArray):  # not when edited by hand ("header=hello")
            header.restoreState(state)
        self._chosen = columns_from_keys(settings.value(COLUMNS_KEY)) or DEFAULT_SHOWN
        self._apply()
        section = header.sortIndicatorSection()
        self._model.sort(section if 0 <= section < len(Column) else -1, header.sortIndicatorOrder())

    def save(self, settings: QSettings) -> None:
        settings.setValue(COLUMNS_KEY, [column_key(column) for column in sorted(self._chosen)])
        settings.setValue(HEADER_KEY, self._table.horizontalHeader().saveState())

    # The header's menu and clicks ---------------------------------------------------

    def _on_header_context_menu_requested(self, position: QPoint) -> None:
        header = self._table.horizontalHeader()
        menu = QMenu(header)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)
        left_out = hidden_in(self._view)
        for column in Column:
            action = QAction(header_text(column), menu)
            action.setCheckable(True)
            action.setChecked(column in self._chosen)
            action.setData(int(column))
            if column == Column.TITLE:
                action.setEnabled(False)
            elif column in left_out:
                action.setEnabled(False)
                action.setToolTip(self.tr("All to-dos of this view have the same value here."))
            action.toggled.connect(self._on_column_action_toggled)
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Default Columns"))
        reset.triggered.connect(lambda: self.set_chosen(DEFAULT_SHOWN))
        self.menu = menu
        menu.destroyed.connect(self._on_menu_destroyed)
        menu.popup(header.mapToGlobal(position))

    def _on_menu_destroyed(self) -> None:
        self.menu = None

    def _on_column_action_toggled(self, checked: bool) -> None:
        action = self.sender()
        assert isinstance(action, QAction)
        column = Column(int(action.data()))
        self.set_chosen(self._chosen | {column} if checked else self._chosen - {column})

    def _on_header_sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        self._model.sort(section, order)
