"""Spotting values that look like secrets before they leave the app.

"Tools and access" holds the *names* of systems, never passwords (docs/design.md,
"Privacy"); a brief is sent to another person. ``find_secrets`` flags what looks like
a password or PIN after a label, an IBAN, a payment card number or an API key, so the
GUI can warn before saving or exporting. It errs towards flagging: a warning about a
harmless value costs a click, a leaked password costs much more.

What is *not* flagged: references to a password manager ("Passwort: siehe
Bitwarden", "<in 1Password>"), masks ("***"), names of systems, ordinary sentences,
dates, phone numbers, invoice numbers and links without credentials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise


class SecretKind(StrEnum):
    PASSWORD = "password"
    PIN = "pin"
    IBAN = "iban"
    CARD_NUMBER = "card_number"
    API_KEY = "api_key"


@dataclass(frozen=True, slots=True)
class SecretFinding:
    """A value that looks secret, at ``text[start:end]``."""

    kind: SecretKind
    start: int
    end: int


def find_secrets(text: str) -> list[SecretFinding]:
    """Every secret-looking value in *text*, in order, without overlaps."""
    urls = [match.span() for match in _URL.finditer(text)]
    # Stronger evidence first: a later candidate that overlaps an earlier one is dropped.
    candidates = [
        *_ibans(text),
        *_card_numbers(text),
        *_prefixed_keys(text),
        *_url_credentials(text),
        *_labelled_values(text, urls),
        *_random_tokens(text, urls),
    ]
    kept: list[SecretFinding] = []
    for candidate in candidates:
        if not any(candidate.start < other.end and other.start < candidate.end for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda finding: finding.start)


# --- IBAN (ISO 13616) ---------------------------------------------------------------

# Grouped as printed ("DE89 3704 0044 …", capitals only, so ordinary words after a
# code like "KW49" are not read as groups) or compact in either case.
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"[A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?"
    r"|(?i:[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30})"
    r")(?![A-Za-z0-9])"
)


def is_valid_iban(candidate: str) -> bool:
    """ISO 13616: 15–34 characters, check digits 02–98, and the mod-97 remainder 1."""
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact.isascii() or not compact.isalnum():
        return False
    if not (compact[:2].isalpha() and compact[2:4].isdigit() and 2 <= int(compact[2:4]) <= 98):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def _ibans(text: str) -> Iterator[SecretFinding]:
    for match in _IBAN.finditer(text):
        # The grouped form may swallow a following short word ("… 0130 00 bis"):
        # drop trailing groups until the rest validates.
        value = match.group()
        while True:
            if is_valid_iban(value):
                yield SecretFinding(SecretKind.IBAN, match.start(), match.start() + len(value))
                break
            if " " not in value:
                break
            value = value.rsplit(" ", 1)[0]


# --- Payment cards (Luhn) -----------------------------------------------------------

# 13–19 digits, contiguous or in groups split by one space or one dash (the same
# throughout), the first group of four as on every card. No leading zero and no "+"
# in front, so phone numbers stay out; not glued to more digits or letters.
_CARD = re.compile(
    r"(?<![\w+./])(?<!\d[ -])"
    r"(?:[1-9][0-9]{12,18}|[1-9][0-9]{3}(?P<sep>[ -])[0-9]{3,6}(?:(?P=sep)[0-9]{3,6})*"
    r"(?:(?P=sep)[0-9]{1,6})?)"
    r"(?![\w])(?![ -][0-9])"
)


def passes_luhn(digits: str) -> bool:
    """The Luhn (mod 10) check of payment card numbers."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _card_numbers(text: str) -> Iterator[SecretFinding]:
    for match in _CARD.finditer(text):
        digits = re.sub(r"[ -]", "", match.group())
        if 13 <= len(digits) <= 19 and passes_luhn(digits):
            yield SecretFinding(SecretKind.CARD_NUMBER, match.start(), match.end())


# --- API keys -----------------------------------------------------------------------

