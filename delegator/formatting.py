"""Numbers as the user's locale writes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

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


def short_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
