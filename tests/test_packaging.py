"""The packaging files: desktop entry, installer script, PyInstaller spec, the Linux
download's layout, the Windows/macOS icons and the CI workflow that builds there.

Fast checks only; `bash scripts/package` builds the app, packs the download and runs it.
"""

from __future__ import annotations

import ast
import configparser
import glob
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
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
RENDER_ICONS = ROOT / "scripts" / "render_icons.py"
WORKFLOW = ROOT / ".github" / "workflows" / "package.yml"
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
    """The command line of a Desktop Entry Exec value, for a value of one quoted word
    (the program) followed by field codes such as %F (kept as they are)."""
    string = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t"}.get(m[1], m[1]), value)
    found = re.fullmatch(r'"((?:[^"\\]|\\.)*)"((?: %[fFuU])*)', string)
    assert found, string
    word = re.sub(r'\\(["`$\\])', r"\1", found[1])
    return [word.replace("%%", "%"), *found[2].split()]


def field_codes() -> list[str]:
    """The field codes of the packaged entry's Exec (what it passes on: %F, files)."""
    return desktop_entry()["Exec"].split()[1:]


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
    assert exec_arguments(entry["Exec"]) == [str(program), *field_codes()]
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


def run_spec(
    monkeypatch: pytest.MonkeyPatch, workpath: Path | None = None, platform: str = sys.platform
) -> dict[str, list[dict[str, Any]]]:
    """Execute the spec as PyInstaller does on *platform*, its build steps replaced by
    recorders; what it makes itself (the icons) goes into *workpath* (by default a
    temporary folder, removed afterwards)."""
    if workpath is None:
        with tempfile.TemporaryDirectory() as temporary:
            return run_spec(monkeypatch, Path(temporary), platform)
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
    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent),
        "workpath": str(workpath),
        "__name__": "__main__",
    }
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[kind] = recorder(kind)
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        exec(code, namespace)
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
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (analysis,) = run_spec(monkeypatch, tmp_path)["Analysis"]
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
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = run_spec(monkeypatch, tmp_path, "linux")
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


@pytest.mark.parametrize(
    ("platform", "gui", "cli", "icon"),
    [
        ("win32", "Delegator", "delegator-cli", "delegator.ico"),
        ("darwin", "delegator-gui", "delegator", "delegator.icns"),
    ],
)
def test_spec_builds_delegator_exe_on_windows_and_delegator_app_on_macos(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str, gui: str, cli: str, icon: str
) -> None:
    calls = run_spec(monkeypatch, tmp_path, platform)
    windowed, console = calls["EXE"]
    # The windowed program first: a macOS bundle starts the first one.
    assert (windowed["name"], windowed["console"]) == (gui, False)
    assert (console["name"], console["console"]) == (cli, True)
    # Windows ignores case in file names: the two programs must differ in more than that.
    assert windowed["name"].casefold() != console["name"].casefold()
    for program in (windowed, console):
        # The icon was rendered from the SVG into the build's work folder.
        assert Path(program["icon"]) == tmp_path / "icons" / icon
        assert Path(program["icon"]).stat().st_size > 1000
    if platform == "darwin":
        (bundle,) = calls["BUNDLE"]
        assert bundle["name"] == "Delegator.app"
        assert Path(bundle["icon"]).name == "delegator.icns"
        assert bundle["info_plist"]["CFBundleShortVersionString"] == delegator_version()
    else:
        assert "BUNDLE" not in calls


def delegator_version() -> str:
    import delegator

    return delegator.__version__


