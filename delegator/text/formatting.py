"""Numbers, dates and times as the user's locale writes them.

Also the conversions between Python's and Qt's dates and times that the display and
the GUI's date and time fields share. Only QtCore is used: this module sits below the GUI.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}


def money(cents: int, currency: str, *, whole: bool = False) -> str:
    """An amount in the locale's currency format; *whole* rounds to whole units."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    if whole:
        return QLocale().toCurrencyString(float(round(cents / 100)), symbol, 0)
    return QLocale().toCurrencyString(cents / 100, symbol)


def hours(value: float) -> str:
    """Hours with one decimal where it matters: 10, 2.5, 0.3."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return QLocale().toString(int(rounded))
    return QLocale().toString(rounded, "f", 1)


# Dates and times ----------------------------------------------------------------------


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qtime(value: dt.time) -> QTime:
    """The time to the minute (seconds are dropped)."""
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def date_format() -> str:
    """The locale's short date format, always with a four-digit year."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def time_format() -> str:
    """The locale's short time format (hours and minutes)."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def short_date(day: dt.date) -> str:
    """*day* in the locale's short format with a four-digit year, as date fields show it."""
    return QLocale().toString(to_qdate(day), date_format())


def time_text(value: dt.time) -> str:
    """*value* in the locale's short time format, as time fields show it."""
    return QLocale().toString(to_qtime(value), time_format())


def day_name(weekday: int, long: bool = True) -> str:
    """The localized name of *weekday* (0 = Monday)."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().dayName(weekday + 1, kind)


def day_comes_first() -> bool:
    """Whether the locale writes the day before the month (12/31 or 31/12)."""
    order = date_format().lower()
    return order.find("d") < order.find("m")


def default_paper() -> str:
    """Letter where the locale measures in US units, A4 everywhere else."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"
