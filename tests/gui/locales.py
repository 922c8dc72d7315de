"""Tests that type numbers, times, dates or weekday names choose their locale here,
so they read the same under any LANG of the machine running them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

from delegator.text import i18n

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


@contextmanager
def speaking_german(app: QCoreApplication) -> Iterator[None]:
    """The app's and Qt's German catalogues with German numbers (de_DE), as ``--lang de``
    gives them; English and the previous locale again afterwards."""
    previous = QLocale()  # before the catalogues: installing them sets German numbers
    translators = i18n.install_translator(app, "de")
    try:
        with default_locale("de_DE"):
            yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)
