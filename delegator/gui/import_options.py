"""The import dialog's options row: the format (detected unless the user chooses one,
and the detected one shown) and whether finished to-dos come in, archived."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from delegator.services.import_service import FORMATS, ImportFormat

# Formats whose files can mark a to-do as finished (todo.txt "x", COMPLETED, "[x]").
WITH_FINISHED = frozenset(spec.format for spec in FORMATS if spec.marks_finished)


def format_names() -> dict[ImportFormat, str]:
    """What the user sees for each format (product names stay as they are)."""
    return {spec.format: QCoreApplication.translate("ImportDialog", spec.label) for spec in FORMATS}


class ImportOptions(QWidget):
    """``changed`` is emitted when the user picks another format or ticks or unticks
    the finished to-dos: the file is to be read again."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detected: ImportFormat | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(QCoreApplication.translate("ImportDialog", "&Format:"), self)
        self.format_combo = QComboBox(self)
        self.format_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.format_combo.addItem(
            QCoreApplication.translate("ImportDialog", "Detect automatically"), ""
        )
        for fmt, name in format_names().items():
            self.format_combo.addItem(name, fmt.value)
        label.setBuddy(self.format_combo)
        self.detected_label = QLabel("", self)
        self.include_done = QCheckBox(
            QCoreApplication.translate("ImportDialog", "&Include finished to-dos"), self
        )
        row.addWidget(label)
        row.addWidget(self.format_combo)
        row.addSpacing(8)
        row.addWidget(self.detected_label)
        row.addStretch(1)
        row.addWidget(self.include_done)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.include_done.toggled.connect(self.changed)
        self._update_include_done()

    def chosen_format(self) -> ImportFormat | None:
        """The format the user chose; None: detect it."""
        value = self.format_combo.currentData()
        return ImportFormat(value) if value else None

    def detected_format(self) -> ImportFormat | None:
        """The format found from the name and content (None until read)."""
        return self._detected

    def set_detected(self, fmt: ImportFormat) -> None:
        self._detected = fmt
        self.detected_label.setText(
            QCoreApplication.translate("ImportDialog", "Detected: {format}").format(
                format=format_names()[fmt]
            )
        )
        self._update_include_done()

    @Slot(int)
    def _format_changed(self, _index: int) -> None:
        self._update_include_done()
        self.changed.emit()

    def _update_include_done(self) -> None:
        fmt = self.chosen_format() or self._detected
        possible = fmt is None or fmt in WITH_FINISHED
        self.include_done.setEnabled(possible)
        if possible:
            tip = QCoreApplication.translate(
                "ImportDialog", "Import finished to-dos as archived instead of skipping them."
            )
        else:
            tip = QCoreApplication.translate(
                "ImportDialog",
                "Only todo.txt, iCalendar and Markdown task lists mark to-dos as finished.",
            )
        self.include_done.setToolTip(tip)
