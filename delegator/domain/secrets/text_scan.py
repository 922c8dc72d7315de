"""What every rule uses to scan a text: lower case that keeps each character at its
index, one pattern for many words, windows around anchors, whether a position lies
in a list of spans, and the characters that end a value."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any


def lower(text: str) -> str:
    """*text* in lower case, each character still at its index."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def trie(words: Iterable[str]) -> str:
    """One pattern for *words* that shares their prefixes: far faster than a list of
    alternatives when most places of a text start none of them."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [
            re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return pattern(root)


def windows_around(
    text: str, anchors: Iterable[int], before: int, after: int
) -> list[tuple[int, int]]:
    """The stretches of *text* from *before* characters ahead of each anchor to *after*
    behind it, widened to whole words (up to 300 characters) and merged where they
    meet."""
    merged: list[tuple[int, int]] = []
    for anchor in sorted(anchors):
        start = max(0, anchor - before)
        end = min(len(text), anchor + after)
        if start > 0 and not (merged and start <= merged[-1][1]):
            space = _SPACE_BEFORE.search(text, max(0, start - 300), start)
            start = space.end() if space is not None else max(0, start - 300)
        tail = _NOT_SPACE.match(text, end, min(len(text), end + 300))
        end = tail.end() if tail is not None else end
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_SPACE_BEFORE = re.compile(r"\s(?=\S*\Z)")
_NOT_SPACE = re.compile(r"\S*")


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether *position* is in one of *spans* (sorted, not overlapping)."""
    index = bisect_right(spans, (position, sys.maxsize)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


# What may end a value without being part of it: "Passwort: geheim99." → "geheim99".
TRAILING = ".,;:)]}\"'“”»’"

# A line holding only this character is the edge between two texts scanned as one
# (handover_service.secret_hits): no rule counts it as a line of text.
TEXT_EDGE = "\x00"


def is_a_single_word(line: str) -> bool:
    """Whether *line* (stripped) is one word; a text edge is none."""
    return len(line.split()) == 1 and line != TEXT_EDGE


def trimmed_end(match: re.Match[str]) -> int:
    """Where *match* ends without the punctuation that closes it (``TRAILING``)."""
    return match.start() + len(match.group().rstrip(TRAILING))
