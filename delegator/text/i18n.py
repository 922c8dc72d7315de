"""Choose the UI language and load the matching Qt translation catalogues.

The GUI and the command line share one catalogue (resources/translations); every
user-visible string goes through ``QCoreApplication.translate`` or ``tr()``. Qt's own
texts (standard buttons, the file dialog, key names such as "Strg+N" in menus) come from
Qt's catalogue ``qtbase_<language>.qm``, which ships with PySide6.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from delegator.runtime import settings
from delegator.runtime.resources import resource

SUPPORTED = ("en", "de")
ENV_LANGUAGE = "DELEGATOR_LANG"
TRANSLATOR_NAME = "delegator-catalogue"  # the object name of the translators made here

# Key names that Qt's own catalogue leaves in English ("Return" in the menus); Qt asks
# for them in the context "QShortcut", and Delegator's catalogue, installed last, is
# asked first.
QT_KEY_NAMES = (QT_TRANSLATE_NOOP("QShortcut", "Return"),)


def ui_language(choice: str | None = None) -> str:
    """``DELEGATOR_LANG`` if set, else *choice* if it is one of ours, else the system's
    first supported UI language, else English. Without *choice*, the language of the
    settings in use (``settings.current()``): the language the user sees."""
    forced = os.environ.get(ENV_LANGUAGE, "")[:2].lower()
    if forced in SUPPORTED:
        return forced
    if choice is None:
        choice = settings.current().language
    return choice if choice in SUPPORTED else system_language()


def system_language() -> str:
    """The system's first supported UI language, else English."""
    for name in QLocale.system().uiLanguages():
        code = name[:2].lower()
        if code in SUPPORTED:
            return code
    return "en"


def qt_catalogue_folders() -> list[Path]:
    """Where Qt's own catalogues may lie: Qt's translations folder (inside PySide6), then
    Delegator's resources (a frozen app carries a copy there, see delegator.spec)."""
    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        resource("translations"),
    ]


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's and Delegator's catalogues for *language* into *app*; return the
    translators installed (for English only ours, which holds the plurals: "1 to-do",
    "2 to-dos"; a missing catalogue is left out).

    Numbers and dates follow the system locale when it speaks *language*, otherwise
    the language's own conventions (so German text never comes with C-locale dates).
    """
    if QLocale.system().language() != QLocale(language).language():
        QLocale.setDefault(QLocale(language))
    catalogues = [
        (f"qtbase_{language}", qt_catalogue_folders()),
        (f"delegator_{language}", [resource("translations")]),
    ]
    if language == "en":
        catalogues = catalogues[1:]
    installed = []
    for name, folders in catalogues:  # the last installed is asked first
        translator = QTranslator()
        if any(translator.load(f"{name}.qm", str(folder)) for folder in folders):
            translator.setObjectName(TRANSLATOR_NAME)
            translator.setParent(app)  # lives as long as the application
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def switch_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the catalogues ``install_translator`` installed in *app* by those of
    *language*, with its numbers and dates (the system's when it speaks *language*).

    Widgets made before keep their texts: whoever switches makes them again.
    """
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    return install_translator(app, language)
