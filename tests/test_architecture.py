"""The layering of docs/architecture.md, checked on every import statement in the package.

Every package is named with the packages it may import and the libraries it must not;
a module that sits in no named package fails, and relative imports are resolved and
checked like absolute ones.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "delegator"

# The entry points wire everything together.
ENTRY_POINTS = {"__init__", "__main__", "app", "cli", "plan_commands", "selftest"}

ALLOWED: dict[str, set[str]] = {
    "domain": {"domain"},
    "runtime": {"runtime"},
    "text": {"text", "domain", "runtime"},
    "storage": {"storage", "domain"},
    "exchange": {"exchange", "domain", "text", "runtime"},
    "services": {"services", "storage", "exchange", "domain", "text", "runtime"},
    "gui": {"gui", "services", "domain", "text", "runtime"},
    "entry": {"entry", "gui", "services", "storage", "exchange", "domain", "text", "runtime"},
}
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "sqlite3", "platformdirs"),
    "runtime": ("PySide6", "sqlalchemy", "alembic", "sqlite3"),
    "text": ("PySide6.QtWidgets", "sqlalchemy", "alembic", "sqlite3"),
    "storage": ("PySide6",),
    "exchange": ("PySide6.QtWidgets", "sqlalchemy", "alembic", "sqlite3"),
    "services": ("PySide6.QtWidgets",),
    "gui": ("sqlalchemy", "alembic", "sqlite3"),
    "entry": ("PySide6.QtWidgets",),
}
PACKAGES = tuple(name for name in ALLOWED if name != "entry")


def package_of_module(dotted: str) -> str | None:
    """The named package of an imported module, or None outside Delegator and for the
    package root itself (it holds only the version, which every package may read)."""
    parts = dotted.split(".")
    if parts[0] != "delegator" or parts[1:] in ([], ["__version__"]):
        return None
    if parts[1] in ENTRY_POINTS:
        return "entry"
    return parts[1] if parts[1] in ALLOWED else f"unnamed:{parts[1]}"


def package_of_file(path: Path, root: Path = PACKAGE) -> str:
    relative = path.relative_to(root)
    if len(relative.parts) == 1:
        return "entry" if path.stem in ENTRY_POINTS else f"unnamed:{path.stem}"
    return relative.parts[0] if relative.parts[0] in ALLOWED else f"unnamed:{relative.parts[0]}"


def imports_of(path: Path, root: Path = PACKAGE) -> list[str]:
    """Every module a file imports, relative imports resolved against its package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = list(path.relative_to(root.parent).with_suffix("").parts)
    here = here[:-1]  # the package the file is in
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names.append(module)
            names.extend(f"{module}.{alias.name}" for alias in node.names)
    return names


def relative_imports(path: Path) -> int:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sum(1 for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level > 0)


def problems_in(path: Path, root: Path = PACKAGE) -> list[str]:
    package = package_of_file(path, root)
    if package not in ALLOWED:
        return [f"{path.name} is in no named package ({package})"]
    problems = []
    for name in imports_of(path, root):
        target = package_of_module(name)
        if target is not None and target not in ALLOWED[package]:
            problems.append(f"{package} may not import {name}")
        for forbidden in FORBIDDEN[package]:
            if name == forbidden or name.startswith(forbidden + "."):
                problems.append(f"{package} may not import {name}")
    return problems


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_every_named_package_exists_and_every_module_is_in_one() -> None:
    found = {package_of_file(path) for path in SOURCES}
    assert found == set(ALLOWED)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_respect_the_layers(path: Path) -> None:
    assert problems_in(path) == []


def test_the_package_uses_no_relative_imports() -> None:
    counted = {str(p.relative_to(PACKAGE)): relative_imports(p) for p in SOURCES}
    assert {name: count for name, count in counted.items() if count} == {}


# The checker itself, on planted violations of each rule ---------------------------------


def planted(tmp_path: Path, package: str, source: str) -> list[str]:
    folder = tmp_path / "delegator" / package
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "planted.py"
    path.write_text(source, encoding="utf-8")
    return problems_in(path, tmp_path / "delegator")


@pytest.mark.parametrize(
    ("package", "source", "problem"),
    [
        ("domain", "from delegator.gui.main_window import MainWindow\n", "domain may not"),
        ("storage", "import delegator.services.workspace\n", "storage may not"),
        ("domain", "from ..gui import main_window\n", "domain may not import delegator.gui"),
        ("text", "from . import x\nfrom delegator.storage import rows\n", "text may not"),
        ("runtime", "from delegator.text.i18n import ui_language\n", "runtime may not"),
        ("gui", "from sqlalchemy import select\n", "gui may not import sqlalchemy"),
        ("gui", "import sqlite3\n", "gui may not import sqlite3"),
        ("gui", "from alembic import command\n", "gui may not import alembic"),
        ("exchange", "from PySide6.QtWidgets import QWidget\n", "exchange may not"),
        ("domain", "import PySide6.QtCore\n", "domain may not import PySide6"),
        ("support", "import os\n", "in no named package"),
    ],
)
def test_the_checker_catches_a_planted_violation(
    tmp_path: Path, package: str, source: str, problem: str
) -> None:
    problems = planted(tmp_path, package, source)
    assert any(problem in found for found in problems), problems


def test_the_checker_counts_relative_imports(tmp_path: Path) -> None:
    path = tmp_path / "sample.py"
    path.write_text("from . import a\nfrom ..b import c\nimport os\n", encoding="utf-8")
    assert relative_imports(path) == 2
