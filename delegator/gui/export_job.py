"""Checking and writing a handover package as background jobs (gui/background_job.py):
the secret check of a big brief takes a second, and the PDF renderer uses Qt's text
layout, which starts timers, so both run on a QThread."""

from __future__ import annotations

from pathlib import Path

from delegator.domain.brief import Brief, BriefFormat
from delegator.domain.errors import SecretHit
from delegator.gui.background_job import Job, JobCancelled
from delegator.services.handover_package import ExportCancelled, write_package
from delegator.services.handover_service import secret_hits


class ExportJob(Job):
    """Writes one package; its result is (the written paths, the manifest's sha256).
    Cancelled, it stops at the next progress report."""

    def __init__(
        self,
        brief: Brief,
        formats: list[BriefFormat],
        folder: Path,
        attachments_dir: Path,
        *,
        force: bool = False,
    ) -> None:
        super().__init__()
        self._brief = brief
        self._formats = formats
        self._folder = folder
        self._attachments_dir = attachments_dir
        self._force = force

    def work(self) -> tuple[list[Path], str]:
        try:
            return write_package(
                self._brief,
                self._formats,
                self._folder,
                self._attachments_dir,
                force=self._force,
                progress=self.report,
            )
        except ExportCancelled as cancelled:
            raise JobCancelled from cancelled


class SecretScanJob(Job):
    """Looks for secrets in every text of a brief (a second on a 10,000-to-do plan);
    its result is the list of hits."""

    def __init__(self, brief: Brief) -> None:
        super().__init__()
        self._brief = brief

    def work(self) -> list[SecretHit]:
        self.report(0, 0)
        return secret_hits(self._brief)
