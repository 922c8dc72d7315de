"""Migrations build the schema the models describe, and an upgrade is all or nothing."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import CheckConstraint, Table
from sqlalchemy.exc import IntegrityError

from delegator.domain.brief import BriefOptions
from delegator.domain.clock import Clock
from delegator.domain.errors import MigrationFailed
from delegator.domain.followup import next_check_in
from delegator.domain.model import Decision, Task
from delegator.domain.profile import CheckInRhythm
from delegator.exchange.brief_snapshot import snapshot
from delegator.runtime.paths import Paths
from delegator.services.handover_service import brief_task
from delegator.services.task_service import NewTask, TaskService
from delegator.storage import migrator
from delegator.storage import probe as probe_module
from delegator.storage.database import Database
from delegator.storage.engine import make_engine
from delegator.storage.rows import Base
from delegator.storage.schema import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS
from tests.storage.helpers import (
    dump,
    integrity,
    open_database,
    pragma,
    read_only,
    sha256,
    sidecars,
)

NEXT_REVISION = "0002_storage_test"


def test_upgrading_an_empty_file_gives_the_schema_of_the_models(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    migrator.upgrade(path)
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_check_constraints_and_autoincrement_of_the_models_are_in_the_file(
    tmp_path: Path,
) -> None:
    # compare_metadata does not look at CHECK constraints or AUTOINCREMENT: do it here.
    path = tmp_path / "fresh.sqlite3"
    migrator.upgrade(path)
    with read_only(path) as connection:
        table_sql = dict(
            connection.execute("SELECT name, sql FROM sqlite_master WHERE type='table'")
        )
    for table in Base.metadata.sorted_tables:
        assert isinstance(table, Table)
        for constraint in table.constraints:
            if isinstance(constraint, CheckConstraint):
                assert f"CONSTRAINT {constraint.name} CHECK" in table_sql[table.name], (
                    table.name,
                    constraint.name,
                )
    # Ids of deleted to-dos are never handed out again (undo and redo rely on it).
    assert "AUTOINCREMENT" in table_sql["tasks"]


def test_known_revisions_are_the_migration_scripts_from_base_to_head() -> None:
    scripts = ScriptDirectory.from_config(migrator.alembic_config())
    base_to_head = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    assert tuple(base_to_head) == KNOWN_REVISIONS
    assert scripts.get_heads() == [HEAD_REVISION]


def test_a_new_database_is_marked_as_delegator_and_uses_wal_and_foreign_keys(
    data_dir: Path,
) -> None:
    database = open_database(data_dir)
    path = Paths(data_dir).database
    try:
        # Nothing half-built is left beside the data file.
        assert sorted(p.name for p in data_dir.iterdir()) == [path.name]
        assert pragma(path, "application_id") == APPLICATION_ID
        with read_only(path) as connection:
            (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision == HEAD_REVISION

        TaskService(database).add([NewTask("Book the dentist")])
        assert pragma(path, "journal_mode") == "wal"
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        with pytest.raises(IntegrityError), database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO task_steps (task_id, position, text, done) "
                "VALUES (4242, 0, 'a step of no to-do', 0)"
            )
    finally:
        database.close()


def test_leftovers_of_an_interrupted_first_start_are_cleared(data_dir: Path) -> None:
    path = Paths(data_dir).database
    data_dir.mkdir(parents=True)
    building = path.with_name(path.name + ".new")
    building.write_bytes(b"half a database")
    building.with_name(building.name + "-journal").write_bytes(b"a stale journal")

    database = open_database(data_dir)
    try:
        assert TaskService(database).add([NewTask("Renew passport")])[0] == [1]
    finally:
        database.close()
    assert sorted(p.name for p in data_dir.iterdir()) == [path.name]
    assert integrity(path) == ("ok", [])


# Upgrades from an older revision ------------------------------------------------------

_NEXT_MIGRATION = '''
"""A second revision written by the test: recreates the tasks table, like real ones will."""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tasks", recreate="always") as batch:
        batch.add_column(sa.Column("effort", sa.Integer(), nullable=True))
    op.execute("UPDATE tasks SET effort = 1, title = title || ' (migrated)'")
    op.drop_table("task_tools")
    {ending}


def downgrade() -> None:
    raise NotImplementedError
'''


def _install_next_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str = "pass"
) -> None:
    """Make the running app one revision newer than the files written so far.

    The real migrations are copied, a second revision is added, and the probe learns
    about it, so Database.open finds existing files OUTDATED and takes the real path.
    """
    scripts = tmp_path / "migrations"
    shutil.copytree(migrator.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{NEXT_REVISION}.py").write_text(
        _NEXT_MIGRATION.format(revision=NEXT_REVISION, down=HEAD_REVISION, ending=ending),
        encoding="utf-8",
    )
    monkeypatch.setattr(migrator, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(probe_module, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, NEXT_REVISION))
    monkeypatch.setattr(probe_module, "HEAD_REVISION", NEXT_REVISION)


def _database_with_tasks(data_dir: Path) -> Path:
    """A current data file with three to-dos, one with steps, closed again."""
    database = open_database(data_dir)
    try:
        service = TaskService(database)
        service.add([NewTask("Pay invoices", Decision.DELEGATE), NewTask("Water plants")])
        service.add([NewTask("Plan the trip", notes="private")])
    finally:
        database.close()
    path = Paths(data_dir).database
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO task_steps (task_id, position, text, done) VALUES "
            "(1, 0, 'Collect the invoices', 0), (1, 1, 'Pay them', 0)"
        )
    connection.close()
    return path


def _titles(path: Path) -> list[str]:
    with read_only(path) as connection:
        return [row[0] for row in connection.execute("SELECT title FROM tasks ORDER BY id")]


def test_an_outdated_file_is_backed_up_then_upgraded(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _database_with_tasks(data_dir)
    before = dump(path)
    _install_next_revision(tmp_path, monkeypatch)

    database = Database.open(path, Paths(data_dir).backups)
    database.close()

    backups = list(Paths(data_dir).backups.iterdir())
    assert len(backups) == 1
    assert f"before-upgrade-from-{HEAD_REVISION}" in backups[0].name
    # The backup is the file exactly as it was, and a sound database on its own.
    assert dump(backups[0]) == before
    assert integrity(backups[0]) == ("ok", [])

    with read_only(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        steps = connection.execute("SELECT task_id, text FROM task_steps ORDER BY id").fetchall()
    assert revision == NEXT_REVISION
    assert _titles(path) == [
        "Pay invoices (migrated)",
        "Water plants (migrated)",
        "Plan the trip (migrated)",
    ]
    # Recreating the parent table must not cascade-delete the children.
    assert steps == [(1, "Collect the invoices"), (1, "Pay them")]
    assert integrity(path) == ("ok", [])
    assert pragma(path, "application_id") == APPLICATION_ID


@pytest.mark.parametrize(
    ("ending", "reason"),
    [
        ('raise RuntimeError("simulated failure half way")', "simulated failure half way"),
        ('op.execute("UPDATE no_such_table SET x = 1")', "no such table: no_such_table"),
    ],
    ids=["python-error", "sql-error"],
)
def test_a_failed_upgrade_changes_nothing_and_keeps_the_backup(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str, reason: str
) -> None:
    path = _database_with_tasks(data_dir)
    before_dump = dump(path)
    before_hash = sha256(path)
    _install_next_revision(tmp_path, monkeypatch, ending=ending)

    with pytest.raises(MigrationFailed) as failure:
        Database.open(path, Paths(data_dir).backups)

    assert failure.value.path == path
    assert reason in failure.value.detail
    # The message is shown in one line (command line) or one dialog sentence.
    assert "\n" not in str(failure.value)
    assert "[SQL:" not in failure.value.detail
    # The table rebuild, the updates and the dropped table were all rolled back.
    assert dump(path) == before_dump
    assert sha256(path) == before_hash
    # No journal or unsaved log is left that could replay the half-done upgrade.
    assert sidecars(path).get("-wal", 0) == 0
    assert "-journal" not in sidecars(path)
    (backup,) = Paths(data_dir).backups.iterdir()
    assert dump(backup) == before_dump


def test_an_upgrade_that_breaks_foreign_keys_is_refused_and_rolled_back(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Foreign keys are off while migrating; the migrator must check them before commit.
    path = _database_with_tasks(data_dir)
    before = dump(path)
    _install_next_revision(
        tmp_path,
        monkeypatch,
        ending='op.execute("INSERT INTO task_steps (task_id, position, text, done) '
        "VALUES (999, 0, 'orphan', 0)\")",
    )

    with pytest.raises(MigrationFailed, match="foreign keys"):
        Database.open(path, Paths(data_dir).backups)

    assert dump(path) == before


def test_a_failing_alembic_command_rolls_back_earlier_statements(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "data.sqlite3"
    migrator.upgrade(path)
    before = dump(path)

    def half_done_upgrade(config: Config, revision: str) -> None:
        connection = config.attributes["connection"]
        connection.exec_driver_sql("ALTER TABLE tasks ADD COLUMN half_done TEXT")
        connection.exec_driver_sql("DROP TABLE assistants")
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'half'")
        connection.exec_driver_sql("PRAGMA application_id = 7")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(command, "upgrade", half_done_upgrade)
    with pytest.raises(MigrationFailed, match="No space left on device"):
        migrator.upgrade(path)

    assert dump(path) == before
    assert pragma(path, "application_id") == APPLICATION_ID


def test_handover_times_of_the_old_local_kind_are_moved_to_utc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    migrator.upgrade(path, "0002_templates_triage")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO handovers (created_at, formats, language, output_path, content_hash) "
            "VALUES ('2026-12-06 10:00:00.000000', 'md', 'en', '/out', 'x'), "
            "('2026-07-01 10:00:00.000000', 'md', 'en', '/out', 'y')"
        )
    connection.close()
    # The file was written in Berlin: winter is UTC+1, summer UTC+2.
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        migrator.upgrade(path)
    finally:
        monkeypatch.undo()
        time.tzset()
    with read_only(path) as connection:
        stamps = [
            dt.datetime.fromisoformat(row[0])
            for row in connection.execute("SELECT created_at FROM handovers ORDER BY id")
        ]
    assert stamps == [dt.datetime(2026, 12, 6, 9, 0), dt.datetime(2026, 7, 1, 8, 0)]


def _downgrade(path: Path, revision: str) -> None:
    """Take the file back to *revision* as Alembic does, foreign keys off as in upgrades."""
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as bind, bind.begin():
            config = migrator.alembic_config()
            config.attributes["connection"] = bind
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def _task_sql(task_id: int, title: str, instructions: str, assistant_id: int | None) -> str:
    return (
        "INSERT INTO tasks (id, title, notes, area, decision, assistant_id, instructions, "
        "escalation_rule, triage, position, archived, created_at, updated_at) VALUES "
        f"({task_id}, '{title}', '', '', 'delegate', {assistant_id or 'NULL'}, "
        f"'{instructions}', '', '', {task_id}, 0, '2026-11-01 08:00:00.000000', "
        "'2026-11-01 08:00:00.000000')"
    )


def _frozen(task_id: int, title: str, instructions: str, steps: tuple[str, ...]) -> str:
    """The snapshot a handover of the time froze: a brief's task as JSON."""
    task = Task(task_id, title, Decision.DELEGATE, instructions=instructions, steps=steps)
    return snapshot(brief_task(task, BriefOptions())).replace("'", "''")


