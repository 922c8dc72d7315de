"""The to-do list's columns: their names, their headers, and which a new user sees."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from delegator.domain.model import Priority
from delegator.domain.views import View


class Column(IntEnum):
    """The list's columns in their default order (the user may move and hide them)."""

    TITLE = 0
    DECISION = 1
    DUE = 2
    ASSISTANT = 3
    STATUS = 4
    PRIORITY = 5
    HOURS = 6
    AREA = 7


# What a new user sees; the others are ticked in the header's context menu.
DEFAULT_SHOWN = frozenset(
    {Column.TITLE, Column.DECISION, Column.DUE, Column.ASSISTANT, Column.STATUS}
)
# Columns that tell nothing apart in a view: all its to-dos share one decision, or
# none of them is delegated (no assistant, no status).
_SAME_IN_VIEW = {
    View.INBOX: frozenset({Column.DECISION, Column.ASSISTANT, Column.STATUS}),
    View.KEEP: frozenset({Column.DECISION, Column.ASSISTANT, Column.STATUS}),
    View.DELEGATE: frozenset({Column.DECISION}),
    View.CHECK_IN: frozenset({Column.DECISION}),
}


def hidden_in(view: View) -> frozenset[Column]:
    """The columns *view* leaves out whatever the user chose."""
    return _SAME_IN_VIEW.get(view, frozenset())


def column_key(column: Column) -> str:
    """The column's name in the settings file ("due", "hours")."""
    return column.name.lower()


def columns_from_keys(keys: object) -> frozenset[Column] | None:
    """The columns named in a settings value (a list of names, or one name); None when
    it names none of them (a new user, or a file edited by hand)."""
    names = [keys] if isinstance(keys, str) else keys if isinstance(keys, list) else []
    chosen = {Column[name.upper()] for name in names if name.upper() in Column.__members__}
    return frozenset(chosen | {Column.TITLE}) if chosen else None


def header_text(section: int) -> str:
    # Compared, not looked up through Column(section): the header asks on every paint.
    if section == Column.TITLE:
        return QCoreApplication.translate("TaskTableModel", "To-do")
    if section == Column.DECISION:
        return QCoreApplication.translate("TaskTableModel", "Decision")
    if section == Column.DUE:
        return QCoreApplication.translate("TaskTableModel", "Due")
    if section == Column.ASSISTANT:
        return QCoreApplication.translate("TaskTableModel", "Assistant")
    if section == Column.STATUS:
        return QCoreApplication.translate("TaskTableModel", "Status")
    if section == Column.PRIORITY:
        return QCoreApplication.translate("TaskTableModel", "Priority")
    if section == Column.HOURS:
        return QCoreApplication.translate("TaskTableModel", "Hours/week")
    return QCoreApplication.translate("TaskTableModel", "Area")


def priority_label(priority: Priority) -> str:
    # The list's and the editor's words (context "Priority").
    return {
        Priority.URGENT: QCoreApplication.translate("Priority", "Urgent"),
        Priority.HIGH: QCoreApplication.translate("Priority", "High"),
        Priority.NORMAL: QCoreApplication.translate("Priority", "Normal"),
        Priority.LOW: QCoreApplication.translate("Priority", "Low"),
    }[priority]
