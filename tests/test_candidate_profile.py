"""The requirements profile (``export --unassigned``) goes to strangers: it gives them
the name, the business and only the contact channels the user chose for candidates —
by default the first e-mail address, never the phone number."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from delegator import cli
from delegator.domain.assistant import Assistant
from delegator.domain.clock import Clock
from delegator.domain.model import Decision
from delegator.domain.profile import ChannelKind, ContactChannel, Profile
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

from .cli_helpers import run
from .clocks import BERLIN

PHONE = "+49 171 2345678"
WORK_MAIL, PRIVATE_MAIL = "mara@example.org", "mara.private@example.net"
CHANNELS = (
    ContactChannel(ChannelKind.PHONE, PHONE),
    ContactChannel(ChannelKind.EMAIL, WORK_MAIL),
    ContactChannel(ChannelKind.EMAIL, PRIVATE_MAIL),
    ContactChannel(ChannelKind.CHAT, "@mara"),
)
CLOCK = Clock.fixed(dt.datetime(2026, 12, 7, 10, 0), BERLIN)


def plan(data: Path, channels: tuple[ContactChannel, ...]) -> None:
    workspace = Workspace(data / "delegator.sqlite3", data / "backups", CLOCK)
    try:
        workspace.tasks.add([NewTask("Website umziehen", Decision.DELEGATE)])
        workspace.profile.save(Profile(name="Mara", business="Lindqvist Design", channels=channels))
    finally:
        workspace.close()


def exported(capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> str:
    out = tmp_path / "out"
    code, _, err = run(
        capsys, tmp_path / "data", "export", "--unassigned", "--format", fmt, "-o", str(out)
    )
    assert code == cli.EXIT_OK, err
    if fmt == "md":
        return (out / "brief.md").read_text(encoding="utf-8")
    from pypdf import PdfReader

    words = (page.extract_text().split() for page in PdfReader(out / "brief.pdf").pages)
    return " ".join(word for page in words for word in page)  # it separates words by tabs


@pytest.mark.usefixtures("qapp")  # the PDF is rendered with Qt's fonts
@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_by_default_candidates_get_the_name_the_business_and_one_email(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    plan(tmp_path / "data", CHANNELS)

    text = exported(capsys, tmp_path, fmt)

    assert "Mara" in text
    assert "Lindqvist Design" in text
    assert WORK_MAIL in text
    for private in (PHONE, PRIVATE_MAIL, "@mara"):
        assert private not in text


def test_the_phone_number_goes_to_candidates_when_chosen_for_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    phone, work, private, chat = CHANNELS
    plan(tmp_path / "data", (replace(phone, for_candidates=True), work, private, chat))

    text = exported(capsys, tmp_path, "md")

    assert PHONE in text
    for not_chosen in (WORK_MAIL, PRIVATE_MAIL, "@mara"):
        assert not_chosen not in text


def test_an_assistant_gets_every_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    plan(data, CHANNELS)
    workspace = Workspace(data / "delegator.sqlite3", data / "backups", CLOCK)
    try:
        anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
        task = workspace.tasks.task(1)
        workspace.tasks.save(replace(task, assistant_id=anna.id))
    finally:
        workspace.close()
    out = tmp_path / "out"

    code, _, err = run(
        capsys, data, "export", "--assistant", "Anna", "--format", "md", "-o", str(out)
    )

    assert code == cli.EXIT_OK, err
    text = (out / "brief.md").read_text(encoding="utf-8")
    for channel in CHANNELS:
        assert channel.value in text
