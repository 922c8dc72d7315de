"""Find the resources folder in a source checkout, an installed wheel or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding icons, translations and templates.

    A frozen app unpacks it beside the code (``sys._MEIPASS``), a wheel carries it as
    ``delegator/resources``, and a source checkout or editable install has it at the
    top of the repository.
    """
    package = Path(__file__).resolve().parents[1]  # delegator/, above runtime/
    candidates = [package / "resources", package.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError(
        "Delegator's resources folder is missing: " + ", ".join(map(str, candidates))
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
