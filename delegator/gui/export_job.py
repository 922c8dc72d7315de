"""Writing a handover package as a background job (gui/background_job.py): the PDF
renderer uses Qt's text layout, which starts timers, so it runs on a QThread."""

from __future__ import annotations

from pathlib import Path

from delegator.domain.brief import Brief, BriefFormat
from delegator.gui.background_job import Job, JobCancelled
from delegator.services.handover_package import ExportCancelled, write_package


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
