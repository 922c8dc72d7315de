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

Where the rules are: ``numbers`` (IBANs, cards), ``keys`` (private key blocks, webhooks,
API keys, random tokens), ``public`` (what is public by design), ``links``,
``labels`` (the words that introduce a secret), ``separators`` (what stands between a
label and its value), ``labelled_values`` (reading the value after a label),
``values``, ``plain_words`` and ``placeholders`` (judging a value), ``logins`` (a user
name and a password), ``devices`` (lock and alarm codes, Wi-Fi QR codes, keypads);
``text_scan`` holds what they share.
"""

from __future__ import annotations

from delegator.domain.secrets.devices import keypad_codes, wifi_codes
from delegator.domain.secrets.findings import SecretFinding, SecretKind
from delegator.domain.secrets.keys import (
    LONG_RUN,
    looks_random,
    prefixed_keys,
    private_keys,
    random_tokens,
    webhooks,
)
from delegator.domain.secrets.labelled_values import labelled_values
from delegator.domain.secrets.links import url_credentials, url_spans
from delegator.domain.secrets.logins import login_pairs
from delegator.domain.secrets.numbers import (
    IBAN_COUNTRIES,
    card_numbers,
    ibans,
    is_valid_iban,
    passes_gs1,
    passes_luhn,
)
from delegator.domain.secrets.public import is_bitcoin_address, public_material
from delegator.domain.secrets.text_scan import TEXT_EDGE, lower

__all__ = [
    "IBAN_COUNTRIES",
    "TEXT_EDGE",
    "SecretFinding",
    "SecretKind",
    "find_secrets",
    "is_bitcoin_address",
    "is_valid_iban",
    "looks_random",
    "passes_gs1",
    "passes_luhn",
]


def find_secrets(text: str) -> list[SecretFinding]:
    """Every secret-looking value in *text*, in order, without overlaps.

    Fast on long texts (a whole brief): the costly patterns run only near what they
    need — a slash or "@" for links and user names, a run of digits for card numbers,
    two letters and two digits for IBANs, a long run without spaces for keys — and the
    labels are found in one pass over the lower-cased text.
    """
    lowered = lower(text)
    urls = url_spans(text, lowered)
    runs = [match.span() for match in LONG_RUN.finditer(text)]
    # Stronger evidence first: a later candidate that overlaps an earlier one is dropped.
    candidates = [
        *private_keys(text, lowered),
        *webhooks(text, lowered),
        *ibans(text),
        *card_numbers(text),
        *prefixed_keys(text, runs),
        *url_credentials(text, urls),
        *labelled_values(text, lowered, urls),
        *wifi_codes(text, lowered),
        *keypad_codes(text),
        *login_pairs(text, lowered, urls),
        *random_tokens(text, runs, urls),
    ]
    # Which characters a kept finding (or public material) covers: one look per
    # candidate at its own span (in C), so 40,000 PINs in one brief cost no more per
    # PIN than 4,000.
    covered = bytearray(len(text))
    for start, end in public_material(text, lowered, runs):
        covered[start:end] = b"\x01" * (end - start)
    kept: list[SecretFinding] = []
    for candidate in candidates:
        if covered.find(1, candidate.start, candidate.end) == -1:
            covered[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            kept.append(candidate)
    return sorted(kept, key=lambda finding: finding.start)
