"""Render the screenshot the AppStream metainfo shows: the main window on the demo plan.

    .venv/bin/python packaging/linux/screenshot.py [OUT.png]

Runs offscreen in a temporary data folder (the demo plan, in English, the light theme),
so it needs no display and leaves the user's data alone; the default OUT is
packaging/linux/screenshots/main-window.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1280, 720)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else HERE / "screenshots" / "main-window.png"
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["DELEGATOR_LANG"] = "en"
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "delegator", "--data-dir", folder, "demo"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (Path(folder) / "settings.ini").write_text("[intro]\nshown=true\n")
        return _grab(Path(folder), out)


def _grab(folder: Path, out: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from delegator.gui.main_window import MainWindow
    from delegator.runtime import paths
    from delegator.services.workspace import Workspace

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Delegator")
    where = paths.resolve(str(folder))
    workspace = Workspace(where.database, where.backups)
    window = MainWindow(workspace, where.settings)
    window.resize(*SIZE)
    window.show()

    def grab() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out), "PNG")
        window.auto_backup.stop()
        window.close()
        app.quit()

    window.started.connect(lambda: QTimer.singleShot(500, grab))
    app.exec()
    workspace.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
