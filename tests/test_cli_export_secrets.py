"""``delegator export`` stops at a secret in any field that leaves the machine — a
to-do's area or skills, the profile's business or contact channels — and names where."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from delegator import cli
from delegator.domain.model import Decision
from delegator.domain.profile import ChannelKind, ContactChannel, Profile
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

from .cli_helpers import run


def plan(data: Path, profile: Profile, **task_fields: Any) -> None:
    """A plan with one to-do "Bank" to delegate (with *task_fields*) and *profile*."""
    workspace = Workspace(data / "delegator.sqlite3", data / "backups")
    try:
        (task_id,), _ = workspace.tasks.add([NewTask("Bank", Decision.DELEGATE)])
        workspace.tasks.save(replace(workspace.tasks.task(task_id), **task_fields))
        workspace.profile.save(profile)
    finally:
        workspace.close()


MARA = Profile(name="Mara", business="Lindqvist Design")


@pytest.mark.parametrize(
    ("profile", "task_fields", "named"),
    [
        (MARA, {"area": "Finanzen PIN 4711"}, "“Bank”, field “Area”"),
        (MARA, {"skills": ("Banking", "admin / Sommer2024!")}, "“Bank”, field “Skills”"),
        (
            replace(MARA, business="Lindqvist Design, iban de89-3704-0044-0532-0130-00"),
            {},
            "Your profile, field “Business”",
        ),
        (
            replace(
                MARA,
                channels=(
                    ContactChannel(
                        ChannelKind.CHAT,
                        "https://hooks.slack.com/services/T0/B0/X",
                        for_candidates=True,
                    ),
                ),
            ),
            {},
            "Your profile, field “Contact channels”",
        ),
    ],
    ids=["area", "skill", "business", "contact-channel"],
)
def test_a_secret_anywhere_stops_the_export_and_is_named(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    profile: Profile,
    task_fields: dict[str, Any],
    named: str,
) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    plan(data, profile, **task_fields)

    code, stdout, stderr = run(capsys, data, "export", "--unassigned", "-o", str(out))

    assert code == cli.EXIT_ERROR
    assert named in stderr
    assert "--allow-secrets" in stderr
    assert stdout == ""
    assert not out.exists()
    allowed, _, err = run(
        capsys, data, "export", "--unassigned", "--format", "md", "--allow-secrets", "-o", str(out)
    )
    assert allowed == cli.EXIT_OK, err
    assert (out / "brief.md").exists()
