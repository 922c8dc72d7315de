"""The import dialog's column-mapping step: a CSV that is not Todoist's says which of
its columns holds the title (required), the notes, the area and so on. Columns whose
names suggest a field are chosen to begin with."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegator.gui.form_widgets import HelpText
from delegator.services.import_service import guess_column


def _field_labels() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("ImportDialog", "&Title (required):"),
        "notes": QCoreApplication.translate("ImportDialog", "&Notes:"),
        "area": QCoreApplication.translate("ImportDialog", "&Area:"),
        "due": QCoreApplication.translate("ImportDialog", "&Due:"),
        "priority": QCoreApplication.translate("ImportDialog", "&Priority:"),
        "minutes_per_occurrence": QCoreApplication.translate("ImportDialog", "&Minutes:"),
        "assistant_name": QCoreApplication.translate("ImportDialog", "A&ssistant:"),
    }


class MappingPage(QWidget):
    """One combo box per field; ``show_preview`` (enabled once the title is mapped)
    emits ``mapping_chosen`` with the mapping."""

    mapping_chosen = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)  # aligned with the dialog's options above
        box.addWidget(
            HelpText(
                QCoreApplication.translate(
                    "ImportDialog",
                    "This CSV file is not in Todoist's format. Choose which column holds "
                    "what; only the title is required.",
                ),
                self,
            )
        )
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for field, label in _field_labels().items():
            combo = QComboBox(self)
            combo.currentIndexChanged.connect(self._changed)
            form.addRow(label, combo)
            self.combos[field] = combo
        box.addLayout(form)
        self.show_preview = QPushButton(
            QCoreApplication.translate("ImportDialog", "&Show Preview"), self
        )
        self.show_preview.clicked.connect(self._show_preview_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.show_preview)
        box.addLayout(row)
        box.addStretch(1)

    def set_columns(self, columns: Sequence[str]) -> None:
        """Offer *columns* in every combo, each set to its guessed column (if any)."""
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(QCoreApplication.translate("ImportDialog", "(not imported)"), "")
            for name in columns:
                combo.addItem(
                    name or QCoreApplication.translate("ImportDialog", "(unnamed column)"), name
                )
            guess = guess_column(field, columns)
            combo.setCurrentIndex(max(combo.findData(guess), 0) if guess is not None else 0)
            combo.blockSignals(False)
        self._changed()

    def mapping(self) -> dict[str, str]:
        """Our fields mapped to the CSV's columns (unmapped fields left out)."""
        return {
            field: str(combo.currentData())
            for field, combo in self.combos.items()
            if combo.currentIndex() > 0
        }

    def set_mapping(self, field: str, column: str) -> None:
        """Map *field* to *column*; an empty column: not imported."""
        combo = self.combos[field]
        index = combo.findData(column)
        if index < 0:
            raise ValueError(f"no column {column!r}")
        combo.setCurrentIndex(index)

    @Slot()
    def _changed(self) -> None:
        self.show_preview.setEnabled("title" in self.mapping())

    @Slot()
    def _show_preview_clicked(self) -> None:
        mapping = self.mapping()
        if "title" in mapping:
            self.mapping_chosen.emit(mapping)
