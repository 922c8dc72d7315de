"""The command line in-process speaks English as ``delegator`` does: with the English
catalogue, which holds the plurals ("Created 1 to-do", "Created 2 to-dos"). The real
entry point (``app.main``) installs it; ``cli.run`` called directly does not. Numbers
and sizes follow English conventions, whatever the machine's locale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from delegator.runtime.resources import resource
from tests.gui.locales import default_locale


@pytest.fixture
def cli_in_english(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(resource("translations", "delegator_en.qm")))
    qapp.installTranslator(translator)
    with default_locale("en_US"):
        yield
    qapp.removeTranslator(translator)
