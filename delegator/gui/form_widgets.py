"""Small widgets and helpers that the GUI's forms share, so pages never import each other.

- Labels: ``WrappingLabel``, ``HelpText`` and ``InlineMessage`` (a problem under a field,
  in an error colour that follows light and dark palettes).
- Choices: ``CurrencyCombo`` and ``TimeZoneCombo`` (with ``time_zone_names()`` and
  ``canonical_time_zone()``). Number, date and time fields are in ``typed_fields``.
- Comma-separated tags: ``TagCompleter`` and ``parse_tags()``.
- ``select_data()`` for combo boxes and ``set_text_if_changed()`` for line edits.

How dates, times, money and weekdays are written is ``delegator.text.formatting``'s job.
"""

from __future__ import annotations

import functools
import re
import zoneinfo

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from delegator.gui import theme

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


class ThemedLabel(WrappingLabel):
    """A wrapping label in one of the theme's colours (gui/theme.py), light or dark as
    the application's palette is, also after it changes."""

    def __init__(self, text: str, colour: theme.Pair, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._colour = colour
        self._recolour()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._recolour()
        super().changeEvent(event)

    def _recolour(self) -> None:
        palette = self.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, theme.colour(self._colour, QApplication.palette())
        )
        self.setPalette(palette)


class InlineMessage(ThemedLabel):
    """A problem with a field, shown under it in the palette's error colour.

    Hidden while empty; when it sits in a QFormLayout (see ``add_to``) the whole row
    is hidden. The field carries the message as its accessible description, so a
    screen reader tells it together with the field.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__("", theme.ERROR, parent)
        self._field = field
        self._form: QFormLayout | None = None
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


class HelpText(WrappingLabel):
    """A one-line explanation under a field, in the palette's muted text colour."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)


# Choices --------------------------------------------------------------------------


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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click beside the open list closes it and still lands where it was aimed.

        QCompleter swallows that click, so the next field clicked was not entered and
        what was typed next went on the tag ("Sorgfalt15").
        """
        popup = self.popup()

        if (
            watched is popup
            and event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and not popup.rect().contains(event.position().toPoint())
        ):
            popup.hide()
            field = self.widget()
            if field is not None:
                _replay_press(event, field.window())
            return True
        return super().eventFilter(watched, event)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        tag = super().pathFromIndex(index)
        edit = self.widget()
        text = edit.text() if isinstance(edit, QLineEdit) else ""
        done = text.rsplit(",", 1)[0].strip() if "," in text else ""
        return f"{done}, {tag}" if done else tag


def _replay_press(press: QMouseEvent, window: QWidget) -> None:
    """Deliver *press* to *window* if it lies on it, as Qt does after a menu closes."""
    handle = window.windowHandle()
    spot = press.globalPosition()
    local = QPointF(window.mapFromGlobal(spot))
    if handle is None or not window.rect().contains(local.toPoint()):
        return
    replay = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        local,
        local,
        spot,
        press.button(),
        press.buttons(),
        press.modifiers(),
    )
    QApplication.sendEvent(handle, replay)


def frameless_scroll(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """*content* in a scroll area without a frame that gives it the area's width (the
    way every page and long dialog scrolls)."""
    scroll = QScrollArea(parent)
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """*window* at *width* × *height*, or smaller where its screen is smaller, so its
    buttons and status line never lie beyond the screen's edge."""
    screen = window.screen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() - 40)
        height = min(height, available.height() * 9 // 10)
    window.resize(width, height)