def test_windows_and_macos_icons_rendered_from_the_svg_hold_every_size(tmp_path: Path) -> None:
    from PySide6.QtGui import QImageReader

    result = subprocess.run(
        [sys.executable, str(RENDER_ICONS), "--app-icons", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    expected = {
        "delegator.ico": [16, 24, 32, 48, 64, 128, 256],
        "delegator.icns": [16, 32, 64, 128, 256, 512, 1024],
    }
    for name, sizes in expected.items():
        # Read back by Qt's own ICO and ICNS readers, image by image.
        reader = QImageReader(str(tmp_path / name))
        assert reader.canRead(), (name, reader.errorString())
        assert reader.imageCount() == len(sizes), name
        found = []
        for index in range(reader.imageCount()):
            assert reader.jumpToImage(index)
            image = reader.read()
            assert not image.isNull(), (name, index, reader.errorString())
            assert image.width() == image.height(), name
            # The mark is drawn: some pixels are opaque, the corners are not.
            assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() > 0, name
            found.append(image.width())
        assert sorted(found) == sizes, name
    icns = (tmp_path / "delegator.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


def download_launcher() -> str:
    """The install.sh that scripts/package writes at the top of the Linux download."""
    text = PACKAGE_SCRIPT.read_text(encoding="utf-8")
    found = re.search(r'cat >"\$STAGE/\$NAME/install\.sh" <<\'SH\'\n(.*?)\nSH\n', text, re.S)
    assert found, "scripts/package writes no install.sh into the download"
    return found[1] + "\n"


def test_install_sh_works_from_the_downloads_layout(tmp_path: Path) -> None:
    # The download as scripts/package lays it out: the programs at the top, PyInstaller's
    # _internal/ with the bundled icons, packaging/linux/ two levels below them.
    folder = tmp_path / "Delegator-1.0-linux-x86_64"
    internal = folder / "_internal"
    shutil.copytree(ICONS, internal / "resources" / "icons")
    shutil.copytree(INSTALL_SH.parent, internal / "packaging" / "linux")
    program = folder / "delegator-gui"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    launcher = folder / "install.sh"
    launcher.write_text(download_launcher(), encoding="utf-8")
    launcher.chmod(0o755)
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(data)}

    # Run as a user does after unpacking: ./install.sh from inside the folder.
    result = subprocess.run(["./install.sh"], cwd=folder, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    entry = desktop_entry(data / "applications" / "delegator.desktop")
    assert exec_arguments(entry["Exec"]) == [str(program), *field_codes()]
    hicolor = data / "icons" / "hicolor"
    assert (hicolor / "256x256" / "apps" / "delegator.png").read_bytes() == (
        ICONS / "delegator-256.png"
    ).read_bytes()
    assert (hicolor / "scalable" / "apps" / "delegator.svg").is_file()

    result = subprocess.run(
        ["./install.sh", "--uninstall"], cwd=folder, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert not (data / "applications" / "delegator.desktop").exists()


def test_package_workflow_builds_with_the_spec_and_smoke_tests_on_each_system() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for system in ("ubuntu-latest", "windows-latest", "macos-latest"):
        assert f"runs-on: {system}" in text or f"os: {system}" in text, system
    assert SPEC.relative_to(ROOT).as_posix() in text
    assert "bash scripts/package" in text
    assert "scripts/compile_translations.py" in text
    for step in ("--selftest", "--version", " demo ", " export ", "upload-artifact"):
        assert step in text, step
    # The programs the smoke test runs are those the spec names on each system.
    assert "dist/delegator/delegator-cli.exe" in text
    assert "dist/delegator/Delegator.exe" in text
    assert "dist/Delegator.app/Contents/MacOS/delegator" in text


def test_package_workflow_is_valid_yaml() -> None:
    yaml = pytest.importorskip("yaml", reason="no YAML parser installed (none is required)")
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    systems = set()
    for job in workflow["jobs"].values():
        runs_on = job["runs-on"]
        if "matrix" in runs_on:
            systems |= {entry["os"] for entry in job["strategy"]["matrix"]["include"]}
        else:
            systems.add(runs_on)
        assert job["steps"][0]["uses"].startswith("actions/checkout@")
    assert systems == {"ubuntu-latest", "windows-latest", "macos-latest"}
