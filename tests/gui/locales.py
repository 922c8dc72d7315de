"""Tests that type numbers, times, dates or weekday names choose their locale here,
so they read the same under any LANG of the machine running them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale

# Qt (CLDR) writes a narrow no-break space before AM and PM.
NNBSP = "\u202f"


@contextmanager
def default_locale(name: str) -> Iterator[QLocale]:
    """Make *name* (e.g. "en_US", "de_DE") the default locale of widgets made inside."""
    previous = QLocale()
    locale = QLocale(name)
    QLocale.setDefault(locale)
    try:
        yield locale
    finally:
        QLocale.setDefault(previous)
