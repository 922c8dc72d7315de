"""The command line is a contract for scripts: names, flags, JSON fields, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from delegator import __version__, cli

JSON_FIELDS = {
    "id",
    "title",
    "decision",
    "area",
    "assistant",
    "priority",
    "frequency",
    "minutes_per_occurrence",
    "hours_per_week",
    "due",
    "lead_time_days",
    "level",
    "steps",
    "acceptance_criteria",
    "skills",
    "archived",
    "status",
    "next_checkin",
    "last_feedback_rating",
}


def run(
    *args: str, data_dir: Path | None = None, env_dir: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DELEGATOR_DATA_DIR"}
    if env_dir is not None:
        env["DELEGATOR_DATA_DIR"] = str(env_dir)
    argv = [sys.executable, "-m", "delegator", *args]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60, check=False)


def test_add_decide_list_through_the_real_entry_point(tmp_path: Path) -> None:
    added = run("add", "Rechnungen schreiben", "Belege hochladen", data_dir=tmp_path)
    assert added.returncode == 0, added.stderr
    ids = [int(line) for line in added.stdout.split()]
    assert len(ids) == 2
    assert run("decide", str(ids[1]), "delegate", data_dir=tmp_path).returncode == 0
    listed = run("list", "--json", data_dir=tmp_path)
    assert listed.returncode == 0
    tasks = json.loads(listed.stdout)
    assert [(t["id"], t["title"], t["decision"]) for t in tasks] == [
        (ids[0], "Rechnungen schreiben", "undecided"),
        (ids[1], "Belege hochladen", "delegate"),
    ]
    assert set(tasks[0]) >= JSON_FIELDS


def test_the_environment_variable_chooses_the_data_folder(tmp_path: Path) -> None:
    assert run("add", "via env", env_dir=tmp_path).returncode == 0
    assert (tmp_path / "delegator.sqlite3").exists()


def test_version_and_help() -> None:
    version = run("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"Delegator {__version__}"
    helped = run("--help")
    assert helped.returncode == 0
    for command in ("add", "decide", "list"):
        assert command in helped.stdout


def test_json_fields_have_their_documented_types(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["add", "Newsletter", "--decision", "keep", "--notes", "privat"]) == 0
    capsys.readouterr()
    assert cli.run(["list", "--json"]) == 0
    (task,) = json.loads(capsys.readouterr().out)
    assert task["decision"] == "keep"
    assert task["notes"] == "privat"
    assert task["steps"] == []
    assert task["acceptance_criteria"] == []
    assert task["skills"] == []
    assert task["archived"] is False
    for unknown in (
        "area",
        "assistant",
        "priority",
        "frequency",
        "minutes_per_occurrence",
        "hours_per_week",
        "due",
        "lead_time_days",
        "level",
    ):
        assert task[unknown] is None


def test_list_filters_by_decision(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli.run(["add", "a", "b", "--decision", "delegate"])
    cli.run(["add", "c"])
    capsys.readouterr()
    cli.run(["list", "--decision", "delegate"])
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(None, 2)[2] for line in lines] == ["a", "b"]


def test_errors_are_one_line_and_non_zero(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.run(["add", "a"])
    capsys.readouterr()
    assert cli.run(["decide", "42", "keep"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "42" in err
    assert cli.run(["decide", "1", "maybe"]) == cli.EXIT_USAGE
    assert "maybe" in capsys.readouterr().err
    assert cli.run(["add", "   "]) == cli.EXIT_ERROR
    assert capsys.readouterr().err.count("\n") == 1
    cli.run(["list"])
    assert capsys.readouterr().out.split() == ["1", "undecided", "a"]


def test_a_file_that_is_not_ours_is_named_and_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "delegator.sqlite3"
    target.write_text("my shopping list\n")
    result = run("list", data_dir=tmp_path)
    assert result.returncode == cli.EXIT_ERROR
    assert str(target) in result.stderr
    assert result.stderr.count("\n") == 1
    assert target.read_text() == "my shopping list\n"


def test_demo_fills_an_empty_folder_with_a_described_business(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = run("demo", data_dir=folder)
    assert result.returncode == 0, result.stderr
    tasks = json.loads(run("list", "--json", data_dir=folder).stdout)
    assert 35 <= len(tasks) <= 45
    decisions = {t["decision"] for t in tasks}
    assert decisions == {"keep", "delegate", "undecided"}
    by_assistant: dict[str, list[dict[str, object]]] = {}
    for task in tasks:
        if task["assistant"]:
            by_assistant.setdefault(str(task["assistant"]), []).append(task)
    assert len(by_assistant) == 2
    for delegated in by_assistant.values():
        assert len(delegated) >= 5
        for task in delegated:
            assert task["instructions"]
            assert task["steps"]
            assert task["acceptance_criteria"]
            assert task["skills"]
            assert task["minutes_per_occurrence"]
            assert task["level"]
    from delegator.services.workspace import Workspace

    workspace = Workspace(folder / "delegator.sqlite3", folder / "backups")
    try:
        profile = workspace.profile.profile()
        assert profile.windows
        assert profile.channels
    finally:
        workspace.close()


def test_demo_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep me")
    result = run("demo", data_dir=tmp_path)
    assert result.returncode == cli.EXIT_ERROR
    assert "not empty" in result.stderr
    assert result.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.txt"]


def test_demo_speaks_the_system_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DELEGATOR_LANG", "de")
    assert run("demo", data_dir=tmp_path).returncode == 0
    titles = [t["title"] for t in json.loads(run("list", "--json", data_dir=tmp_path).stdout)]
    assert any("Rechnung" in title or "Posteingang" in title for title in titles)


def test_readiness_of_an_empty_folder_is_not_yet(tmp_path: Path) -> None:
    result = run("readiness", "--json", data_dir=tmp_path)
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["verdict"] == "not_yet"
    assert set(report["scores"]) == {"expectations", "reliability", "letting_go"}
    ids = {f["id"] for f in report["findings"] if f["severity"] == "blocker"}
    assert {"expectations.no_delegated_task", "reliability.no_reachability"} <= ids
    for finding in report["findings"]:
        assert {"id", "severity", "subject", "message", "fix"} <= set(finding)
        assert finding["message"]
        assert finding["fix"]


def test_readiness_exit_codes_follow_the_verdict(tmp_path: Path) -> None:
    from dataclasses import replace

    from delegator.domain.followup import Review, ReviewOutcome
    from delegator.services.workspace import Workspace

    assert run("demo", data_dir=tmp_path).returncode == 0
    # The demo's follow-up is behind: one check-in overdue, one settling-in review due.
    behind = run("readiness", "--json", data_dir=tmp_path)
    assert behind.returncode == 1
    warnings = {
        f["id"] for f in json.loads(behind.stdout)["findings"] if f["severity"] == "warning"
    }
    assert warnings == {"reliability.check_in_overdue", "letting_go.review_overdue"}
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    try:
        today = workspace.clock.today()
        for due in workspace.followup.due_check_ins():
            workspace.followup.complete_check_in(due.task_id, "Talked it through.")
        for assistant in workspace.assistants.assistants():
            if assistant.trial_end is not None and assistant.trial_end < today:
                review = Review(0, assistant.id, today, ReviewOutcome.CONTINUE)
                workspace.followup.add_review(review)
    finally:
        workspace.close()
    ready = run("readiness", data_dir=tmp_path)
    assert ready.returncode == 0
    assert ready.stdout.startswith("Ready")
    task = json.loads(run("list", "--json", "--decision", "delegate", data_dir=tmp_path).stdout)[0]
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    try:
        stored = workspace.tasks.task(task["id"])
        workspace.tasks.save(replace(stored, acceptance_criteria=()))
    finally:
        workspace.close()
    almost = run("readiness", "--json", data_dir=tmp_path)
    assert almost.returncode == 1
    (finding,) = [f for f in json.loads(almost.stdout)["findings"] if f["severity"] == "warning"]
    assert finding["id"] == "expectations.no_acceptance_criteria"
    assert finding["subject"] == {"kind": "task", "id": task["id"], "name": task["title"]}


def test_readiness_speaks_german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DELEGATOR_LANG", "de")
    result = run("readiness", data_dir=tmp_path)
    assert result.stdout.startswith("Noch nicht")
    assert "Kontaktweg" in result.stdout


def test_an_empty_title_is_refused_in_the_ui_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DELEGATOR_LANG", "de")
    result = run("add", "ok", "  ", data_dir=tmp_path)
    assert result.returncode == cli.EXIT_ERROR
    assert "Titel" in result.stderr
    assert json.loads(run("list", "--json", data_dir=tmp_path).stdout) == []


def test_export_writes_the_package_and_prints_the_paths(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", data_dir=data).returncode == 0
    out = tmp_path / "out"
    result = run(
        "export",
        "--assistant",
        "Anna Keller",
        "--format",
        "md,ics,csv",
        "-o",
        str(out),
        data_dir=data,
    )
    assert result.returncode == 0, result.stderr
    printed = [Path(line) for line in result.stdout.split()]
    assert {p.name for p in printed} >= {"brief.md", "tasks.ics", "tasks.csv", "manifest.json"}
    assert all(p.exists() for p in printed)
    assert "Sort and answer the studio inbox" in (out / "brief.md").read_text()
    again = run(
        "export", "--assistant", "Anna Keller", "--format", "md", "-o", str(out), data_dir=data
    )
    assert again.returncode == cli.EXIT_ERROR
    assert "--force" in again.stderr
    forced = run(
        "export",
        "--assistant",
        "Anna Keller",
        "--format",
        "md",
        "--force",
        "-o",
        str(out),
        data_dir=data,
    )
    assert forced.returncode == 0
    assert "## Changes since" in (out / "brief.md").read_text()


def test_export_names_an_unknown_assistant_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("export", "--assistant", "Zoe", "-o", str(out), data_dir=tmp_path / "data")
    assert result.returncode == cli.EXIT_ERROR
    assert "Zoe" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not out.exists()


def test_export_stops_at_a_secret_unless_allowed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("add", "Bank", "--decision", "delegate", data_dir=data)
    from delegator.services.workspace import Workspace

    workspace = Workspace(data / "delegator.sqlite3", data / "backups")
    try:
        from dataclasses import replace

        task = workspace.tasks.task(1)
        workspace.tasks.save(replace(task, tools=("Passwort: hunter22",)))
    finally:
        workspace.close()
    out = tmp_path / "out"
    stopped = run("export", "--unassigned", "--format", "md", "-o", str(out), data_dir=data)
    assert stopped.returncode == cli.EXIT_ERROR
    assert "Bank" in stopped.stderr
    assert not (out / "brief.md").exists()
    allowed = run(
        "export", "--unassigned", "--format", "md", "--allow-secrets", "-o", str(out), data_dir=data
    )
    assert allowed.returncode == 0
    assert (out / "brief.md").exists()


def test_export_into_an_unwritable_place_is_one_line_and_non_zero(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", data_dir=data).returncode == 0
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run("export", "--assistant", "Anna Keller", "-o", str(blocker / "out"), data_dir=data)
    assert result.returncode == cli.EXIT_ERROR
    assert result.stderr.count("\n") == 1
    assert "a-file" in result.stderr
    assert blocker.read_text() == "not a folder"


def test_import_a_plain_list_and_a_todo_txt(tmp_path: Path) -> None:
    data = tmp_path / "data"
    plain = tmp_path / "liste.txt"
    plain.write_text("- Rechnungen schreiben\n\n• Belege hochladen\n", encoding="utf-8")
    result = run("import", str(plain), "--format", "text", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Created 2 to-dos" in result.stdout
    todo = tmp_path / "todo.txt"
    todo.write_text(
        "(A) Angebot schreiben +Vertrieb due:2026-12-01\nx 2026-11-01 Erledigtes\n"
        "Rechnungen schreiben\n",
        encoding="utf-8",
    )
    result = run("import", str(todo), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Created 1 to-do\n" in result.stdout
    assert "Skipped 1: done" in result.stdout
    assert "Skipped 1: duplicate" in result.stdout
    tasks = {t["title"]: t for t in json.loads(run("list", "--json", data_dir=data).stdout)}
    assert tasks["Angebot schreiben"]["area"] == "Vertrieb"
    assert tasks["Angebot schreiben"]["due"] == "2026-12-01"
    assert tasks["Angebot schreiben"]["priority"] == "urgent"


def test_a_malformed_file_names_the_line_and_stores_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    todo = tmp_path / "todo.txt"
    todo.write_text("Gut\nSchlecht due:2026-13-45\n", encoding="utf-8")
    result = run("import", str(todo), "--format", "todotxt", data_dir=data)
    assert result.returncode == cli.EXIT_ERROR
    assert "line 2" in result.stderr
    assert result.stderr.count("\n") == 1
    assert json.loads(run("list", "--json", data_dir=data).stdout) == []


def test_a_dry_run_stores_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    plain = tmp_path / "liste.txt"
    plain.write_text("Eins\nZwei\n", encoding="utf-8")
    result = run("import", str(plain), "--dry-run", data_dir=data)
    assert result.returncode == 0
    assert "Would create 2 to-dos" in result.stdout
    assert json.loads(run("list", "--json", data_dir=data).stdout) == []


def test_a_file_error_without_a_system_reason_still_says_what_is_wrong(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(*_args: object) -> int:
        raise FileNotFoundError("Delegator's resources folder is missing: /opt/x/resources")

    monkeypatch.setattr(cli, "_dispatch", missing)
    assert cli.run(["list"]) == cli.EXIT_ERROR
    assert capsys.readouterr().err == (
        "delegator: Delegator's resources folder is missing: /opt/x/resources\n"
    )

    def unreadable(*_args: object) -> int:
        raise PermissionError(13, "Permission denied", "/home/u/todo.txt")

    monkeypatch.setattr(cli, "_dispatch", unreadable)
    assert cli.run(["list"]) == cli.EXIT_ERROR
    assert capsys.readouterr().err == "delegator: /home/u/todo.txt: Permission denied\n"
