"""Symbols (emoji, mostly) that no font on the machine can draw, for the PDF brief.

DejaVu Sans, the bundled font, has no emoji. When no other installed font has a symbol
either, the PDF shows a sign that says the same (SIGN_FALLBACKS), or the symbol's
Unicode name as chats write it (📅 → ":calendar:"), instead of an empty box. The
Markdown brief always keeps the symbols as they are.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QFont, QFontMetricsF, QTextCursor, QTextDocument

# A sign DejaVu Sans has that says the same as the symbol.
SIGN_FALLBACKS = {
    "\u2705": "\u2714",  # white heavy check mark → heavy check mark
    "\u274c": "\u2718",  # cross mark → heavy ballot x
    "\u274e": "\u2612",  # negative squared cross mark → ballot box with x
    "\u2757": "!",
    "\u2755": "!",
    "\u2753": "?",
    "\u2754": "?",
    "\u2b50": "\u2605",  # star → black star
    "\U0001f31f": "\u2605",
    "\U0001f4de": "\u260e",  # telephone receiver → black telephone
    "\U0001f4e7": "\u2709",  # e-mail symbol → envelope
    "\U0001f4e8": "\u2709",
    "\U0001f4e9": "\u2709",
    "\U0001f4dd": "\u270e",  # memo → lower right pencil
    "\U0001f6a9": "\u2691",  # triangular flag on post → black flag
    "\U0001f449": "\u261e",  # pointing hands
    "\U0001f448": "\u261c",
    "\U0001f446": "\u261d",
    "\U0001f447": "\u261f",
}
# what may follow a symbol in an emoji: variation selectors, keycap, skin tones, tags
_EMOJI_MODIFIERS = (
    "\ufe0e",
    "\ufe0f",
    "\u20e3",
    ("\U0001f3fb", "\U0001f3ff"),
    ("\U000e0020", "\U000e007f"),
)
_REGIONAL_INDICATORS = ("\U0001f1e6", "\U0001f1ff")  # a pair is a country's flag

_lock = threading.Lock()
_drawable: dict[str, bool] = {}  # symbol → whether a font Qt has can draw it


def undrawable_symbols(fonts: list[QFont], *texts: str) -> str:
    """The symbols in *texts* (emoji, mostly) that neither *fonts* (each with Qt's
    fallback fonts) can draw: they would print as boxes. Letters are left to Qt:
    for a script without a font there is nothing better to print."""
    candidates = set().union(*(set(text) for text in texts))
    candidates = {c for c in candidates if c >= "\u2000" and unicodedata.category(c) == "So"}
    if not candidates:
        return ""
    metrics = [QFontMetricsF(font) for font in fonts]
    with _lock:
        for c in candidates - _drawable.keys():
            _drawable[c] = all(m.inFontUcs4(ord(c)) for m in metrics)
        return "".join(sorted(c for c in candidates if not _drawable[c]))


def _symbols_pattern(missing: str, escape: Callable[[str], str]) -> str:
    """A regular expression for each emoji made of the symbols in *missing*, with
    *escape* writing a character the way the regular expression engine reads it."""
    modifiers = "".join(
        f"{escape(m[0])}-{escape(m[1])}" if isinstance(m, tuple) else escape(m)
        for m in _EMOJI_MODIFIERS
    )
    symbols = "".join(escape(c) for c in missing)
    one = f"[{symbols}][{modifiers}]*"
    pattern = f"{one}(?:{escape(chr(0x200D))}{one})*"
    first, last = _REGIONAL_INDICATORS
    if any(first <= c <= last for c in missing):
        pattern = f"[{escape(first)}-{escape(last)}]{{2}}|{pattern}"
    return pattern


def _python_escape(character: str) -> str:
    return f"\\U{ord(character):08x}"


def _pcre_escape(character: str) -> str:
    return f"\\x{{{ord(character):x}}}"


def with_fallbacks(text: str, missing: str) -> str:
    """*text* with each emoji made of the symbols in *missing* replaced by its
    fallback."""
    if not missing:
        return text
    pattern = _symbols_pattern(missing, _python_escape)
    return re.sub(pattern, lambda match: fallback(match.group()), text)


def fallback(emoji: str) -> str:
    """What to print for *emoji*: a sign from SIGN_FALLBACKS, else its name."""
    first, last = _REGIONAL_INDICATORS
    if len(emoji) >= 2 and all(first <= c <= last for c in emoji[:2]):
        letters = "".join(chr(ord(c) - ord(first) + ord("a")) for c in emoji[:2])
        return f":flag_{letters}:"
    sign = SIGN_FALLBACKS.get(emoji[0])
    if sign is not None:
        return sign
    name = unicodedata.name(emoji[0], "")
    return f":{name.lower().replace(' ', '_')}:" if name else ""


def replace_symbols(document: QTextDocument, missing: str) -> None:
    """Each emoji made of the symbols in *missing* replaced by its fallback."""
    expression = QRegularExpression(_symbols_pattern(missing, _pcre_escape))
    cursor = QTextCursor(document)
    while True:
        cursor = document.find(expression, cursor)
        if cursor.isNull():
            break
        cursor.insertText(fallback(cursor.selectedText()), cursor.charFormat())
