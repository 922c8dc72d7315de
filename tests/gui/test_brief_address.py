"""The form of address of German briefs: the plan's default in Edit → Settings…, an
assistant's own choice on the Assistants page; the brief built for them follows it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant, FormOfAddress
from delegator.domain.brief import BriefOptions
from delegator.gui.main_window import MainWindow
from delegator.gui.sidebar import Page
from delegator.runtime import settings
from delegator.runtime.settings import Settings

from .test_settings_dialog import choose, open_settings, press_ok


@pytest.fixture(autouse=True)
def default_settings() -> Iterator[None]:
    yield
    settings.use(Settings())


def address_of_brief(window: MainWindow, assistant: Assistant | None) -> FormOfAddress | None:
    brief = window.workspace.handover.build(assistant, BriefOptions(language="de"))
    return brief.options.address


def test_the_plans_default_is_chosen_in_the_settings_and_stored(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_settings(window, qtbot)
    assert dialog.address.currentText() == "Sie (formal)"
    choose(qtbot, dialog.address, "du (informal)")
    press_ok(qtbot, dialog)

    assert settings.current().german_address == "du"
    assert settings.read(tmp_path / "settings.ini").settings.german_address == "du"
    assert address_of_brief(window, None) is FormOfAddress.DU  # a requirements profile


def test_an_assistant_is_addressed_as_chosen_for_them_and_undo_gives_the_default_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    anna, _changes = window.workspace.assistants.add(Assistant(id=0, name="Anna"))
    settings.use(Settings(german_address="du"))
    window.page_actions[Page.ASSISTANTS].trigger()
    page = window.assistants_page
    combo = page.address_combo
    assert combo.currentText() == "Plan default (du)"
    assert address_of_brief(window, anna) is FormOfAddress.DU

    choose(qtbot, combo, "Sie (formal)")

    stored = window.workspace.assistants.assistant(anna.id)
    assert stored.german_address is FormOfAddress.SIE
    assert address_of_brief(window, stored) is FormOfAddress.SIE
    window.named_actions["undo"].trigger()
    assert window.workspace.assistants.assistant(anna.id).german_address is None
    assert combo.currentText() == "Plan default (du)"
