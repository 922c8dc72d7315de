"""Start-up child: a bare PySide6 window (QMainWindow + QLabel), exits after first paint."""

import time

SCRIPT_STARTED = time.perf_counter()

import sys  # noqa: E402

from _paint_probe import FirstPaintProbe  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

app = QApplication([sys.argv[0]])
window = QMainWindow()
label = QLabel("Hello", window)
window.setCentralWidget(label)
window.resize(1100, 700)  # the size of Delegator's first window (main_window.DEFAULT_SIZE)
probe = FirstPaintProbe(SCRIPT_STARTED, lambda watched: 1)
label.installEventFilter(probe)
window.show()
sys.exit(app.exec())
