"""Composition root: arguments → paths → workspace → GUI or command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def gui_data_dir(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, --data-dir) when the window is wanted: no arguments but ``--data-dir``."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--data-dir")
    try:
        known, rest = pre.parse_known_args(list(argv))
    except SystemExit:
        return False, None
    data_dir: str | None = known.data_dir
    return not rest, data_dir


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    wants_gui, data_dir = gui_data_dir(arguments)
    if wants_gui:
        from delegator.gui.launcher import launch

        return launch(data_dir)
    from PySide6.QtCore import QCoreApplication

    from delegator import cli, i18n

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    i18n.install_translator(app, i18n.ui_language())
    return cli.run(arguments)