def test_work_handed_over_before_the_follow_up_existed_is_followed_up(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    migrator.upgrade(path, "0003_utc_handover_times")
    handed_at = dt.datetime(2026, 11, 16, 9, 0)
    with sqlite3.connect(path) as connection:
        connection.executescript(
            "INSERT INTO profile (id, name, business, time_zone, check_in_rhythm, "
            "check_in_weekday, currency, brief_language, updated_at) VALUES "
            "(1, 'Mara', '', '', 'weekly', 0, 'EUR', '', '2026-11-01 08:00:00.000000');"
            "INSERT INTO assistants (id, name, role, contact, currency, working_days, "
            "time_zone, notes, archived, created_at, updated_at) VALUES (1, 'Anna', '', '', "
            "'EUR', '', '', '', 0, '2026-11-01 08:00:00.000000', '2026-11-01 08:00:00.000000');"
            + ";".join(
                [
                    _task_sql(1, "Answer support mail", "Same day.", 1),
                    _task_sql(2, "Post the newsletter", "By Tuesday at 10:00.", 1),
                    _task_sql(3, "Find a bookkeeper", "", None),
                    _task_sql(4, "Call the bank", "", 1),
                ]
            )
            + ";INSERT INTO task_steps (task_id, position, text, done) VALUES (1, 0, 'Triage', 0);"
            "INSERT INTO handovers (id, created_at, assistant_id, formats, language, "
            "output_path, content_hash) VALUES "
            "(1, '2026-11-09 09:00:00.000000', 1, 'md', 'en', '/out', 'a'),"
            f"(2, '{handed_at.isoformat(' ')}.000000', 1, 'md', 'en', '/out', 'b'),"
            "(3, '2026-11-20 09:00:00.000000', NULL, 'md', 'en', '/out', 'c');"
            "INSERT INTO handover_tasks (handover_id, task_id, snapshot) VALUES "
            f"(1, 1, '{_frozen(1, 'Answer support mail', 'Old words.', ())}'),"
            f"(2, 1, '{_frozen(1, 'Answer support mail', 'Same day.', ('Triage',))}'),"
            f"(2, 2, '{_frozen(2, 'Post the newsletter', 'By Tuesday.', ())}'),"
            f"(3, 3, '{_frozen(3, 'Find a bookkeeper', '', ())}');"
        )
    connection.close()
    migrator.upgrade(path)
    with read_only(path) as connection:
        tasks = {
            row[0]: row[1:]
            for row in connection.execute(
                "SELECT id, status, status_changed_at, next_check_in, changed_since_handover "
                "FROM tasks"
            )
        }
        history = list(connection.execute("SELECT task_id, status, source FROM status_changes"))
        (plan_uid,) = connection.execute("SELECT uid FROM plan").fetchone()
    first = next_check_in(Clock().local_date(handed_at), CheckInRhythm.WEEKLY, 0)
    assert first.weekday() == 0
    stamp = handed_at.isoformat(" ") + ".000000"
    # Unchanged since its last handover; edited since (the newsletter); a requirements
    # profile hands nothing over; never handed over.
    assert tasks == {
        1: ("handed_over", stamp, first.isoformat(), 0),
        2: ("handed_over", stamp, first.isoformat(), 1),
        3: ("open", None, None, 0),
        4: ("open", None, None, 0),
    }
    assert sorted(history) == [(1, "handed_over", "export"), (2, "handed_over", "export")]
    assert len(plan_uid) == 32
    _downgrade(path, "0003_utc_handover_times")
    with read_only(path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(tasks)")}
        feedback = {row[1] for row in connection.execute("PRAGMA table_info(feedback_entries)")}
        (count,) = connection.execute("SELECT COUNT(*) FROM tasks").fetchone()
    assert "status" not in columns
    assert "follow_up_on" in feedback
    assert count == 4


RELEASED_0004 = Path(__file__).parent / "released" / "0004_follow_up" / "delegator.sqlite3"


def _contents(path: Path) -> list[str]:
    """dump() in a fixed order and with table names unquoted (a table rebuilt by a
    migration is written as CREATE TABLE "name")."""
    return sorted(re.sub(r'^CREATE TABLE "(\w+)"', r"CREATE TABLE \1", line) for line in dump(path))


def _columns(path: Path, table: str) -> list[str]:
    with read_only(path) as connection:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def _revision(path: Path) -> str:
    with read_only(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(revision)


def test_candidates_and_address_go_back_to_the_0004_plan_and_come_again(tmp_path: Path) -> None:
    # The plan the last release (0004) wrote: to-dos, two assistants with skills and a
    # settling-in review, the client profile with an e-mail channel, check-ins.
    path = tmp_path / "plan.sqlite3"
    shutil.copyfile(RELEASED_0004, path)
    released = _contents(path)
    with read_only(path) as connection:
        children = connection.execute(
            "SELECT (SELECT COUNT(*) FROM assistant_skills), (SELECT COUNT(*) FROM reviews), "
            "(SELECT COUNT(*) FROM contact_channels), (SELECT COUNT(*) FROM tasks)"
        ).fetchone()
    assert children == (3, 1, 1, 5)

    migrator.upgrade(path, "0005_candidates_and_address")
    upgraded = _contents(path)
    with read_only(path) as connection:
        addresses = connection.execute("SELECT german_address FROM assistants").fetchall()
        flags = connection.execute("SELECT for_candidates FROM contact_channels").fetchall()
    # Every assistant follows the plan's default; no channel is chosen for candidates.
    assert addresses == [("",), ("",)]
    assert flags == [(0,)]
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE assistants SET german_address = 'du' WHERE id = 1")
        connection.execute("UPDATE contact_channels SET for_candidates = 1")
    connection.close()

    _downgrade(path, "0004_follow_up")
    assert _revision(path) == "0004_follow_up"
    assert "german_address" not in _columns(path, "assistants")
    assert "for_candidates" not in _columns(path, "contact_channels")
    # Rebuilding assistants and contact_channels cascaded nothing away: the file is the
    # released one again, schema and every row of every table.
    assert _contents(path) == released
    assert integrity(path) == ("ok", [])

    migrator.upgrade(path, "0005_candidates_and_address")
    assert _revision(path) == "0005_candidates_and_address"
    # Back with the defaults of an upgrade (what the downgrade dropped stays dropped).
    assert _contents(path) == upgraded
    assert integrity(path) == ("ok", [])
