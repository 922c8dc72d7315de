"""The templates manager without templates of its own: the built-in list follows right
under the hint on how to make one, with no empty band between them."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from delegator.services.workspace import Workspace

from .test_templates_dialog import open_dialog


def test_the_built_in_templates_follow_right_under_the_hint(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = open_dialog(qtbot, workspace)
    dialog.resize(720, 520)
    qtbot.waitUntil(lambda: dialog.height() == 520)
    hint = dialog.empty_hint
    assert hint.isVisible()
    hint_bottom = hint.mapTo(dialog, QPoint(0, hint.height())).y()
    builtin_top = dialog.builtin_list.mapTo(dialog, QPoint(0, 0)).y()
    # Only the label of the built-in list and the layout's spacing between them.
    assert builtin_top - hint_bottom <= 3 * hint.fontMetrics().height()
