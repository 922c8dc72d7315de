"""Archived to-dos are read-only until restored: the Archive's Restore bar, and the
editor's line that says so (with a Restore button) while its fields refuse input."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from delegator.domain.model import Task

if TYPE_CHECKING:
    from delegator.gui.task_editor import TaskEditor


class _Bar(QFrame):
    """A line of text with a Restore button at its end."""

    def __init__(self, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.restore = QPushButton(self.tr("&Restore"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore)


class ArchiveBar(_Bar):
    """Above the list of the Archive: Restore brings the selected to-dos back (the
    window's Restore action, enabled with it)."""

    def __init__(self, restore: QAction, parent: QWidget | None) -> None:
        super().__init__("", parent)
        self.text.setText(
            self.tr("Deleted to-dos wait here, read-only. Restore them to change them again.")
        )
        self.restore.setToolTip(restore.shortcut().toString())
        self.restore.clicked.connect(restore.trigger)
        self.restore.setEnabled(restore.isEnabled())
        restore.changed.connect(lambda: self.restore.setEnabled(restore.isEnabled()))


class ArchivedLock(_Bar):
    """In the editor, above an archived to-do: the line that says it is read-only and
    its Restore button; the editor's sections refuse input meanwhile."""

    def __init__(self, editor: TaskEditor, restore: Callable[[int], object]) -> None:
        super().__init__("", editor)
        self.text.setText(
            self.tr("This to-do is in the Archive and read-only. Restore it to change it.")
        )
        self._editor = editor
        self._task_id: int | None = None
        self._restore = restore
        self.restore.clicked.connect(self._on_restore_clicked)
        layout = editor.layout()
        assert isinstance(layout, QBoxLayout), "the editor lays its parts out in a column"
        layout.insertWidget(0, self)
        editor.task_shown.connect(self._on_editor_task_shown)
        self._on_editor_task_shown(editor.task)

    def _on_restore_clicked(self) -> None:
        if self._task_id is not None:
            self._restore(self._task_id)

    def _on_editor_task_shown(self, task: Task | None) -> None:
        archived = task is not None and task.archived
        self._task_id = task.id if archived and task is not None else None
        self.setVisible(archived)
        tabs = self._editor.tabs
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is not None:
                page.setEnabled(not archived)
