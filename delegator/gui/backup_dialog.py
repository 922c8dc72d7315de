"""File → Restore Backup: the backups, newest first, with what each holds; restoring
one; and how many automatic backups are kept.

A backup that cannot be read is shown greyed with its problem and cannot be chosen.
Restoring (the Restore… button, Enter or a double-click on a row) asks once, then hands
the file to the window (*restore*), which makes it one undo step; its answer is "" or
the problem, shown here with the plan unchanged. Under the retention setting the dialog
says how many automatic backups the next backup removes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.backups import Backup, BackupKind, Retention, outdated
from delegator.gui.auto_backup import retention, store_retention
from delegator.gui.backup_words import BackupWords
from delegator.gui.form_widgets import HelpText, WrappingLabel, resize_within_screen

Index = QModelIndex | QPersistentModelIndex
Restore = Callable[[Backup], str]
COLUMNS = ("made", "kind", "size", "todos", "delegated", "assistants")
NUMBERS = {"todos", "delegated", "assistants", "size"}


class BackupTableModel(QAbstractTableModel):
    """The backups as rows; an unreadable one is greyed, cannot be selected and says
    its problem across the counts."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self._words = BackupWords(self)
        minutes = [backup.created.replace(second=0, microsecond=0) for backup in backups]
        self._seconds = len(set(minutes)) < len(minutes)  # two backups share a minute

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in NUMBERS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "made": self.tr("Made"),
            "kind": self.tr("Kind"),
            "todos": self.tr("To-dos"),
            "delegated": self.tr("Delegated"),
            "assistants": self.tr("Assistants"),
            "size": self.tr("Size"),
        }[COLUMNS[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.backups[index.row()].summary is None:
            return Qt.ItemFlag.ItemIsEnabled  # not selectable; enabled keeps its tooltip
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        column = COLUMNS[index.column()]
        readable = backup.summary is not None or column == "size"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS and readable:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and backup.summary is None:
            # Greyed, yet readable in light and dark palettes (disabled text is not).
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path) if backup.summary else self.problem(backup)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(backup, column)

    def _text(self, backup: Backup, column: str) -> str:
        summary = backup.summary
        if column == "made":
            return self._words.made_at(backup.created, seconds=self._seconds)
        if column == "kind":
            return self._words.kind(backup.kind)
        if column == "size":
            return self._words.size(backup.size)
        if summary is None:
            return self.problem(backup) if column == "todos" else ""
        return str(
            {"todos": summary.todos, "delegated": summary.delegated}.get(column, summary.assistants)
        )

    def problem(self, backup: Backup) -> str:
        return self.tr("Cannot be read: {problem}").format(problem=backup.problem)


class BackupDialog(QDialog):
    """See the module docstring. *backups* lists the backups, newest first."""

    def __init__(
        self,
        backups: list[Backup],
        settings: QSettings,
        restore: Restore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._restore = restore
        self.setWindowTitle(self.tr("Restore Backup"))
        self.model = BackupTableModel(backups, self)
        self._build()
        self._wire()
        resize_within_screen(self, 760, 440)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            HelpText(
                self.tr(
                    "Delegator backs up your plan once a day while it runs and when you "
                    "quit. Choose the backup to go back to; restoring can be undone."
                )
            )
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("kind"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for row, backup in enumerate(self.model.backups):
            if backup.summary is None:
                self.table.setSpan(row, COLUMNS.index("todos"), 1, 3)
        layout.addWidget(self.table, 1)
        # Without backups the sentence stands where the list would be.
        self.empty = QLabel(self.tr("There are no backups yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(not self.model.backups)
        self.table.setVisible(bool(self.model.backups))
        layout.addWidget(self.empty, 1)
        layout.addLayout(self._retention_row())
        self.removes = WrappingLabel("")
        layout.addWidget(self.removes)
        self._say_what_the_next_backup_removes()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Enter restores the chosen backup (Restore… is the default button while one
        # is chosen), never closes; Escape closes.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(self.buttons)

    def _retention_row(self) -> QHBoxLayout:
        """ "Keep the newest backup of the last [7] days and of [4] weeks before them":
        one sentence for the translator, split around its two fields."""
        kept = retention(self._settings)
        self.daily = QSpinBox()
        self.daily.setRange(1, 365)
        self.daily.setValue(kept.daily)
        self.daily.setAccessibleName(self.tr("Days with a backup kept"))
        self.weekly = QSpinBox()
        self.weekly.setRange(0, 520)
        self.weekly.setValue(kept.weekly)
        self.weekly.setAccessibleName(self.tr("Weeks with a backup kept before them"))
        sentence = self.tr(
            "Keep the newest backup of the last {days} days and of {weeks} weeks before them."
        )
        row = QHBoxLayout()
        fields = {"{days}": self.daily, "{weeks}": self.weekly}
        for part in re.split(r"(\{days\}|\{weeks\})", sentence):
            if part in fields:
                row.addWidget(fields[part])
            elif part.strip():
                row.addWidget(QLabel(part.strip()))
        row.addStretch(1)
        return row

    def _wire(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_restore_clicked)
        self.daily.valueChanged.connect(self._on_retention_changed)
        self.weekly.valueChanged.connect(self._on_retention_changed)

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _on_selection_changed(self) -> None:
        chosen = self.chosen() is not None
        self.restore_button.setEnabled(chosen)
        self.restore_button.setDefault(chosen)

    def _on_retention_changed(self) -> None:
        store_retention(self._settings, self._retention())
        self._say_what_the_next_backup_removes()

    def _retention(self) -> Retention:
        return Retention(self.daily.value(), self.weekly.value())

    def _say_what_the_next_backup_removes(self) -> None:
        automatic = [
            (backup.path, backup.created)
            for backup in self.model.backups
            if backup.kind is BackupKind.AUTOMATIC
        ]
        count = len(outdated(automatic, self._retention()))
        text = self.tr("The next backup removes %n older automatic backup(s).", "", count)
        self.removes.setText(text if count else "")
        self.removes.setVisible(bool(count))

    def _on_restore_clicked(self) -> None:
        backup = self.chosen()
        if backup is None or backup.summary is None:
            return
        words = BackupWords()
        when = words.made_at(backup.created)
        asked = QMessageBox.question(
            self,
            self.tr("Restore Backup"),
            self.tr(
                "Replace your plan with the backup from {when} ({holds})? Your plan as it "
                "is now is backed up first, and Edit → Undo brings it back."
            ).format(when=when, holds=words.holds(backup.summary)),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        problem = self._restore(backup)
        if problem:
            QMessageBox.warning(self, self.tr("Not Restored"), problem)
            return
        self.accept()
