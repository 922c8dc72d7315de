"""The export dialog warns about a secret anywhere in the brief — a to-do's area or
skills, the profile's business or contact channels — naming the place and the field."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from delegator.domain.model import Decision
from delegator.domain.profile import ChannelKind, ContactChannel
from delegator.gui.export_dialog import ExportDialog
from delegator.services.workspace import Workspace


def test_secrets_outside_the_tools_are_named_with_their_place(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, asked: list[str]
) -> None:
    workspace.fill_with_demo("en")
    anna = workspace.handover.assistant_named("Anna Keller")
    first, second = [
        t
        for t in workspace.tasks.tasks(decision=Decision.DELEGATE, archived=False)
        if t.assistant_id == anna.id
    ][:2]
    workspace.tasks.save(replace(first, area="Finance PIN 4711"))
    workspace.tasks.save(replace(second, skills=(*second.skills, "admin / Sommer2024!")))
    profile = workspace.profile.profile()
    workspace.profile.save(
        replace(
            profile,
            business=f"{profile.business}, iban de89-3704-0044-0532-0130-00",
            channels=(
                *profile.channels,
                ContactChannel(ChannelKind.CHAT, "https://hooks.slack.com/services/T0/B0/X"),
            ),
        )
    )
    dialog = ExportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.set_folder(tmp_path / "out")

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=5000)
    [question] = asked
    assert f"• “{first.title}”: Area" in question
    assert f"• “{second.title}”: Skills" in question
    assert "• Your profile: Business" in question
    assert "• Your profile: Contact channels" in question
    assert not (tmp_path / "out").exists()
    assert dialog.status.text().startswith("Nothing was exported. Remove the secrets")
