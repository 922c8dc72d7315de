"""Start-up child: Delegator's real start path, exits after the list's first paint.

Runs ``delegator.app.main(["--data-dir", DIR])`` unchanged (argument parsing, platform
check, QApplication, translator, lock file, data file open, TaskService.view_start,
MainWindow, show, app.exec). _paint_probe.probe_delegator() only swaps in a QApplication
subclass whose ``exec()`` puts the paint probe on the list's viewport, and makes an
uncaught exception exit instead of waiting in the crash dialog.
"""

import time

SCRIPT_STARTED = time.perf_counter()

import sys  # noqa: E402

from _paint_probe import probe_delegator  # noqa: E402

probe_delegator(SCRIPT_STARTED)

from delegator.app import main  # noqa: E402

sys.exit(main(["--data-dir", sys.argv[1]]))