_PREFIXED_KEY = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:"
    r"sk-[A-Za-z0-9_\-]{20,}"
    r"|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"
    r"|gh[pousr]_[A-Za-z0-9]{20,}"
    r"|github_pat_[A-Za-z0-9_]{20,}"
    r"|glpat-[A-Za-z0-9_\-]{20,}"
    r"|xox[abprs]-[A-Za-z0-9\-]{10,}"
    r"|(?:AKIA|ASIA)[A-Z0-9]{16}"
    r"|AIza[A-Za-z0-9_\-]{30,}"
    r"|npm_[A-Za-z0-9]{30,}"
    r"|-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----"
    r")(?![A-Za-z0-9_\-])"
)


def _prefixed_keys(text: str) -> Iterator[SecretFinding]:
    for match in _PREFIXED_KEY.finditer(text):
        yield SecretFinding(SecretKind.API_KEY, match.start(), match.end())


MIN_TOKEN_LENGTH = 24
_TOKEN = re.compile(rf"[A-Za-z0-9_\-+/]{{{MIN_TOKEN_LENGTH},}}")


def _class_of(char: str) -> int:
    return 0 if char.isdigit() else 1 if char.islower() else 2


def looks_random(token: str) -> bool:
    """Letters and digits that switch class often, as generated keys do.

    Words, file names and dates ("Angebot_2026-11-02_v3") switch rarely: a class
    change between neighbouring letters/digits at least once every five characters
    is the line between the two.
    """
    core = token.strip("-_/+")
    if len(core) < MIN_TOKEN_LENGTH:
        return False
    if not any(c.isdigit() for c in core) or not any(c.isalpha() for c in core):
        return False
    switches = sum(
        1
        for left, right in pairwise(core)
        if left.isalnum() and right.isalnum() and _class_of(left) != _class_of(right)
    )
    return switches * 5 >= len(core)


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _random_tokens(text: str, urls: list[tuple[int, int]]) -> Iterator[SecretFinding]:
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if _inside(start, urls):
            continue  # ids in links (shared documents, folders) are not keys
        if looks_random(match.group()):
            yield SecretFinding(SecretKind.API_KEY, start, end)


# --- Links with credentials ---------------------------------------------------------

# With a scheme, "www." or a host name followed by a path ("drive.google.com/…").
_URL = re.compile(
    r"(?i)\b(?:[a-z][a-z0-9+.\-]{0,30}://|www\.|(?:[a-z0-9\-]{1,63}\.){1,10}[a-z]{2,24}/)"
    r"[^\s<>\"']*"
)
_URL_PASSWORD = re.compile(
    r"(?i)\b[a-z][a-z0-9+.\-]{0,30}://[^\s/:@<>\"']{1,200}:([^\s/@<>\"']{1,200})@"
)
_URL_SECRET_PARAMETER = re.compile(
    r"(?i)[?&](?:[a-z_]*(?:key|token|secret|password|passwort|pwd|sig|signature|auth))"
    r"=([^\s&#<>\"']+)"
)


def _url_credentials(text: str) -> Iterator[SecretFinding]:
    for match in _URL_PASSWORD.finditer(text):
        yield SecretFinding(SecretKind.PASSWORD, match.start(1), match.end(1))
    for url in _URL.finditer(text):
        for parameter in _URL_SECRET_PARAMETER.finditer(url.group()):
            if not _is_placeholder(parameter.group(1)):
                start = url.start() + parameter.start(1)
                yield SecretFinding(SecretKind.API_KEY, start, start + len(parameter.group(1)))


# --- Values after a label -----------------------------------------------------------

