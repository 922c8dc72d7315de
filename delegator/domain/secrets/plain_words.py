"""Words that are a password or are none: a plain word where the structure makes it the
password, a passphrase of words that make no sentence, a quoted word; the adjectives,
participles and function words that tell how a password is, not what it is."""

from __future__ import annotations

import re

from delegator.domain.secrets.findings import SecretKind
from delegator.domain.secrets.labels import LABEL, LOGIN_LABEL, Label
from delegator.domain.secrets.placeholders import STOP_WORDS
from delegator.domain.secrets.values import SENTENCE_END


def starts_prose(text: str, value_end: int, value: str) -> bool:
    """A plain word followed by two more words reads as a sentence, not a password."""
    if not value.isalpha():
        return False
    rest = re.split(r"[.;!?\n]", text[value_end : value_end + 200], maxsplit=1)[0]
    return len(rest.split()) >= 2


# "correct horse battery staple", an app password "abcd efgh ijkl mnop", "Regenbogen
# Schokolade Fahrrad Winter": three to six words that fill the rest of the line.
PASSPHRASE = re.compile(
    r"[A-Za-zÄÖÜäöüß]?[a-zäöüß]{2,}(?:[ \t][A-Za-zÄÖÜäöüß]?[a-zäöüß]{2,}){2,5}"
    r"(?=[ \t]*(?:\r?\n|\Z))"
)


def is_a_passphrase(phrase: str) -> bool:
    """Words that make no sentence: none is a function word or a verb of passing on
    ("bekommst du von mir", "wird noch geschickt", "same as before" are sentences)."""
    words = phrase.casefold().split()
    return not any(word in STOP_WORDS or word in _PHRASE_WORDS for word in words)


_PHRASE_WORDS = {
    "bekommst", "bekommt", "kriegst", "schicke", "schickt", "sage", "sagt", "sag", "frag",
    "get", "gets", "tell", "tells", "ask", "call", "ruf", "mail", "email", "text", "chat",
    "signal", "whatsapp", "telefon", "phone", "mir", "dir", "ihm", "uns", "euch", "me",
    "him", "her", "them", "us", "they", "he", "she", "was", "were", "has", "have", "had",
    "hat", "habe", "hab", "sein", "gleiche", "gleiches", "wie", "vorher", "before",
    "immer", "always", "noch", "still", "soon", "bald", "morgen", "tomorrow", "heute",
    "today", "then", "dann", "when", "wenn", "will", "soll", "sollte", "kann", "can",
}  # fmt: skip


def is_a_quoted_password(value: str, rule: Label) -> bool:
    return (
        rule.kind is SecretKind.PASSWORD
        and len(value) >= 4
        and " " not in value.strip()
        and value.casefold() not in NOT_A_PASSWORD
        and value.casefold() not in STOP_WORDS
    )


def capitalises(text: str, position: int) -> bool:
    """Whether the writer of the line up to *position* uses capitals at all (who
    writes "pw für wordpress ist sonnenblume" writes nouns in lower case too)."""
    line_start = text.rfind("\n", max(0, position - 200), position) + 1
    return any(char.isupper() for char in text[line_start:position])


NOT_A_PASSWORD = {
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


def is_a_plain_password(text: str, end: int, value: str, rule: Label) -> bool:
    """A single word (letters only) where the structure makes it the password, if it
    ends the sentence and is not an adjective, a participle or a label itself."""
    word = value.casefold()
    return (
        rule.kind is SecretKind.PASSWORD
        and value.isalpha()
        and len(value) >= 4
        and SENTENCE_END.match(text, end) is not None
        and word not in NOT_A_PASSWORD
        and word not in STOP_WORDS
        and not (value.islower() and _ADJECTIVE_OR_VERB.search(word))
        and not word.endswith("sache")  # "Das Passwort ist Chefsache."
        and LABEL.fullmatch(word) is None
        and LOGIN_LABEL.fullmatch(word) is None
    )
