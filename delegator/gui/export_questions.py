"""What the export dialog asks before it writes: whether to export a field that looks
like a secret, and whether to replace files already in the folder."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from delegator.domain.errors import SecretHit
from delegator.text.counts import Counts
from delegator.text.field_names import secret_field
from delegator.text.messages import secret_place

MAX_LINES = 12


def bullets(lines: Iterable[str]) -> str:
    """*lines* one below the other, at most MAX_LINES of them and a count of the rest
    (a question taller than the screen hides its buttons)."""
    shown = list(lines)
    if len(shown) <= MAX_LINES:
        return "\n".join(shown)
    return "\n".join([*shown[: MAX_LINES - 1], Counts().more(len(shown) - MAX_LINES + 1)])


def confirm_secrets(parent: QWidget, hits: list[SecretHit]) -> bool:
    """Whether to export although *hits* look like passwords, keys or account numbers."""
    lines = bullets(
        QCoreApplication.translate("ExportDialog", "• {place}: {field}").format(
            place=secret_place(hit), field=secret_field(hit)
        )
        for hit in hits
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExportDialog", "Possible Secret in the Brief"),
        QCoreApplication.translate(
            "ExportDialog",
            "These fields hold something that looks like a password, key or account "
            "number:\n{lines}\n\nShare secrets through a password manager instead. "
            "Export anyway?",
        ).format(lines=lines),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_overwrite(parent: QWidget, folder: Path, existing: list[Path]) -> bool:
    """Whether to replace the files *existing* in *folder*."""
    names = bullets(f"• {path.relative_to(folder).as_posix()}" for path in existing)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExportDialog", "Replace Files?"),
        QCoreApplication.translate(
            "ExportDialog", "These files already exist in the folder:\n{names}\n\nReplace them?"
        ).format(names=names),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
