"""The user's settings in ``settings.ini`` of the data folder, read without Qt.

The window writes the file through QSettings (IniFormat: its group ``settings`` is
the section ``[settings]``); the command line and the window both read it here, so
they honour the same choices. A file that cannot be read or parsed gives the
defaults and says why (``Loaded.problem``); nothing here ever writes it.

The settings this process runs with are one value, like its UI language: the entry
points load them at start (``use``), the settings dialog replaces them, and the parts
that need a choice (the paper of a PDF, the default check-in rhythm) read ``current()``.
"""

from __future__ import annotations

import configparser
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SECTION = "settings"
SYSTEM = "system"
LANGUAGES = (SYSTEM, "en", "de")
THEMES = (SYSTEM, "light", "dark")
PAPERS = ("A4", "Letter")  # "" in the settings: from the locale
RHYTHMS = ("weekly", "biweekly", "monthly")  # domain/profile.CheckInRhythm's values
ADDRESSES = ("sie", "du")  # domain/assistant.FormOfAddress's values


@dataclass(frozen=True, slots=True)
class Settings:
    """The choices of the settings dialog; each an allowed value (see the tuples above)."""

    language: str = SYSTEM
    theme: str = SYSTEM
    paper: str = ""
    check_in_rhythm: str = RHYTHMS[0]
    german_address: str = ADDRESSES[0]  # of German briefs, unless the assistant has one

    def as_values(self) -> dict[str, str]:
        """The keys and values of the ``[settings]`` section."""
        return {
            "language": self.language,
            "theme": self.theme,
            "paper": self.paper,
            "check_in_rhythm": self.check_in_rhythm,
            "german_address": self.german_address,
        }


@dataclass(frozen=True, slots=True)
class Loaded:
    """Settings read from the file *path*; *problem* says why it was not usable (the
    settings are then the defaults), None when it was (or did not exist)."""

    settings: Settings
    path: Path | None = None
    problem: str | None = None


def read(path: Path) -> Loaded:
    """The settings in *path*; a missing file, or one that cannot be read or parsed,
    gives the defaults (a value that is not allowed gives that value's default)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False, delimiters=("=",))
    try:
        with path.open(encoding="utf-8") as file:
            parser.read_file(file)
    except FileNotFoundError:
        return Loaded(Settings(), path)
    except (OSError, UnicodeError, configparser.Error) as error:
        return Loaded(Settings(), path, _reason(error))
    return Loaded(from_values(parser[SECTION] if parser.has_section(SECTION) else {}), path)


def from_values(values: Mapping[str, str]) -> Settings:
    """Settings from the section's keys and texts; other keys are ignored."""

    def chosen(key: str, allowed: tuple[str, ...], default: str) -> str:
        text = values.get(key, "").strip().strip('"')  # QSettings may quote a value
        return text if text in allowed else default

    return Settings(
        language=chosen("language", LANGUAGES, SYSTEM),
        theme=chosen("theme", THEMES, SYSTEM),
        paper=chosen("paper", PAPERS, ""),
        check_in_rhythm=chosen("check_in_rhythm", RHYTHMS, RHYTHMS[0]),
        german_address=chosen("german_address", ADDRESSES, ADDRESSES[0]),
    )


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or type(error).__name__
    if isinstance(error, UnicodeError):
        return "not UTF-8 text"
    return str(error).splitlines()[0]


_current = Settings()


def current() -> Settings:
    """The settings this process runs with (the defaults until ``use`` is called)."""
    return _current


def use(settings: Settings) -> None:
    """Run with *settings* from now on (at start, and when the user changes them)."""
    global _current
    _current = settings


def set_aside(path: Path) -> Path:
    """Move the unreadable settings file *path* out of the way, so that nothing writes
    over it: to ``settings-unreadable.ini`` (or ``-2``, ``-3``…); its new path.
    Raises OSError when it cannot be moved."""
    number = 1
    while True:
        suffix = "" if number == 1 else f"-{number}"
        target = path.with_name(f"{path.stem}-unreadable{suffix}{path.suffix}")
        if not target.exists() and not target.is_symlink():
            path.rename(target)
            return target
        number += 1
