"""Editing one of the user's own templates: every field it fills in, not only its name.

Save stores nothing when the name is blank (a message under the name says so) and asks
first when the template would fill in nothing at all (``confirm_empty_template``, also
asked when a to-do's empty description is saved as a template).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.model import DelegationLevel, Frequency
from delegator.domain.templates import FILLED_FIELDS, TaskTemplate
from delegator.gui.form_widgets import InlineMessage, parse_tags, resize_within_screen, select_data
from delegator.gui.task_details_form import frequency_name, level_name
from delegator.gui.typed_fields import OptionalSpinBox
from delegator.services.template_service import MAX_NAME_LENGTH


def fills_nothing(template: TaskTemplate) -> bool:
    """Whether applying *template* to a to-do would fill in no field at all."""
    return not any(getattr(template, name) for name in FILLED_FIELDS)


def confirm_empty_template(parent: QWidget, template: TaskTemplate) -> bool:
    """True to go on saving *template*: at once when it fills something in, else
    after the user was warned that it is empty and chose to save it anyway."""
    if not fills_nothing(template):
        return True
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("TemplateEditor", "Save an Empty Template?"),
        QCoreApplication.translate(
            "TemplateEditor",
            "The template “{name}” fills in nothing: it has no instructions, steps, "
            "done-when criteria, skills, tools, rhythm or level.\n\nSave it anyway?",
        ).format(name=template.name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save


def _lines(text: str) -> tuple[str, ...]:
    """One entry a line, trimmed, without empty lines."""
    return tuple(line for raw in text.splitlines() if (line := " ".join(raw.split())))


class TemplateEditor(QDialog):
    """Every field of one own template; ``template()`` is what the fields hold."""

    def __init__(self, template: TaskTemplate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = template
        self.setWindowTitle(self.tr("Edit Template"))
        self._build()
        self._show(template)
        resize_within_screen(self, 560, 640)
        self.name_edit.setFocus()

    def _build(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setAccessibleName(self.tr("Name of the template"))
        self.name_message = InlineMessage(self.name_edit, self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title of new to-dos"))
        self.area_edit = QLineEdit(self)
        self.area_edit.setAccessibleName(self.tr("Area"))
        self.instructions_edit = QPlainTextEdit(self)
        self.instructions_edit.setAccessibleName(self.tr("Instructions"))
        self.steps_edit = QPlainTextEdit(self)
        self.steps_edit.setAccessibleName(self.tr("Steps, one a line"))
        self.criteria_edit = QPlainTextEdit(self)
        self.criteria_edit.setAccessibleName(self.tr("Done when, one a line"))
        self.skills_edit = QLineEdit(self)
        self.skills_edit.setAccessibleName(self.tr("Skills"))
        self.skills_edit.setPlaceholderText(self.tr("separated by commas"))
        self.tools_edit = QLineEdit(self)
        self.tools_edit.setAccessibleName(self.tr("Tools"))
        self.tools_edit.setPlaceholderText(self.tr("separated by commas"))
        self.escalation_edit = QLineEdit(self)
        self.escalation_edit.setAccessibleName(self.tr("Ask me when"))
        self.frequency_combo = QComboBox(self)
        self.frequency_combo.setAccessibleName(self.tr("How often"))
        self.frequency_combo.addItem(self.tr("Not set"), None)
        for frequency in Frequency:
            self.frequency_combo.addItem(frequency_name(frequency), frequency.value)
        self.minutes_spin = OptionalSpinBox(self)
        self.minutes_spin.setAccessibleName(self.tr("Time per occurrence"))
        self.minutes_spin.setRange(0, 24 * 60)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.level_combo = QComboBox(self)
        self.level_combo.setAccessibleName(self.tr("Level"))
        self.level_combo.addItem(self.tr("Not set"), None)
        for level in DelegationLevel:
            self.level_combo.addItem(level_name(level), int(level))
        for box in (self.instructions_edit, self.steps_edit, self.criteria_edit):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(3 * box.fontMetrics().lineSpacing() + 12)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.name_message.add_to(form)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Area:"), self.area_edit)
        form.addRow(self.tr("&Instructions:"), self.instructions_edit)
        form.addRow(self.tr("&Steps:"), self.steps_edit)
        form.addRow(self.tr("&Done when:"), self.criteria_edit)
        form.addRow(self.tr("S&kills:"), self.skills_edit)
        form.addRow(self.tr("T&ools:"), self.tools_edit)
        form.addRow(self.tr("Ask &me when:"), self.escalation_edit)
        form.addRow(self.tr("How &often:"), self.frequency_combo)
        form.addRow(self.tr("Time per occ&urrence:"), self.minutes_spin)
        form.addRow(self.tr("&Level:"), self.level_combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)

    def _show(self, template: TaskTemplate) -> None:
        self.name_edit.setText(template.name)
        self.title_edit.setText(template.title)
        self.area_edit.setText(template.area)
        self.instructions_edit.setPlainText(template.instructions)
        self.steps_edit.setPlainText("\n".join(template.steps))
        self.criteria_edit.setPlainText("\n".join(template.acceptance_criteria))
        self.skills_edit.setText(", ".join(template.skills))
        self.tools_edit.setText(", ".join(template.tools))
        self.escalation_edit.setText(template.escalation_rule)
        select_data(self.frequency_combo, template.frequency.value if template.frequency else None)
        self.minutes_spin.set_optional_value(template.minutes_per_occurrence)
        select_data(self.level_combo, int(template.level) if template.level else None)

    def template(self) -> TaskTemplate:
        """The template as the fields hold it (same id)."""
        frequency = self.frequency_combo.currentData()
        level = self.level_combo.currentData()
        return replace(
            self._template,
            name=" ".join(self.name_edit.text().split()),
            title=" ".join(self.title_edit.text().split()),
            area=" ".join(self.area_edit.text().split()),
            instructions=self.instructions_edit.toPlainText().strip(),
            steps=_lines(self.steps_edit.toPlainText()),
            acceptance_criteria=_lines(self.criteria_edit.toPlainText()),
            skills=parse_tags(self.skills_edit.text()),
            tools=parse_tags(self.tools_edit.text()),
            escalation_rule=" ".join(self.escalation_edit.text().split()),
            frequency=Frequency(frequency) if frequency else None,
            minutes_per_occurrence=self.minutes_spin.optional_value(),
            level=DelegationLevel(level) if level else None,
        )

    def _on_buttons_accepted(self) -> None:
        template = self.template()
        if not template.name:
            self.name_message.show_message(self.tr("A template needs a name."))
            self.name_edit.setFocus()
            return
        if confirm_empty_template(self, template):
            self.accept()
