"""The command line's counted words with their plural forms: "Created 1 to-do",
"Created 2 to-dos", "1 To-do angelegt".

lupdate reads a plural only from ``self.tr(text, "", n)``, never from
``QCoreApplication.translate``, so these live in a QObject (translation context
``Counts``); the English catalogue holds the plurals, as it does for the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def created(self, count: int) -> str:
        return self.tr("Created %n to-do(s)", "", count)

    def would_create(self, count: int) -> str:
        return self.tr("Would create %n to-do(s)", "", count)

    def sample_business(self, count: int) -> str:
        """With ``{path}`` still to fill in."""
        return self.tr("Added a sample business with %n to-do(s) to {path}.", "", count)

    def todos(self, count: int) -> str:
        return self.tr("%n to-do(s)", "", count)

    def assistants(self, count: int) -> str:
        return self.tr("%n assistant(s)", "", count)

    def attachments(self, count: int) -> str:
        return self.tr("%n attachment(s)", "", count)

    def more(self, count: int) -> str:
        """The end of a list cut short: "… and 3 more items"."""
        return self.tr("… and %n more item(s)", "", count)
