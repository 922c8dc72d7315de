"""Fields of the Assistants page: notes, a date or working hours that may be unset, the
hours a week the working times add up to, the form of address of German briefs, and a
banner for what is due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from delegator.domain.assistant import Assistant, FormOfAddress
from delegator.gui import theme
from delegator.gui.form_widgets import ThemedLabel
from delegator.gui.settings_dialog import address_choices
from delegator.gui.typed_fields import DateEdit, TimeEdit
from delegator.runtime import settings
from delegator.text.formatting import (
    from_qdate,
    from_qtime,
    hours,
    hours_unit,
    to_qdate,
    to_qtime,
    weekly_hours,
)


def hours_from_working_times(assistant: Assistant) -> float | None:
    """The hours a week *assistant*'s working days and hours add up to; None while the
    days or the hours are not set (or the hours end before they start)."""
    start, end = assistant.work_start, assistant.work_end
    if not assistant.working_days or start is None or end is None:
        return None
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    if minutes <= 0:
        return None
    return round(len(assistant.working_days) * minutes / 60, 1)


class NotesEdit(QPlainTextEdit):
    """Plain-text notes; Tab moves on.

    Signals:
        editing_finished: the editor lost focus (not to its own context menu).
    """

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editing_finished.emit()


class OptionalDateEdit(QWidget):
    """A date that may be "not set": the check box in front switches it on and off.

    Signals:
        date_edited: the box was ticked or cleared, or a new date was entered.
    """

    date_edited = Signal()
    _NOT_SET = QDate(1900, 1, 1)
    _EARLIEST = QDate(1970, 1, 1)

    def __init__(
        self, name: str, switch_name: str, default: Callable[[], dt.date], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._default = default
        self.check = QCheckBox(self)
        self.check.setAccessibleName(switch_name)
        self.check.setToolTip(switch_name)
        self.edit = DateEdit(self)
        self.edit.setAccessibleName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setKeyboardTracking(False)
        self.edit.setMaximumDate(QDate(2999, 12, 31))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.check)
        self.set_value(None)
        self.check.toggled.connect(self._on_check_toggled)
        self.edit.dateChanged.connect(self._on_edit_date_changed)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        blockers = (QSignalBlocker(self.check), QSignalBlocker(self.edit))
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is None:
            # The earliest date stands for "not set" and shows as such.
            self.edit.setMinimumDate(self._NOT_SET)
            self.edit.setSpecialValueText(self.tr("Not set"))
            self.edit.setDate(self._NOT_SET)
        else:
            self.edit.setSpecialValueText("")
            self.edit.setMinimumDate(self._EARLIEST)
            self.edit.setDate(to_qdate(value))
        del blockers

    def _on_check_toggled(self, checked: bool) -> None:
        self.set_value(self._default() if checked else None)
        self.date_edited.emit()

    def _on_edit_date_changed(self, _date: QDate) -> None:
        # Qt changes the date part by part while it is typed: a typed date counts when
        # the field is left or Enter pressed, a day picked in the calendar at once.
        if not self.edit.hasFocus():
            self.date_edited.emit()

    def _on_edit_editing_finished(self) -> None:
        self.date_edited.emit()


class OptionalTimeRange(QWidget):
    """From–to times that may be "not set": the check box in front switches them on.

    Signals:
        range_edited: the box was ticked or cleared, or a time was entered.
    """

    range_edited = Signal()
    DEFAULT = (dt.time(9, 0), dt.time(17, 0))

    def __init__(
        self, start_name: str, end_name: str, switch_name: str, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setAccessibleName(switch_name)
        self.check.setToolTip(switch_name)
        self.start = TimeEdit(self)
        self.start.setAccessibleName(start_name)
        self.end = TimeEdit(self)
        self.end.setAccessibleName(end_name)
        for edit in (self.start, self.end):
            edit.setKeyboardTracking(False)
        self.to_label = QLabel(self.tr("to"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.start)
        layout.addWidget(self.to_label)
        layout.addWidget(self.end)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.check)
        self.set_value(None, None)
        self.check.toggled.connect(self._on_check_toggled)
        self.start.editingFinished.connect(self.range_edited)
        self.end.editingFinished.connect(self.range_edited)

    def value(self) -> tuple[dt.time | None, dt.time | None]:
        if not self.check.isChecked():
            return None, None
        return from_qtime(self.start.time()), from_qtime(self.end.time())

    def set_value(self, start: dt.time | None, end: dt.time | None) -> None:
        agreed = start is not None and end is not None
        blockers = [QSignalBlocker(w) for w in (self.check, self.start, self.end)]
        self.check.setChecked(agreed)
        for edit, value in ((self.start, start), (self.end, end)):
            edit.setEnabled(agreed)
            edit.setSpecialValueText("" if agreed else self.tr("Not set"))
            edit.setTime(to_qtime(value) if value is not None else QTime(0, 0))
        self.to_label.setEnabled(agreed)
        del blockers

    def _on_check_toggled(self, checked: bool) -> None:
        self.set_value(*(self.DEFAULT if checked else (None, None)))
        self.range_edited.emit()


class WarningBanner(ThemedLabel):
    """Something due (a review), in bold and the theme's warning colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", theme.WARNING, parent)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)


class AddressCombo(QComboBox):
    """The form of address of German briefs to one assistant: the plan's default (its
    current value from the settings shown in brackets), "Sie" or "du".

    Signals:
        address_chosen: the user chose an entry.
    """

    address_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("", "")
        for text, value in address_choices():
            self.addItem(text, value)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(lambda _index: self.address_chosen.emit())

    def value(self) -> FormOfAddress | None:
        data = str(self.currentData())
        return FormOfAddress(data) if data else None

    def set_value(self, value: FormOfAddress | None) -> None:
        default = FormOfAddress(settings.current().german_address)
        word = "Sie" if default is FormOfAddress.SIE else "du"
        self.setItemText(0, self.tr("Plan default ({address})").format(address=word))
        with QSignalBlocker(self):
            self.setCurrentIndex(max(0, self.findData(value.value if value else "")))


class CapacityHint(QWidget):
    """Next to the weekly capacity: a button that takes over what the working times add
    up to, and a line saying so. Hidden while they agree or nothing can be worked out.

    Signals:
        use_clicked: the user clicked the button.
    """

    use_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = ThemedLabel("", theme.INFO, self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        self.button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.label, 1)
        self.button.clicked.connect(self.use_clicked)
        self.proposal: float | None = None
        self.show_proposal(None)

    def show_proposal(self, proposal: float | None) -> None:
        """Offer *proposal* hours a week, or hide (None)."""
        self.proposal = proposal
        self.setVisible(proposal is not None)
        if proposal is None:
            return
        self.label.setText(
            self.tr("The working days and hours add up to {hours}.").format(
                hours=weekly_hours(proposal)
            )
        )
        self.button.setText(self.tr("Use {hours}").format(hours=hours(proposal) + hours_unit()))
        self.button.setAccessibleName(
            self.tr("Set the weekly capacity to {hours}").format(hours=weekly_hours(proposal))
        )
