"""Small widgets and helpers that the GUI's forms share, so pages never import each other.

- Labels: ``WrappingLabel``, ``HelpText`` and ``InlineMessage`` (a problem under a field,
  in an error colour that follows light and dark palettes).
- Fields: ``DecimalSpinBox``, ``OptionalDoubleSpinBox``, ``OptionalSpinBox``,
  ``MoneySpinBox`` (numbers read as the locale's users type them), ``DateEdit`` and
  ``TimeEdit`` (typed with their separators), ``CurrencyCombo`` and ``TimeZoneCombo``
  (with ``time_zone_names()`` and ``canonical_time_zone()``).
- Comma-separated tags: ``TagCompleter`` and ``parse_tags()``.
- ``select_data()`` for combo boxes and ``set_text_if_changed()`` for line edits.

How dates, times, money and weekdays are written is ``delegator.text.formatting``'s job.
"""

from __future__ import annotations

import functools
import re
import zoneinfo
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette, QResizeEvent, QValidator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from delegator.domain.parsing import ParseError, parse_decimal
from delegator.gui import theme
from delegator.text.formatting import date_format, time_format

CURRENCIES = ("EUR", "CHF", "USD", "GBP")


# Helpers --------------------------------------------------------------------------


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data is *value*; the first item if there is none."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


def set_text_if_changed(edit: QLineEdit, text: str) -> None:
    """Leave an unchanged field alone, so its cursor and undo history survive a reload."""
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)


def parse_tags(text: str) -> tuple[str, ...]:
    """Comma-separated tags, trimmed, without empties or repeats (case-insensitive)."""
    tags: list[str] = []
    seen: set[str] = set()
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tuple(tags)


@functools.cache
def time_zone_names() -> tuple[str, ...]:
    """Every IANA zone name the system knows, sorted (empty without a tz database)."""
    return tuple(sorted(zoneinfo.available_timezones() - {"localtime", "Factory"}))


@functools.cache
def _zones_by_key() -> dict[str, str]:
    return {_zone_key(name): name for name in time_zone_names()}


def _zone_key(text: str) -> str:
    return text.strip().replace(" ", "_").casefold()


def canonical_time_zone(text: str) -> str | None:
    """The proper name of the zone typed as *text*, "" for none, None when unknown.

    Case and spaces for underscores are forgiven: "europe/berlin" is Europe/Berlin.
    Without a time-zone database (Windows without tzdata) any name is taken as typed.
    """
    if not text.strip():
        return ""
    zones = _zones_by_key()
    if not zones:
        return text.strip()
    return zones.get(_zone_key(text))


# Labels ---------------------------------------------------------------------------


class WrappingLabel(QLabel):
    """A word-wrapping label as tall as its text at the width it is given.

    (QFormLayout sizes rows by the size hint, which QLabel computes for a narrow
    guessed width; this label reports the height for its real width instead.)
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class InlineMessage(WrappingLabel):
    """A problem with a field, shown under it in the palette's error colour.

    Hidden while empty; when it sits in a QFormLayout (see ``add_to``) the whole row
    is hidden. The field carries the message as its accessible description, so a
    screen reader tells it together with the field.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._field = field
        self._form: QFormLayout | None = None
        self._recolour()
        self.setVisible(False)

    def add_to(self, form: QFormLayout) -> None:
        """Add the message as a row of *form*, under the field's row."""
        form.addRow("", self)
        self._form = form
        form.setRowVisible(self, False)

    def show_message(self, text: str) -> None:
        """Show *text*; an empty text hides the message."""
        self.setText(text)
        self.setAccessibleName(text)
        self._field.setAccessibleDescription(text)
        if self._form is not None:
            self._form.setRowVisible(self, bool(text))
        else:
            self.setVisible(bool(text))

    def clear(self) -> None:
        if self.text():
            self.show_message("")

    def has_message(self) -> bool:
        return bool(self.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._recolour()
        super().changeEvent(event)

    def _recolour(self) -> None:
        palette = self.palette()
        colour = theme.colour(theme.ERROR, QApplication.palette())
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)


class HelpText(WrappingLabel):
    """A one-line explanation under a field, in the palette's muted text colour."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)


# Fields ---------------------------------------------------------------------------


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


class CurrencyCombo(QComboBox):
    """An editable choice of currency; any three-letter code may be typed.

    Signals:
        currency_edited: the user finished typing a code or picked one.
    """

    currency_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        edit = QLineEdit(self)
        edit.setMaxLength(3)
        self.setLineEdit(edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(CURRENCIES)
        self.setMinimumContentsLength(4)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        edit.editingFinished.connect(self.currency_edited)
        self.activated.connect(self.currency_edited)

    def currency(self) -> str | None:
        """The code in capitals, or None when what was typed is not a code."""
        text = self.currentText().strip()
        return text.upper() if re.fullmatch(r"[A-Za-z]{3}", text) else None

    def set_currency(self, code: str) -> None:
        if self.currentText() != code:
            self.setEditText(code)

    def problem(self) -> str:
        return self.tr("Type a three-letter currency code, such as EUR or CHF.")


class TimeZoneCombo(QComboBox):
    """An editable choice of IANA time zone; typing any part of a name suggests zones.

    Signals:
        zone_edited: the user finished typing or picked a zone.
    """

    zone_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        edit = QLineEdit(self)
        self.setLineEdit(edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(time_zone_names()))
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        edit.setPlaceholderText(self.tr("Not set, e.g. Europe/Berlin"))
        edit.editingFinished.connect(self.zone_edited)
        self.activated.connect(self.zone_edited)

    def zone(self) -> str | None:
        """The zone's proper name, "" when empty, None when no such zone exists."""
        return canonical_time_zone(self.currentText())

    def checked_zone(self, message: InlineMessage) -> str | None:
        """The zone typed, written the standard way; None (and *message* saying why)
        when it is not a known zone."""
        zone = self.zone()
        if zone is None:
            message.show_message(self.problem())
            return None
        message.clear()
        self.set_zone(zone)
        return zone

    def set_zone(self, name: str) -> None:
        if self.currentText() != name:
            index = self.findText(name) if name else -1
            self.setCurrentIndex(index)
            self.setEditText(name)

    def problem(self) -> str:
        return self.tr("Unknown time zone. Pick one from the list, e.g. Europe/Berlin.")


class TagCompleter(QCompleter):
    """Completes the tag after the last comma of a line edit, keeping the ones before.

    Matches from the start of a tag, ignoring case; goes with ``parse_tags``.
    """

    def __init__(self, model: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        tag = super().pathFromIndex(index)
        edit = self.widget()
        text = edit.text() if isinstance(edit, QLineEdit) else ""
        done = text.rsplit(",", 1)[0].strip() if "," in text else ""
        return f"{done}, {tag}" if done else tag
