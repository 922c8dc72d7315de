from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from delegator.domain.capture import MAX_TITLE_LENGTH, titles_from_text


def test_one_title_per_non_empty_line_trimmed_in_order() -> None:
    text = "  Rechnungen schreiben \n\n\tBelege hochladen\r\n   \nNewsletter  vorbereiten\n"
    assert titles_from_text(text) == [
        "Rechnungen schreiben",
        "Belege hochladen",
        "Newsletter vorbereiten",
    ]


def test_blank_text_gives_no_titles() -> None:
    assert titles_from_text(" \n\t\n") == []


def test_long_titles_are_cut_to_the_stored_length() -> None:
    assert len(titles_from_text("x" * 1000)[0]) == MAX_TITLE_LENGTH


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)))
def test_every_title_is_trimmed_non_empty_and_from_its_own_line(lines: list[str]) -> None:
    titles = titles_from_text("\n".join(lines))
    for title in titles:
        assert title == title.strip()
        assert title
        assert "\n" not in title
        assert "\r" not in title
    assert len(titles) <= len("\n".join(lines).splitlines())
