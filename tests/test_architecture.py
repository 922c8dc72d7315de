"""The layering of ARCHITECTURE.md, checked on every import statement in the package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "delegator"

# The entry points wire everything; the support modules (paths, resources, i18n,
# messages, the platform check, the version) are small helpers every layer above
# storage may use.
TOP = {"app", "cli", "__main__"}
ALLOWED = {
    "domain": {"domain"},
    "storage": {"storage", "domain"},
    "exchange": {"exchange", "domain", "support"},
    "services": {"services", "storage", "exchange", "domain", "support"},
    "gui": {"gui", "services", "domain", "support"},
    "support": {"support", "domain", "storage"},
    "top": {"top", "support", "services", "domain", "exchange", "storage", "gui"},
}
THIRD_PARTY_FORBIDDEN = {
    "domain": ("sqlalchemy", "alembic", "PySide6", "platformdirs"),
    "storage": ("PySide6",),
    "exchange": ("sqlalchemy", "alembic", "PySide6.QtWidgets"),
    "services": ("PySide6.QtWidgets",),
    "support": ("PySide6.QtWidgets", "sqlalchemy", "alembic"),
    "top": ("PySide6.QtWidgets",),
}
LAYERS = ("domain", "storage", "exchange", "services", "gui")


def layer_of_module(dotted: str) -> str | None:
    parts = dotted.split(".")
    if parts[0] != "delegator":
        return None
    if len(parts) > 1 and parts[1] in LAYERS:
        return parts[1]
    return "top" if len(parts) > 1 and parts[1] in TOP else "support"


def layer_of_file(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    if relative.parts[0] in LAYERS:
        return relative.parts[0]
    return "top" if path.stem in TOP else "support"


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_every_layer() -> None:
    found = {layer_of_file(path) for path in SOURCES}
    assert set(LAYERS) - {"exchange"} <= found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_respect_the_layers(path: Path) -> None:
    layer = layer_of_file(path)
    problems = []
    for name in imports_of(path):
        target = layer_of_module(name)
        if target is not None and target not in ALLOWED[layer]:
            problems.append(f"{layer} may not import {name}")
        for forbidden in THIRD_PARTY_FORBIDDEN.get(layer, ()):
            if name == forbidden or name.startswith(forbidden + "."):
                problems.append(f"{layer} may not import {name}")
    assert problems == []


def test_the_checker_catches_an_upward_import(tmp_path: Path) -> None:
    sample = PACKAGE / "domain" / "model.py"
    names = imports_of(sample)
    assert all(layer_of_module(name) in (None, "domain") for name in names)
    bad = tmp_path / "bad.py"
    bad.write_text("from delegator.gui.main_window import MainWindow\nimport PySide6.QtWidgets\n")
    assert "delegator.gui.main_window" in imports_of(bad)
    assert layer_of_module("delegator.gui.main_window") not in ALLOWED["domain"]
