"""File names inside a handover package, made from what the user typed or attached.

Every name is safe on every desktop an assistant may unpack the package on: one
component (no folder separators of any system, no ``..``), none of the characters
Windows refuses, no name Windows reserves, no control characters, and short enough
that the longest name plus a temporary suffix stays far below the 255-byte limit of
common file systems. Two attachments that would get the same name (also when they
differ only in case, as on Windows and macOS) get distinct names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from delegator.domain.model import Resource, ResourceKind

MAX_NAME_BYTES = 120
MAX_SUFFIX_CHARS = 16
_UNSAFE = re.compile(r'[<>:"/\\|?*]')
# Controls, format characters (right-to-left overrides, zero-width), line and paragraph
# separators, lone surrogates and private use: they hide or reorder what a name shows.
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co"}
_RESERVED = re.compile(
    r"(?i)^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$"
)


MAX_SLUG_BYTES = 60


def file_slug(name: str, fallback: str) -> str:
    """*name* as part of a file name: lower case, words joined by "-", at most
    MAX_SLUG_BYTES bytes of UTF-8 (*fallback* when nothing is left)."""
    slug = _cut(re.sub(r"[^\w-]+", "-", name.casefold()), MAX_SLUG_BYTES).strip("-_")
    return slug or fallback


def _cut(text: str, limit_bytes: int) -> str:
    """The longest prefix of *text* of at most *limit_bytes* UTF-8 bytes."""
    data = text.encode("utf-8")[:limit_bytes]
    return data.decode("utf-8", errors="ignore")


def safe_file_name(name: str) -> str:
    """*name* as one safe file name: the last component of any path it holds, unsafe
    characters replaced by "_", cut to MAX_NAME_BYTES with its suffix kept."""
    last = re.split(r"[/\\]", unicodedata.normalize("NFC", name))[-1]
    visible = "".join("_" if unicodedata.category(c) in _INVISIBLE else c for c in last)
    clean = _UNSAFE.sub("_", visible).strip(" .")
    if not clean:
        clean = "attachment"
    if _RESERVED.match(clean):
        clean = f"_{clean}"
    stem, dot, suffix = clean.rpartition(".")
    if not dot or not stem or len(suffix) > MAX_SUFFIX_CHARS:
        stem, suffix = clean, ""
    ending = f".{suffix}" if suffix else ""
    stem = _cut(stem, MAX_NAME_BYTES - len(ending.encode("utf-8"))).rstrip(" .") or "attachment"
    return stem + ending


def _numbered(name: str, number: int) -> str:
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    mark = f" ({number})"
    ending = f".{suffix}" if suffix else ""
    room = MAX_NAME_BYTES - len((mark + ending).encode("utf-8"))
    return _cut(stem, room).rstrip(" .") + mark + ending


def attachment_names(resources: Iterable[Resource]) -> dict[str, str]:
    """The package name of every attached file, by its ``target``: safe, and distinct
    from every other (the same file on two to-dos keeps one name)."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for resource in resources:
        if resource.kind is not ResourceKind.FILE or resource.target in names:
            continue
        base = safe_file_name(resource.target)
        name, number = base, 1
        while name.casefold() in taken:
            number += 1
            name = _numbered(base, number)
        taken.add(name.casefold())
        names[resource.target] = name
    return names
