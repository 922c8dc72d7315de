"""The packaging files: desktop entry, installer script and PyInstaller spec.

Fast checks only; `bash scripts/package` builds the app and runs it.
"""

from __future__ import annotations

import ast
import configparser
import glob
import os
import re
import struct
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "delegator"
RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"
DESKTOP_FILE = ROOT / "packaging" / "linux" / "delegator.desktop"
INSTALL_SH = ROOT / "packaging" / "linux" / "install.sh"
SPEC = ROOT / "packaging" / "pyinstaller" / "delegator.spec"
PACKAGE_SCRIPT = ROOT / "scripts" / "package"
GROUP = "Desktop Entry"


def desktop_entry(path: Path = DESKTOP_FILE) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    assert parser.sections() == [GROUP]
    return parser[GROUP]


def launcher_call(method: str) -> str:
    """The string the GUI passes to ``QApplication.<method>``."""
    source = (PACKAGE / "gui" / "launcher.py").read_text(encoding="utf-8")
    found: list[str] = re.findall(rf'\.{method}\("([^"]+)"\)', source)
    assert len(found) == 1, f"{method} is called {len(found)} times in the launcher"
    return found[0]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Delegator"
    assert entry["GenericName"] == "Delegation planner"
    for key in ("Name[de]", "GenericName[de]", "Comment", "Comment[de]", "Exec"):
        assert entry.get(key, "").strip(), key
    assert entry["Icon"] == "delegator"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert {"Office", "ProjectManagement"} <= set(entry["Categories"].split(";"))


def test_desktop_entry_matches_the_application_window() -> None:
    # X11 window managers match StartupWMClass to WM_CLASS, which Qt takes from the
    # application name; Wayland matches the app id (the desktop file name) to the file.
    assert desktop_entry()["StartupWMClass"] == launcher_call("setApplicationName")
    assert DESKTOP_FILE.stem == launcher_call("setDesktopFileName")


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    assert header[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_the_desktop_icon_exists_in_every_size_the_installer_copies() -> None:
    name = desktop_entry()["Icon"]
    assert (ICONS / f"{name}.svg").is_file()
    pngs = sorted(ICONS.glob(f"{name}-*.png"))
    sizes = {int(path.stem.rsplit("-", 1)[1]) for path in pngs}
    assert {16, 32, 48, 64, 128, 256} <= sizes
    for path in pngs:
        # hicolor/<n>x<n>/apps must hold an icon of n pixels.
        size = int(path.stem.rsplit("-", 1)[1])
        assert png_size(path) == (size, size), path.name


@pytest.mark.parametrize("script", [INSTALL_SH, PACKAGE_SCRIPT], ids=lambda path: path.name)
def test_shell_scripts_parse(script: Path) -> None:
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def exec_arguments(value: str) -> list[str]:
    """The command line of a Desktop Entry Exec value, for a value of one quoted word."""
    string = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t"}.get(m[1], m[1]), value)
    assert string.startswith('"'), string
    assert string.endswith('"'), string
    word = re.sub(r'\\(["`$\\])', r"\1", string[1:-1])
    return [word.replace("%%", "%")]


def test_install_puts_entry_and_icons_in_place_and_uninstall_removes_them(
    tmp_path: Path,
) -> None:
    program = tmp_path / 'my "apps" $HOME' / "delegator-gui"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    home, data = tmp_path / "home", tmp_path / "data"
    (home / "Desktop").mkdir(parents=True)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(data)}

    def install(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", str(INSTALL_SH), *arguments], env=env, capture_output=True, text=True
        )

    result = install("--desktop", "--exec", str(program))
    assert result.returncode == 0, result.stderr
    installed = data / "applications" / "delegator.desktop"
    entry = desktop_entry(installed)
    assert exec_arguments(entry["Exec"]) == [str(program)]
    assert entry["StartupWMClass"] == desktop_entry()["StartupWMClass"]
    assert os.access(home / "Desktop" / "delegator.desktop", os.X_OK)
    hicolor = data / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / "delegator.svg").is_file()
    for path in ICONS.glob("delegator-*.png"):
        size = path.stem.rsplit("-", 1)[1]
        assert (hicolor / f"{size}x{size}" / "apps" / "delegator.png").read_bytes() == (
            path.read_bytes()
        )

    result = install("--uninstall")
    assert result.returncode == 0, result.stderr
    assert not installed.exists()
    assert not (home / "Desktop" / "delegator.desktop").exists()
    assert not list(hicolor.rglob("delegator.*"))


