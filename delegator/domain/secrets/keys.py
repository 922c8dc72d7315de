"""Keys: private key blocks, webhook links, API keys by their vendor's prefix or shape,
and long random-looking tokens."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from delegator.domain.secrets.findings import SecretFinding, SecretKind
from delegator.domain.secrets.public import PUBLIC_ID, is_bitcoin_address
from delegator.domain.secrets.text_scan import inside, trimmed_end

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


def private_keys(text: str, lowered: str) -> Iterator[SecretFinding]:
    if "private" not in lowered and "putty" not in lowered:
        return
    for match in _PRIVATE_KEY.finditer(text):
        yield SecretFinding(SecretKind.API_KEY, match.start(), match.end())


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


def webhooks(text: str, lowered: str) -> Iterator[SecretFinding]:
    if "hook" not in lowered and "telegram" not in lowered:
        return
    for match in _WEBHOOK.finditer(text):
        if "…" in match.group() or "..." in match.group():
            continue  # elided ("…/catch/…/…"): a template, not a link
        yield SecretFinding(SecretKind.WEBHOOK, match.start(), trimmed_end(match))


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
LONG_RUN = re.compile(r"[A-Za-z0-9_\-+/.:=]{15,}")


def prefixed_keys(text: str, runs: list[tuple[int, int]]) -> Iterator[SecretFinding]:
    for start, end in runs:
        for match in _PREFIXED_KEY.finditer(text, start, min(len(text), end + 1)):
            yield SecretFinding(SecretKind.API_KEY, match.start(), match.end())


_MIN_TOKEN_LENGTH = 24
_TOKEN = re.compile(rf"[A-Za-z0-9_\-+/]{{{_MIN_TOKEN_LENGTH},}}")


def _class_of(char: str) -> int:
    return 0 if char.isdigit() else 1 if char.islower() else 2


def looks_random(token: str) -> bool:
    """Letters and digits that switch class often, as generated keys do.

    Words, file names and dates ("Angebot_2026-11-02_v3") switch rarely: a class
    change between neighbouring letters/digits at least once every five characters
    is the line between the two.
    """
    core = token.strip("-_/+")
    if len(core) < _MIN_TOKEN_LENGTH:
        return False
    if not any(c.isdigit() for c in core) or not any(c.isalpha() for c in core):
        return False
    switches = sum(
        1
        for left, right in pairwise(core)
        if left.isalnum() and right.isalnum() and _class_of(left) != _class_of(right)
    )
    return switches * 5 >= len(core)


def random_tokens(
    text: str, runs: list[tuple[int, int]], urls: list[tuple[int, int]]
) -> Iterator[SecretFinding]:
    for run_start, run_end in runs:
        for match in _TOKEN.finditer(text, run_start, run_end):
            start, end = match.span()
            if inside(start, urls):
                continue  # ids in links (shared documents, folders) are not keys
            token = match.group()
            if looks_random(token) and not (
                PUBLIC_ID.fullmatch(token) or is_bitcoin_address(token)
            ):
                yield SecretFinding(SecretKind.API_KEY, start, end)
