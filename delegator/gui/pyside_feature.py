"""PySide6 reads the whole source of every module imported after it; this asks the file.

Importing PySide6 replaces ``__import__``: after each import it decides whether the new
module may use ``from __feature__ import …`` (PYSIDE-2029) by fetching its source with
``inspect.getsource`` and looking for "PySide6" in it. That tokenises each file and
leaves its lines in ``linecache`` for good: at start-up ~190 modules, ~25 ms and ~4 MiB
(napari/napari#8584 traced the same cost). ``check_imports_quickly`` puts the same
question to the file's bytes: the same answer, nothing cached. Should a later PySide6
lack the function, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_delegator_reads_bytes"


def check_imports_quickly() -> None:
    """Answer PySide6's per-import question from the module's file (see above)."""
    import PySide6.QtCore  # noqa: F401  (installs the import hook this speeds up)

    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, _MARK, False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
