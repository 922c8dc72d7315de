"""The wheel carries everything: built (sdist first, the wheel from the sdist, as
``python -m build`` does) and installed into a fresh virtual environment, Delegator runs
its self-test, makes the demo plan and exports a brief without a file from the source
tree. Dependencies come from the package index (or pip's cache).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "delegator" / "storage" / "migrations"
COMPILER = ROOT / "scripts" / "compile_translations.py"
# Building needs no network beyond the index; a minute is typical, ten a hung resolver.
TIMEOUT = 600


def run(
    command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        command, capture_output=True, text=True, check=False, timeout=TIMEOUT, cwd=cwd, env=env
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


@dataclass
class Built:
    wheel: Path
    sdist: Path


@dataclass
class Installed:
    venv: Path
    bin: Path
    work: Path
    env: dict[str, str]

    def delegator(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run([str(self.bin / "delegator"), *args], cwd=self.work, env=self.env)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)])
    wheels = list(out.glob("delegator-*.whl"))
    sdists = list(out.glob("delegator-*.tar.gz"))
    assert len(wheels) == len(sdists) == 1, sorted(out.iterdir())
    return Built(wheels[0], sdists[0])


@pytest.fixture(scope="module")
def installed(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    venv = tmp_path_factory.mktemp("venv")
    run([sys.executable, "-m", "venv", str(venv)])
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(built.wheel)])
    work = tmp_path_factory.mktemp("work")
    home = tmp_path_factory.mktemp("home")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "DELEGATOR_", "VIRTUAL_ENV", "XDG_"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DELEGATOR_LANG="en",
        PYTHONNOUSERSITE="1",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
    )
    return Installed(venv, bin_dir, work, env)


def relative_files(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".qm"
    }


def test_the_sdist_carries_the_catalogue_sources_and_the_build_hook(built: Built) -> None:
    with tarfile.open(built.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {
        "pyproject.toml",
        "hatch_build.py",
        "scripts/compile_translations.py",
        "resources/translations/delegator_de.ts",
        "resources/translations/delegator_en.ts",
    } <= names
    assert [name for name in names if name.endswith(".qm")] == [], "the .qm are built"


def test_the_wheel_holds_the_resources_the_migrations_and_compiled_catalogues(
    built: Built, tmp_path: Path
) -> None:
    with zipfile.ZipFile(built.wheel) as wheel:
        names = set(wheel.namelist())
        expected = {f"delegator/resources/{name}" for name in relative_files(RESOURCES)}
        expected |= {f"delegator/storage/migrations/{n}" for n in relative_files(MIGRATIONS)}
        assert sorted(expected - names) == []
        for kind in ("fonts", "icons", "templates", "demo", "translations"):
            assert any(n.startswith(f"delegator/resources/{kind}/") for n in names), kind
        assert any(n.startswith("delegator/storage/migrations/versions/0001") for n in names)

        # The catalogues in the wheel are compiled from the .ts of the sources.
        run([sys.executable, str(COMPILER), "--out", str(tmp_path), "--force"])
        compiled = sorted(tmp_path.glob("*.qm"))
        assert [qm.name for qm in compiled] == ["delegator_de.qm", "delegator_en.qm"]
        for qm in compiled:
            shipped = wheel.read(f"delegator/resources/translations/{qm.name}")
            assert shipped == qm.read_bytes(), qm.name


def test_the_installed_package_lies_in_the_new_environment(installed: Installed) -> None:
    code = (
        "import delegator, json\n"
        "from delegator.runtime.resources import resources_dir\n"
        "print(json.dumps([delegator.__file__, str(resources_dir())]))"
    )
    done = run([str(installed.bin / "python"), "-c", code], cwd=installed.work, env=installed.env)
    module, resources = (Path(p).resolve() for p in json.loads(done.stdout))
    venv = installed.venv.resolve()
    assert module.is_relative_to(venv)
    assert resources.is_relative_to(venv)
    assert (resources / "translations" / "delegator_de.qm").is_file()


def test_the_installed_selftest_passes(installed: Installed) -> None:
    done = installed.delegator("--selftest")
    lines = done.stdout.splitlines()
    assert len(lines) >= 4, done.stdout
    assert [line for line in lines if not line.startswith("ok   ")] == []
    assert str(ROOT) not in done.stdout + done.stderr, "read a file from the source tree"


def test_the_installed_app_makes_the_demo_and_exports_a_brief(installed: Installed) -> None:
    data = installed.work / "plan"
    out = installed.work / "out"
    installed.delegator("demo", "--data-dir", str(data))
    todos = json.loads(installed.delegator("list", "--json", "--data-dir", str(data)).stdout)
    assistant = next(todo["assistant"] for todo in todos if todo["assistant"])
    installed.delegator(
        "export",
        "--assistant",
        assistant,
        "--format",
        "md,pdf,ics",
        "--data-dir",
        str(data),
        "-o",
        str(out),
    )
    assert {"brief.md", "brief.pdf", "tasks.ics"} <= {path.name for path in out.iterdir()}
    assert assistant in (out / "brief.md").read_text(encoding="utf-8")
    pdf = (out / "brief.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert b"DejaVuSans" in pdf, "the PDF embeds the bundled font"
    assert (out / "tasks.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
