"""Numbers, money, hours, dates and times as the user's locale writes them.

Every amount of money and every number of hours the user sees is written here, so the
window says "1.234,50 €" and "2,5 Std./Woche" the same way everywhere.

Also the conversions between Python's and Qt's dates and times that the display and
the GUI's date and time fields share. Only QtCore is used: this module sits below the GUI.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from delegator.runtime import settings

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}


def money(cents: int, currency: str, *, whole: bool = False) -> str:
    """An amount as the locale writes money: "1.234,50 €", "€1,234.50"; *whole* rounds
    to whole units ("1.235 €")."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    if whole:
        return _spaced(QLocale().toCurrencyString(float(round(cents / 100)), symbol, 0), symbol)
    return _spaced(QLocale().toCurrencyString(cents / 100, symbol), symbol)


def _spaced(written: str, symbol: str) -> str:
    """A currency code kept apart from the number ("CHF 42.50"), as a symbol need not be
    ("€42.50"): English locales write a code straight before the digits."""
    if symbol.isalpha() and symbol.isascii() and written.startswith(symbol):
        rest = written[len(symbol) :]
        if rest[:1].isdigit():
            return f"{symbol}\u00a0{rest}"
    return written


def money_per_month(cents: int, currency: str, *, whole: bool = False) -> str:
    """An amount a month: "413,08 €/Monat", "€413.08/month"."""
    amount = money(cents, currency, whole=whole)
    return QCoreApplication.translate("Formatting", "{amount}/month").format(amount=amount)


def currency_affixes(currency: str) -> tuple[str, str]:
    """The prefix and suffix a money field shows around its number, where the locale
    puts the symbol: ("€", "") in English, ("", " €") in German."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    written = _spaced(QLocale().toCurrencyString(1.0, symbol, 0), symbol)
    number = QLocale().toString(1)
    before, _, after = written.partition(number)
    return before, after


def hours(value: float) -> str:
    """The number of hours, with one decimal where it matters: 10, 2.5, 0.3."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return QLocale().toString(int(rounded))
    return QLocale().toString(rounded, "f", 1)


def weekly_hours(value: float) -> str:
    """Hours a week: "2.5 h/week", "2,5 Std./Woche"."""
    return QCoreApplication.translate("Formatting", "{hours} h/week").format(hours=hours(value))


def weekly_hours_of(used: float, capacity: float) -> str:
    """Hours a week used of those agreed: "6/10 h/week", "6/10 Std./Woche"."""
    return QCoreApplication.translate("Formatting", "{used}/{capacity} h/week").format(
        used=hours(used), capacity=hours(capacity)
    )


def hours_unit() -> str:
    """The unit of an hours field, with its leading space: " h", " Std."."""
    return QCoreApplication.translate("Formatting", " h")


def weekly_hours_unit() -> str:
    """The unit of an hours-a-week field, with its leading space: " h/week"."""
    return QCoreApplication.translate("Formatting", " h/week")


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
    """The paper of briefs and agendas chosen in the settings, else the locale's."""
    return settings.current().paper or locale_paper()


def locale_paper() -> str:
    """Letter in the US and Canada (and where the locale measures in US units), A4
    everywhere else."""
    locale = QLocale()
    imperial = locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    letter = locale.territory() in (QLocale.Country.UnitedStates, QLocale.Country.Canada)
    return "Letter" if imperial or letter else "A4"
