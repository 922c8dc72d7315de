"""What stands where a value goes but is none: a password manager, a mask, a word that
starts a reference or a sentence, a template's placeholder or variable."""

from __future__ import annotations

import re

from delegator.domain.secrets.text_scan import TRAILING

_PASSWORD_MANAGER = re.compile(
    r"(?i)1password|bitwarden|lastpass|keepass|dashlane|proton ?pass|vaultwarden|enpass"
    r"|keeper|nordpass|passw(?:or)?t[- ]?manager|password[- ]?manager|passwort[- ]?tresor"
    r"|vault|tresor|schlüsselbund|keychain"
)
_MASK = re.compile(r"^[*•·x.…_\-–—?#]+$", re.IGNORECASE)
STOP_WORDS = {
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


def is_placeholder(value: str) -> bool:
    stripped = value.strip(TRAILING)
    return (
        not stripped
        or stripped[0] in "<[{("
        or _MASK.match(stripped) is not None
        or _PASSWORD_MANAGER.search(stripped) is not None
        or stripped.strip("!?").casefold() in STOP_WORDS
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
