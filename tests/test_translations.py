"""German ships complete: every string translated, the compiled catalogue current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "delegator_de.ts"
QM = TS.with_suffix(".qm")
# English holds only the plurals: "%n to-do(s)" as "1 to-do" and "2 to-dos".
TS_EN = ROOT / "resources" / "translations" / "delegator_en.ts"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(BIN)) or shutil.which(f"pyside6-{name}")
    assert found, f"pyside6-{name} is part of PySide6-Essentials and must be installed"
    return found


def messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_german_string_is_finished_and_keeps_its_placeholders() -> None:
    problems = []
    for message in messages(TS):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished: {source!r}")
            continue
        placeholders = sorted(re.findall(r"\{\w+\}|%n", source))
        for text in translations_of(message):
            if not text.strip():
                problems.append(f"empty: {source!r}")
            elif sorted(re.findall(r"\{\w+\}|%n", text)) != placeholders:
                problems.append(f"placeholders differ: {source!r} → {text!r}")
    assert problems == []


# What docs/glossary.md says German does not call its concepts, and the English words
# its English terms replaced.
NOT_IN_GERMAN = (
    "Bereitschaft",
    "Arbeitsvereinbarung",
    "Meine Absprachen",
    "Einordnungshilfe",
    "Triage",
    "Zeit pro Mal",
    "Abnahmekriterien",
    "Eskalationsregel",
    "Noch zuzuweisen",
    "Material",
    "Sie stimmten zu",
    "In das Archiv",
    "h/Woche",
    " h pro Woche",
    "/Mon.",
)
NOT_IN_ENGLISH = ("Time each time", "acceptance criteria", "Nothing was written")


def test_german_and_english_use_the_words_of_the_glossary() -> None:
    found = []
    for message in messages(TS):
        source = message.findtext("source") or ""
        found += [f"{word!r} in {source!r}" for word in NOT_IN_ENGLISH if word in source]
        for text in translations_of(message):
            found += [f"{word!r} in {text!r}" for word in NOT_IN_GERMAN if word in text]
    assert found == []


@pytest.mark.parametrize(
    ("catalogue", "language", "only"),
    [(TS, "de", []), (TS_EN, "en", ["-pluralonly"])],
    ids=["de", "en"],
)
def test_the_catalogue_holds_every_string_of_the_code(
    tmp_path: Path, catalogue: Path, language: str, only: list[str]
) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(catalogue, fresh)
    sources = sorted(str(p) for p in (ROOT / "delegator").rglob("*.py"))
    subprocess.run(
        [
            tool("lupdate"),
            *sources,
            *only,
            "-ts",
            str(fresh),
            "-source-language",
            "en",
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )
    before = {(m.findtext("source"), m.get("numerus")) for m in messages(catalogue)}
    after = {(m.findtext("source"), m.get("numerus")) for m in messages(fresh)}
    assert after - before == set(), "new strings: run scripts/translations and translate them"
    assert before - after == set(), "strings no longer used: run scripts/translations"


def test_english_says_one_and_many_without_brackets() -> None:
    plurals = messages(TS_EN)
    assert plurals
    for message in plurals:
        source = message.findtext("source") or ""
        assert translations_of(message) == [source.replace("(s)", ""), source.replace("(s)", "s")]


@pytest.mark.usefixtures("qapp")
def test_the_window_speaks_german(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from delegator.gui.main_window import MainWindow
    from delegator.services.workspace import Workspace
    from delegator.text import i18n

    monkeypatch.setenv(i18n.ENV_LANGUAGE, "de")
    locale = QLocale()
    app = QApplication.instance()
    assert app is not None, "no Qt application"
    translators = i18n.install_translator(app, i18n.ui_language())
    assert translators
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    try:
        window = MainWindow(workspace, tmp_path / "settings.ini")
        qtbot.addWidget(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles == ["&Datei", "&Bearbeiten", "&To-do", "&Ansicht", "&Hilfe"]
        assert window.sidebar.item(0).text() == "Eingang"
        assert "Datei" in window.about_text()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
        workspace.close()


# lupdate reads a plural only from ``self.tr(text, "", n)``: a ``QCoreApplication.translate``
# with a count is extracted as a plain string or not at all, and shows in English.
_COUNTED_TRANSLATE = re.compile(r"translate\(\s*\"[^\"]*\",\s*\"[^\"]*%n", re.S)
_ALIASED_TRANSLATE = re.compile(r"^\s*\w+\s*=\s*QCoreApplication\.translate\s*$", re.M)
# lupdate reads a context only as a string literal: translate(CONTEXT, "text") is lost.
_NAMED_CONTEXT = re.compile(r"translate\(\s*[A-Za-z_][\w.]*\s*,\s*\"")


def test_plurals_and_contexts_are_written_the_way_lupdate_reads_them() -> None:
    wrong = [
        f"{path.relative_to(ROOT)}: {kind}"
        for path in sorted((ROOT / "delegator").rglob("*.py"))
        for kind, pattern in (
            ("a plural through QCoreApplication.translate (use self.tr)", _COUNTED_TRANSLATE),
            ("QCoreApplication.translate under another name", _ALIASED_TRANSLATE),
            ("a context lupdate cannot read (write it as a string)", _NAMED_CONTEXT),
        )
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert wrong == []
