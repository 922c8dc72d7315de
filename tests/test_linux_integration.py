"""The Linux desktop integration is valid for the tools desktops use: the desktop entry
(desktop-file-validate), the AppStream metadata (appstreamcli), the todo.txt file type
(update-mime-database); the file types the entry opens reach Delegator's import."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from delegator import __version__
from delegator.app import WindowStart, window_start

LINUX = Path(__file__).resolve().parents[1] / "packaging" / "linux"
DESKTOP = LINUX / "delegator.desktop"
METAINFO = LINUX / "delegator.metainfo.xml"
MIME_XML = LINUX / "delegator-mime.xml"
INSTALL_SH = LINUX / "install.sh"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
# The one hint lowered: the id is the desktop file's name, not reverse DNS (the project
# owns no domain); see the comment at the top of the metainfo.
APPSTREAM_OVERRIDE = "--override=cid-desktopapp-is-not-rdns=info"


def tool(name: str, package: str) -> str:
    """The validator *name*; on CI (which runs scripts/test as root, installing it) its
    absence fails the test, elsewhere it skips, naming the package."""
    found = shutil.which(name)
    if found is None:
        why = (
            f"{name} is not installed (Debian package {package}; scripts/test installs it as root)"
        )
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    return found


def entry_keys(path: Path = DESKTOP) -> dict[str, str]:
    keys: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key] = value
    return keys


def run(*command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def test_the_desktop_entry_is_valid() -> None:
    result = run(tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""  # no hint either


def test_the_appstream_metadata_is_valid_even_pedantically() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    result = run(
        appstreamcli, "validate", "--no-net", "--pedantic", APPSTREAM_OVERRIDE, str(METAINFO)
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_appstream_validation_would_catch_a_broken_file(tmp_path: Path) -> None:
    """The check can fail: metadata without a summary is refused."""
    appstreamcli = tool("appstreamcli", "appstream")
    broken = tmp_path / "delegator.metainfo.xml"
    text = METAINFO.read_text(encoding="utf-8")
    broken.write_text(
        "\n".join(line for line in text.splitlines() if "<summary" not in line), encoding="utf-8"
    )
    result = run(appstreamcli, "validate", "--no-net", APPSTREAM_OVERRIDE, str(broken))
    assert result.returncode != 0


def test_the_metadata_names_the_entry_this_version_and_a_real_screenshot() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP.stem
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    newest = component.findall("releases/release")[0]
    assert newest.get("version") == __version__
    assert newest.find("description") is not None
    for field in ("name", "summary"):
        assert component.findtext(field)
    assert {e.get(XML_LANG) for e in component.findall("summary")} == {None, "de"}
    assert {p.get(XML_LANG) for p in component.findall("description/p")} == {None, "de"}
    image = component.find("screenshots/screenshot/image")
    assert image is not None
    assert image.text is not None
    png = LINUX / "screenshots" / Path(image.text).name
    assert png.is_file(), f"the screenshot {png.name} is not in packaging/linux/screenshots"
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    size = (int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big"))
    assert size == (int(image.get("width", 0)), int(image.get("height", 0)))
    mediatypes = {e.text for e in component.findall("provides/mediatype")}
    assert mediatypes == set(entry_keys()["MimeType"].rstrip(";").split(";"))


def test_the_entry_opens_files_of_the_types_the_import_reads() -> None:
    keys = entry_keys()
    assert keys["Exec"] == "delegator %F"
    assert keys["MimeType"].split(";")[:-1] == ["text/x-todo-txt", "text/calendar", "text/csv"]
    for name in ("todo.txt", "errands.todo.txt", "meeting.ics", "clients.csv"):
        assert window_start([f"/home/a/{name}"]) == WindowStart(None, (f"/home/a/{name}",))


def test_todo_txt_files_get_their_own_file_type(tmp_path: Path) -> None:
    update = tool("update-mime-database", "shared-mime-info")
    mime = tmp_path / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, mime / "packages" / MIME_XML.name)
    result = run(update, str(mime))
    assert result.returncode == 0, result.stderr
    globs = (mime / "globs2").read_text(encoding="utf-8").splitlines()
    assert "60:text/x-todo-txt:todo.txt" in globs
    assert "60:text/x-todo-txt:*.todo.txt" in globs
    types = ET.parse(mime / "text" / "x-todo-txt.xml").getroot()
    assert types.find(f"{MIME_NS}sub-class-of") is not None


def test_install_sh_puts_metadata_and_file_type_in_place_and_takes_them_out(
    tmp_path: Path,
) -> None:
    program = tmp_path / "my apps" / "delegator-gui"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(data)}

    result = run("bash", str(INSTALL_SH), "--exec", str(program), env=env)
    assert result.returncode == 0, result.stderr
    installed = data / "applications" / "delegator.desktop"
    assert entry_keys(installed)["Exec"] == f'"{program}" %F'
    assert (data / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    assert (data / "mime" / "packages" / MIME_XML.name).read_bytes() == MIME_XML.read_bytes()
    if shutil.which("update-mime-database"):
        assert "text/x-todo-txt" in (data / "mime" / "globs2").read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        checked = run("desktop-file-validate", str(installed))
        assert checked.returncode == 0, checked.stdout

    result = run("bash", str(INSTALL_SH), "--uninstall", env=env)
    assert result.returncode == 0, result.stderr
    assert not installed.exists()
    assert not (data / "metainfo" / METAINFO.name).exists()
    assert not (data / "mime" / "packages" / MIME_XML.name).exists()
