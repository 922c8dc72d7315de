"""Account and card numbers: IBANs (ISO 13616, mod 97) and payment cards (Luhn), not
barcodes (GS1 check digit, or a label such as "EAN")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from delegator.domain.secrets.findings import SecretFinding, SecretKind

# --- IBAN (ISO 13616) ---------------------------------------------------------------

# Printed ("DE89 3704 0044 …", capitals only, so ordinary words after a code like
# "KW49" are not read as groups), compact in either case, or loosely: lower-case or
# with dashes ("de89-3704-…"), where most of the account part must be digits.
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"(?P<printed>[A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)"
    r"|(?P<compact>(?i:[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}))"
    r"|(?P<loose>(?i:[A-Z]{2}[ -]?[0-9]{2}(?P<sep>[ -])[A-Z0-9]{4}(?:(?P=sep)[A-Z0-9]{4}){1,6}"
    r"(?:(?P=sep)[A-Z0-9]{1,4})?))"
    r")(?![A-Za-z0-9])"
)


def is_valid_iban(candidate: str) -> bool:
    """ISO 13616: 15–34 characters, check digits 02–98, and the mod-97 remainder 1."""
    compact = re.sub(r"[ -]", "", candidate).upper()
    if not 15 <= len(compact) <= 34 or not compact.isascii() or not compact.isalnum():
        return False
    if not (compact[:2].isalpha() and compact[2:4].isdigit() and 2 <= int(compact[2:4]) <= 98):
        return False
    if compact[:2] not in IBAN_COUNTRIES:
        return False  # "RF18 5390 …" is a creditor reference (ISO 11649), not an account
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


# The countries of the IBAN registry (SWIFT, 2024) and those that use IBANs informally.
_COUNTRY_CODES = (
    "AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE"
    " GI GL GR GT HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU"
    " NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK"
    " YE DZ AO BJ BF CM CV CF TD KM CG CI GQ GA GW IR MG ML MA MZ NE SN TG"
)
IBAN_COUNTRIES = frozenset(_COUNTRY_CODES.split())


def _mostly_digits(value: str) -> bool:
    account = re.sub(r"[ -]", "", value)[4:]
    return sum(char.isdigit() for char in account) * 2 >= len(account)


# The check digits: an IBAN starts with two letters right before them, or before a
# space or dash before them (found from the digits, as letters are everywhere).
_DIGIT_PAIR = re.compile(r"[0-9]{2}")


def _iban_matches(text: str) -> Iterator[re.Match[str]]:
    for pair in _DIGIT_PAIR.finditer(text):
        for start in (pair.start() - 2, pair.start() - 3):
            if start >= 0 and text[start : start + 2].isalpha():
                match = _IBAN.match(text, start)
                if match is not None:
                    yield match
                    break


def ibans(text: str) -> Iterator[SecretFinding]:
    for match in _iban_matches(text):
        # A grouped form may swallow a following short word ("… 0130 00 bis"):
        # drop trailing groups until the rest validates.
        value = match.group()
        loose = match.group("loose") is not None
        while True:
            if is_valid_iban(value) and (not loose or _mostly_digits(value)):
                yield SecretFinding(SecretKind.IBAN, match.start(), match.start() + len(value))
                break
            cut = max(value.rfind(" "), value.rfind("-"))
            if cut <= 4:
                break
            value = value[:cut]


# --- Payment cards (Luhn) -----------------------------------------------------------

# 13–19 digits, contiguous or in groups split by one space, dash or dot (the same
# throughout), the first group of four as on every card. No leading zero and no "+"
# in front, so phone numbers stay out; not glued to more digits or letters.
_CARD = re.compile(
    r"(?<![\w+./])(?<!\d[ .-])"
    r"(?:[1-9][0-9]{12,18}|[1-9][0-9]{3}(?P<sep>[ .-])[0-9]{3,6}(?:(?P=sep)[0-9]{3,6})*"
    r"(?:(?P=sep)[0-9]{1,6})?)"
    r"(?![\w])(?![ .-][0-9])"
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


def passes_gs1(digits: str) -> bool:
    """The check digit of an EAN, GTIN or ISBN-13 (weights 3 and 1 from the right)."""
    total = sum(int(char) * (3 if index % 2 else 1) for index, char in enumerate(reversed(digits)))
    return total % 10 == 0


_ARTICLE_LABEL = re.compile(
    r"(?i)(?:barcode|strichcode|ean|gtin|isbn|upc|sku|artikelnummer|artikel-nr|art\.-nr"
    r"|article number|item number|produktnummer)\.?[ \t:#-]*\Z"
)


def _is_article_number(text: str, start: int, digits: str) -> bool:
    """A barcode, not a card: after "Barcode", "EAN", "ISBN", …, or 13 digits with a
    valid GS1 check digit (an EAN-13; no card in use has 13 digits)."""
    if _ARTICLE_LABEL.search(text, max(0, start - 20), start):
        return True
    return len(digits) == 13 and passes_gs1(digits)


# Thirteen digits or more, single spaces, dots or dashes between them.
_DIGIT_RUN = re.compile(r"[0-9](?:[ .-]?[0-9]){12,}")


def card_numbers(text: str) -> Iterator[SecretFinding]:
    for run in _DIGIT_RUN.finditer(text):
        yield from _cards_in(text, run.start(), min(len(text), run.end() + 2))


def _cards_in(text: str, start: int, end: int) -> Iterator[SecretFinding]:
    for match in _CARD.finditer(text, start, end):
        groups = re.split(r"[ .-]", match.group())
        if match.group("sep") == "." and any(len(group) != 4 for group in groups[:-1]):
            continue  # dotted numbers come in fours on cards; others are amounts
        digits = "".join(groups)
        if _is_article_number(text, match.start(), digits):
            continue
        if 13 <= len(digits) <= 19 and passes_luhn(digits):
            yield SecretFinding(SecretKind.CARD_NUMBER, match.start(), match.end())
