"""Fields for numbers, dates and times, read the way the locale's users type them.

- ``DecimalSpinBox``, ``OptionalDoubleSpinBox`` and ``OptionalSpinBox`` (0 or an emptied
  field means "not set"), ``MoneySpinBox`` (stored in cents).
- ``DateEdit`` and ``TimeEdit``: typed with their separators, in the locale's format.
- ``select_special_value_on_focus``: a box showing "Not set" selects it when entered, so
  what is typed replaces it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from delegator.domain.parsing import ParseError, parse_decimal
from delegator.text.formatting import currency_affixes, date_format, time_format


class _SpecialValueSelector(QObject):
    """Selects the special value text ("Not set") of its box when the box is entered by
    the keyboard, or clicked into (once the click has placed the cursor)."""

    def __init__(self, box: QAbstractSpinBox) -> None:
        super().__init__(box)
        self._box = box
        self._edit = box.lineEdit()
        self._select_on_release = False
        box.installEventFilter(self)
        self._edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._box and kind == QEvent.Type.FocusIn:
            assert isinstance(event, QFocusEvent)
            showing = self._shows_special_value()
            self._box.event(event)  # the box's own handling first
            if showing and event.reason() == Qt.FocusReason.MouseFocusReason:
                self._select_on_release = True
            elif showing:
                self._box.selectAll()
            return True
        if watched is self._box and kind == QEvent.Type.FocusOut:
            self._select_on_release = False
        if watched is self._edit and kind == QEvent.Type.MouseButtonRelease:
            if self._select_on_release and not self._edit.hasSelectedText():
                self._box.selectAll()
            self._select_on_release = False
        return False

    def _shows_special_value(self) -> bool:
        special = self._box.specialValueText()
        return bool(special) and self._box.text() == special


def select_special_value_on_focus(box: QAbstractSpinBox) -> None:
    """Make *box* select its special value text ("Not set") when it is entered by click,
    Tab or shortcut, so typing replaces it rather than being appended to it."""
    _SpecialValueSelector(box)


class _ClearableMixin:
    """Lets a "not set" spin box be emptied: no number means the minimum (not set)."""

    def _is_empty(self, text: str) -> bool:
        core = text.strip()
        for affix in (self.prefix().strip(), self.suffix().strip()):  # type: ignore[attr-defined]
            core = core.replace(affix, "", 1).strip() if affix else core
        return not core

    def validate(self, text: str, pos: int) -> Any:
        if self._is_empty(text):
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)  # type: ignore[misc]

    def valueFromText(self, text: str) -> Any:
        if self._is_empty(text):
            return self.minimum()  # type: ignore[attr-defined]
        return super().valueFromText(text)  # type: ignore[misc]


# What may stand in a number field while it is being typed: a sign, digits, and marks
# that group thousands or start the decimals.
_NUMBER_TYPING = re.compile(r"[-+\u2212]?[\d.,'\u2019 \u00a0\u202f]*")


class DecimalSpinBox(QDoubleSpinBox):
    """A decimal number read the way the users of its locale type it.

    Qt's own box takes the locale's group separator anywhere, so "120.50" typed under
    German became 12050. Here "120,50", "1.200,50" and also "120.50" mean what a German
    user means (see ``parse_decimal``), and the field shows what it read once it is
    left. More decimals than the box has are refused as they are typed; a number out of
    range, or one that cannot be read, is not taken: the field goes back to its value.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        select_special_value_on_focus(self)

    def validate(self, text: str, pos: int) -> Any:
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        number = self._number_text(text)
        if number.startswith(("-", "\u2212")) and self.minimum() >= 0:
            return QValidator.State.Invalid, text, pos
        try:
            value = parse_decimal(number, self.locale().decimalPoint())
        except ParseError:
            typing = _NUMBER_TYPING.fullmatch(number)
            state = QValidator.State.Intermediate if typing else QValidator.State.Invalid
            return state, text, pos
        if value is None:
            return QValidator.State.Intermediate, text, pos
        if value != round(value, self.decimals()):
            return QValidator.State.Invalid, text, pos
        if not Decimal(str(self.minimum())) <= value <= Decimal(str(self.maximum())):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def valueFromText(self, text: str) -> float:
        if self.specialValueText() and text == self.specialValueText():
            return self.minimum()
        try:
            value = parse_decimal(self._number_text(text), self.locale().decimalPoint())
        except ParseError:
            return self.value()
        return self.value() if value is None else float(value)

    def fixup(self, text: str) -> str:
        """Leave unreadable text alone (Qt's fixup drops every group separator, which
        would make a number of what the user did not mean)."""
        return text

    def _number_text(self, text: str) -> str:
        prefix, suffix = self.prefix(), self.suffix()
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return text.strip()


