"""What is public by design, so nothing inside it is a finding: public SSH keys,
certificates and public key blocks, hashes of commits and files, values a label calls
public, Stripe's publishable keys and object ids, UUIDs, YouTube channel ids, Bitcoin
and Ethereum addresses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from hashlib import sha256

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


def public_material(
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


# Random-looking, but names or addresses that are public: UUIDs, YouTube channel ids,
# Bitcoin addresses (bech32 "bc1…", Base58 "1…"/"3…") and Ethereum addresses.
PUBLIC_ID = re.compile(
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