_PASSWORD_LABELS = (
    "passwords",
    "password",
    "passwort",
    "kennwort",
    "passphrase",
    "passwd",
    "passcode",
    "pwd",
    "pass",
    "pw",
)
_PIN_LABELS = (
    "pin-code",
    "pin code",
    "pincode",
    "zugangscode",
    "sicherheitscode",
    "türcode",
    "pin",
    "code",
    "cvc",
    "cvv",
)
_KEY_LABELS = (
    "api-key",
    "api key",
    "api_key",
    "apikey",
    "access key",
    "client secret",
    "secret",
    "token",
)
_KIND_OF_LABEL = {
    **dict.fromkeys(_PASSWORD_LABELS, SecretKind.PASSWORD),
    **dict.fromkeys(_PIN_LABELS, SecretKind.PIN),
    **dict.fromkeys(_KEY_LABELS, SecretKind.API_KEY),
}
# German compounds put a word in front: "WLAN-Passwort", "Adminkennwort".
_COMPOUND_LABELS = {"password", "passwords", "passwort", "kennwort"}
# Short everyday words introduce a value after a bare space only when written in
# capitals ("PIN 1234", not "pin the 2026 goals").
_WEAK_LABELS = {"pass", "pin", "code", "pw", "token", "secret"}
# "promo code: SPRING" or "QR code" is not a PIN.
_NOT_A_PIN_BEFORE = {
    "promo", "discount", "coupon", "voucher", "gift", "qr", "source", "zip", "post",
    "postal", "area", "country", "dress", "color", "colour", "tax", "error", "status",
    "html", "css", "bar", "swift", "bic", "sort", "iso", "product", "article", "bank",
    "blz", "referral", "invite", "tracking", "gutschein", "rabatt", "aktions", "farb",
    "fehler", "steuer", "länder", "landes", "sendungs",
}  # fmt: skip

_LABEL = re.compile(
    "|".join(re.escape(label) for label in sorted(_KIND_OF_LABEL, key=len, reverse=True)),
    re.IGNORECASE,
)
_QUALIFIER = r"(?:for|für|fuer|of|von|zu|zum|zur|to)[ \t]+[^\s:=]+(?:[ \t]+[^\s:=]+){0,2}"
_STRONG_SEPARATOR = re.compile(rf"(?:[ \t]+{_QUALIFIER})?[ \t]*[:=][ \t]*", re.IGNORECASE)
_VERB_SEPARATOR = re.compile(r"[ \t]+(?:is|ist|lautet|are|sind)[ \t]+", re.IGNORECASE)
_SPACE_SEPARATOR = re.compile(r"[ \t]+")
_QUOTED = re.compile(r"[\"'„“”«»‚‘’`]([^\"'„“”«»‚‘’`\n]{1,200})[\"'„“”«»‚‘’`]")
_VALUE = re.compile(r"[^\s]+")
_TRAILING = ".,;:)]}\"'“”»’"

_PASSWORD_MANAGER = re.compile(
    r"(?i)1password|bitwarden|lastpass|keepass|dashlane|proton ?pass|vaultwarden"
    r"|passw(?:or)?t[- ]?manager|password[- ]?manager|passwort[- ]?tresor|vault|tresor"
)
_MASK = re.compile(r"^[*•·x.…_\-–—?#]+$", re.IGNORECASE)
_STOP_WORDS = {
    # Words that start a reference or a sentence rather than a secret.
    "see", "siehe", "s", "vgl", "ask", "frag", "frage", "fragen", "erfragen", "bitte",
    "please", "pls", "per", "via", "in", "im", "über", "ueber", "from", "von", "bei",
    "with", "mit", "separat", "separately", "separate", "folgt", "follows", "kommt",
    "comes", "will", "wird", "werden", "is", "ist", "are", "sind", "not", "nicht", "kein",
    "keine", "keins", "none", "no", "nein", "n/a", "na", "tbd", "tba", "todo", "unknown",
    "unbekannt", "same", "gleich", "wie", "like", "as", "the", "der", "die", "das", "den",
    "dem", "des", "ein", "eine", "einen", "a", "an", "your", "yours", "dein", "deine",
    "ihr", "ihre", "my", "mine", "mein", "meine", "our", "unser", "unsere", "you", "du",
    "sie", "we", "wir", "i", "ich", "stored", "saved", "gespeichert", "hinterlegt",
    "liegt", "sent", "gesendet", "geschickt", "shared", "geteilt", "provided", "given",
    "by", "empty", "leer", "required", "erforderlich", "needed", "nötig", "only", "nur",
    "on", "auf", "at", "for", "für", "to", "zu", "und", "and", "or", "oder", "yes", "ja",
    "ok", "okay", "reset", "vergessen", "forgotten", "ändern", "change", "changed",
}  # fmt: skip


