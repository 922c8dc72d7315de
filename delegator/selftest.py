"""``delegator --selftest``: check that this installation works, for support.

Prints one line per check, each starting with ``ok   `` or ``FAIL `` and followed by
the check's name and a short detail, then returns 0 when every check passed and 1
otherwise. A check that raises becomes a FAIL line naming the error; the others still
run. The check names and the two prefixes are fixed (scripts and the frozen build's
smoke check read them); the details are in the UI language.

It works in a temporary folder, removed afterwards: the user's data folder and
settings are never read or written, and nothing goes over the network. Without a
display (no ``DISPLAY``/``WAYLAND_DISPLAY`` on Linux and no ``QT_QPA_PLATFORM``) Qt
starts on the offscreen platform, and the platform line says so.
"""

from __future__ import annotations

import os
import platform
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

OK = "ok   "
FAIL = "FAIL "
# A source string the German catalogue must translate (the PDF brief's footer).
KNOWN_CONTEXT, KNOWN_SOURCE = "Brief", "Page {n} of {total}"
# One of Qt's own texts its German catalogue translates (a standard button).
QT_KNOWN_CONTEXT, QT_KNOWN_SOURCE = "QPlatformTheme", "Cancel"
SAMPLE_TITLE = "Answer the support mail"


class CheckFailed(Exception):
    """A check found a problem; the message is the detail of its FAIL line."""


@dataclass
class _State:
    """What the checks share: the temporary folder and how Qt was started."""

    folder: Path
    fell_back: bool = False
    started_here: bool = False
    notes: list[str] = field(default_factory=list)


Check = Callable[[_State], str]


def run(out: TextIO | None = None) -> int:
    """Run every check, printing one line each to *out* (stdout); 0 if all passed, else 1."""
    stream = out if out is not None else sys.stdout
    failed = False
    with _temporary_folder() as folder:
        state = _State(folder)
        for name, check in checks():
            try:
                detail = check(state)
            except CheckFailed as problem:
                failed = True
                line = f"{FAIL}{name}: {problem}"
            except Exception as error:  # any error is this check's FAIL
                failed = True
                line = f"{FAIL}{name}: " + QCoreApplication.translate(
                    "selftest", "{error} ({kind})"
                ).format(error=_one_line(str(error)) or "-", kind=type(error).__name__)
            else:
                line = f"{OK}{name}: {detail}"
            print(line, file=stream, flush=True)
    return 1 if failed else 0


def checks() -> list[tuple[str, Check]]:
    """The checks in the order they run: (name, function returning the detail)."""
    return [
        ("versions", check_versions),
        ("platform", check_platform),
        ("translations", check_translations),
        ("qt-translations", check_qt_translations),
        ("migrations", check_migrations),
        ("pdf", check_pdf),
    ]


@contextmanager
def _temporary_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="delegator-selftest-") as name:
        yield Path(name)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# The checks ---------------------------------------------------------------------------


def check_versions(state: _State) -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    from delegator import __version__

    return QCoreApplication.translate(
        "selftest", "Delegator {delegator}, Python {python}, Qt {qt}, PySide6 {pyside}, {system}"
    ).format(
        delegator=__version__,
        python=platform.python_version(),
        qt=qVersion(),
        pyside=PySide6.__version__,
        system=f"{platform.system()} {platform.machine()}".strip(),
    )


def check_platform(state: _State) -> str:
    """Start (or find) the GUI application the PDF needs and name its platform plugin."""
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        arguments = [sys.argv[0] if sys.argv and sys.argv[0] else "delegator"]
        state.fell_back = needs_offscreen(os.environ, sys.platform)
        if state.fell_back:
            arguments += ["-platform", "offscreen"]
        app = QGuiApplication(arguments)
        state.started_here = True
        _install_translations(app)
    if not isinstance(app, QGuiApplication):
        raise CheckFailed(
            QCoreApplication.translate(
                "selftest", "a non-graphical application is already running; no platform"
            )
        )
    name = QGuiApplication.platformName()
    if state.fell_back:
        return QCoreApplication.translate(
            "selftest", "{name} (no display found: fell back to offscreen)"
        ).format(name=name)
    return name


