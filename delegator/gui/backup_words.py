"""What the window says about a backup: its kind, when it was made, its size and what
it holds. A QObject so that counted words go through ``self.tr`` (lupdate reads plurals
only there); the context is ``BackupWords``."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QLocale, QObject, QTime

from delegator.domain.backups import BackupKind, PlanSummary
from delegator.text.formatting import short_date, time_format, time_text

_MINUTES = re.compile(r"(mm?)")


class BackupWords(QObject):
    def kind(self, kind: BackupKind) -> str:
        return {
            BackupKind.AUTOMATIC: self.tr("Automatic"),
            BackupKind.MANUAL: self.tr("Made by hand"),
            BackupKind.BEFORE_RESTORE: self.tr("Before a restore"),
            BackupKind.BEFORE_UPGRADE: self.tr("Before an upgrade"),
        }[kind]

    @staticmethod
    def made_at(created: dt.datetime, *, seconds: bool = False) -> str:
        """The date and time a backup was made, as the user's locale writes them; with
        *seconds*, the time to the second (to tell apart backups of the same minute)."""
        if not seconds:
            return f"{short_date(created.date())} {time_text(created.time())}"
        pattern = time_format()
        separator = re.search(r"[hH]+(\W+)m", pattern)
        joined = separator.group(1) if separator else ":"
        with_seconds = _MINUTES.sub(lambda found: f"{found.group(1)}{joined}ss", pattern, 1)
        clock = QTime(created.hour, created.minute, created.second)
        return f"{short_date(created.date())} {QLocale().toString(clock, with_seconds)}"

    @staticmethod
    def size(size: int) -> str:
        """A file size as people read it: 48 kB, 1.2 MB."""
        decimals = 1 if size >= 1024 * 1024 else 0
        traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat
        return QLocale().formattedDataSize(size, decimals, traditional)

    def holds(self, summary: PlanSummary) -> str:
        """What a plan holds in words, as the command line says it: "12 to-dos, 5
        delegated, 2 assistants"."""
        return self.tr("{todos}, {delegated} delegated, {assistants}").format(
            todos=self.tr("%n to-do(s)", "", summary.todos),
            delegated=summary.delegated,
            assistants=self.tr("%n assistant(s)", "", summary.assistants),
        )

    def missing_attachments(self, count: int) -> str:
        return self.tr("Missing, as no backup holds them: %n attachment(s).", "", count)
