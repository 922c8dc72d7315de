"""What the window says about a backup: its kind, when it was made, what it holds."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from delegator.domain.backups import BackupKind, PlanSummary
from delegator.text.formatting import short_date, time_text

CONTEXT = "backups"


def kind_label(kind: BackupKind) -> str:
    return {
        BackupKind.AUTOMATIC: QCoreApplication.translate(CONTEXT, "Automatic"),
        BackupKind.MANUAL: QCoreApplication.translate(CONTEXT, "Made by hand"),
        BackupKind.BEFORE_RESTORE: QCoreApplication.translate(CONTEXT, "Before a restore"),
        BackupKind.BEFORE_UPGRADE: QCoreApplication.translate(CONTEXT, "Before an upgrade"),
    }[kind]


def made_at(created: dt.datetime) -> str:
    """The date and time a backup was made, as the user's locale writes them."""
    return f"{short_date(created.date())} {time_text(created.time())}"


def size_text(size: int) -> str:
    """A file size as people read it: 48 KB, 1.2 MB."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def holds(summary: PlanSummary) -> str:
    """What a plan holds in words: "12 to-dos (5 delegated), 2 assistants"."""
    todos = QCoreApplication.translate(CONTEXT, "%n to-do(s)", "", summary.todos)
    assistants = QCoreApplication.translate(CONTEXT, "%n assistant(s)", "", summary.assistants)
    return QCoreApplication.translate(
        CONTEXT, "{todos} ({delegated} delegated), {assistants}"
    ).format(todos=todos, delegated=summary.delegated, assistants=assistants)
