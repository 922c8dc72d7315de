"""Composition root: arguments → paths → database → services → GUI or command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def wants_gui(argv: Sequence[str]) -> bool:
    """True when the only arguments are ``--data-dir`` (the double-click case)."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--data-dir")
    try:
        _, rest = pre.parse_known_args(list(argv))
    except SystemExit:
        return False
    return not rest


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(arguments):
        from delegator.gui.launcher import launch

        return launch(arguments)
    from PySide6.QtCore import QCoreApplication

    from delegator import cli, i18n

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    i18n.install_translator(app, i18n.ui_language())
    return cli.run(arguments)
