"""What a value looks like: secret (letters with digits or symbols), strong (as
password rules demand), a plain word that is the password, alone on its line; quoted
values, e-mail addresses and reference codes."""

from __future__ import annotations

import re

from delegator.domain.secrets.findings import SecretKind
from delegator.domain.secrets.labels import Label
from delegator.domain.secrets.text_scan import TRAILING, is_a_single_word, trimmed_end

QUOTED = re.compile(r"[\"'„“”«»‚‘’`]([^\"'„“”«»‚‘’`\n]{1,200})[\"'„“”«»‚‘’`]")
_VALUE = re.compile(r"[^\s]+")
# "553 218", "19-84-27", "4829 1733 9921 0044": one value in groups of digits.
_DIGIT_GROUPS = re.compile(r"(?=(?:[0-9][ -]?){3})[0-9]{1,6}(?:[ -][0-9]{1,6})+(?![\w-])")


def unquoted_value_at(
    text: str, position: int, *, digit_groups: bool = False
) -> tuple[int, int] | None:
    """The value that starts at *position*: up to the next space, without the punctuation
    that closes it, or with *digit_groups* also digits in groups ("553 218")."""
    token = (_DIGIT_GROUPS.match(text, position) if digit_groups else None) or _VALUE.match(
        text, position
    )
    if token is None:
        return None
    end = trimmed_end(token)
    return (token.start(), end) if end > token.start() else None


def _looks_like_a_secret(value: str, kind: SecretKind, shortest: int = 4) -> bool:
    """After a bare space or "is": digits, or letters with digits or symbols.

    "Passwort ist Sommer2024!" is a secret, "Das Passwort ist sicher" is a sentence.
    """
    if len(value) < shortest:
        return False
    digits = value.replace(" ", "").replace("-", "")
    if digits.isdigit() and not _ISO_DATE.match(value):
        return kind is not SecretKind.PIN or len(digits) <= 12
    has_digit = any(c.isdigit() for c in value)
    has_letter = any(c.isalpha() for c in value)
    has_symbol = any(not c.isalnum() and c not in "-." for c in value)
    return (has_letter and has_digit) or (has_symbol and (has_letter or has_digit))


_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# "RE-2026-0042", "KW49", "Q4-2026": reference codes, not secrets.
REFERENCE_CODE = re.compile(r"^[A-Z]{1,6}[-/]?[0-9]+(?:[-/.][0-9]+)*$")


def looks_strong(value: str) -> bool:
    """Without a label: three of lower case, upper case, digits and symbols, as
    password rules demand ("Sommer2024!", "Blau&Gelb"), and not a reference code."""
    if len(value) < 6 or REFERENCE_CODE.match(value) or value.startswith(("http", "www.")):
        return False
    classes = (
        any(c.islower() for c in value),
        any(c.isupper() for c in value),
        any(c.isdigit() for c in value),
        any(not c.isalnum() and c not in "-._/'" for c in value),
    )
    return sum(classes) >= 3


def a_single_word_line_follows(text: str, end: int) -> bool:
    newline = text.find("\n", end, end + 200)
    if newline < 0:
        return False
    line_end = text.find("\n", newline + 1, newline + 200)
    line = text[newline + 1 : line_end if line_end >= 0 else min(len(text), newline + 200)]
    return is_a_single_word(line.strip())


def alone_on_its_line(text: str, position: int) -> bool:
    line_end = text.find("\n", position)
    line = text[position : line_end if line_end >= 0 else len(text)].strip()
    return bool(line) and (len(line.split()) == 1 or _DIGIT_GROUPS.fullmatch(line) is not None)


SENTENCE_END = re.compile(
    r"[.!?…]*[\"'“”»)]*(?:[ \t]+(?:haha|hehe|hihi|lol|xd|:-?\)|;-?\))[.!?]*)?[ \t]*(?:\r?\n|\Z)",
    re.IGNORECASE,
)


EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def evidence(value: str, rule: Label) -> bool:
    if rule.kind is SecretKind.API_KEY and rule.evidence:
        return (
            len(value) >= 12
            and any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value)
            and not REFERENCE_CODE.match(value)
        )
    if rule.evidence:
        return (
            len(value) >= 8
            and _looks_like_a_secret(value, rule.kind)
            and not (REFERENCE_CODE.match(value))
        )
    return _looks_like_a_secret(value, rule.kind, rule.shortest)


_WORD_AFTER = re.compile(r"[ \t]+([^\s]+)")


def clear_value_follows(text: str, position: int) -> bool:
    """After a lower-case everyday word ("pw", "pin") and a space: a value that is
    clearly secret — a strong password, or 4–8 digits that end the sentence."""
    match = _WORD_AFTER.match(text, position)
    if match is None:
        return False
    groups = _DIGIT_GROUPS.match(text, match.start(1))
    if groups is not None:  # "code 482 119"
        digits = len(groups.group().replace(" ", "").replace("-", ""))
        return 4 <= digits <= 12 and SENTENCE_END.match(text, groups.end()) is not None
    value = match.group(1).rstrip(TRAILING)
    if value.isdigit():
        rest = text[match.start(1) + len(value) : match.start(1) + len(value) + 3]
        # Ends the sentence or is followed by a remark: "Pin 0815 (nicht die Kreditkarte)".
        remark = rest[:2] in (" (", " –", " —", " -") or rest[:3] == " - "
        return 4 <= len(value) <= 8 and (not rest.strip() or rest[0] in ".,;!)\n" or remark)
    return looks_strong(value)