def needs_offscreen(environment: os._Environ[str] | dict[str, str], system: str) -> bool:
    """True when Qt would find no display: on Linux and the BSDs without ``DISPLAY`` or
    ``WAYLAND_DISPLAY``, unless ``QT_QPA_PLATFORM`` chooses a platform. Windows and
    macOS always have theirs."""
    if environment.get("QT_QPA_PLATFORM"):
        return False
    if system.startswith(("win", "cygwin", "darwin")):
        return False
    return not (environment.get("DISPLAY") or environment.get("WAYLAND_DISPLAY"))


def _install_translations(app: QCoreApplication) -> None:
    """The UI language's catalogues, chosen without the user's settings (which live in
    the data folder the self-test does not touch): ``DELEGATOR_LANG``, else the system's."""
    from delegator.text import i18n

    i18n.install_translator(app, i18n.ui_language(i18n.system_language()))


def check_translations(state: _State) -> str:
    from PySide6.QtCore import QTranslator

    from delegator.runtime.resources import resource

    folder = resource("translations")
    translator = QTranslator()
    if not translator.load("delegator_de.qm", str(folder)):
        raise CheckFailed(
            QCoreApplication.translate(
                "selftest", "the German catalogue {file} cannot be loaded"
            ).format(file=folder / "delegator_de.qm")
        )
    translated = translator.translate(KNOWN_CONTEXT, KNOWN_SOURCE)
    if not translated or translated == KNOWN_SOURCE:
        raise CheckFailed(
            QCoreApplication.translate(
                "selftest", "the German catalogue does not translate “{source}”"
            ).format(source=KNOWN_SOURCE)
        )
    return QCoreApplication.translate(
        "selftest", "German catalogue {file}: “{source}” → “{translated}”"
    ).format(file=translator.filePath(), source=KNOWN_SOURCE, translated=translated)


def check_qt_translations(state: _State) -> str:
    """Qt's own German texts (standard buttons, the file dialog); without them those
    stay English, which is worth knowing but no failure."""
    from PySide6.QtCore import QTranslator

    from delegator.text.i18n import qt_catalogue_folders

    translator = QTranslator()
    folders = qt_catalogue_folders()
    if not any(translator.load("qtbase_de.qm", str(folder)) for folder in folders):
        return QCoreApplication.translate(
            "selftest", "qtbase_de.qm not found (Qt's own buttons and dialogs stay English)"
        )
    translated = translator.translate(QT_KNOWN_CONTEXT, QT_KNOWN_SOURCE)
    if not translated or translated == QT_KNOWN_SOURCE:
        raise CheckFailed(
            QCoreApplication.translate("selftest", "{file} does not translate “{source}”").format(
                file=translator.filePath(), source=QT_KNOWN_SOURCE
            )
        )
    return QCoreApplication.translate("selftest", "{file}: “{source}” → “{translated}”").format(
        file=translator.filePath(), source=QT_KNOWN_SOURCE, translated=translated
    )


def check_migrations(state: _State) -> str:
    """A new plan in the temporary folder: every migration runs up to the head."""
    from delegator.domain.model import Decision
    from delegator.runtime.paths import Paths
    from delegator.services.task_service import NewTask
    from delegator.services.workspace import Workspace
    from delegator.storage.probe import probe
    from delegator.storage.schema import HEAD_REVISION

    paths = Paths(state.folder / "plan")
    workspace = Workspace(paths.database, paths.backups)
    try:
        workspace.tasks.add([NewTask(SAMPLE_TITLE, Decision.DELEGATE, "")])
    finally:
        workspace.close()
    revision = probe(paths.database).revision
    if revision != HEAD_REVISION:
        raise CheckFailed(
            QCoreApplication.translate(
                "selftest", "new plan at schema {revision}, not {head}"
            ).format(revision=revision, head=HEAD_REVISION)
        )
    return QCoreApplication.translate("selftest", "new plan at schema {revision}").format(
        revision=revision
    )


