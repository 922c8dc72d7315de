"""Hatchling build hook: the wheel carries translation catalogues compiled from the .ts.

The .qm files are not in the repository or the sdist; this hook compiles every
resources/translations/*.ts with PySide6's lrelease (scripts/compile_translations.py;
PySide6-Essentials is this hook's build dependency, see pyproject.toml) into a temporary
folder and puts them into the wheel as delegator/resources/translations/*.qm, in place
of any .qm lying in the source tree. An editable install reads resources/ from the
source tree, so there they are compiled in place (when missing or stale).
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TARGET = "delegator/resources/translations"


def _compiler(root: Path) -> ModuleType:
    path = root / "scripts" / "compile_translations.py"
    spec = importlib.util.spec_from_file_location("_delegator_compile_translations", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CompileTranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        compiler = _compiler(root)
        source = root / "resources" / "translations"
        if not compiler.catalogues(source):
            raise RuntimeError(f"no translation catalogues (*.ts) in {source}")
        if version == "editable":
            compiler.compile_all(source)
            return
        self._out = Path(tempfile.mkdtemp(prefix="delegator-qm-"))
        for qm in compiler.compile_all(source, self._out, force=True):
            build_data["force_include"][str(qm)] = f"{TARGET}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)
