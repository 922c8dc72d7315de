"""A button beside a typed date field that opens a month calendar to pick the date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QToolButton, QWidget

from delegator.domain.clock import Clock


def _calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar sheet in the text colour, for systems without an icon theme."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = palette.color(QPalette.ColorRole.ButtonText)
    painter.setPen(colour)
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, colour)
    for row in range(2):
        for column in range(3):
            painter.fillRect(3 + 4 * column, 8 + 3 * row, 2, 2, colour)
    painter.end()
    return QIcon(pixmap)


class _Calendar(QCalendarWidget):
    """The calendar as a popup: Enter takes the selected day, Escape closes it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.selectedDate())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DatePickerButton(QToolButton):
    """Opens a calendar on the date shown (today if none); a day clicked there, or
    chosen with the arrow keys and Enter, is ``date_chosen``.

    Signals:
        date_chosen(object): the ``datetime.date`` picked.
    """

    date_chosen = Signal(object)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._date: dt.date | None = None
        self.setIcon(QIcon.fromTheme("x-office-calendar", _calendar_icon(self.palette())))
        self.setToolTip(self.tr("Choose the date in a calendar"))
        # A window of its own, not a child: its month menu's actions are no commands
        # of the window (the action walk finds every child action of the window).
        self.calendar = _Calendar()
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.destroyed.connect(self.calendar.deleteLater)
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._on_calendar_chosen)
        self.calendar.activated.connect(self._on_calendar_chosen)
        self.clicked.connect(self._on_clicked)

    def set_date(self, day: dt.date | None) -> None:
        """The date the calendar opens on."""
        self._date = day

    def _on_clicked(self) -> None:
        day = self._date or self._clock.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.adjustSize()
        corner = self.mapToGlobal(QPoint(self.width(), self.height()))
        self.calendar.move(corner.x() - self.calendar.width(), corner.y())
        self.calendar.show()
        self.calendar.setFocus()

    def _on_calendar_chosen(self, day: QDate) -> None:
        self.calendar.hide()
        self._date = dt.date(day.year(), day.month(), day.day())
        self.date_chosen.emit(self._date)
