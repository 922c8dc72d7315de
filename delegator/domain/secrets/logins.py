"""A user name and a password, after "Login"/"Zugangsdaten" or with no label at all
("max@firma.de / Sommer2024!", "admin / Sommer2024!", "root:Sommer2024!")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from delegator.domain.secrets.findings import SecretFinding, SecretKind
from delegator.domain.secrets.labels import LOGIN_LABEL, PASSWORD
from delegator.domain.secrets.placeholders import is_placeholder
from delegator.domain.secrets.plain_words import is_a_plain_password
from delegator.domain.secrets.separators import AFTER_LABEL, ARROWS
from delegator.domain.secrets.text_scan import inside, windows_around
from delegator.domain.secrets.values import (
    EMAIL,
    QUOTED,
    REFERENCE_CODE,
    a_single_word_line_follows,
    alone_on_its_line,
    looks_strong,
    unquoted_value_at,
)

# "Login:", "Login für Lexoffice:", "Zugangsdaten Canva" at the end of a line.
_LOGIN_SEPARATOR = re.compile(
    rf"(?:{AFTER_LABEL}|(?:[ \t]+[^\s:=()]+){{1,3}}?)"
    rf"(?:[ \t]*{ARROWS}[ \t]*(?:\r?\n[ \t]*)?|[ \t]+[-–—][ \t]+|[ \t]*\r?\n[ \t]*)",
    re.IGNORECASE,
)
_USER = re.compile(r"[^\s/|,;]+")
_USER_WORD = re.compile(
    r"(?i)(?:user(?:name)?|benutzer(?:name)?|nutzer(?:name)?|e-?mail|konto|account|kennung)"
    r"[ \t]*[:=]?[ \t]+(?=\S)"
)
_JOINER = re.compile(r"[ \t]*(?://?|[|,;])[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+")


# No label: "max@firma.de / Sommer2024!", "admin / Sommer2024!", "max@firma.de\n…",
# "root:Sommer2024!" (the password must be strong: "nginx:1.25-alpine" is not one).
_BARE_PAIR = re.compile(
    r"(?<![\w@.:/\-{])(?:(?P<email>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)"
    r"(?P<ejoin>[ \t]*(?://?|[|,;]|->|-->|=>|→|⇒|➔)[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+)"
    r"|(?P<user>[a-z][a-z0-9._\-]{1,31})(?P<ujoin>[ \t]+/[ \t]+|[ \t]*\||:(?=\S)))"
    r"(?P<value>[^\s]+)"
)


def login_pairs(text: str, lowered: str, urls: list[tuple[int, int]]) -> Iterator[SecretFinding]:
    for label in LOGIN_LABEL.finditer(lowered):
        if label.start() and (text[label.start() - 1].isalnum() or text[label.start() - 1] in "_-"):
            continue
        separator = _LOGIN_SEPARATOR.match(text, label.end())
        if separator is None:
            continue  # "Login bei Lexoffice …" without ":" or a line break introduces nothing
        # "Zugang Hosting: user kunde123, pass …": the name follows the word "user".
        user_word = _USER_WORD.match(text, separator.end())
        account = _USER.match(text, user_word.end() if user_word else separator.end())
        if account is None or is_placeholder(account.group()):
            continue
        joiner = _JOINER.match(text, account.end())
        if joiner is None:
            continue
        span = _password_at(text, joiner.end(), strong=False)
        if span is None and "\n" in joiner.group() and alone_on_its_line(text, joiner.end()):
            span = _plain_word_at(text, joiner.end())  # "Login Canva\nanna@…\nApfelbaum"
        if span is not None:
            yield SecretFinding(SecretKind.PASSWORD, *span)
    anchors = [match.start() for match in _PAIR_ANCHOR.finditer(text)]
    colons = [
        anchor for anchor in anchors
        if text[anchor] == ":" and anchor + 1 < len(text) and anchor
        and _USER_COLON_VALUE.match(text[anchor - 1 : anchor + 2]) is not None
    ]  # fmt: skip
    windows = [
        *windows_around(text, (anchor for anchor in anchors if text[anchor] != ":"), 64, 200),
        *windows_around(text, colons, 33, 1),  # "root:Sommer2024!"
    ]
    pairs = (pair for start, end in windows for pair in _BARE_PAIR.finditer(text, start, end))
    for pair in pairs:
        user = pair.group("user")
        if inside(pair.start(), urls) or (user is not None and is_placeholder(user)):
            continue
        between = pair.group("ejoin") or pair.group("ujoin")
        if "\n" in between and not alone_on_its_line(text, pair.start("value")):
            continue
        if between == ":" and (user in _SCHEMES or "/" in pair.group("value")):
            continue  # "data:image/png;base64", "mailto:…", "team:design/assets"
        span = _password_at(text, pair.start("value"), strong=True)
        if span is not None and not inside(span[0], urls):
            yield SecretFinding(SecretKind.PASSWORD, *span)


_SCHEMES = {"data", "mailto", "tel", "file", "urn", "sip", "geo", "callto", "skype", "git"}
_PAIR_ANCHOR = re.compile(r"[@/|:]")
# The colon of "root:Sommer2024!": not of "https://", "**Goal:**" or "11:00".
_USER_COLON_VALUE = re.compile(r"[a-z]:[^\s*/]|[0-9]:[^\s*/0-9]")


def _plain_word_at(text: str, position: int) -> tuple[int, int] | None:
    span = unquoted_value_at(text, position)
    if span is None or a_single_word_line_follows(text, span[1]):
        return None  # nothing, or a column of single words
    start, end = span
    return span if is_a_plain_password(text, end, text[start:end], PASSWORD) else None


def _password_at(text: str, position: int, *, strong: bool) -> tuple[int, int] | None:
    """The password that starts at *position*: strong without a label, or after a
    "Login:" letters with digits or symbols, six characters or more."""
    quoted = QUOTED.match(text, position)
    if quoted:
        start, end = quoted.span(1)
    else:
        span = unquoted_value_at(text, position)
        if span is None:
            return None
        start, end = span
    value = text[start:end]
    if len(value) < 6 or is_placeholder(value) or EMAIL.fullmatch(value):
        return None
    if strong:
        return (start, end) if looks_strong(value) else None
    has_digit = any(c.isdigit() for c in value)
    has_letter = any(c.isalpha() for c in value)
    has_symbol = any(not c.isalnum() and c not in "-._/'" for c in value)
    secret = has_letter and (has_digit or has_symbol) and not REFERENCE_CODE.match(value)
    return (start, end) if secret else None
