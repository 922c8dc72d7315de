"""The design lives in the repository: nothing points outside it or at a missing doc.

Comments, docstrings and the README cite ``docs/design.md`` and ``docs/architecture.md``
(with a section); a clone must hold everything they cite, and the design must name every
readiness rule the domain really has.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from delegator.domain.readiness import Rule

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SCANNED = ("delegator", "tests", "bench", "scripts", "packaging", "docs", "README.md")

# Built from parts so this file does not cite what it forbids.
OUTSIDE = ("../" + "shared", "ARCHITECTURE" + ".md", "DESIGN" + ".md")

DOC_PATH = re.compile(r"docs/([\w./-]+\.md)")
RELATIVE_LINK = re.compile(r"\]\((?!https?:|#|\.\./|docs/)([\w./-]+\.md)(?:#[\w-]*)?\)")
QUOTED_SECTION = re.compile(r"docs/([\w.-]+\.md)(?:,\s*|\s+\()\"([^\"\n]+)\"")
BARE_SECTION = re.compile(r"docs/([\w.-]+\.md),\s+([A-Z][A-Za-z -]*[a-z])\)")
ANCHOR_LINK = re.compile(r"\]\(#([\w-]+)\)")
RULE_ID = re.compile(r"\b(?:expectations|reliability|letting_go)\.[a-z_]+\b")


def _text_files() -> list[Path]:
    files: list[Path] = []
    for name in SCANNED:
        path = ROOT / name
        candidates = [path] if path.is_file() else sorted(path.rglob("*"))
        for candidate in candidates:
            if candidate.is_file() and "__pycache__" not in candidate.parts:
                files.append(candidate)
    return files


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None  # a binary file (icon, compiled translation) cites nothing


def _texts() -> dict[Path, str]:
    return {path: text for path in _text_files() if (text := _read(path)) is not None}


def _docs() -> set[str]:
    return {path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*") if path.is_file()}


def _cited_docs(path: Path, text: str) -> set[str]:
    cited = set(DOC_PATH.findall(text))
    if path.parent == DOCS:
        cited |= set(RELATIVE_LINK.findall(text))
    return cited


def _headings(doc: str) -> set[str]:
    lines = (DOCS / doc).read_text(encoding="utf-8").splitlines()
    return {line.lstrip("#").strip() for line in lines if line.startswith("#")}


def _where(path: Path, text: str, index: int) -> str:
    return f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, index) + 1}"


def test_nothing_cites_files_outside_the_repository() -> None:
    found = [
        f"{_where(path, text, match.start())}: {match.group()}"
        for path, text in _texts().items()
        for outside in OUTSIDE
        for match in re.finditer(re.escape(outside), text)
    ]
    assert not found, "cite docs/design.md or docs/architecture.md instead:\n" + "\n".join(found)


def test_every_cited_doc_exists() -> None:
    existing = _docs()
    missing = sorted(
        f"{path.relative_to(ROOT)}: docs/{doc}"
        for path, text in _texts().items()
        for doc in _cited_docs(path, text)
        if doc not in existing
    )
    assert not missing, "these files cite a doc that is not in docs/:\n" + "\n".join(missing)


def test_cited_sections_are_headings_of_their_doc() -> None:
    existing = _docs()
    missing = []
    for path, text in _texts().items():
        for pattern in (QUOTED_SECTION, BARE_SECTION):
            for match in pattern.finditer(text):
                doc, section = match.groups()
                if doc in existing and section not in _headings(doc):
                    missing.append(f"{_where(path, text, match.start())}: {doc}, {section!r}")
    assert not missing, "no such section:\n" + "\n".join(missing)


def _anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, dashes for spaces."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def test_links_inside_a_doc_lead_to_its_headings() -> None:
    broken = []
    for doc in sorted(_docs()):
        if doc.endswith(".md"):
            text = (DOCS / doc).read_text(encoding="utf-8")
            anchors = {_anchor(heading) for heading in _headings(doc)}
            for match in ANCHOR_LINK.finditer(text):
                if match.group(1) not in anchors:
                    broken.append(f"{_where(DOCS / doc, text, match.start())}: #{match.group(1)}")
    assert not broken, "no heading for these links:\n" + "\n".join(broken)


def test_the_section_check_reads_both_citation_styles() -> None:
    quoted = 'See (docs/design.md,\n"Privacy") and docs/design.md ("Domain").'
    bare = "(docs/architecture.md, Conventions)."
    assert [m.groups() for m in QUOTED_SECTION.finditer(quoted)] == [
        ("design.md", "Privacy"),
        ("design.md", "Domain"),
    ]
    assert [m.groups() for m in BARE_SECTION.finditer(bare)] == [("architecture.md", "Conventions")]


@pytest.mark.parametrize("rule", list(Rule), ids=[rule.value for rule in Rule])
def test_the_design_names_every_readiness_rule(rule: Rule) -> None:
    assert f"`{rule.value}`" in (DOCS / "design.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("doc", ["docs/design.md", "README.md"])
def test_documented_rule_ids_are_rules(doc: str) -> None:
    named = set(RULE_ID.findall((ROOT / doc).read_text(encoding="utf-8")))
    assert named - {rule.value for rule in Rule} == set()
