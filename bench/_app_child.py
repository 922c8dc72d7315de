"""Start-up child: Delegator's real start path, exits after the list's first paint.

Runs ``delegator.app.main(["--data-dir", DIR])`` unchanged (argument parsing, platform
check, QApplication, translator, lock file, Database.open on the existing file,
TaskService, MainWindow, show, the warm-up thread, app.exec). The only addition: the
QApplication class is swapped for a subclass whose ``exec()`` first puts a paint probe on
the viewport of every QTableView of the shown window. Nothing can paint before exec()
(launch() does not spin the event loop between show() and exec()), so the first Paint
the probe sees, with rows in the model, is the first paint of the list showing rows.
"""

import time

SCRIPT_STARTED = time.perf_counter()

import sys  # noqa: E402

import PySide6.QtWidgets as QtWidgets  # noqa: E402
from _paint_probe import FirstPaintProbe  # noqa: E402


def _rows_if_table_viewport(watched):  # -> rows shown, or None
    table = watched.parent()
    if not isinstance(table, QtWidgets.QTableView) or table.viewport() is not watched:
        return None
    rows = table.model().rowCount()
    return rows if rows > 0 else None


class ProbedApplication(QtWidgets.QApplication):
    def exec(self):
        self._probe = FirstPaintProbe(SCRIPT_STARTED, _rows_if_table_viewport)
        tables = [
            table
            for top in self.topLevelWidgets()
            for table in top.findChildren(QtWidgets.QTableView)
        ]
        if not tables:
            print("NO_TABLE", flush=True)
        for table in tables:
            table.viewport().installEventFilter(self._probe)
        return super().exec()


QtWidgets.QApplication = ProbedApplication  # before delegator imports the name

from delegator.app import main  # noqa: E402

sys.exit(main(["--data-dir", sys.argv[1]]))
