"""Start the window: platform check, Qt application, single instance, data file."""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLockFile

from delegator import __version__, i18n, paths, platform_check
from delegator.domain.errors import DatabaseFileError
from delegator.messages import explain


def _data_dir_argument(argv: Sequence[str]) -> str | None:
    import argparse

    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--data-dir")
    known, _ = pre.parse_known_args(list(argv))
    return known.data_dir


def launch(argv: Sequence[str]) -> int:
    if platform_check.uses_xcb():
        missing = platform_check.missing_packages()
        if missing:
            core = QCoreApplication([sys.argv[0]])
            i18n.install_translator(core, i18n.ui_language())
            print(_missing_libraries_message(missing), file=sys.stderr)
            return 1

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from delegator.resources import resource

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Delegator")
    app.setApplicationDisplayName("Delegator")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("delegator")
    app.setWindowIcon(QIcon(str(resource("icons", "delegator.svg"))))
    i18n.install_translator(app, i18n.ui_language())

    where = paths.resolve(_data_dir_argument(argv))
    try:
        where.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        QMessageBox.critical(None, "Delegator", QCoreApplication.translate(
            "launcher", "The data folder {path} cannot be created ({reason})."
        ).format(path=where.data_dir, reason=error.strerror))
        return 1

    lock = QLockFile(str(where.lock))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        QMessageBox.information(None, "Delegator", QCoreApplication.translate(
            "launcher", "Delegator is already running with the data in {path}. "
            "Switch to its window."
        ).format(path=where.data_dir))
        return 1

    from delegator.storage.database import Database

    try:
        database = Database.open(where.database, where.backups)
    except DatabaseFileError as error:
        QMessageBox.critical(None, "Delegator", explain(error))
        return 1

    from delegator.gui.main_window import MainWindow
    from delegator.services.task_service import TaskService

    window = MainWindow(TaskService(database), where.settings, where.database)
    window.show()
    threading.Thread(target=_warm_up_imports, daemon=True).start()
    try:
        return app.exec()
    finally:
        database.close()
        lock.unlock()


def _warm_up_imports() -> None:
    """Import the ORM off the GUI thread, so the first change does not stall."""
    import delegator.storage.task_repository  # noqa: F401


def _missing_libraries_message(packages: list[str]) -> str:
    return QCoreApplication.translate(
        "launcher",
        "Delegator cannot open its window: these system packages are missing: {packages}\n"
        "Install them with:\n    sudo apt-get install {command}",
    ).format(packages=", ".join(packages), command=" ".join(packages))
