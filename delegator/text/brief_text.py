"""Words of a brief in the language chosen for that export (not the UI's language).

Exporters mark their strings with ``QT_TRANSLATE_NOOP("Brief", "…")`` so lupdate
collects them into the same catalogue as the UI, and look them up here:
``words = BriefText("de"); words(QT_TRANSLATE_NOOP("Brief", "Steps"))``.

A German brief says "Sie" or "du" to its reader, never both: with
``FormOfAddress.DU`` each source is looked up first in the context ``BriefInformal``
(the sources that address the reader, listed in ``text/brief_informal.py``), then in
``Brief``.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from delegator.domain.assistant import FormOfAddress
from delegator.runtime.resources import resource

CONTEXT = "Brief"
INFORMAL_CONTEXT = "BriefInformal"


class BriefText:
    def __init__(self, language: str, address: FormOfAddress | None = None) -> None:
        self.language = "de" if language.lower().startswith("de") else "en"
        self.address = address or FormOfAddress.SIE
        self._translator: QTranslator | None = None
        if self.language != "en":
            translator = QTranslator()
            if translator.load(str(resource("translations", f"delegator_{self.language}.qm"))):
                self._translator = translator
        self._contexts = (
            (INFORMAL_CONTEXT, CONTEXT) if self.address is FormOfAddress.DU else (CONTEXT,)
        )

    def __call__(self, source: object) -> str:
        """*source* (a string marked with QT_TRANSLATE_NOOP) in the brief's language."""
        text = str(source)
        if self._translator is None:
            return text
        for context in self._contexts:
            if translated := self._translator.translate(context, text):
                return translated
        return text
