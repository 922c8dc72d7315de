"""Apply a template to a to-do: choose one, see which empty fields it fills, apply.

The to-do keeps its title and everything already written in it; only its empty fields
are filled (``domain/templates.filled_from``), in one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.model import Task
from delegator.domain.templates import TaskTemplate, filled_from
from delegator.gui.form_widgets import HelpText, WrappingLabel
from delegator.gui.undo_commands import Runner
from delegator.services.task_service import TaskService
from delegator.services.template_service import ApplyTemplate
from delegator.text.field_names import field_name

MINIMUM_WIDTH = 400  # the title of a to-do and the template's preview wrap readably


def filled_names(fields: Sequence[str], tr_delegated: str) -> str:
    """The fields a template filled, by the editor's names ("Steps, Done when");
    a decision it set is named by *tr_delegated*."""
    names = [tr_delegated if name == "decision" else field_name(name) for name in fields]
    return ", ".join(names)


class ApplyTemplateDialog(QDialog):
    """Choose a template for *task*; Apply fills its empty fields through *run*.

    The template that matches the to-do best (``suggested``) is chosen at first.
    Under the list the dialog says which fields the chosen template would fill.

    Signals:
        template_applied(object): the template was applied; carries the ApplyTemplate
            operation (its ``filled`` fields and ``template``).
    """

    template_applied = Signal(object)

    def __init__(
        self,
        tasks: TaskService,
        run: Runner,
        task: Task,
        templates: Sequence[TaskTemplate],
        suggested: TaskTemplate | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._run = run
        self._task = task
        self._templates = list(templates)
        self.setWindowTitle(self.tr("Apply Template"))
        self.intro = WrappingLabel(
            self.tr(
                "Fill “{title}” from a template. Its title and everything already "
                "written in it stay as they are; only empty fields are filled."
            ).format(title=task.title),
            self,
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        for template in self._templates:
            item = QListWidgetItem(template.name, self.list)
            item.setToolTip(template.title)
        self.suggestion_note = HelpText("", self)
        self.preview = WrappingLabel("", self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.suggestion_note)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)

        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        start = self._templates.index(suggested) if suggested in self._templates else 0
        if suggested is not None and suggested in self._templates:
            self.suggestion_note.setText(
                self.tr("“{name}” matches this to-do best.").format(name=suggested.name)
            )
        else:
            self.suggestion_note.hide()
        if self._templates:
            self.list.setCurrentRow(start)
        self._on_list_current_row_changed(self.list.currentRow())
        self.list.setFocus()
        # Never so narrow or short that the wrapped texts lose lines.
        self.setMinimumSize(MINIMUM_WIDTH, layout.totalHeightForWidth(MINIMUM_WIDTH))
        self.resize(max(460, self.sizeHint().width()), max(420, self.sizeHint().height()))

    def chosen(self) -> TaskTemplate | None:
        row = self.list.currentRow()
        return self._templates[row] if 0 <= row < len(self._templates) else None

    def _on_list_current_row_changed(self, _row: int) -> None:
        template = self.chosen()
        if template is None:
            self.preview.setText(self.tr("There is no template to apply."))
            self.apply_button.setEnabled(False)
            return
        fields = tuple(filled_from(self._task, template))
        if fields:
            text = self.tr("Fills: {fields}.").format(
                fields=filled_names(fields, self.tr("the decision “delegate”"))
            )
        else:
            text = self.tr("Nothing to fill: every field this template has is filled in.")
        self.preview.setText(text)
        self.apply_button.setEnabled(bool(fields))

    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        if self.apply_button.isEnabled():
            self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        template = self.chosen()
        if template is None:
            return
        operation = ApplyTemplate(self._tasks, self._task.id, template)
        if not operation.filled:
            return
        label = self.tr("Apply template “{name}”").format(name=template.name)
        if self._run(label, operation):
            self.template_applied.emit(operation)
            self.accept()
