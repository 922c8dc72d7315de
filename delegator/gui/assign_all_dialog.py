"""Give every delegated to-do without an assistant one, at once: an assistant who is
there already, or a new one named right here (the Fix of "… without an assistant")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegator.gui.form_widgets import HelpText, WrappingLabel
from delegator.gui.undo_commands import Runner
from delegator.services.assignment_operations import AssignToNewAssistant
from delegator.services.task_operations import Assign, Operation

if TYPE_CHECKING:
    from delegator.services.workspace import Workspace


class AssignAllDialog(QDialog):
    """Assign the delegated, unfinished to-dos that have no assistant, in one undo step.

    ``assistant`` offers the active assistants and, last, a new one (chosen at first
    when there is nobody yet), whose name is typed into ``name``. Assign with an empty
    name says so under the field and changes nothing.
    """

    def __init__(self, workspace: Workspace, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._run = run
        delegated = workspace.readiness.plan().delegated
        self.task_ids = [task.id for task in delegated if task.assistant_id is None]
        count = len(self.task_ids)
        self.setWindowTitle(self.tr("Assign Assistant"))
        if count:
            text = self.tr("%n delegated to-do(s) have no assistant yet. Assign all to:", "", count)
        else:
            text = self.tr("Every delegated to-do has an assistant.")
        self.intro = WrappingLabel(text, self)
        self.assistant = QComboBox(self)
        self.assistant.setAccessibleName(self.tr("Assistant"))
        for assistant in workspace.assistants.assistants():
            self.assistant.addItem(assistant.name, assistant.id)
        self.assistant.addItem(self.tr("New assistant…"), None)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name of the new assistant"))
        self.name.setAccessibleName(self.tr("Name of the new assistant"))
        self.problem = HelpText("", self)
        self.problem.hide()
        self.buttons = QDialogButtonBox(self)
        self.assign_button = QPushButton(self.tr("Assign %n to-do(s)", "", count), self)
        self.assign_button.setEnabled(count > 0)
        self.assign_button.setDefault(True)
        self.buttons.addButton(self.assign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.assistant)
        layout.addWidget(self.name)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.assistant.currentIndexChanged.connect(self._on_assistant_current_index_changed)
        self.name.textEdited.connect(self._on_name_text_edited)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._on_assistant_current_index_changed(self.assistant.currentIndex())
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())

    def _new(self) -> bool:
        return self.assistant.currentData() is None

    def _on_assistant_current_index_changed(self, _index: int) -> None:
        self.name.setVisible(self._new())
        self.problem.hide()
        (self.name if self._new() else self.assistant).setFocus()

    def _on_name_text_edited(self, _text: str) -> None:
        self.problem.hide()

    def _on_buttons_accepted(self) -> None:
        if not self.task_ids:
            return
        operation: Operation
        if self._new():
            if not self.name.text().strip():
                self.problem.setText(self.tr("Type the name of the new assistant."))
                self.problem.show()
                self.name.setFocus()
                return
            operation = AssignToNewAssistant(
                self._workspace.assistants, self._workspace.tasks, self.name.text(), self.task_ids
            )
        else:
            operation = Assign(self._workspace.tasks, self.task_ids, self.assistant.currentData())
        label = self.tr("Assign %n to-do(s)", "", len(self.task_ids))
        if self._run(label, operation):
            self.accept()