def test_install_refuses_a_launcher_that_is_not_a_program(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(
        ["bash", str(INSTALL_SH), "--exec", str(tmp_path / "missing")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 3
    assert "not an executable program" in result.stderr
    assert not (tmp_path / "data" / "applications").exists()


def spec_strings() -> set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def migrations_dir() -> Path:
    from delegator.storage.migrator import MIGRATIONS_DIR

    return MIGRATIONS_DIR


def test_spec_is_python_and_names_every_resource_folder_and_the_migrations() -> None:
    strings = spec_strings()
    folders = sorted(path.name for path in RESOURCES.iterdir() if path.is_dir())
    assert folders, "resources/ has no folders"
    for folder in folders:
        assert f"resources/{folder}" in strings, folder
    assert migrations_dir().relative_to(ROOT).as_posix() in strings
    assert "versions" in strings


def run_spec(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[dict[str, Any]]]:
    """Execute the spec with PyInstaller's build steps replaced by recorders."""
    calls: dict[str, list[dict[str, Any]]] = {}

    def recorder(kind: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> types.SimpleNamespace:
            calls.setdefault(kind, []).append({"args": args, **kwargs})
            return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])

        return record

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None: [f"{package}.anything"]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    namespace: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "__name__": "__main__"}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[kind] = recorder(kind)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return calls


def bundled_files(datas: list[tuple[str, str]]) -> set[str]:
    """Where each file of the spec's datas lands inside the app (PyInstaller's rules)."""
    files = set()
    for source, destination in datas:
        matches = [Path(match) for match in glob.glob(source)]
        assert matches, f"the spec bundles {source}, which matches nothing"
        for match in matches:
            if match.is_dir():
                files |= {
                    f"{destination}/{path.relative_to(match).as_posix()}"
                    for path in match.rglob("*")
                    if path.is_file()
                }
            else:
                files.add(f"{destination}/{match.name}")
    return files


def test_spec_bundles_resources_and_migrations_where_the_frozen_app_looks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (analysis,) = run_spec(monkeypatch)["Analysis"]
    files = bundled_files(analysis["datas"])
    # delegator/runtime/resources.py looks for sys._MEIPASS/resources; the .ts source stays out.
    needed = {
        path.relative_to(ROOT).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and path.suffix != ".ts"
    }
    assert needed <= files, sorted(needed - files)
    # Alembic loads env.py and the revisions as files from the folder beside
    # migrator.py, which lies under sys._MEIPASS in the frozen app.
    migrations = migrations_dir()
    revisions = {path for path in (migrations / "versions").glob("*.py")}
    assert revisions, "no migration revisions found"
    for path in [migrations / "env.py", *revisions]:
        assert path.relative_to(ROOT).as_posix() in files, path.name


def test_spec_builds_a_windowed_program_and_keeps_every_qt_module_in_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = run_spec(monkeypatch)
    (analysis,) = calls["Analysis"]
    for script in analysis["args"][0]:
        assert Path(script).is_file(), script
    programs = {call["name"]: call for call in calls["EXE"]}
    assert programs["delegator-gui"]["console"] is False
    assert programs["delegator"]["console"] is True
    for program in programs.values():
        assert Path(program["icon"]).is_file()
    (collect,) = calls["COLLECT"]
    assert collect["name"] == "delegator"

    used = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                used.add(node.module)
            elif isinstance(node, ast.Import):
                used |= {alias.name for alias in node.names}
    qt_used = {name for name in used if name.startswith("PySide6.")}
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= qt_used
    assert not qt_used & set(analysis["excludes"])
    assert "PySide6.QtNetwork" in analysis["excludes"]
