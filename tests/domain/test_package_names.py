"""File names inside a handover package: safe on every desktop, distinct, short."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from delegator.domain.model import Resource, ResourceKind
from delegator.domain.package_names import (
    MAX_NAME_BYTES,
    MAX_SLUG_BYTES,
    attachment_names,
    file_slug,
    safe_file_name,
)


def attached(target: str) -> Resource:
    return Resource(ResourceKind.FILE, "", target)


def test_separators_of_any_system_and_dot_dot_leave_only_the_last_component() -> None:
    assert safe_file_name("0123456789abcdef/..\\..\\evil.exe") == "evil.exe"
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("..") == "attachment"


def test_characters_and_names_windows_refuses_are_replaced() -> None:
    assert safe_file_name('a:b*c?"d<e>f|g.txt') == "a_b_c__d_e_f_g.txt"
    assert safe_file_name("Zeile\nzwei\t.pdf") == "Zeile_zwei_.pdf"
    assert safe_file_name("CON.txt") == "_CON.txt"
    assert safe_file_name("CONIN$") == "_CONIN$"
    assert safe_file_name("nul") == "_nul"
    assert safe_file_name("Bericht. ") == "Bericht"


def test_characters_that_hide_or_reorder_a_name_are_replaced() -> None:
    assert safe_file_name("inv\u202efdp.exe") == "inv_fdp.exe"  # shown as "invexe.pdf"
    assert safe_file_name("c1\x9b31mred.txt") == "c1_31mred.txt"
    assert safe_file_name("nel\x85x.txt") == "nel_x.txt"
    assert safe_file_name("zw\u200b.txt") == "zw_.txt"
    assert safe_file_name("ls\u2028x.txt") == "ls_x.txt"


def test_a_long_name_is_cut_to_a_safe_length_and_keeps_its_suffix() -> None:
    name = safe_file_name("x" * 246 + ".pdf")
    assert name.endswith(".pdf")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    umlauts = safe_file_name("ä" * 200 + ".docx")
    assert umlauts.endswith(".docx")
    assert len(umlauts.encode("utf-8")) <= MAX_NAME_BYTES
    assert set(umlauts.removesuffix(".docx")) == {"ä"}  # no half character


def test_two_attachments_of_the_same_name_get_distinct_names() -> None:
    names = attachment_names(
        [attached("aaaa/report.pdf"), attached("bbbb/Report.PDF"), attached("cccc/report.pdf")]
    )
    assert names == {
        "aaaa/report.pdf": "report.pdf",
        "bbbb/Report.PDF": "Report (2).PDF",
        "cccc/report.pdf": "report (3).pdf",
    }


def test_the_same_file_on_two_todos_keeps_one_name_and_links_are_no_files() -> None:
    resources = [
        attached("aaaa/report.pdf"),
        Resource(ResourceKind.LINK, "Drive", "https://example.org/report.pdf"),
        attached("aaaa/report.pdf"),
    ]
    assert attachment_names(resources) == {"aaaa/report.pdf": "report.pdf"}


def test_numbered_names_stay_short() -> None:
    long = "y" * 300 + ".pdf"
    names = attachment_names([attached(f"{n:04}/{long}") for n in range(12)])
    assert len(set(names.values())) == 12
    assert all(len(name.encode("utf-8")) <= MAX_NAME_BYTES for name in names.values())
    assert names["0011/" + long].endswith(" (12).pdf")


def test_a_slug_is_short_and_never_empty() -> None:
    assert file_slug("Anna Keller", "x") == "anna-keller"
    assert file_slug("///", "assistant") == "assistant"
    assert len(file_slug("Ä" * 500, "x").encode()) <= MAX_SLUG_BYTES
    assert len(file_slug("\U0001d400" * 70, "x").encode()) <= MAX_SLUG_BYTES  # 4-byte letters


@given(st.text(max_size=400))
def test_every_name_is_one_safe_component(name: str) -> None:
    safe = safe_file_name(name)
    assert safe
    assert safe not in {".", ".."}
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    assert not set(safe) & set('/\\:*?"<>|')
    assert all(unicodedata.category(char) not in {"Cc", "Cf", "Zl", "Zp", "Cs"} for char in safe)
    assert not safe.endswith((" ", "."))


@given(st.lists(st.text(min_size=1, max_size=60), max_size=20))
def test_names_are_distinct_ignoring_case(names: list[str]) -> None:
    resources = [attached(f"{n:04}/{name}") for n, name in enumerate(names)]
    chosen = attachment_names(resources).values()
    assert len({name.casefold() for name in chosen}) == len(resources)
