"""Does the window stay responsive while the export dialog writes a big package?

    QT_QPA_PLATFORM=offscreen python bench/export_responsiveness.py [--tasks 500]

Not part of the test suite. A data folder gets ``--tasks`` delegated to-dos for one
assistant (10 steps and 3 criteria each); the export dialog then writes the PDF, the
Markdown and the zip on its worker thread while a 10 ms timer on the GUI thread records
how late each tick comes. The baseline, in the same run, writes the same package on
the GUI thread itself (what a dialog without a worker would do): the GUI is frozen for
the whole export. Printed: export time, and the median and worst gap between ticks
(a gap is how long the window could not react). Issue 5: "the GUI stays responsive".
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from bench._timer_gaps import Ticks
from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefFormat, BriefOptions
from delegator.domain.model import Decision, Frequency
from delegator.services.handover_package import write_package
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

FORMATS = {BriefFormat.MARKDOWN, BriefFormat.PDF, BriefFormat.ZIP}


def fill(workspace: Workspace, count: int) -> Assistant:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna Keller", hourly_rate_cents=3800))
    ids, _ = workspace.tasks.add([NewTask(f"Task {n}", Decision.DELEGATE) for n in range(count)])
    for task_id in ids:
        task = workspace.tasks.task(task_id)
        workspace.tasks.save(
            replace(
                task,
                assistant_id=anna.id,
                frequency=Frequency.WEEKLY,
                minutes_per_occurrence=45,
                instructions="Goal: keep things moving.\n\nDo it **carefully**.",
                steps=tuple(f"Step {s} of task {task_id}" for s in range(10)),
                acceptance_criteria=tuple(f"Criterion {c}" for c in range(3)),
            )
        )
    return anna


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=500)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="delegator-bench-export-"))
    workspace = Workspace(folder / "data" / "delegator.sqlite3", folder / "data" / "backups")
    anna = fill(workspace, args.tasks)

    from delegator.gui.export_dialog import ExportDialog

    dialog = ExportDialog(workspace)
    dialog.set_assistant(anna.id)
    dialog.set_formats(FORMATS)
    dialog.set_folder(folder / "worker")
    dialog.show()
    dialog.preview_text()  # the preview is drawn before the export starts
    ticks = Ticks()
    loop = QEventLoop()
    dialog.export_finished.connect(loop.quit)
    dialog.export_failed.connect(lambda message: (print("failed:", message), loop.quit()))
    ticks.start()
    started = time.perf_counter()
    dialog.start_export()
    loop.exec()
    worker_time = time.perf_counter() - started
    ticks.timer.stop()
    worker_gaps = ticks.gaps

    brief = workspace.handover.build(anna, BriefOptions())
    started = time.perf_counter()
    write_package(brief, FORMATS, folder / "blocking", workspace.attachments_dir)
    blocking_time = time.perf_counter() - started

    print(f"{args.tasks} delegated to-dos; formats md, pdf, zip")
    print(f"{'how':<38}{'export s':>10}{'median gap ms':>16}{'worst gap ms':>15}")
    print(
        f"{'export dialog, worker thread':<38}{worker_time:>10.2f}"
        f"{statistics.median(worker_gaps):>16.1f}{max(worker_gaps):>15.1f}"
    )
    print(
        f"{'same package on the GUI thread':<38}{blocking_time:>10.2f}"
        f"{'—':>16}{blocking_time * 1000:>15.1f}"
    )
    workspace.close()
    del app


if __name__ == "__main__":
    main()
