"""Start the window: platform check, Qt application, single instance, data file."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from delegator import __version__
from delegator.domain.errors import DatabaseDamaged, DatabaseFileError
from delegator.gui import crash_dialog
from delegator.gui.theme import apply_theme
from delegator.runtime import paths, platform_check
from delegator.runtime import settings as user_settings
from delegator.runtime.resources import resource
from delegator.text import i18n
from delegator.text.messages import explain

if TYPE_CHECKING:
    from delegator.gui.main_window import MainWindow
    from delegator.services.workspace import Workspace


def launch(data_dir: str | None, files: Sequence[Path] = ()) -> int:
    """Open the window on *data_dir* (or the default data folder); return the exit code.

    *files* (Delegator opened with files, e.g. from a file manager) are offered to the
    import dialog, one after the other, once the window has started.

    The cycle collector is off until the window has started: start-up creates many
    objects and no cycles worth collecting (it saves ~6 ms before the first paint).
    """
    gc.disable()
    try:
        return _launch(data_dir, tuple(files))
    finally:
        gc.enable()


def _launch(data_dir: str | None, files: tuple[Path, ...]) -> int:
    if platform_check.uses_xcb():
        missing = platform_check.missing_packages()
        if missing:
            core = QCoreApplication([sys.argv[0]])
            i18n.install_translator(core, i18n.ui_language())
            print(_missing_libraries_message(missing), file=sys.stderr)
            return 1

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Delegator")
    app.setApplicationDisplayName("Delegator")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("delegator")
    app.setWindowIcon(app_icon())
    where = paths.resolve(data_dir)
    loaded = user_settings.read(where.settings)
    user_settings.use(loaded.settings)
    i18n.install_translator(app, i18n.ui_language(loaded.settings.language))
    if loaded.settings.theme != user_settings.SYSTEM:
        apply_theme(app, loaded.settings.theme)
    crash_dialog.install(where.logs)

    from delegator.services.workspace import data_folder_problem

    in_the_way = data_folder_problem(where.data_dir)
    if in_the_way is not None:  # making the folder would fail with a mere errno
        QMessageBox.critical(None, "Delegator", explain(in_the_way))
        return 1
    try:
        where.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        QMessageBox.critical(
            None,
            "Delegator",
            QCoreApplication.translate(
                "launcher", "The data folder {path} cannot be created ({reason})."
            ).format(path=where.data_dir, reason=error.strerror),
        )
        return 1

    lock = QLockFile(str(where.lock))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        message = QCoreApplication.translate(
            "launcher",
            "Delegator is already running with the data in {path}. Switch to its window.",
        ).format(path=where.data_dir)
        if files:  # not handed to the running window: say so, and how to import them
            message += " " + QCoreApplication.translate(
                "launcher", "Not imported: {files}. Import them there with File → Import…"
            ).format(files=", ".join(path.name for path in files))
        QMessageBox.information(None, "Delegator", message)
        return 1
    if loaded.problem is not None:
        _set_aside_settings(where.settings, loaded.problem)
    try:
        return _run_window(app, where, files)
    finally:
        lock.unlock()


def _run_window(app: QApplication, where: paths.Paths, files: Sequence[Path] = ()) -> int:
    opened = _open_window(where)
    if opened is None:
        return 1
    workspace, window = opened
    window.started.connect(_collect_from_now_on)
    if files:
        # After the start's other dialogs (the introduction), so the import is in front.
        window.started.connect(
            lambda: QTimer.singleShot(0, window, lambda: window.dialogs.import_files(files))
        )
    shown = [window]  # the window on screen: a new language opens a new one

    def follow(successor: MainWindow) -> None:
        shown[0] = successor
        successor.reopened.connect(follow)

    window.reopened.connect(follow)
    window.show()
    try:
        return app.exec()
    finally:
        # Closed first: its last write-ahead log goes into the file, then the copy.
        workspace.close()
        shown[0].auto_backup.at_exit()


def _open_window(where: paths.Paths, offer: bool = True) -> tuple[Workspace, MainWindow] | None:
    """The plan and its window, or None once the user was told why not. A damaged plan
    (found at opening or while the window reads it) is offered its newest good backup."""
    from delegator.services.workspace import Workspace

    try:
        # The views' counts and the file's quick check run on a thread while the window's
        # modules load and the window is made; the check ends before the window shows.
        workspace = Workspace(where.database, where.backups, check_later=True)
        try:
            from delegator.gui.main_window import MainWindow

            window = MainWindow(workspace, where.settings)
            try:
                workspace.verify()
            except DatabaseFileError:
                window.deleteLater()
                raise
            return workspace, window
        except DatabaseFileError:
            workspace.close()
            raise
    except DatabaseDamaged as error:
        if offer:
            from delegator.gui.damaged_start import offer_backup

            return _open_window(where, offer=False) if offer_backup(error, where) else None
        _say(error)
        return None
    except DatabaseFileError as error:
        _say(error)
        return None


def _set_aside_settings(path: Path, problem: str) -> None:
    """An unreadable settings file is moved aside, never overwritten, and the user told."""
    text = QCoreApplication.translate(
        "launcher", "The settings in {path} cannot be read ({reason}); the default settings apply."
    ).format(path=path, reason=problem)
    try:
        kept = user_settings.set_aside(path)
    except OSError:
        pass
    else:
        kept_as = QCoreApplication.translate("launcher", "The file was kept as {path}.")
        text += " " + kept_as.format(path=kept)
    print(text, file=sys.stderr)
    QMessageBox.warning(None, "Delegator", text)


def _say(error: DatabaseFileError) -> None:
    print(explain(error), file=sys.stderr)
    QMessageBox.critical(None, "Delegator", explain(error))


def _collect_from_now_on() -> None:
    """Start collecting cycles, leaving out everything made at start-up (it lives as long
    as the window; scanning it on every full collection cost ~55 ms pauses)."""
    gc.freeze()
    gc.enable()


def app_icon() -> QIcon:
    """The application icon from its PNG sizes (no SVG plugin needed at start-up)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"delegator-{size}.png")), QSize(size, size))
    return icon


def _missing_libraries_message(packages: list[str]) -> str:
    return QCoreApplication.translate(
        "launcher",
        "Delegator cannot open its window: these system packages are missing: {packages}\n"
        "Install them with:\n    sudo apt-get install {command}",
    ).format(packages=", ".join(packages), command=" ".join(packages))
