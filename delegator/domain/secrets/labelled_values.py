"""The value after a label: which separator and reading introduce it, lists of codes,
passphrases, quoted and plain passwords, and the evidence a value needs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from heapq import merge

from delegator.domain.secrets.devices import DEVICE_CODE
from delegator.domain.secrets.findings import SecretFinding, SecretKind
from delegator.domain.secrets.labels import (
    EMOJI_LABEL,
    LABEL,
    NOT_A_PIN_BEFORE,
    ONE_TIME_BEFORE,
    ONE_TIME_CODE,
    Label,
    rule_of,
)
from delegator.domain.secrets.links import URL
from delegator.domain.secrets.placeholders import is_placeholder
from delegator.domain.secrets.plain_words import (
    NOT_A_PASSWORD,
    PASSPHRASE,
    capitalises,
    is_a_passphrase,
    is_a_plain_password,
    is_a_quoted_password,
    starts_prose,
)
from delegator.domain.secrets.separators import (
    ARROW_AFTER,
    ARROW_BEFORE,
    ASSIGNMENT,
    CHANGED_TO,
    CLAUSE_COLON,
    LABEL_LINE_END,
    LINE_END,
    NAMED_DIGITS,
    NAMED_SEPARATOR,
    SETTING,
    SPACE_SEPARATOR,
    STRONG_SEPARATOR,
    TO_SEPARATOR,
    VERB_SEPARATOR,
)
from delegator.domain.secrets.text_scan import inside, is_a_single_word
from delegator.domain.secrets.values import (
    EMAIL,
    QUOTED,
    a_single_word_line_follows,
    alone_on_its_line,
    clear_value_follows,
    evidence,
    unquoted_value_at,
)


def _previous_word(text: str, index: int) -> str:
    match = re.search(r"([^\W\d_]+)[ \t-]*$", text[max(0, index - 40) : index])
    return match.group(1).casefold() if match else ""


def labelled_values(
    text: str, lowered: str, urls: list[tuple[int, int]]
) -> Iterator[SecretFinding]:
    labels: Iterable[re.Match[str]] = LABEL.finditer(lowered)
    if EMOJI_LABEL.search(lowered):
        labels = merge(labels, EMOJI_LABEL.finditer(lowered), key=lambda label: label.start())
    for label in labels:
        start, end = label.span()
        if inside(start, urls):
            continue  # parameters of links are judged by their name (url_credentials)
        word = label.group()
        rule = rule_of(word)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if after.isalnum() or after == "_":
            continue
        glued = before.isalnum() or before == "_"
        if ARROW_BEFORE.search(text, max(0, start - 4), start) and ARROW_AFTER.match(text, end):
            continue
        # "SMTP_PASSWORD=…", "ADMIN_PIN=4096" (a PIN setting in capitals: not "pin_x").
        setting = before == "_" and (rule.kind is not SecretKind.PIN or text[start:end].isupper())
        if setting and ASSIGNMENT.match(text, end) is None:
            continue
        if glued and not setting and not (rule.compound and before.isalpha()):
            continue
        if rule.device:
            code = DEVICE_CODE.match(text, end)
            if code is not None:
                yield SecretFinding(SecretKind.PIN, *code.span(1))
            continue
        if label.group() in ("code", "codes"):
            # "Meeting-Kenncode", "2FA-Backup-Code", "Your verification code is …" are
            # one-time codes, "Quellcode" and "Promo-Code" are not codes at all.
            previous = _previous_word(text, start)
            if previous in ONE_TIME_BEFORE:
                rule = ONE_TIME_CODE
            elif glued or previous in NOT_A_PIN_BEFORE:
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
    return "user" if EMAIL.search(before) else ""


def _a_single_word_line_ends(text: str, newline: int) -> bool:
    """Whether the line that ends at *newline* is one word, not a heading ("Zugang:")."""
    line = text[text.rfind("\n", max(0, newline - 200), newline) + 1 : newline].strip()
    return is_a_single_word(line) and not line.endswith(":")


def _value_after(
    text: str, position: int, rule: Label, *, shout: bool, context: str = ""
) -> tuple[int, int] | None:
    """The value after a label, read first with a system's name between the two
    ("Passwort Lexoffice – Sommer2024!") and, if that gives none, without
    ("Passwort meier0608 – den kannst du …")."""
    return _value_after_reading(
        text, position, rule, shout=shout, context=context, named=True
    ) or _value_after_reading(text, position, rule, shout=shout, context=context, named=False)


def _value_after_reading(
    text: str, position: int, rule: Label, *, shout: bool, context: str, named: bool
) -> tuple[int, int] | None:
    """The span of the value a label introduces, if it looks like a real secret.

    After ":", "=", an arrow or a dash any value counts that is not a placeholder or
    the start of a sentence, on the same line or alone on the next; after "is", a
    space or a line break only one that looks like a secret — or a single word where
    the structure says it is the password: after "is"/"ist"/"lautet" at the end of a
    sentence, alone on the line below a label alone on its line, or at the end of a
    sentence after an e-mail address and the label (``context``, see ``_context``).
    """
    separator = STRONG_SEPARATOR.match(text, position)
    strong = separator is not None and not rule.evidence
    plain = german = below = False
    if separator is None:
        separator = (
            CHANGED_TO.match(text, position)
            or VERB_SEPARATOR.match(text, position)
            or (NAMED_SEPARATOR.match(text, position) if named else None)
            or CLAUSE_COLON.match(text, position)
            or TO_SEPARATOR.match(text, position)
            or (NAMED_DIGITS.match(text, position) if rule.kind is SecretKind.PIN else None)
        )
        verb = separator.groupdict().get("verb") if separator is not None else None
        plain = verb is not None
        # German nouns are capitalised: "Das Passwort ist unverändert" holds none.
        german = verb is not None and verb.casefold() not in _ENGLISH_VERBS
    if separator is None:
        line_end = LABEL_LINE_END.match(text, position)
        if line_end is not None and alone_on_its_line(text, line_end.end()):
            separator, plain = line_end, context == "alone"
            below = True
    if separator is None and (not rule.weak or shout or clear_value_follows(text, position)):
        separator = SPACE_SEPARATOR.match(text, position)
        plain = separator is not None and context == "user"
    if separator is None:
        return None
    value_from = separator.end()
    next_line = LINE_END.match(text, value_from)
    if next_line is not None and text[position:value_from].strip():
        # "Passwort:" ends the line: the value is the next line, if alone on it (after a
        # list bullet: "Recovery codes:\n- a1b2c-3d4e5").
        bullet = _BULLET.match(text, next_line.end())
        value_from = bullet.end() if bullet is not None else next_line.end()
        if SETTING.match(text, value_from):
            return None  # "DB_PASSWORD=\nDB_USER=": the next setting, not a value
        if not alone_on_its_line(text, value_from):
            phrase = PASSPHRASE.match(text, value_from)
            if strong and phrase is not None and is_a_passphrase(phrase.group()):
                return phrase.span()  # "Master-Passwort:\nRegenbogen Schokolade Fahrrad"
            return None
    quoted = QUOTED.match(text, value_from)
    if quoted:
        start, end = quoted.span(1)
    else:
        span = unquoted_value_at(text, value_from, digit_groups=True)
        if span is None:
            return None
        start, end = span
    value = text[start:end]
    if is_placeholder(value) or URL.match(value):
        return None  # a link is judged by what it holds (url_credentials)
    if not strong:
        # "Passwort falsch!": after a space or a verb, "!" and "?" end the sentence.
        judged = value.rstrip("!?") or value
        after = quoted.end() if quoted else end
        bare = separator.group() == " " and not rule.keyword
        if (plain or bare) and quoted and is_a_quoted_password(judged, rule):
            return start, end  # "Passwort ist einfach 'sommer'": quotes mark the value
        if (
            plain
            and is_a_plain_password(text, after, judged, rule)
            and not (german and judged.islower() and capitalises(text, position))
            and not (below and a_single_word_line_follows(text, after))
        ):
            return start, end
        return (start, end) if evidence(judged, rule) else None
    if len(value) < (8 if rule.kind is SecretKind.API_KEY else 3):
        return None
    if separator.group().rstrip().endswith(",") and (
        value.casefold() in NOT_A_PASSWORD or LABEL.fullmatch(value.casefold())
    ):
        return None  # a list of field names: ['password', 'username']
    if rule.kind is not SecretKind.PASSWORD and not any(c.isdigit() for c in value):
        return None  # a PIN or key without a digit is a word ("Code of Conduct: lesen")
    if not quoted and ARROW_AFTER.match(text, end):
        return None
    if not quoted and starts_prose(text, end, value):
        phrase = PASSPHRASE.match(text, start) if rule.kind is SecretKind.PASSWORD else None
        return phrase.span() if phrase is not None and is_a_passphrase(phrase.group()) else None
    return start, end


_ENGLISH_VERBS = {"is", "are", "was", "reads"}
