"""Codes of devices: a lock, safe or alarm code after the device's name, the password
in a Wi-Fi QR code, and what is typed on a door's keypad."""

from __future__ import annotations

import re
from collections.abc import Iterator

from delegator.domain.secrets.findings import SecretFinding, SecretKind

# The code after a lock, safe or alarm system (labels.py, its "device" labels):
# "Alarmanlage scharf/unscharf mit 6621", "der Safe öffnet mit 2580", "Schlüsselkasten: 1357".
DEVICE_CODE = re.compile(
    r"(?:[ \t]+[^\s\d:=]+){0,3}?(?:[ \t]+(?:mit|with|per)|[ \t]*:)(?:[ \t]+(?:code|pin))?"
    r"[ \t]+([0-9]{3,8}|[0-9]{1,3}(?:[ -][0-9]{1,3}){2,5})"
    # the code ends the sentence or an instruction follows: "2580 + OFF drücken"
    r"(?=[.,;!)]|[ \t]*(?:\r?\n|\Z)|[ \t]+[+(–—-]|[ \t]+(?:und|and|dann|then|danach|drücken"
    r"|press|eingeben|eintippen|enter)(?!\w))",
    re.IGNORECASE,
)


# The text of a Wi-Fi QR code: "WIFI:T:WPA;S:Atelier;P:Leinwand#21;;" ("\;" escapes).
_WIFI_QR = re.compile(r"WIFI:(?:[^;\n]*;)*?P:((?:\\.|[^;\\\n])+)", re.IGNORECASE)
# What is typed on a door's keypad: "*2024#" (not "*#06#" or a phone's "*100#").
_KEYPAD = re.compile(r"\*(?<![\w*#]\*)[0-9]{4,8}#(?![\w*#])")


def wifi_codes(text: str, lowered: str) -> Iterator[SecretFinding]:
    if "wifi:" not in lowered:
        return
    for match in _WIFI_QR.finditer(text):
        yield SecretFinding(SecretKind.PASSWORD, *match.span(1))


def keypad_codes(text: str) -> Iterator[SecretFinding]:
    if "#" not in text:
        return
    for match in _KEYPAD.finditer(text):
        yield SecretFinding(SecretKind.PIN, *match.span())
