"""A bug is shown, not swallowed: a dialog with the details and a button to copy them."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from delegator import __version__


def details(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    trace = "".join(traceback.format_exception(kind, error, tb))
    return f"Delegator {__version__}, Python {sys.version.split()[0]}\n\n{trace}"


def make_dialog(text: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Delegator",
        QCoreApplication.translate(
            "CrashDialog",
            "Something went wrong inside Delegator. Your data is safe: every change you saw "
            "was already saved. Please send the details to the developers.",
        ),
    )
    box.setDetailedText(text)
    copy = box.addButton(
        QCoreApplication.translate("CrashDialog", "Copy Details"), QMessageBox.ButtonRole.ActionRole
    )
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    text = details(kind, error, tb)
    print(text, file=sys.stderr)
    if QApplication.instance() is not None:
        make_dialog(text).exec()


def install() -> None:
    """Show uncaught exceptions from slots and event handlers in a dialog."""
    sys.excepthook = _hook
