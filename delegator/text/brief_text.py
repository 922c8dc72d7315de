"""Words of a brief in the language chosen for that export (not the UI's language).

Exporters mark their strings with ``QT_TRANSLATE_NOOP("Brief", "…")`` so lupdate
collects them into the same catalogue as the UI, and look them up here:
``words = BriefText("de"); words(QT_TRANSLATE_NOOP("Brief", "Steps"))``.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from delegator.runtime.resources import resource

CONTEXT = "Brief"


class BriefText:
    def __init__(self, language: str) -> None:
        self.language = "de" if language.lower().startswith("de") else "en"
        self._translator: QTranslator | None = None
        if self.language != "en":
            translator = QTranslator()
            if translator.load(str(resource("translations", f"delegator_{self.language}.qm"))):
                self._translator = translator

    def __call__(self, source: object) -> str:
        """*source* (a string marked with QT_TRANSLATE_NOOP) in the brief's language."""
        text = str(source)
        if self._translator is None:
            return text
        return self._translator.translate(CONTEXT, text) or text
