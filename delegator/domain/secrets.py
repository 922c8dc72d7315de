"""Spotting values that look like secrets before they leave the app.

"Tools and access" holds the *names* of systems, never passwords (docs/design.md,
"Privacy"); a brief is sent to another person. ``find_secrets`` flags what looks like
a password or PIN after a label (English or German, after ":", "=", a dash, an arrow,
"is"/"ist"/"lautet", a space, or on the next line, also with a system's name between
label and separator), one-time and recovery codes (TAN, OTP, "Bestätigungscode",
"Recovery codes", digits in groups), a user name followed by a password with no label
at all ("admin / Sommer2024!", "root:Sommer2024!"), an IBAN (mod 97), a payment
card number (Luhn; spaces, dashes or dots) and its CVV, an API key (known prefixes,
vendor shapes such as Mailchimp's ``…-us21``, or a long random-looking token), a
webhook link (Slack, Discord, Teams, Zapier, …), a private key block (PEM, OpenSSH,
PGP, PuTTY), credentials or a key inside a link, the password of a Wi-Fi QR code,
a lock, safe or alarm code ("Safe im Büro: 17-34-09", "*2024#"), so the GUI can
warn before saving or exporting. It errs towards flagging: a warning about a
harmless value costs a click, a leaked password costs much more.
``tests/domain/secret_corpus.py`` and three blind corpora measure it (≥ 95 % of planted
secrets caught, ≤ 2 % false alarms on look-alikes; ``bench/secrets.py``).

Why a rule set of our own and not a library: the maintained detectors (detect-secrets,
gitleaks, trufflehog) are built for source code and configuration. Their keyword
rules expect assignments (``password = "…"``) with English variable names and their
high-entropy rules flag any long quoted string; neither knows "Passwort … ist",
"WLAN-Schlüssel → …", a label on one line and the value on the next, IBANs or card
numbers in prose. Their ideas are used here (vendor shapes, webhook hosts, key block
headers, entropy-like tests), checked against a corpus of German and English
sentences; the standard library suffices and nothing leaves the machine.

What is *not* flagged: references to a password manager ("Passwort: siehe
Bitwarden", "<in 1Password>"), masks ("***"), names of systems, ordinary sentences
("Lege im Passwortmanager einen Eintrag an", "die IBAN steht auf der Rechnung"),
dates, phone numbers, invoice, order and tracking numbers, links without
credentials, placeholders of templates ("changeme", "dein-passwort-hier") and
variables ("${SMTP_PASSWORD}", 'os.environ["…"]'), elided links ("…/catch/…/…"),
creditor references ("RF18 …", no IBAN country), barcodes (EAN, ISBN), and what is
public by design or labelled so ("Site Key (öffentlich): …"): SSH public keys,
certificates and public key blocks, commit and file hashes after "commit",
"SHA-256", "hash", Stripe's publishable keys and object ids, UUIDs, YouTube channel
ids, Bitcoin and Ethereum addresses.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from hashlib import sha256
from heapq import merge
from itertools import pairwise
from typing import Any


class SecretKind(StrEnum):
    PASSWORD = "password"
    PIN = "pin"
    IBAN = "iban"
    CARD_NUMBER = "card_number"
    API_KEY = "api_key"
    WEBHOOK = "webhook"


@dataclass(frozen=True, slots=True)
class SecretFinding:
    """A value that looks secret, at ``text[start:end]``."""

    kind: SecretKind
    start: int
    end: int


def find_secrets(text: str) -> list[SecretFinding]:
    """Every secret-looking value in *text*, in order, without overlaps.

    Fast on long texts (a whole brief): the costly patterns run only near what they
    need — a slash or "@" for links and user names, a run of digits for card numbers,
    two letters and two digits for IBANs, a long run without spaces for keys — and the
    labels are found in one pass over the lower-cased text.
    """
    lowered = _lower(text)
    urls = _urls(text, lowered)
    runs = [match.span() for match in _LONG_RUN.finditer(text)]
    # Stronger evidence first: a later candidate that overlaps an earlier one is dropped.
    candidates = [
        *_private_keys(text, lowered),
        *_webhooks(text, lowered),
        *_ibans(text),
        *_card_numbers(text),
        *_prefixed_keys(text, runs),
        *_url_credentials(text, urls),
        *_labelled_values(text, lowered, urls),
        *_wifi_codes(text, lowered),
        *_keypad_codes(text),
        *_login_pairs(text, lowered, urls),
        *_random_tokens(text, runs, urls),
    ]
    # Which characters a kept finding (or public material) covers: one look per
    # candidate at its own span (in C), so 40,000 PINs in one brief cost no more per
    # PIN than 4,000.
    covered = bytearray(len(text))
    for start, end in _public_material(text, lowered, runs):
        covered[start:end] = b"\x01" * (end - start)
    kept: list[SecretFinding] = []
    for candidate in candidates:
        if covered.find(1, candidate.start, candidate.end) == -1:
            covered[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            kept.append(candidate)
    return sorted(kept, key=lambda finding: finding.start)


def _lower(text: str) -> str:
    """*text* in lower case, each character still at its index."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def _trie(words: Iterable[str]) -> str:
    """One pattern for *words* that shares their prefixes: far faster than a list of
    alternatives when most places of a text start none of them."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [
            re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return pattern(root)


def _windows(text: str, anchors: Iterable[int], before: int, after: int) -> list[tuple[int, int]]:
    """The stretches of *text* from *before* characters ahead of each anchor to *after*
    behind it, widened to whole words (up to 300 characters) and merged where they
    meet."""
    merged: list[tuple[int, int]] = []
    for anchor in sorted(anchors):
        start = max(0, anchor - before)
        end = min(len(text), anchor + after)
        if start > 0 and not (merged and start <= merged[-1][1]):
            space = _SPACE_BEFORE.search(text, max(0, start - 300), start)
            start = space.end() if space is not None else max(0, start - 300)
        tail = _NOT_SPACE.match(text, end, min(len(text), end + 300))
        end = tail.end() if tail is not None else end
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_SPACE_BEFORE = re.compile(r"\s(?=\S*\Z)")
_NOT_SPACE = re.compile(r"\S*")


# --- Private key blocks -------------------------------------------------------------

# PEM ("RSA", "EC", "ENCRYPTED", none), OpenSSH and PGP ("… KEY BLOCK") headers, with
# the block up to its END line when it is there; PuTTY's key files.
_KEY_HEADER = r"(?:[A-Z0-9]+[ \t]+){0,3}PRIVATE[ \t]+KEY(?:[ \t]+BLOCK)?"
_PRIVATE_KEY = re.compile(
    rf"-{{3,}}[ \t]*BEGIN[ \t]+{_KEY_HEADER}[ \t]*-{{3,}}"
    # The body up to the END line; never past another BEGIN or a NUL (secret_hits puts
    # one between the texts it scans at once).
    rf"(?:(?:(?!-{{3,}}[ \t]*BEGIN)[^\x00]){{0,20000}}?"
    rf"-{{3,}}[ \t]*END[ \t]+{_KEY_HEADER}[ \t]*-{{3,}})?"
    r"|PuTTY-User-Key-File-\d+:[^\n]*(?:\n[^\n]*){0,40}?\nPrivate-MAC:[^\n]*"
    r"|PuTTY-User-Key-File-\d+:[^\n]*",
    re.IGNORECASE | re.DOTALL,
)


def _private_keys(text: str, lowered: str) -> Iterator[SecretFinding]:
    if "private" not in lowered and "putty" not in lowered:
        return
    for match in _PRIVATE_KEY.finditer(text):
        yield SecretFinding(SecretKind.API_KEY, match.start(), match.end())


# --- Public material ----------------------------------------------------------------

# Meant to be handed out: public SSH keys, certificates and public key blocks, and the
# hashes of commits and files. Nothing inside them is reported.
_PUBLIC_BLOCK = re.compile(
    r"(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp[0-9]+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)"
    r"@openssh\.com)[ \t]+AAAA[A-Za-z0-9+/]+=*"
    r"|-{3,}[ \t]*BEGIN[ \t]+(?P<header>(?:[A-Z0-9]+[ \t]+){0,3}?(?:CERTIFICATE(?:[ \t]+REQUEST)?"
    r"|PUBLIC[ \t]+KEY(?:[ \t]+BLOCK)?|X509[ \t]+CRL))[ \t]*-{3,}"
    r"(?:(?:(?!-{3,}[ \t]*BEGIN)[^\x00]){0,20000}?-{3,}[ \t]*END[ \t]+(?P=header)[ \t]*-{3,})?",
    re.IGNORECASE,
)
# "commit 4b825dc…", "SHA-256: 9f86d0…", "Hash e3b0c4…", with as many hex digits as MD5,
# SHA-1, SHA-256 or SHA-512 give (a bare "sha" stays suspect).
_PUBLIC_HASH = re.compile(
    r"(?:(?<![a-z0-9])(?:commit|revision|rev|changeset|md5|sha-?(?:1|224|256|384|512)"
    r"|sha3-(?:224|256|384|512)|blake2[bs]?|blake3|xxhash)|hash|checksum|prüfsumme|digest)"
    r"(?![a-z0-9])(?:[ \t]+(?:der|des|of|the|for|von|vom|from)[ \t]+[^\s:=]{1,30})?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t:=#-]{1,3}"
    r"(?:[0-9a-f]{128}|[0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32})(?![0-9a-z])"
    # Stripe's publishable keys are public by design; its object ids (payments,
    # charges, customers, prices, products, subscriptions, invoices) only name things.
    r"|(?<![a-z0-9_])(?:pk_(?:live|test)|pi|ch|cus|price|prod|sub|in|pm|seti|txn|acct|evt"
    r"|cs_(?:live|test))_[a-z0-9]{8,}(?![a-z0-9_])"
)


def _public_material(
    text: str, lowered: str, runs: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    if "aaaa" in lowered or "begin" in lowered:
        for match in _PUBLIC_BLOCK.finditer(text):
            yield match.span()
    for start, end in runs:  # a hash is a run without spaces, its name just before
        for match in _PUBLIC_HASH.finditer(lowered, max(0, start - 48), end):
            yield match.span()
        public = _CALLED_PUBLIC.search(lowered, max(0, start - 80), start)
        if public is not None and public.end() == start:
            yield start, end


# A value its label calls public: "Site Key (öffentlich): 6Lc…", "public key: …",
# "publishable key = …" (reCAPTCHA's and Stripe's keys for the web page).
_CALLED_PUBLIC = re.compile(
    r"(?:(?:site|publishable|public)[ _-]?key|öffentliche[rn]?[ _-]?schlüssel)"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[:=][ \t]*[\"']?"
    r"|\((?:public|öffentlich)(?:[,;][^()\n]{0,40})?\)[ \t]*[:=][ \t]*[\"']?"
)


# --- Webhook links ------------------------------------------------------------------

# Whoever holds one of these links can post into the channel or start the automation.
_WEBHOOK = re.compile(
    r"(?i)(?:https?://)?(?:"
    r"hooks\.slack\.com/(?:services|workflows|triggers)/[^\s<>\"']+"
    r"|(?:(?:canary|ptb)\.)?discord(?:app)?\.com/api/(?:v\d+/)?webhooks/[^\s<>\"']+"
    r"|[a-z0-9\-]+\.webhook\.office\.com/webhookb2/[^\s<>\"']+"
    r"|outlook\.office(?:365)?\.com/webhook/[^\s<>\"']+"
    r"|hooks\.zapier\.com/hooks/catch/[^\s<>\"']+"
    r"|hook\.(?:[a-z0-9]+\.)?(?:make|integromat)\.com/[^\s<>\"']+"
    r"|chat\.googleapis\.com/v1/spaces/[^\s<>\"']+"
    r"|api\.telegram\.org/bot[^\s<>\"']+"
    r"|maker\.ifttt\.com/trigger/[^\s<>\"']+"
    r"|[a-z0-9.\-]+/(?:api/)?webhooks?/[A-Za-z0-9_\-]{16,}[^\s<>\"']*"
    r")"
)


def _webhooks(text: str, lowered: str) -> Iterator[SecretFinding]:
    if "hook" not in lowered and "telegram" not in lowered:
        return
    for match in _WEBHOOK.finditer(text):
        if "…" in match.group() or "..." in match.group():
            continue  # elided ("…/catch/…/…"): a template, not a link
        end = match.start() + len(match.group().rstrip(_TRAILING))
        yield SecretFinding(SecretKind.WEBHOOK, match.start(), end)


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


def _ibans(text: str) -> Iterator[SecretFinding]:
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


def _card_numbers(text: str) -> Iterator[SecretFinding]:
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


# --- API keys -----------------------------------------------------------------------

_PREFIXED_KEY = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:"
    r"sk-[A-Za-z0-9_\-]{20,}"
    r"|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"
    r"|gh[pousr]_[A-Za-z0-9]{20,}"
    r"|github_pat_[A-Za-z0-9_]{20,}"
    r"|glpat-[A-Za-z0-9_\-]{20,}"
    r"|xox[abprse]-[A-Za-z0-9\-]{10,}"
    r"|(?:AKIA|ASIA)[A-Z0-9]{16}"
    r"|AIza[A-Za-z0-9_\-]{30,}"
    r"|npm_[A-Za-z0-9]{30,}"
    r"|pypi-[A-Za-z0-9_\-]{40,}"
    r"|hf_[A-Za-z0-9]{30,}"
    r"|[0-9a-f]{32}-us[0-9]{1,2}"  # Mailchimp
    r"|key-[0-9a-zA-Z]{32}"  # Mailgun
    r"|SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}"  # SendGrid
    r"|xkeysib-[a-f0-9]{32,}-[A-Za-z0-9]{8,}"  # Brevo
    r"|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"  # Shopify
    r"|(?:secret|ntn)_[A-Za-z0-9]{30,}"  # Notion
    r"|pat-(?:na|eu)1-[0-9a-f\-]{36}"  # HubSpot
    r"|dop_v1_[a-f0-9]{64}"  # DigitalOcean
    r"|ya29\.[A-Za-z0-9_\-]{20,}"  # Google OAuth
    r"|GOCSPX-[A-Za-z0-9_\-]{20,}"
    r"|eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"  # JWT
    r"|[0-9]{8,10}:AA[A-Za-z0-9_\-]{30,}"  # Telegram bot
    r"|key(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{14}"  # Airtable (old)
    r")(?![A-Za-z0-9_\-])"
)


# Every key is one run of 15 characters or more without a space.
_LONG_RUN = re.compile(r"[A-Za-z0-9_\-+/.:=]{15,}")


def _prefixed_keys(text: str, runs: list[tuple[int, int]]) -> Iterator[SecretFinding]:
    for start, end in runs:
        for match in _PREFIXED_KEY.finditer(text, start, min(len(text), end + 1)):
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
    """Whether *position* is in one of *spans* (sorted, not overlapping)."""
    index = bisect_right(spans, (position, sys.maxsize)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


# Random-looking, but names or addresses that are public: UUIDs, YouTube channel ids,
# Bitcoin addresses (bech32 "bc1…", Base58 "1…"/"3…") and Ethereum addresses.
_PUBLIC_ID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|UC[A-Za-z0-9_\-]{22}"
    r"|bc1[ac-hj-np-z02-9]{25,87}"
    r"|0x[0-9a-fA-F]{40}"
)
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def is_bitcoin_address(token: str) -> bool:
    """A Base58Check address ("1…", "3…"): 25 bytes whose last four are the start of
    the double SHA-256 of the rest; a random key passes by chance once in 4 billion."""
    if not 26 <= len(token) <= 35 or token[0] not in "13" or any(c not in _BASE58 for c in token):
        return False
    number = 0
    for char in token:
        number = number * 58 + _BASE58.index(char)
    raw = number.to_bytes(25, "big") if number.bit_length() <= 200 else b""
    return bool(raw) and sha256(sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


def _random_tokens(
    text: str, runs: list[tuple[int, int]], urls: list[tuple[int, int]]
) -> Iterator[SecretFinding]:
    for run_start, run_end in runs:
        for match in _TOKEN.finditer(text, run_start, run_end):
            start, end = match.span()
            if _inside(start, urls):
                continue  # ids in links (shared documents, folders) are not keys
            token = match.group()
            if looks_random(token) and not (
                _PUBLIC_ID.fullmatch(token) or is_bitcoin_address(token)
            ):
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
    r"(?i)[?&](?!(?:rl|resource)key=)(?:[a-z_]*(?:key|token|secret|password|passwort|pwd|sig|signature|auth)"
    r"|appid|app_id)=([^\s&#<>\"']+)"
    # Any parameter that holds 32 hex digits or more is a key or a signature (the
    # private export link of a calendar: "….ics?s=8348ff24…").
    r"|[?&][a-z_]{1,20}=([0-9a-f]{32,})(?=[&#]|$)"
)


# A private address of a calendar (Google's ".../private-<hex>/basic.ics"): whoever has
# it reads every appointment.
_SECRET_PATH = re.compile(r"(?i)/((?:private|secret)-[0-9a-f]{16,})(?=/|$)")


def _urls(text: str, lowered: str) -> list[tuple[int, int]]:
    """Where the links are: looked for only around a slash or "www."."""
    anchors = [
        *(match.start() for match in _SLASH.finditer(text)),
        *(match.start() for match in _WWW.finditer(lowered)),
    ]
    return [
        match.span()
        for start, end in _windows(text, anchors, 0, 0)
        for match in _URL.finditer(text, start, end)
    ]


_SLASH = re.compile("/")
_WWW = re.compile(r"www\.")


def _url_credentials(text: str, urls: list[tuple[int, int]]) -> Iterator[SecretFinding]:
    for url_start, url_end in urls:
        match = _URL_PASSWORD.match(text, url_start, url_end)
        if match is not None:
            yield SecretFinding(SecretKind.PASSWORD, match.start(1), match.end(1))
    for url in (_URL.match(text, start, end) for start, end in urls):
        if url is None:
            continue
        for secret in _SECRET_PATH.finditer(url.group()):
            start = url.start() + secret.start(1)
            yield SecretFinding(SecretKind.API_KEY, start, start + len(secret.group(1)))
        for parameter in _URL_SECRET_PARAMETER.finditer(url.group()):
            group = 1 if parameter.group(1) is not None else 2
            if not _is_placeholder(parameter.group(group)):
                start = url.start() + parameter.start(group)
                yield SecretFinding(SecretKind.API_KEY, start, start + len(parameter.group(group)))


# --- Values after a label -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Label:
    kind: SecretKind
    weak: bool = False  # an everyday word: after a bare space only in capitals or before
    # a value that is clearly secret ("PIN 1234", "pw Sommer2024!"; not "pin the goals")
    evidence: bool = False  # the value must look secret even after ":" ("Schlüssel: …")
    compound: bool = False  # may end a German compound ("WLAN-Passwort", "Adminkennwort")
    shortest: int = 4  # the fewest characters of a value (a CVV has 3)
    device: bool = False  # a lock or alarm: its code follows "mit", "with" or ":"
    keyword: bool = False  # also the keyword of a contest or letter ("Kennwort 'Gewinnspiel'")


_PASSWORD = _Label(SecretKind.PASSWORD)
_PIN = _Label(SecretKind.PIN)
_CHECK_NUMBER = _Label(SecretKind.PIN, shortest=3)
_KEY = _Label(SecretKind.API_KEY)
_ONE_TIME_CODE = _Label(SecretKind.PIN, compound=True)
_LABELS = {
    **dict.fromkeys(
        ("passwords", "password", "passwort", "passwörter"),
        _Label(SecretKind.PASSWORD, compound=True),
    ),
    **dict.fromkeys(
        ("kennwort", "kennwörter"), _Label(SecretKind.PASSWORD, compound=True, keyword=True)
    ),
    **dict.fromkeys(
        ("wpa", "wpa2", "wpa3", "wpa-psk", "wpa2-psk", "wpa3-sae", "psk"),
        _Label(SecretKind.PASSWORD, evidence=True),
    ),
    **dict.fromkeys(
        ("passphrase", "passwd", "passcode", "pwd", "losungswort", "wlan-key", "wlan key",
         "wifi key", "wifi-key", "wi-fi key", "network key", "wpa key", "wpa2 key",
         "wpa-key", "wpa2-key", "wpa3 key", "wpa3-key", "wlan-passwort", "wlan passwort",
         "wlan-schlüssel", "wlan schlüssel", "wifi-schlüssel", "wpa-schlüssel",
         "wpa2-schlüssel", "netzwerkschlüssel", "netzwerk-schlüssel"),
        _PASSWORD,
    ),
    "pass": _Label(SecretKind.PASSWORD, weak=True),
    "pw": _Label(SecretKind.PASSWORD, weak=True),
    "schlüssel": _Label(SecretKind.PASSWORD, evidence=True, compound=True),
    **dict.fromkeys(
        ("pin-code", "pin code", "pincode", "pin-nummer", "pin number", "zugangscode",
         "türcode", "tuercode", "torcode", "alarmcode", "tresorcode", "safe code",
         "door code", "gate code", "entry code", "alarm code", "access code", "puk",
         "geheimnummer", "geheimcode"),
        _PIN,
    ),
    "geheimzahl": _Label(SecretKind.PIN, compound=True),
    # One-time and recovery codes; "…code(s)" after a word of _ONE_TIME_BEFORE too.
    **dict.fromkeys(
        ("einmalpasswort", "einmal-passwort", "one-time code", "one-time password", "2fa code",
         "2fa-code", "2fa codes", "2fa-codes", "otp", "mtan", "smstan", "sms-tan",
         "tan-nummer", "zahlenkombination"),
        _ONE_TIME_CODE,
    ),
    "tan": _Label(SecretKind.PIN, weak=True),
    "combination": _Label(SecretKind.PIN, weak=True),  # of a lock
    "kombination": _Label(SecretKind.PIN, weak=True),
    "pin": _Label(SecretKind.PIN, weak=True),
    "code": _Label(SecretKind.PIN, weak=True, compound=True),
    "codes": _Label(SecretKind.PIN, weak=True, compound=True),
    **dict.fromkeys(
        ("cvc", "cvv", "cvc2", "cvv2", "cav2", "security code", "sicherheitscode",
         "kartenprüfnummer", "kartenprüfziffer", "prüfnummer", "prüfziffer"),
        _CHECK_NUMBER,
    ),
    "cid": _Label(SecretKind.PIN, weak=True, shortest=3),
    **dict.fromkeys(
        ("api-key", "api key", "api_key", "apikey", "api-schlüssel", "api-token",
         "api token", "access key", "access token", "auth token", "bearer",
         "client secret", "secret key", "private key", "privater schlüssel",
         "geheimer schlüssel", "app-passwort", "app password"),
        _KEY,
    ),
    **dict.fromkeys(
        ("license key", "licence key", "lizenzschlüssel", "produktschlüssel",
         "product key", "key"),
        _Label(SecretKind.API_KEY, evidence=True),
    ),
    "secret": _Label(SecretKind.API_KEY, weak=True),
    "token": _Label(SecretKind.API_KEY, weak=True),
}  # fmt: skip
# "promo code: SPRING" or "QR code" is not a PIN; a "Bank-PIN" or "Kunden-PIN" is.
_NOT_A_PIN_BEFORE = {
    "promo", "discount", "coupon", "voucher", "gift", "qr", "source", "zip", "post",
    "postal", "area", "country", "dress", "color", "colour", "tax", "error", "status",
    "html", "css", "bar", "swift", "bic", "sort", "iso", "product", "article", "bank",
    "blz", "referral", "invite", "tracking", "gutschein", "rabatt", "aktions", "farb",
    "fehler", "steuer", "länder", "landes", "sendungs", "qr-", "artikel", "produkt",
    "kunden", "customer", "zip-", "postleit", "vorwahl", "dial", "shortcode", "short",
    "morse", "dress-", "booking", "buchungs", "reservation", "reservierungs", "event",
    "kurs", "course", "class", "klassen", "status-", "hs", "ean", "sku",
}  # fmt: skip

_ONE_TIME_BEFORE = {
    "einmal", "bestätigungs", "bestaetigungs", "verifizierungs", "verifikations",
    "authentifizierungs", "sicherheits", "aktivierungs", "freischalt", "anmelde", "kenn",
    "schloss", "zahlen", "wiederherstellungs", "backup", "recovery", "verification",
    "confirmation", "login", "sms", "authenticator", "notfall", "emergency", "otp", "tan",
    "bestätigung", "verify", "security", "anmeldungs", "faktor",
    # Codes that open something: "Entsperrcode", "Tür-Code", "unlock code".
    "entsperr", "sperr", "unlock", "bildschirm", "screen", "geräte", "device", "tür",
    "haustür", "tor", "garagen", "alarm", "tresor", "safe", "öffnungs", "zutritts",
    "eingangs", "schliessfach", "schließfach",
}  # fmt: skip
# Matched in the lower-cased text.


def _one_typo_away(word: str) -> set[str]:
    """The misspellings of *word* by one letter (missing, extra, other; the first two
    kept, so the scan for labels stays fast) or by two neighbours swapped: "passwrod",
    "pasword", "passowrt", "kenwort"."""
    letters = "abcdefghijklmnopqrstuvwxyzäöü"
    head, tail = word[:2], word[2:]
    typos = {head + tail[:i] + tail[i + 1 :] for i in range(len(tail))}
    typos |= {head + tail[:i] + tail[i + 1] + tail[i] + tail[i + 2 :] for i in range(len(tail) - 1)}
    typos |= {head + tail[:i] + c + tail[i + 1 :] for i in range(len(tail)) for c in letters}
    typos |= {head + tail[:i] + c + tail[i:] for i in range(len(tail) + 1) for c in letters}
    return typos | {word.replace("ss", "ß")}  # the old spelling "Paßwort"


# A mistyped password label counts when the value looks secret ("passwrod: qwertz123");
# "passport" is a word of its own.
_TYPO_LABELS = dict.fromkeys(
    set().union(*(_one_typo_away(word) for word in ("password", "passwort", "kennwort")))
    - set(_LABELS)
    - {"passport", "passworte"},
    _Label(SecretKind.PASSWORD, evidence=True),
)
# A security device and its code: "Alarmanlage scharf/unscharf mit 6621", "der Safe
# öffnet mit 2580", "Schlüsselkasten: 1357".
_DEVICE_LABELS = dict.fromkeys(
    ("alarmanlage", "alarm system", "tresor", "safe", "schließfach", "schliessfach",
     "zahlenschloss", "codeschloss", "schlüsselkasten", "schlüsseltresor", "schlüsselbox",
     "keybox", "key box", "lockbox", "padlock", "combination lock"),
    _Label(SecretKind.PIN, device=True),
)  # fmt: skip
_DEVICE_CODE = re.compile(
    r"(?:[ \t]+[^\s\d:=]+){0,3}?(?:[ \t]+(?:mit|with|per)|[ \t]*:)(?:[ \t]+(?:code|pin))?"
    r"[ \t]+([0-9]{3,8}|[0-9]{1,3}(?:[ -][0-9]{1,3}){2,5})"
    # the code ends the sentence or an instruction follows: "2580 + OFF drücken"
    r"(?=[.,;!)]|[ \t]*(?:\r?\n|\Z)|[ \t]+[+(–—-]|[ \t]+(?:und|and|dann|then|danach|drücken"
    r"|press|eingeben|eintippen|enter)(?!\w))",
    re.IGNORECASE,
)
# A key emoji stands for the word: "Portal 🔑 Stb2024Mai!" (looked for apart: in the
# one scan for labels, characters outside the BMP slow every position down).
_EMOJI_LABELS = dict.fromkeys(
    ("🔑", "🗝", "🗝\ufe0f", "🔐"), _Label(SecretKind.PASSWORD, evidence=True)
)
_LABEL = re.compile(_trie({**_TYPO_LABELS, **_DEVICE_LABELS, **_LABELS}) + r"(?!\w)")
_EMOJI_LABEL = re.compile(_trie(_EMOJI_LABELS))
_QUALIFIER = (
    r"(?:for|für|fuer|of|von|vom|zu|zum|zur|to|der|des|the|bei|beim|at|on|in|im|from"
    r"|fürs|für's|deines|deiner|meines|meiner|unseres|unserer)"
    r"(?:[ \t]+(?!(?:is|ist|isch|lautet|are|sind|was|war)[ \t])[^\s:=()]+){1,5}?"
)
_PAREN = r"\([^()\n]{1,60}\)"
_AFTER_LABEL = rf"(?:[ \t]+{_QUALIFIER})?(?:[ \t]*{_PAREN})?"
_ARROWS = r"(?:=>|->|-->|→|⇒|⟶|➔|:=|[:=])"
# ":" "=" an arrow, or a dash between spaces ("Passwort – Sommer2024!", not "PIN-Brief").
# Markdown emphasis may wrap the label: "**Passwort:** …", "__PIN__: …".
_STRONG_SEPARATOR = re.compile(
    rf"[\"']?\]?{_AFTER_LABEL}[*_]{{0,3}}(?:[ \t]*{_ARROWS}[*_]{{0,3}}|[ \t]+[-–—](?=[ \t\n])"
    # a setting passed to a function: define( 'DB_PASSWORD', '…' )
    rf"|(?<=[\"'])[ \t]*,(?=[ \t]*[\"']))[ \t]*",
    re.IGNORECASE,
)
# "Login → Passwort → 2FA" is a sequence of steps, not a label and its value.
_ARROW_AFTER = re.compile(r"[ \t]*(?:=>|->|-->|→|⇒|⟶|➔)")
_ARROW_BEFORE = re.compile(r"(?:=>|->|→|⇒|⟶|➔)[ \t]*\Z")
# "MYSQL_PASSWORD=…", "DB_PASS: …": a setting's name ends in the label.
_ASSIGNMENT = re.compile(r"[\"']?\]?[ \t]*[:=]|[\"'][ \t]*,[ \t]*[\"']")
_VERB = (
    r"[ \t]+(?P<verb>is|ist|isch|lautet|are|sind|heißt|heisst|was|war|reads)"
    r"(?:[ \t]+(?:jetzt|now|nun|aktuell|currently|noch|still|immer|weiterhin|neu|übrigens"
    r"|einfach|eigentlich|ja|halt|wieder|momentan|derzeit|actually|just|simply|again|btw"
    r"|also|leider|nur|only|unfortunately|still)){0,3}"
    r"[ \t]*:?[ \t]+"
)
_VERB_SEPARATOR = re.compile(rf"{_AFTER_LABEL}{_VERB}", re.IGNORECASE)
# "Passwort fürs Portal hab ich auf Tiger2020 geändert", "password changed to …".
_CHANGED_TO = re.compile(
    r"(?:[ \t]+[^\s:=]+){0,5}?[ \t]+(?:(?:changed|set|reset|updated)[ \t]+to"
    r"|(?:geändert|gesetzt|umgestellt|zurückgesetzt|aktualisiert)[ \t]+(?:auf|zu|in)"
    r"|auf(?=[ \t]+\S+[ \t]+(?:geändert|gesetzt|umgestellt|zurückgesetzt|aktualisiert)"
    r"(?![\w-])))[ \t]+",
    re.IGNORECASE,
)
# "Passwort Lexoffice → …", "pw Mailchimp - …", "Geheimzahl EC-Karte ist …": a
# system's name, then any separator.
_NAMED_SEPARATOR = re.compile(
    rf"(?:[ \t]+(?![0-9]+\s)[^\s:=()→,]+){{1,3}}?"
    rf"(?:[ \t]*{_ARROWS}[ \t]*|[ \t]+[-–—][ \t]+|{_VERB})",
    re.IGNORECASE,
)
_SPACE_SEPARATOR = re.compile(r"[ \t]+")
# "PUK falls das Diensthandy gesperrt ist: 84736251": a clause, then ":" (the value
# must look secret).
_CLAUSE_COLON = re.compile(r"(?:[ \t]+[^\s:=()→,.;]+){1,6}?[ \t]*:[ \t]+")
# "password to Candle-Light-2024", "Passwort auf Tiger2020" (the value must look secret).
_TO_SEPARATOR = re.compile(r"[ \t]+(?:to|auf|zu|into)[ \t]+(?=\S*[0-9])", re.IGNORECASE)
# "pin kreditkarte 8156": a PIN label, a name, then digits that end the sentence.
_NAMED_DIGITS = re.compile(
    r"(?:[ \t]+[^\s\d:=()→,]+){1,2}[ \t]+(?=[0-9]{4,8}[ \t]*(?:[.,;!)]|\r?\n|\Z))"
)
# The next line holds a setting of its own: "DB_USER=", "host:".
_SETTING = re.compile(r"[\w.\-]+[ \t]*[:=](?!\S)")
_LINE_END = re.compile(r"[ \t]*\r?\n[ \t]*")
# "Password for the NAS" ends its line.
_LABEL_LINE_END = re.compile(rf"{_AFTER_LABEL}[ \t]*\r?\n[ \t]*", re.IGNORECASE)
_QUOTED = re.compile(r"[\"'„“”«»‚‘’`]([^\"'„“”«»‚‘’`\n]{1,200})[\"'„“”«»‚‘’`]")
_VALUE = re.compile(r"[^\s]+")
# "553 218", "19-84-27", "4829 1733 9921 0044": one value in groups of digits.
_DIGIT_GROUPS = re.compile(r"(?=(?:[0-9][ -]?){3})[0-9]{1,6}(?:[ -][0-9]{1,6})+(?![\w-])")
_TRAILING = ".,;:)]}\"'“”»’"

_PASSWORD_MANAGER = re.compile(
    r"(?i)1password|bitwarden|lastpass|keepass|dashlane|proton ?pass|vaultwarden|enpass"
    r"|keeper|nordpass|passw(?:or)?t[- ]?manager|password[- ]?manager|passwort[- ]?tresor"
    r"|vault|tresor|schlüsselbund|keychain"
)
_MASK = re.compile(r"^[*•·x.…_\-–—?#]+$", re.IGNORECASE)
_STOP_WORDS = {
    # Words that start a reference or a sentence rather than a secret.
    "see", "siehe", "s", "vgl", "ask", "frag", "frage", "fragen", "erfragen", "bitte",
    "please", "pls", "per", "via", "in", "im", "über", "ueber", "from", "von", "bei",
    "beim", "with", "mit", "separat", "separately", "separate", "folgt", "follows",
    "kommt", "comes", "will", "wird", "werden", "is", "ist", "are", "sind", "not",
    "nicht", "nie", "never", "kein", "keine", "keins", "none", "no", "nein", "n/a", "na",
    "tbd", "tba", "todo", "unknown", "unbekannt", "same", "gleich", "wie", "like", "as",
    "the", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "a", "an",
    "your", "yours", "dein", "deine", "ihr", "ihre", "my", "mine", "mein", "meine",
    "our", "unser", "unsere", "you", "du", "sie", "we", "wir", "i", "ich", "stored",
    "saved", "gespeichert", "hinterlegt", "liegt", "sent", "gesendet", "geschickt",
    "shared", "geteilt", "provided", "given", "by", "empty", "leer", "required",
    "erforderlich", "needed", "nötig", "only", "nur", "on", "auf", "at", "for", "für",
    "to", "zu", "und", "and", "or", "oder", "yes", "ja", "ok", "okay", "reset",
    "vergessen", "forgotten", "ändern", "change", "changed", "geändert", "neu", "new",
    "erneuern", "renew", "zurücksetzen", "anfordern", "request", "beantragen",
    "abgelaufen", "expired", "gesperrt", "locked", "aktualisieren", "update", "updated",
    "folgen", "later", "später", "steht", "stehen", "stands", "mündlich", "telefonisch",
    "persönlich", "personally", "verbally", "gibt", "gebe", "give", "sende", "schicke",
    "send", "this", "that", "dies", "diese", "dieses", "it", "es", "hier", "here",
    "unten", "below", "oben", "above", "anbei", "attached", "sms", "app", "true", "false",
    "null", "wahr", "falsch", "selbst", "selber", "yourself", "myself", "themselves",
    "himself", "herself",
}  # fmt: skip


def _is_placeholder(value: str) -> bool:
    stripped = value.strip(_TRAILING)
    return (
        not stripped
        or stripped[0] in "<[{("
        or _MASK.match(stripped) is not None
        or _PASSWORD_MANAGER.search(stripped) is not None
        or stripped.strip("!?").casefold() in _STOP_WORDS
        or _PLACEHOLDER_WORD.fullmatch(stripped) is not None
        or _VARIABLE.match(stripped) is not None
    )


# Where a template or program takes the value from elsewhere: "${SMTP_PASSWORD}",
# "$DB_PASS", "%API_KEY%", "{{ token }}", 'os.environ["…"]', "getenv(…)",
# "process.env.X", "ENV['X']".
_VARIABLE = re.compile(
    r"\$\{?[A-Za-z_]|%[A-Za-z_]\w*%|\{\{|(?:os\.)?(?:environ|getenv)\b|process\.env\."
    r"|ENV\[|env\(",
)


# What templates put where the value goes: "changeme", "your_password", "example".
_PLACEHOLDER_WORD = re.compile(
    r"(?i)change[-_]?(?:me|it|this)|example|beispiel|dummy|placeholder|platzhalter|redacted"
    r"|(?:(?:your|my|dein|ihr|enter)[-_ ]?)?(?:(?:api|app|access|secret)[-_ ]?)?"
    r"(?:password|passwort|kennwort|pass|pw|pwd|secret|key|token|pin|code)"
    r"(?:[-_ ]?(?:hier|here|eingeben|einfügen|eintragen))?"
    r"|(?:hier|here)[-_ ]?(?:eingeben|einfügen|eintragen|enter|insert)"
)


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
_REFERENCE_CODE = re.compile(r"^[A-Z]{1,6}[-/]?[0-9]+(?:[-/.][0-9]+)*$")


def _looks_strong(value: str) -> bool:
    """Without a label: three of lower case, upper case, digits and symbols, as
    password rules demand ("Sommer2024!", "Blau&Gelb"), and not a reference code."""
    if len(value) < 6 or _REFERENCE_CODE.match(value) or value.startswith(("http", "www.")):
        return False
    classes = (
        any(c.islower() for c in value),
        any(c.isupper() for c in value),
        any(c.isdigit() for c in value),
        any(not c.isalnum() and c not in "-._/'" for c in value),
    )
    return sum(classes) >= 3


def _starts_prose(text: str, value_end: int, value: str) -> bool:
    """A plain word followed by two more words reads as a sentence, not a password."""
    if not value.isalpha():
        return False
    rest = re.split(r"[.;!?\n]", text[value_end : value_end + 200], maxsplit=1)[0]
    return len(rest.split()) >= 2


def _previous_word(text: str, index: int) -> str:
    match = re.search(r"([^\W\d_]+)[ \t-]*$", text[max(0, index - 40) : index])
    return match.group(1).casefold() if match else ""


def _labelled_values(
    text: str, lowered: str, urls: list[tuple[int, int]]
) -> Iterator[SecretFinding]:
    labels: Iterable[re.Match[str]] = _LABEL.finditer(lowered)
    if _EMOJI_LABEL.search(lowered):
        labels = merge(labels, _EMOJI_LABEL.finditer(lowered), key=lambda label: label.start())
    for label in labels:
        start, end = label.span()
        if _inside(start, urls):
            continue  # parameters of links are judged by their name (_url_credentials)
        word = label.group()
        rule = (
            _LABELS.get(word)
            or _TYPO_LABELS.get(word)
            or _DEVICE_LABELS.get(word)
            or _EMOJI_LABELS[word]
        )
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if after.isalnum() or after == "_":
            continue
        glued = before.isalnum() or before == "_"
        if _ARROW_BEFORE.search(text, max(0, start - 4), start) and _ARROW_AFTER.match(text, end):
            continue
        # "SMTP_PASSWORD=…", "ADMIN_PIN=4096" (a PIN setting in capitals: not "pin_x").
        setting = before == "_" and (rule.kind is not SecretKind.PIN or text[start:end].isupper())
        if setting and _ASSIGNMENT.match(text, end) is None:
            continue
        if glued and not setting and not (rule.compound and before.isalpha()):
            continue
        if rule.device:
            code = _DEVICE_CODE.match(text, end)
            if code is not None:
                yield SecretFinding(SecretKind.PIN, *code.span(1))
            continue
        if label.group() in ("code", "codes"):
            # "Meeting-Kenncode", "2FA-Backup-Code", "Your verification code is …" are
            # one-time codes, "Quellcode" and "Promo-Code" are not codes at all.
            previous = _previous_word(text, start)
            if previous in _ONE_TIME_BEFORE:
                rule = _ONE_TIME_CODE
            elif glued or previous in _NOT_A_PIN_BEFORE:
                continue
        span = _value_after(
            text, end, rule, shout=text[start:end].isupper(), context=_context(text, start)
        )
        if span is not None and label.group().endswith("codes"):
            span = (span[0], _end_of_list(text, span[1]))
        if span is not None:
            yield SecretFinding(rule.kind, *span)


# The next of several codes: "4k8d-2mx9, 7pq3-vn81", "1234-5678 8765-4321".
_NEXT_CODE = re.compile(
    r"(?:[ \t]*[,;]?[ \t]*|[ \t]*\r?\n[ \t]*(?:[-*•][ \t]+)?)(?<=[\s,;])"
    r"([0-9A-Za-z]{2,}(?:-[0-9A-Za-z]{2,})*)(?![\w-])"
)
_BULLET = re.compile(r"(?:[-*•]|[0-9]{1,2}[.)])[ \t]+")


def _end_of_list(text: str, end: int) -> int:
    """Where a list of codes after "Recovery codes:" ends: every code holds a digit."""
    while (code := _NEXT_CODE.match(text, end)) and any(c.isdigit() for c in code.group(1)):
        end = code.end()
    return end


def _context(text: str, label_start: int) -> str:
    """What stands before a label on its line: "alone" (nothing, or a bullet, and not
    in a column of single words: "Name\nPasswort\nRolle"), "user" (an e-mail address:
    "Login: max@firma.de Passwort …") or ""."""
    window = max(0, label_start - 200)
    line_start = text.rfind("\n", window, label_start) + 1 or window
    before = text[line_start:label_start]
    if not before.strip(" \t-•*>"):
        return "" if line_start and _a_single_word_line_ends(text, line_start - 1) else "alone"
    return "user" if _EMAIL.search(before) else ""


def _a_single_word_line_ends(text: str, newline: int) -> bool:
    """Whether the line that ends at *newline* is one word, not a heading ("Zugang:")."""
    line = text[text.rfind("\n", max(0, newline - 200), newline) + 1 : newline].strip()
    return len(line.split()) == 1 and not line.endswith(":")


def _a_single_word_line_follows(text: str, end: int) -> bool:
    newline = text.find("\n", end, end + 200)
    if newline < 0:
        return False
    line_end = text.find("\n", newline + 1, newline + 200)
    line = text[newline + 1 : line_end if line_end >= 0 else min(len(text), newline + 200)]
    return len(line.split()) == 1


def _value_after(
    text: str, position: int, rule: _Label, *, shout: bool, context: str = ""
) -> tuple[int, int] | None:
    """The value after a label, read first with a system's name between the two
    ("Passwort Lexoffice – Sommer2024!") and, if that gives none, without
    ("Passwort meier0608 – den kannst du …")."""
    return _value_after_reading(
        text, position, rule, shout=shout, context=context, named=True
    ) or _value_after_reading(text, position, rule, shout=shout, context=context, named=False)


def _value_after_reading(
    text: str, position: int, rule: _Label, *, shout: bool, context: str, named: bool
) -> tuple[int, int] | None:
    """The span of the value a label introduces, if it looks like a real secret.

    After ":", "=", an arrow or a dash any value counts that is not a placeholder or
    the start of a sentence, on the same line or alone on the next; after "is", a
    space or a line break only one that looks like a secret — or a single word where
    the structure says it is the password: after "is"/"ist"/"lautet" at the end of a
    sentence, alone on the line below a label alone on its line, or at the end of a
    sentence after an e-mail address and the label (``context``, see ``_context``).
    """
    separator = _STRONG_SEPARATOR.match(text, position)
    strong = separator is not None and not rule.evidence
    plain = german = below = False
    if separator is None:
        separator = (
            _CHANGED_TO.match(text, position)
            or _VERB_SEPARATOR.match(text, position)
            or (_NAMED_SEPARATOR.match(text, position) if named else None)
            or _CLAUSE_COLON.match(text, position)
            or _TO_SEPARATOR.match(text, position)
            or (_NAMED_DIGITS.match(text, position) if rule.kind is SecretKind.PIN else None)
        )
        verb = separator.groupdict().get("verb") if separator is not None else None
        plain = verb is not None
        # German nouns are capitalised: "Das Passwort ist unverändert" holds none.
        german = verb is not None and verb.casefold() not in _ENGLISH_VERBS
    if separator is None:
        line_end = _LABEL_LINE_END.match(text, position)
        if line_end is not None and _alone_on_its_line(text, line_end.end()):
            separator, plain = line_end, context == "alone"
            below = True
    if separator is None and (not rule.weak or shout or _clear_value_follows(text, position)):
        separator = _SPACE_SEPARATOR.match(text, position)
        plain = separator is not None and context == "user"
    if separator is None:
        return None
    value_from = separator.end()
    next_line = _LINE_END.match(text, value_from)
    if next_line is not None and text[position:value_from].strip():
        # "Passwort:" ends the line: the value is the next line, if alone on it (after a
        # list bullet: "Recovery codes:\n- a1b2c-3d4e5").
        bullet = _BULLET.match(text, next_line.end())
        value_from = bullet.end() if bullet is not None else next_line.end()
        if _SETTING.match(text, value_from):
            return None  # "DB_PASSWORD=\nDB_USER=": the next setting, not a value
        if not _alone_on_its_line(text, value_from):
            phrase = _PASSPHRASE.match(text, value_from)
            if strong and phrase is not None and _is_a_passphrase(phrase.group()):
                return phrase.span()  # "Master-Passwort:\nRegenbogen Schokolade Fahrrad"
            return None
    quoted = _QUOTED.match(text, value_from)
    if quoted:
        start, end = quoted.span(1)
    else:
        token = _DIGIT_GROUPS.match(text, value_from) or _VALUE.match(text, value_from)
        if token is None:
            return None
        start, end = token.start(), token.start() + len(token.group().rstrip(_TRAILING))
        if end <= start:
            return None
    value = text[start:end]
    if _is_placeholder(value) or _URL.match(value):
        return None  # a link is judged by what it holds (_url_credentials)
    if not strong:
        # "Passwort falsch!": after a space or a verb, "!" and "?" end the sentence.
        judged = value.rstrip("!?") or value
        after = quoted.end() if quoted else end
        bare = separator.group() == " " and not rule.keyword
        if (plain or bare) and quoted and _is_a_quoted_password(judged, rule):
            return start, end  # "Passwort ist einfach 'sommer'": quotes mark the value
        if (
            plain
            and _is_a_plain_password(text, after, judged, rule)
            and not (german and judged.islower() and _capitalises(text, position))
            and not (below and _a_single_word_line_follows(text, after))
        ):
            return start, end
        return (start, end) if _evidence(judged, rule) else None
    if len(value) < (8 if rule.kind is SecretKind.API_KEY else 3):
        return None
    if separator.group().rstrip().endswith(",") and (
        value.casefold() in _NOT_A_PASSWORD or _LABEL.fullmatch(value.casefold())
    ):
        return None  # a list of field names: ['password', 'username']
    if rule.kind is not SecretKind.PASSWORD and not any(c.isdigit() for c in value):
        return None  # a PIN or key without a digit is a word ("Code of Conduct: lesen")
    if not quoted and _ARROW_AFTER.match(text, end):
        return None
    if not quoted and _starts_prose(text, end, value):
        phrase = _PASSPHRASE.match(text, start) if rule.kind is SecretKind.PASSWORD else None
        return phrase.span() if phrase is not None and _is_a_passphrase(phrase.group()) else None
    return start, end


# "correct horse battery staple", an app password "abcd efgh ijkl mnop", "Regenbogen
# Schokolade Fahrrad Winter": three to six words that fill the rest of the line.
_PASSPHRASE = re.compile(
    r"[A-Za-zÄÖÜäöüß]?[a-zäöüß]{2,}(?:[ \t][A-Za-zÄÖÜäöüß]?[a-zäöüß]{2,}){2,5}"
    r"(?=[ \t]*(?:\r?\n|\Z))"
)


def _is_a_passphrase(phrase: str) -> bool:
    """Words that make no sentence: none is a function word or a verb of passing on
    ("bekommst du von mir", "wird noch geschickt", "same as before" are sentences)."""
    words = phrase.casefold().split()
    return not any(word in _STOP_WORDS or word in _PHRASE_WORDS for word in words)


_PHRASE_WORDS = {
    "bekommst", "bekommt", "kriegst", "schicke", "schickt", "sage", "sagt", "sag", "frag",
    "get", "gets", "tell", "tells", "ask", "call", "ruf", "mail", "email", "text", "chat",
    "signal", "whatsapp", "telefon", "phone", "mir", "dir", "ihm", "uns", "euch", "me",
    "him", "her", "them", "us", "they", "he", "she", "was", "were", "has", "have", "had",
    "hat", "habe", "hab", "sein", "gleiche", "gleiches", "wie", "vorher", "before",
    "immer", "always", "noch", "still", "soon", "bald", "morgen", "tomorrow", "heute",
    "today", "then", "dann", "when", "wenn", "will", "soll", "sollte", "kann", "can",
}  # fmt: skip


def _is_a_quoted_password(value: str, rule: _Label) -> bool:
    return (
        rule.kind is SecretKind.PASSWORD
        and len(value) >= 4
        and " " not in value.strip()
        and value.casefold() not in _NOT_A_PASSWORD
        and value.casefold() not in _STOP_WORDS
    )


def _evidence(value: str, rule: _Label) -> bool:
    if rule.kind is SecretKind.API_KEY and rule.evidence:
        return (
            len(value) >= 12
            and any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value)
            and not _REFERENCE_CODE.match(value)
        )
    if rule.evidence:
        return (
            len(value) >= 8
            and _looks_like_a_secret(value, rule.kind)
            and not (_REFERENCE_CODE.match(value))
        )
    return _looks_like_a_secret(value, rule.kind, rule.shortest)


_WORD_AFTER = re.compile(r"[ \t]+([^\s]+)")


def _clear_value_follows(text: str, position: int) -> bool:
    """After a lower-case everyday word ("pw", "pin") and a space: a value that is
    clearly secret — a strong password, or 4–8 digits that end the sentence."""
    match = _WORD_AFTER.match(text, position)
    if match is None:
        return False
    groups = _DIGIT_GROUPS.match(text, match.start(1))
    if groups is not None:  # "code 482 119"
        digits = len(groups.group().replace(" ", "").replace("-", ""))
        return 4 <= digits <= 12 and _SENTENCE_END.match(text, groups.end()) is not None
    value = match.group(1).rstrip(_TRAILING)
    if value.isdigit():
        rest = text[match.start(1) + len(value) : match.start(1) + len(value) + 3]
        # Ends the sentence or is followed by a remark: "Pin 0815 (nicht die Kreditkarte)".
        remark = rest[:2] in (" (", " –", " —", " -") or rest[:3] == " - "
        return 4 <= len(value) <= 8 and (not rest.strip() or rest[0] in ".,;!)\n" or remark)
    return _looks_strong(value)


def _alone_on_its_line(text: str, position: int) -> bool:
    line_end = text.find("\n", position)
    line = text[position : line_end if line_end >= 0 else len(text)].strip()
    return bool(line) and (len(line.split()) == 1 or _DIGIT_GROUPS.fullmatch(line) is not None)


_ENGLISH_VERBS = {"is", "are", "was", "reads"}


def _capitalises(text: str, position: int) -> bool:
    """Whether the writer of the line up to *position* uses capitals at all (who
    writes "pw für wordpress ist sonnenblume" writes nouns in lower case too)."""
    line_start = text.rfind("\n", max(0, position - 200), position) + 1
    return any(char.isupper() for char in text[line_start:position])


# After "ist"/"is" a word that tells how the password is, not what it is.
_NOT_A_PASSWORD = {
    "sicher", "unsicher", "falsch", "richtig", "korrekt", "inkorrekt", "geheim", "gültig",
    "ungültig", "kurz", "lang", "schwach", "stark", "leer", "egal", "bekannt", "unbekannt",
    "alt", "veraltet", "abgelaufen", "gesperrt", "identisch", "dasselbe", "derselbe",
    "pflicht", "optional", "erforderlich", "notwendig", "vertraulich", "privat", "weg",
    "persönlich", "individuell", "temporär", "vorläufig", "vergeben", "standard", "okay",
    "safe", "unsafe", "wrong", "right", "expired", "correct", "incorrect", "secret",
    "valid", "invalid", "short", "long", "weak", "strong", "fine", "good", "bad", "blank",
    "mandatory", "private", "personal", "confidential", "known", "different", "old",
    "outdated", "temporary", "default", "missing", "gone", "case-sensitive", "wichtig",
    "important", "sensitive", "sensibel", "kompliziert", "complicated", "simple",
    "einfach", "schwierig", "difficult", "easy", "leicht", "unterschiedlich", "same",
    "there", "done", "obsolete", "ready", "active", "inactive", "disabled", "enabled",
    "unchanged", "permanent", "enough", "available", "unavailable", "lost", "visible",
    "hidden", "encrypted", "broken", "compromised", "leaked", "public", "shared", "unique",
    "random", "obvious", "hard", "great", "terrible", "weird", "set", "fixed", "key",
    "thema", "problem", "teil", "schuld", "mittel", "ziel", "aufgabe", "frage",
    "voraussetzung", "topic", "issue", "question", "priority", "priorität", "risiko", "risk",
    # Names of fields in a list ("Passwort\nBenutzername").
    "benutzername", "benutzer", "nutzername", "username", "user", "name", "email",
    "kennung", "hinweis", "hint", "kommentar", "comment", "notiz", "note", "notes",
}  # fmt: skip
# Adjectives and participles by their endings ("gültig", "hinterlegt", "aktiviert",
# "changed", "missing", "sensitive"); German nouns, which passwords often are, end
# otherwise or are capitalised.
_ADJECTIVE_OR_VERB = re.compile(
    r"(?:ig|lich|isch|bar|los|sam|iert|ed|ing|ive|ous|able|ible|ful|less)$"
    r"|^(?:un)?(?:ge|ver|vor|nach|be|er|zer|ab|an|auf|aus|ein|zu|zurück|hinter|über|unter)\w*(?:t|en)$"
)
_SENTENCE_END = re.compile(
    r"[.!?…]*[\"'“”»)]*(?:[ \t]+(?:haha|hehe|hihi|lol|xd|:-?\)|;-?\))[.!?]*)?[ \t]*(?:\r?\n|\Z)",
    re.IGNORECASE,
)


def _is_a_plain_password(text: str, end: int, value: str, rule: _Label) -> bool:
    """A single word (letters only) where the structure makes it the password, if it
    ends the sentence and is not an adjective, a participle or a label itself."""
    word = value.casefold()
    return (
        rule.kind is SecretKind.PASSWORD
        and value.isalpha()
        and len(value) >= 4
        and _SENTENCE_END.match(text, end) is not None
        and word not in _NOT_A_PASSWORD
        and word not in _STOP_WORDS
        and not (value.islower() and _ADJECTIVE_OR_VERB.search(word))
        and not word.endswith("sache")  # "Das Passwort ist Chefsache."
        and _LABEL.fullmatch(word) is None
        and _LOGIN_LABEL.fullmatch(word) is None
    )


# The text of a Wi-Fi QR code: "WIFI:T:WPA;S:Atelier;P:Leinwand#21;;" ("\;" escapes).
_WIFI_QR = re.compile(r"WIFI:(?:[^;\n]*;)*?P:((?:\\.|[^;\\\n])+)", re.IGNORECASE)
# What is typed on a door's keypad: "*2024#" (not "*#06#" or a phone's "*100#").
_KEYPAD = re.compile(r"\*(?<![\w*#]\*)[0-9]{4,8}#(?![\w*#])")


def _wifi_codes(text: str, lowered: str) -> Iterator[SecretFinding]:
    if "wifi:" not in lowered:
        return
    for match in _WIFI_QR.finditer(text):
        yield SecretFinding(SecretKind.PASSWORD, *match.span(1))


def _keypad_codes(text: str) -> Iterator[SecretFinding]:
    if "#" not in text:
        return
    for match in _KEYPAD.finditer(text):
        yield SecretFinding(SecretKind.PIN, *match.span())


# --- A user name and a password, with or without "Login" ----------------------------

# Matched in the lower-cased text.
_LOGIN_LABEL = re.compile(
    _trie(
        ("login-daten", "logindaten", "login", "log-in", "logins", "zugangsdaten", "zugang",
         "zugänge", "anmeldedaten", "anmeldung", "credentials", "creds", "account",
         "benutzerkonto")
    )
    + r"(?![\w-])"
)  # fmt: skip
# "Login:", "Login für Lexoffice:", "Zugangsdaten Canva" at the end of a line.
_LOGIN_SEPARATOR = re.compile(
    rf"(?:{_AFTER_LABEL}|(?:[ \t]+[^\s:=()]+){{1,3}}?)"
    rf"(?:[ \t]*{_ARROWS}[ \t]*(?:\r?\n[ \t]*)?|[ \t]+[-–—][ \t]+|[ \t]*\r?\n[ \t]*)",
    re.IGNORECASE,
)
_USER = re.compile(r"[^\s/|,;]+")
_USER_WORD = re.compile(
    r"(?i)(?:user(?:name)?|benutzer(?:name)?|nutzer(?:name)?|e-?mail|konto|account|kennung)"
    r"[ \t]*[:=]?[ \t]+(?=\S)"
)
_JOINER = re.compile(r"[ \t]*(?://?|[|,;])[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# No label: "max@firma.de / Sommer2024!", "admin / Sommer2024!", "max@firma.de\n…",
# "root:Sommer2024!" (the password must be strong: "nginx:1.25-alpine" is not one).
_BARE_PAIR = re.compile(
    r"(?<![\w@.:/\-{])(?:(?P<email>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)"
    r"(?P<ejoin>[ \t]*(?://?|[|,;]|->|-->|=>|→|⇒|➔)[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+)"
    r"|(?P<user>[a-z][a-z0-9._\-]{1,31})(?P<ujoin>[ \t]+/[ \t]+|[ \t]*\||:(?=\S)))"
    r"(?P<value>[^\s]+)"
)


def _login_pairs(text: str, lowered: str, urls: list[tuple[int, int]]) -> Iterator[SecretFinding]:
    for label in _LOGIN_LABEL.finditer(lowered):
        if label.start() and (text[label.start() - 1].isalnum() or text[label.start() - 1] in "_-"):
            continue
        separator = _LOGIN_SEPARATOR.match(text, label.end())
        if separator is None:
            continue  # "Login bei Lexoffice …" without ":" or a line break introduces nothing
        # "Zugang Hosting: user kunde123, pass …": the name follows the word "user".
        user_word = _USER_WORD.match(text, separator.end())
        account = _USER.match(text, user_word.end() if user_word else separator.end())
        if account is None or _is_placeholder(account.group()):
            continue
        joiner = _JOINER.match(text, account.end())
        if joiner is None:
            continue
        span = _password_at(text, joiner.end(), strong=False)
        if span is None and "\n" in joiner.group() and _alone_on_its_line(text, joiner.end()):
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
        *_windows(text, (anchor for anchor in anchors if text[anchor] != ":"), 64, 200),
        *_windows(text, colons, 33, 1),  # "root:Sommer2024!"
    ]
    pairs = (pair for start, end in windows for pair in _BARE_PAIR.finditer(text, start, end))
    for pair in pairs:
        user = pair.group("user")
        if _inside(pair.start(), urls) or (user is not None and _is_placeholder(user)):
            continue
        between = pair.group("ejoin") or pair.group("ujoin")
        if "\n" in between and not _alone_on_its_line(text, pair.start("value")):
            continue
        if between == ":" and (user in _SCHEMES or "/" in pair.group("value")):
            continue  # "data:image/png;base64", "mailto:…", "team:design/assets"
        span = _password_at(text, pair.start("value"), strong=True)
        if span is not None and not _inside(span[0], urls):
            yield SecretFinding(SecretKind.PASSWORD, *span)


_SCHEMES = {"data", "mailto", "tel", "file", "urn", "sip", "geo", "callto", "skype", "git"}
_PAIR_ANCHOR = re.compile(r"[@/|:]")
# The colon of "root:Sommer2024!": not of "https://", "**Goal:**" or "11:00".
_USER_COLON_VALUE = re.compile(r"[a-z]:[^\s*/]|[0-9]:[^\s*/0-9]")


def _plain_word_at(text: str, position: int) -> tuple[int, int] | None:
    token = _VALUE.match(text, position)
    if token is None:
        return None
    end = token.start() + len(token.group().rstrip(_TRAILING))
    value = text[token.start() : end]
    if _a_single_word_line_follows(text, end):
        return None  # a column of single words
    return (token.start(), end) if _is_a_plain_password(text, end, value, _PASSWORD) else None


def _password_at(text: str, position: int, *, strong: bool) -> tuple[int, int] | None:
    """The password that starts at *position*: strong without a label, or after a
    "Login:" letters with digits or symbols, six characters or more."""
    quoted = _QUOTED.match(text, position)
    if quoted:
        start, end = quoted.span(1)
    else:
        token = _VALUE.match(text, position)
        if token is None:
            return None
        start, end = token.start(), token.start() + len(token.group().rstrip(_TRAILING))
    value = text[start:end]
    if len(value) < 6 or _is_placeholder(value) or _EMAIL.fullmatch(value):
        return None
    if strong:
        return (start, end) if _looks_strong(value) else None
    has_digit = any(c.isdigit() for c in value)
    has_letter = any(c.isalpha() for c in value)
    has_symbol = any(not c.isalnum() and c not in "-._/'" for c in value)
    secret = has_letter and (has_digit or has_symbol) and not _REFERENCE_CODE.match(value)
    return (start, end) if secret else None
