"""Every text a brief carries is scanned for secrets, and each hit names its place."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefOptions
from delegator.domain.errors import SecretPlace
from delegator.domain.model import Decision, Resource, ResourceKind, Task
from delegator.domain.profile import ChannelKind, ContactChannel, Profile
from delegator.domain.secrets import find_secrets
from delegator.services.handover_service import secret_hits
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    workspace.profile.save(Profile(name="Mara", business="Lindqvist Design"))
    yield workspace
    workspace.close()


def delegate(workspace: Workspace, title: str, assistant: Assistant | None, **fields: Any) -> Task:
    (task_id,), _ = workspace.tasks.add([NewTask(title, Decision.DELEGATE)])
    task = workspace.tasks.task(task_id)
    workspace.tasks.save(replace(task, assistant_id=assistant.id if assistant else None, **fields))
    return workspace.tasks.task(task_id)


def places(workspace: Workspace, assistant: Assistant | None) -> list[tuple[str, str, str]]:
    brief = workspace.handover.build(assistant, BriefOptions())
    return [(hit.place.value, hit.task_title, hit.field) for hit in secret_hits(brief)]


def test_every_field_of_a_to_do_is_scanned(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    delegate(workspace, "Shop", anna, area="Shop – PIN 4711")
    delegate(workspace, "Newsletter", anna, skills=("Mailchimp", "admin / Sommer2024!"))
    delegate(workspace, "Flyer", anna, acceptance_criteria=("Passwort:\nKaffee#7Tasse",))
    delegate(
        workspace,
        "Slack",
        anna,
        resources=(
            Resource(ResourceKind.LINK, "Kanal", "https://hooks.slack.com/services/T0/B0/XXXX"),
        ),
    )
    delegate(
        workspace, "Bank", anna, escalation_rule="Bei Fragen: iban de89-3704-0044-0532-0130-00"
    )

    assert places(workspace, anna) == [
        ("task", "Shop", "area"),
        ("task", "Newsletter", "skills"),
        ("task", "Flyer", "acceptance_criteria"),
        ("task", "Slack", "resources"),
        ("task", "Bank", "escalation_rule"),
    ]  # the list of all skills repeats the hit in "Newsletter": not named twice


def test_the_profile_the_assistant_and_the_changes_are_scanned(workspace: Workspace) -> None:
    workspace.profile.save(
        Profile(
            name="Mara",
            business="Lindqvist Design, Karte 4111.1111.1111.1111",
            channels=(
                ContactChannel(ChannelKind.EMAIL, "mara@lindqvist.example"),
                ContactChannel(ChannelKind.CHAT, "https://discord.com/api/webhooks/123/abc"),
            ),
        )
    )
    anna, _ = workspace.assistants.add(Assistant(0, "Anna pw Sommer2024!"))
    gone = delegate(workspace, "WLAN-Schlüssel → 8fj3-KK29-xx", anna)
    workspace.handover.record(
        workspace.handover.build(anna, BriefOptions()), anna.id, "md", "/tmp/out", "0" * 64
    )
    workspace.tasks.set_archived([gone.id], True)
    delegate(workspace, "Rechnungen", anna)

    assert places(workspace, anna) == [
        ("profile", "", "business"),
        ("profile", "", "channels"),
        ("assistant", "", "assistant_name"),
        ("changes", "", "removed"),
    ]  # the brief's title repeats the assistant's name: not named twice


def test_a_harmless_brief_has_no_hits(workspace: Workspace) -> None:
    workspace.fill_with_demo("de")
    for assistant in workspace.assistants.assistants():
        assert places(workspace, assistant) == []
    assert places(workspace, None) == []


def test_an_attached_file_is_judged_by_its_name_not_its_place_in_the_data_folder(
    workspace: Workspace,
) -> None:
    stored = "3f9a2c1e7b4d8a6f/Angebot.pdf"  # the content's hash, as attach() files it
    delegate(
        workspace, "Angebot", None, resources=(Resource(ResourceKind.FILE, "Angebot.pdf", stored),)
    )
    assert places(workspace, None) == []


def test_an_attached_files_name_is_scanned_though_its_label_is_harmless(
    workspace: Workspace,
) -> None:
    stored = "3f9a2c1e7b4d8a6f/Zugang Passwort Sommer2024!.txt"
    delegate(workspace, "Shop", None, resources=(Resource(ResourceKind.FILE, "Zugang", stored),))
    assert places(workspace, None) == [("task", "Shop", "resources")]


def test_the_hit_in_the_profile_names_its_place(workspace: Workspace) -> None:
    workspace.profile.save(Profile(name="Mara", business="PIN: 4711"))
    brief = workspace.handover.build(None, BriefOptions())
    [hit] = secret_hits(brief)
    assert hit.place is SecretPlace.PROFILE


def test_the_same_secret_in_several_to_dos_names_every_one(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    for title in ("Postfach", "Kalender", "Newsletter"):
        delegate(workspace, title, anna, instructions="Login mit Passwort: Sommer2024!")

    assert places(workspace, anna) == [
        ("task", "Postfach", "instructions"),
        ("task", "Kalender", "instructions"),
        ("task", "Newsletter", "instructions"),
    ]


def test_the_scan_of_the_whole_brief_finds_what_each_field_alone_holds() -> None:
    """secret_hits scans all texts as one first; a text's neighbours (a single word, a
    heading, a look-alike) must never hide what the text holds alone."""
    from delegator.services.handover_service import _with_findings
    from tests.domain.blind_corpora import CORPORA
    from tests.domain.secret_corpus import SECRETS

    secrets = [p.text for p in SECRETS] + [t for c in CORPORA for t, _ in c.secrets]
    neighbours = ["Rolle", "Passwort", "Zugang:", "", "Flug LH 2034 am Montag, Sitz 14C"]
    hidden = [
        (before, text, after)
        for number, text in enumerate(secrets)
        if find_secrets(text)
        for before, after in [(neighbours[number % 5], neighbours[(number + 2) % 5])]
        if 1 not in _with_findings([[before], [text], [after]])
    ]
    assert hidden == []