def _is_placeholder(value: str) -> bool:
    stripped = value.strip(_TRAILING)
    return (
        not stripped
        or stripped[0] in "<[{("
        or _MASK.match(stripped) is not None
        or _PASSWORD_MANAGER.search(stripped) is not None
        or stripped.casefold() in _STOP_WORDS
    )


def _looks_like_a_secret(value: str, kind: SecretKind) -> bool:
    """After a bare space or "is": digits, or letters with digits or symbols.

    "Passwort ist Sommer2024!" is a secret, "Das Passwort ist sicher" is a sentence.
    """
    if len(value) < 4:
        return False
    if value.isdigit():
        return kind is not SecretKind.PIN or len(value) <= 12
    has_digit = any(c.isdigit() for c in value)
    has_letter = any(c.isalpha() for c in value)
    has_symbol = any(not c.isalnum() and c not in "-." for c in value)
    return (has_letter and has_digit) or (has_symbol and (has_letter or has_digit))


def _starts_prose(text: str, value_end: int, value: str) -> bool:
    """A plain word followed by two more words reads as a sentence, not a password."""
    if not value.isalpha():
        return False
    rest = re.split(r"[.;!?\n]", text[value_end : value_end + 200], maxsplit=1)[0]
    return len(rest.split()) >= 2


def _previous_word(text: str, index: int) -> str:
    match = re.search(r"([^\W\d_]+)[ \t-]*$", text[max(0, index - 40) : index])
    return match.group(1).casefold() if match else ""


def _labelled_values(text: str, urls: list[tuple[int, int]]) -> Iterator[SecretFinding]:
    for label in _LABEL.finditer(text):
        start, end = label.span()
        if _inside(start, urls):
            continue  # parameters of links are judged by their name (_url_credentials)
        word = label.group().casefold()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if after.isalnum() or after == "_":
            continue
        glued = before.isalnum() or before == "_"
        if glued and not (word in _COMPOUND_LABELS and before.isalpha()):
            continue
        kind = _KIND_OF_LABEL[word]
        if kind is SecretKind.PIN and _previous_word(text, start) in _NOT_A_PIN_BEFORE:
            continue
        bare_space = word not in _WEAK_LABELS or label.group().isupper()
        span = _value_after(text, end, kind, bare_space=bare_space)
        if span is not None:
            yield SecretFinding(kind, *span)


def _value_after(
    text: str, position: int, kind: SecretKind, *, bare_space: bool
) -> tuple[int, int] | None:
    """The span of the value a label introduces, if it looks like a real secret.

    After ":" or "=" any value counts that is not a placeholder or the start of a
    sentence; after "is" or a space only one that looks like a secret.
    """
    separator = _STRONG_SEPARATOR.match(text, position)
    strong = separator is not None
    if separator is None:
        separator = _VERB_SEPARATOR.match(text, position)
    if separator is None and bare_space:
        separator = _SPACE_SEPARATOR.match(text, position)
    if separator is None:
        return None
    quoted = _QUOTED.match(text, separator.end())
    if quoted:
        start, end = quoted.span(1)
    else:
        token = _VALUE.match(text, separator.end())
        if token is None:
            return None
        start, end = token.start(), token.start() + len(token.group().rstrip(_TRAILING))
    value = text[start:end]
    if _is_placeholder(value):
        return None
    if not strong:
        return (start, end) if _looks_like_a_secret(value, kind) else None
    if len(value) < (8 if kind is SecretKind.API_KEY else 3):
        return None
    if not quoted and _starts_prose(text, end, value):
        return None
    return start, end
