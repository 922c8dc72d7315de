"""Regression guard: PySide6 6.12.0 on CPython 3.11 aborts after a few thousand calls
of a Qt method that returns None (each call drops a reference to None;
"Fatal Python error: none_dealloc"). pyproject.toml pins PySide6 below 6.12 on 3.11;
this test fails if an upgrade brings the crash back.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CALLS = 100_000


def test_a_hundred_thousand_void_qt_calls_do_not_abort_the_process() -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        before = sys.getrefcount(None)
        for i in range({CALLS}):
            label.setText("x")
            label.resize(10 + i % 7, 10)
        print("done", sys.getrefcount(None) - before)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("done")
