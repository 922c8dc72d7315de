"""Start-up loads lean: opening an up-to-date file and reading the list imports
neither Alembic nor SQLAlchemy (docs/architecture.md, Conventions)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace


def test_reading_the_list_of_an_up_to_date_file_imports_no_orm(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    workspace.tasks.add([NewTask("a"), NewTask("b")])
    workspace.close()
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from delegator.services.workspace import Workspace
        workspace = Workspace(Path({str(tmp_path / "delegator.sqlite3")!r}), Path("unused"))
        titles = [t.title for t in workspace.tasks.summaries()]
        loaded = sorted(m for m in ("alembic", "sqlalchemy") if m in sys.modules)
        print(titles, loaded)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "['a', 'b'] []"


def test_the_window_module_does_not_compile_the_secret_patterns() -> None:
    # They are needed when a field is checked or a brief exported, not to show the list.
    script = (
        "import sys, delegator.gui.main_window; print('delegator.domain.secrets' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


def test_the_window_module_leaves_backups_and_archives_for_later() -> None:
    # The automatic backup starts once the window has painted; the backup and archive
    # windows open on demand (together they cost ~8 ms of start-up when loaded at once).
    later = (
        "delegator.gui.auto_backup",
        "delegator.gui.backup_restore",
        "delegator.gui.plan_archive_window",
        "delegator.domain.backups",
    )
    script = (
        f"import sys, delegator.gui.main_window; print([m for m in {later!r} if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
