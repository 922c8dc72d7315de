"""Choose the UI language and load the matching Qt translation catalogue.

The GUI and the command line share one catalogue (resources/translations); every
user-visible string goes through ``QCoreApplication.translate`` or ``tr()``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from delegator.resources import resource

SUPPORTED = ("en", "de")
ENV_LANGUAGE = "DELEGATOR_LANG"


def ui_language() -> str:
    """``DELEGATOR_LANG`` if set, else the system's first supported UI language, else English."""
    forced = os.environ.get(ENV_LANGUAGE, "")[:2].lower()
    if forced in SUPPORTED:
        return forced
    for name in QLocale.system().uiLanguages():
        code = name[:2].lower()
        if code in SUPPORTED:
            return code
    return "en"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the catalogue for *language* into *app*; English needs none.

    Numbers and dates follow the system locale when it speaks *language*, otherwise
    the language's own conventions (so German text never comes with C-locale dates).
    """
    if QLocale.system().language() != QLocale(language).language():
        QLocale.setDefault(QLocale(language))
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(resource("translations", f"delegator_{language}.qm"))):
        return None
    app.installTranslator(translator)
    return translator
