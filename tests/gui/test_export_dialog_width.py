"""The export dialog keeps a width at which its preview can be read."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from delegator.services.workspace import Workspace

from .test_export_dialog_layout import open_dialog, plan_for_anna


def test_the_dialog_cannot_be_squeezed_below_a_readable_width(
    qtbot: QtBot, workspace: Workspace
) -> None:
    plan_for_anna(workspace, "Sort the receipts")
    dialog = open_dialog(qtbot, workspace)
    dialog.resize(300, 540)
    qtbot.waitUntil(lambda: dialog.width() < 720)
    assert 640 <= dialog.width() <= 800
    assert dialog.preview.width() >= 300