class OptionalDoubleSpinBox(_ClearableMixin, DecimalSpinBox):
    """A number where 0 (or an emptied field) means "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSpecialValueText(self.tr("Not set"))
        self.setKeyboardTracking(False)


class OptionalSpinBox(_ClearableMixin, QSpinBox):
    """A whole number where 0 (or an emptied field) means "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSpecialValueText(self.tr("Not set"))
        self.setKeyboardTracking(False)
        select_special_value_on_focus(self)

    def optional_value(self) -> int | None:
        return self.value() or None

    def set_optional_value(self, value: int | None) -> None:
        self.setValue(value or 0)


class MoneySpinBox(OptionalDoubleSpinBox):
    """An amount in currency units (two decimals), stored in cents; 0 means not set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(0, 9_999_999)
        self.setSingleStep(5)
        self.setGroupSeparatorShown(True)

    def set_currency(self, currency: str) -> None:
        """Show the currency's symbol where the locale writes it: "€1,234.50", "1.234,50 €"."""
        prefix, suffix = currency_affixes(currency)
        self.setPrefix(prefix)
        self.setSuffix(suffix)

    def cents(self) -> int | None:
        return round(self.value() * 100) or None

    def set_cents(self, cents: int | None) -> None:
        self.setValue(cents / 100 if cents else 0)


class _SeparatorTypingMixin:
    """Lets a date or time be typed with its separators, as the locale writes it.

    Qt moves on to the next part of the field by itself once a part is complete, and
    then takes the separator typed next as one more move: "01.03.2025" became
    01.12.0320 under German, "3/1/2025" became 3/6/2026 in the US. A separator typed
    right after the one the cursor already stands behind is swallowed here.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._repeats_separator(event.text()):
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def _repeats_separator(self, typed: str) -> bool:
        if len(typed) != 1 or typed.isalnum() or not typed.isprintable():
            return False
        edit: QLineEdit = self.lineEdit()  # type: ignore[attr-defined]
        start = edit.selectionStart() if edit.hasSelectedText() else edit.cursorPosition()
        if start <= 0:
            return False
        behind = edit.text()[start - 1]
        return behind == typed or (behind.isspace() and typed.isspace())


class DateEdit(_SeparatorTypingMixin, QDateEdit):
    """A date in the locale's short format with a four-digit year.

    A year typed with two digits is this century's: "1.3.25" is 1 March 2025 (Qt would
    keep the year the field showed before).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(date_format())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._complete_year()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._complete_year()
        super().focusOutEvent(event)

    def _complete_year(self) -> None:
        edit = self.lineEdit()
        full = self._with_full_year(edit.text())
        if full != edit.text():
            edit.setText(full)

    def _with_full_year(self, text: str) -> str:
        sections = [self.sectionAt(index) for index in range(self.sectionCount())]
        numbers = list(re.finditer(r"\d+", text))
        year = QDateTimeEdit.Section.YearSection
        if year not in sections or len(numbers) != len(sections):
            return text
        typed = numbers[sections.index(year)]
        if len(typed.group()) > 2:
            return text
        return f"{text[: typed.start()]}{2000 + int(typed.group())}{text[typed.end() :]}"


class TimeEdit(_SeparatorTypingMixin, QTimeEdit):
    """A time of day in the locale's short format (hours and minutes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(time_format())
