"""The package on disk: the chosen files, the manifest, the zip; nothing private in any
of them; no file overwritten without asking; nothing half written."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefFormat, BriefOptions
from delegator.domain.model import Decision
from delegator.domain.profile import Profile
from delegator.services.handover_package import write_package
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

TEXT_FORMATS = [BriefFormat.MARKDOWN, BriefFormat.ICS, BriefFormat.CSV, BriefFormat.ZIP]
PRIVATE = ("Kundenpitch entwerfen", "nur für mich", "98,76", "9876", "4321", "43,21")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(tmp_path / "data" / "delegator.sqlite3", tmp_path / "data" / "backups")
    workspace.profile.save(
        Profile(name="Mara", monthly_budget_cents=432_100, own_hourly_value_cents=987_600)
    )
    anna, _ = workspace.assistants.add(Assistant(0, "Anna Keller", hourly_rate_cents=4000))
    (task_id,), _ = workspace.tasks.add([NewTask("Rechnungen schreiben", Decision.DELEGATE)])
    attachment = tmp_path / "vorlage.txt"
    attachment.write_text("Vorlage")
    resource = workspace.tasks.attach(attachment)
    task = workspace.tasks.task(task_id)
    workspace.tasks.save(
        replace(
            task,
            assistant_id=anna.id,
            notes="nur für mich",
            steps=("Exportieren", "Senden"),
            resources=(resource,),
        )
    )
    workspace.tasks.add([NewTask("Kundenpitch entwerfen", Decision.KEEP)])
    yield workspace
    workspace.close()


def package(workspace: Workspace, folder: Path, *, force: bool = False) -> tuple[list[Path], str]:
    anna = workspace.handover.assistant_named("Anna Keller")
    brief = workspace.handover.build(anna, BriefOptions())
    return write_package(brief, TEXT_FORMATS, folder, workspace.attachments_dir, force=force)


def test_the_package_holds_every_file_and_a_manifest_of_their_hashes(
    workspace: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    written, digest = package(workspace, out)
    names = sorted(p.relative_to(out).as_posix() for p in written)
    zips = [n for n in names if n.endswith(".zip")]
    assert names == sorted(
        ["brief.md", "tasks.ics", "tasks.csv", "attachments/vorlage.txt", "manifest.json", *zips]
    )
    assert zips == [f"anna-keller-{zips[0][-14:-4]}.zip"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["assistant"] == "Anna Keller"
    assert manifest["schema_version"]
    for name, sha in manifest["files"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == sha
    assert hashlib.sha256((out / "manifest.json").read_bytes()).hexdigest() == digest
    with zipfile.ZipFile(out / zips[0]) as bundle:
        assert sorted(bundle.namelist()) == sorted(n for n in names if not n.endswith(".zip"))
    assert not list(out.glob(".*.part"))


def pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def readable(name: str, data: bytes) -> str:
    return pdf_text(data) if name.endswith(".pdf") else data.decode("utf-8")


@pytest.mark.usefixtures("qapp")
def test_nothing_private_in_any_file_the_pdf_included(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    anna = workspace.handover.assistant_named("Anna Keller")
    brief = workspace.handover.build(anna, BriefOptions())
    written, _ = write_package(
        brief, [*TEXT_FORMATS, BriefFormat.PDF], out, workspace.attachments_dir
    )
    assert "Exportieren" in pdf_text((out / "brief.pdf").read_bytes())
    for path in written:
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as bundle:
                contents = [(name, bundle.read(name)) for name in bundle.namelist()]
        else:
            contents = [(path.name, path.read_bytes())]
        for name, content in contents:
            text = readable(name, content)
            for private in PRIVATE:
                assert private not in text, (name, private)


def test_existing_files_are_not_overwritten_without_force(
    workspace: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "brief.md").write_text("mine")
    with pytest.raises(FileExistsError):
        package(workspace, out)
    assert (out / "brief.md").read_text() == "mine"
    assert sorted(p.name for p in out.iterdir()) == ["brief.md"]
    package(workspace, out, force=True)
    assert (out / "brief.md").read_text() != "mine"