def check_pdf(state: _State) -> str:
    """The plan's brief as ``delegator export --format pdf`` writes it, read back: a
    whole PDF with the pages laid out and the bundled fonts embedded."""
    from delegator.domain.brief import BriefFormat, BriefOptions
    from delegator.exchange.brief_pdf import FONT_FILES
    from delegator.runtime.paths import Paths
    from delegator.services.handover_package import FILE_NAMES, render
    from delegator.services.workspace import Workspace
    from delegator.text import i18n

    paths = Paths(state.folder / "plan")
    laid_out = 0

    def progress(done: int, total: int) -> bool:
        nonlocal laid_out
        laid_out = max(laid_out, total)
        return True

    workspace = Workspace(paths.database, paths.backups)
    try:
        options = BriefOptions(language=i18n.ui_language(i18n.system_language()), paper="A4")
        brief = workspace.handover.build(None, options)
    finally:
        workspace.close()
    folder = state.folder / "export"
    folder.mkdir()
    pdf = folder / FILE_NAMES[BriefFormat.PDF]
    pdf.write_bytes(render(brief, BriefFormat.PDF, progress))
    facts = read_pdf(pdf.read_bytes())
    if facts.pages != laid_out or facts.page_objects != laid_out:
        raise CheckFailed(
            QCoreApplication.translate(
                "selftest",
                "{file}: pages in the tree: {pages}, page objects: {objects}, laid out: {expected}",
            ).format(
                file=pdf.name, pages=facts.pages, objects=facts.page_objects, expected=laid_out
            )
        )
    wanted = {Path(name).stem for name in FONT_FILES}
    if not wanted <= facts.embedded_fonts:
        raise CheckFailed(
            QCoreApplication.translate(
                "selftest", "{file} does not embed {fonts} (it embeds: {embedded})"
            ).format(
                file=pdf.name,
                fonts=", ".join(sorted(wanted - facts.embedded_fonts)),
                embedded=", ".join(sorted(facts.embedded_fonts)) or "-",
            )
        )
    return QCoreApplication.translate(
        "selftest",
        "{file}: PDF {version}, pages as laid out: {pages}, bytes: {size}, embeds {fonts}",
    ).format(
        file=pdf.name,
        version=facts.version,
        pages=facts.pages,
        size=facts.size,
        fonts=", ".join(sorted(wanted)),
    )


# Reading a PDF back (without pypdf, which only the tests have) --------------------------

_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b(.*?)\bendobj", re.S)
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_PAGES_COUNT = re.compile(rb"/Type\s*/Pages\b.*?/Count\s+(\d+)", re.S)
_FONT_NAME = re.compile(rb"/FontName\s*/(?:[A-Z]{6}\+)?([^\s/<>\[\]()]+)")
_FONT_FILE = re.compile(rb"/FontFile[23]?\s+\d+\s+\d+\s+R")


@dataclass(frozen=True)
class PdfFacts:
    version: str
    size: int
    pages: int  # as the page tree counts them
    page_objects: int  # the page objects in the file
    embedded_fonts: set[str]  # font names with their font file in the PDF


def read_pdf(data: bytes) -> PdfFacts:
    """What *data* is, as a PDF written by Qt (objects as plain text, not in object
    streams); CheckFailed when it is not a whole PDF."""
    header = re.match(rb"%PDF-(\d\.\d)", data)
    if header is None:
        raise CheckFailed(
            QCoreApplication.translate("selftest", "not a PDF: it does not start with %PDF-")
        )
    if not data.rstrip().endswith(b"%%EOF"):
        raise CheckFailed(
            QCoreApplication.translate(
                "selftest", "the PDF is cut short: it does not end with %%EOF"
            )
        )
    startxref = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if startxref is None or not data[int(startxref.group(1)) :].startswith(b"xref"):
        raise CheckFailed(
            QCoreApplication.translate(
                "selftest", "the PDF's cross-reference table is not where it says"
            )
        )
    page_objects = 0
    pages = None
    fonts: set[str] = set()
    for match in _OBJECT.finditer(data):
        body = match.group(1)
        dictionary = body.split(b"stream", 1)[0]
        if _PAGE.search(dictionary):
            page_objects += 1
        count = _PAGES_COUNT.search(dictionary)
        if count is not None and pages is None:
            pages = int(count.group(1))
        name = _FONT_NAME.search(dictionary)
        if name is not None and _FONT_FILE.search(dictionary):
            fonts.add(name.group(1).decode("latin-1"))
    if pages is None:
        raise CheckFailed(QCoreApplication.translate("selftest", "the PDF has no page tree"))
    return PdfFacts(header.group(1).decode("ascii"), len(data), pages, page_objects, fonts)
