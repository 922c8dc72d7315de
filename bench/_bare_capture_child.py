"""Start-up child for startup_x11.py: a bare PySide6 window whose line edit stores what is
typed into it, the floor for Delegator's window and its capture field.

    python _bare_capture_child.py FILE

A QMainWindow (1100×700, the size of Delegator's first window) with a QLineEdit that has
the focus; Return inserts the text into the ``tasks`` table of the SQLite file FILE with
plain sqlite3 and commits: the least any app must do to keep a typed line.
"""

import sqlite3
import sys

from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

app = QApplication([sys.argv[0]])
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
window = QMainWindow()
window.setWindowTitle("Bare")
field = QLineEdit(window)
window.setCentralWidget(field)
window.resize(1100, 700)


def store() -> None:
    connection.execute("INSERT INTO tasks (title) VALUES (?)", (field.text(),))
    field.clear()


field.returnPressed.connect(store)
window.show()
field.setFocus()
sys.exit(app.exec())
