"""Edit → Settings…: the UI language, the theme, the paper of briefs and the default
check-in rhythm, stored in ``settings.ini`` of the data folder (runtime/settings.py).

Theme, paper and rhythm apply at once. A new language reopens the window on the same
plan (``gui/window_reopen.py``): Qt widgets keep the texts they were made with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from delegator.gui.form_widgets import HelpText
from delegator.gui.theme import apply_theme
from delegator.runtime import settings
from delegator.runtime.settings import Settings
from delegator.text import i18n
from delegator.text.formatting import locale_paper

if TYPE_CHECKING:
    from delegator.gui.main_window import MainWindow

# Each language named in its own words, as language menus do everywhere.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}
MINIMUM_WIDTH = 460  # the notes under the choices fit in two lines


class SettingsDialog(QDialog):
    """The settings as the user chooses them; ``chosen()`` once accepted.

    ``briefs_form`` is the form of the "Briefs" group: what briefs say and look like
    (the paper size; the German form of address belongs there too).
    """

    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(MINIMUM_WIDTH)
        self._current = current
        system = LANGUAGE_NAMES[i18n.system_language()]
        self.language = self._combo(
            [(self.tr("Same as the system ({language})").format(language=system), settings.SYSTEM)]
            + [(name, code) for code, name in LANGUAGE_NAMES.items()],
            current.language,
        )
        self.theme = self._combo(
            [
                (self.tr("Same as the system"), settings.SYSTEM),
                (self.tr("Light"), "light"),
                (self.tr("Dark"), "dark"),
            ],
            current.theme,
        )
        self.paper = self._combo(
            [("A4", "A4"), (self.tr("US Letter"), "Letter")], current.paper or locale_paper()
        )
        self._paper_picked = False  # a paper the user picks is theirs, also the locale's
        self.paper.activated.connect(self._on_paper_activated)
        self.rhythm = self._combo(
            [
                (self.tr("Weekly"), "weekly"),
                (self.tr("Every two weeks"), "biweekly"),
                (self.tr("Monthly"), "monthly"),
            ],
            current.check_in_rhythm,
        )
        self.address = self._combo(address_choices(), current.german_address)
        self._lay_out()

    def _combo(self, items: list[tuple[str, str]], selected: str) -> QComboBox:
        combo = QComboBox(self)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        return combo

    def _lay_out(self) -> None:
        appearance = QGroupBox(self.tr("Language and appearance"), self)
        form = QFormLayout(appearance)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", _note(self.tr("A new language reopens the window; Undo starts afresh.")))
        form.addRow(self.tr("&Theme:"), self.theme)
        briefs = QGroupBox(self.tr("Briefs"), self)
        self.briefs_form = QFormLayout(briefs)
        self.briefs_form.addRow(self.tr("&Paper size:"), self.paper)
        self.briefs_form.addRow(self.tr("&Form of address in German:"), self.address)
        self.briefs_form.addRow(
            "", _note(self.tr("For assistants who have no form of address of their own."))
        )
        check_ins = QGroupBox(self.tr("Check-ins"), self)
        form = QFormLayout(check_ins)
        form.addRow(self.tr("Default &rhythm:"), self.rhythm)
        form.addRow(
            "",
            _note(self.tr("For delegated to-dos while My Agreements names no check-in rhythm.")),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for group in (appearance, briefs, check_ins):
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # As tall as the wrapped notes need (Qt would open it at two thirds of a small
        # screen, squeezing the notes into the rows below them).
        self.setMinimumHeight(layout.totalHeightForWidth(MINIMUM_WIDTH))

    def _on_paper_activated(self) -> None:
        self._paper_picked = True

    def chosen(self) -> Settings:
        """The settings as chosen; a paper left untouched at the locale's stays "from
        the locale", one the user picked is stored (even when the locale's)."""
        paper = str(self.paper.currentData())
        if not self._current.paper and not self._paper_picked and paper == locale_paper():
            paper = ""
        return Settings(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            paper=paper,
            check_in_rhythm=str(self.rhythm.currentData()),
            german_address=str(self.address.currentData()),
        )


def address_choices() -> list[tuple[str, str]]:
    """The forms of address of German briefs, shown in the UI's language (the settings'
    values; the Assistants page offers the same)."""
    return [
        (QCoreApplication.translate("SettingsDialog", "Sie (formal)"), "sie"),
        (QCoreApplication.translate("SettingsDialog", "du (informal)"), "du"),
    ]


def _note(text: str) -> HelpText:
    return HelpText(text)  # as tall as its lines at the width the form gives it


def store(target: QSettings, chosen: Settings) -> None:
    """Write *chosen* into the ``[settings]`` section of the window's settings file."""
    target.beginGroup(settings.SECTION)
    for key, value in chosen.as_values().items():
        target.setValue(key, value)
    target.endGroup()
    target.sync()


def open_settings(window: MainWindow) -> SettingsDialog:
    """Show the settings dialog over *window*; OK stores and applies the choices."""
    dialog = SettingsDialog(settings.current(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: apply(window, dialog.chosen()))
    dialog.open()
    return dialog


def apply(window: MainWindow, chosen: Settings) -> None:
    """Store *chosen* and run with it: the theme at once, a new language by reopening
    the window once the dialog has closed."""
    before = settings.current()
    store(window.settings_store, chosen)
    settings.use(chosen)
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the settings dialog needs a QApplication"
    if chosen.theme != before.theme:
        apply_theme(app, chosen.theme)
    language = i18n.ui_language(chosen.language)
    if language != i18n.ui_language(before.language):
        from delegator.gui.window_reopen import reopen

        QTimer.singleShot(0, window, lambda: reopen(window, language))
