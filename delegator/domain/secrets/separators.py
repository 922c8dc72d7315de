"""What stands between a label and its value: ":", "=", an arrow or a dash, "is"/"ist",
"changed to", a system's name, a clause, the end of the line."""

from __future__ import annotations

import re

_QUALIFIER = (
    r"(?:for|für|fuer|of|von|vom|zu|zum|zur|to|der|des|the|bei|beim|at|on|in|im|from"
    r"|fürs|für's|deines|deiner|meines|meiner|unseres|unserer)"
    r"(?:[ \t]+(?!(?:is|ist|isch|lautet|are|sind|was|war)[ \t])[^\s:=()]+){1,5}?"
)
_PAREN = r"\([^()\n]{1,60}\)"
AFTER_LABEL = rf"(?:[ \t]+{_QUALIFIER})?(?:[ \t]*{_PAREN})?"
_ARROW = r"(?:=>|->|-->|→|⇒|⟶|➔)"
ARROWS = rf"(?:{_ARROW}|:=|[:=])"
# ":" "=" an arrow, or a dash between spaces ("Passwort – Sommer2024!", not "PIN-Brief").
# Markdown emphasis may wrap the label: "**Passwort:** …", "__PIN__: …".
STRONG_SEPARATOR = re.compile(
    rf"[\"']?\]?{AFTER_LABEL}[*_]{{0,3}}(?:[ \t]*{ARROWS}[*_]{{0,3}}|[ \t]+[-–—](?=[ \t\n])"
    # a setting passed to a function: define( 'DB_PASSWORD', '…' )
    rf"|(?<=[\"'])[ \t]*,(?=[ \t]*[\"']))[ \t]*",
    re.IGNORECASE,
)
# "Login → Passwort → 2FA" is a sequence of steps, not a label and its value.
ARROW_AFTER = re.compile(rf"[ \t]*{_ARROW}")
ARROW_BEFORE = re.compile(rf"{_ARROW}[ \t]*\Z")
# "MYSQL_PASSWORD=…", "DB_PASS: …": a setting's name ends in the label.
ASSIGNMENT = re.compile(r"[\"']?\]?[ \t]*[:=]|[\"'][ \t]*,[ \t]*[\"']")
_VERB = (
    r"[ \t]+(?P<verb>is|ist|isch|lautet|are|sind|heißt|heisst|was|war|reads)"
    r"(?:[ \t]+(?:jetzt|now|nun|aktuell|currently|noch|still|immer|weiterhin|neu|übrigens"
    r"|einfach|eigentlich|ja|halt|wieder|momentan|derzeit|actually|just|simply|again|btw"
    r"|also|leider|nur|only|unfortunately|still)){0,3}"
    r"[ \t]*:?[ \t]+"
)
VERB_SEPARATOR = re.compile(rf"{AFTER_LABEL}{_VERB}", re.IGNORECASE)
# "Passwort fürs Portal hab ich auf Tiger2020 geändert", "password changed to …".
CHANGED_TO = re.compile(
    r"(?:[ \t]+[^\s:=]+){0,5}?[ \t]+(?:(?:changed|set|reset|updated)[ \t]+to"
    r"|(?:geändert|gesetzt|umgestellt|zurückgesetzt|aktualisiert)[ \t]+(?:auf|zu|in)"
    r"|auf(?=[ \t]+\S+[ \t]+(?:geändert|gesetzt|umgestellt|zurückgesetzt|aktualisiert)"
    r"(?![\w-])))[ \t]+",
    re.IGNORECASE,
)
# "Passwort Lexoffice → …", "pw Mailchimp - …", "Geheimzahl EC-Karte ist …": a
# system's name, then any separator.
NAMED_SEPARATOR = re.compile(
    rf"(?:[ \t]+(?![0-9]+\s)[^\s:=()→,]+){{1,3}}?"
    rf"(?:[ \t]*{ARROWS}[ \t]*|[ \t]+[-–—][ \t]+|{_VERB})",
    re.IGNORECASE,
)
SPACE_SEPARATOR = re.compile(r"[ \t]+")
# "PUK falls das Diensthandy gesperrt ist: 84736251": a clause, then ":" (the value
# must look secret).
CLAUSE_COLON = re.compile(r"(?:[ \t]+[^\s:=()→,.;]+){1,6}?[ \t]*:[ \t]+")
# "password to Candle-Light-2024", "Passwort auf Tiger2020" (the value must look secret).
TO_SEPARATOR = re.compile(r"[ \t]+(?:to|auf|zu|into)[ \t]+(?=\S*[0-9])", re.IGNORECASE)
# "pin kreditkarte 8156": a PIN label, a name, then digits that end the sentence.
NAMED_DIGITS = re.compile(
    r"(?:[ \t]+[^\s\d:=()→,]+){1,2}[ \t]+(?=[0-9]{4,8}[ \t]*(?:[.,;!)]|\r?\n|\Z))"
)
# The next line holds a setting of its own: "DB_USER=", "host:".
SETTING = re.compile(r"[\w.\-]+[ \t]*[:=](?!\S)")
LINE_END = re.compile(r"[ \t]*\r?\n[ \t]*")
# "Password for the NAS" ends its line.
LABEL_LINE_END = re.compile(rf"{AFTER_LABEL}[ \t]*\r?\n[ \t]*", re.IGNORECASE)
