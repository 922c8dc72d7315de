"""Links: where they stand in a text, and the password, secret path or secret parameter
one holds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from delegator.domain.secrets.findings import SecretFinding, SecretKind
from delegator.domain.secrets.placeholders import is_placeholder
from delegator.domain.secrets.text_scan import windows_around

# With a scheme, "www." or a host name followed by a path ("drive.google.com/…").
URL = re.compile(
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


def url_spans(text: str, lowered: str) -> list[tuple[int, int]]:
    """Where the links are: looked for only around a slash or "www."."""
    anchors = [
        *(match.start() for match in _SLASH.finditer(text)),
        *(match.start() for match in _WWW.finditer(lowered)),
    ]
    return [
        match.span()
        for start, end in windows_around(text, anchors, 0, 0)
        for match in URL.finditer(text, start, end)
    ]


_SLASH = re.compile("/")
_WWW = re.compile(r"www\.")


def url_credentials(text: str, urls: list[tuple[int, int]]) -> Iterator[SecretFinding]:
    for url_start, url_end in urls:
        match = _URL_PASSWORD.match(text, url_start, url_end)
        if match is not None:
            yield SecretFinding(SecretKind.PASSWORD, match.start(1), match.end(1))
    for url in (URL.match(text, start, end) for start, end in urls):
        if url is None:
            continue
        for secret in _SECRET_PATH.finditer(url.group()):
            start = url.start() + secret.start(1)
            yield SecretFinding(SecretKind.API_KEY, start, start + len(secret.group(1)))
        for parameter in _URL_SECRET_PARAMETER.finditer(url.group()):
            group = 1 if parameter.group(1) is not None else 2
            if not is_placeholder(parameter.group(group)):
                start = url.start() + parameter.start(group)
                yield SecretFinding(SecretKind.API_KEY, start, start + len(parameter.group(group)))
