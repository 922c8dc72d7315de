"""What the secret detector reports: the kind of a secret and where it stands."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SecretKind(StrEnum):
    PASSWORD = "password"
    PIN = "pin"
    IBAN = "iban"
    CARD_NUMBER = "card_number"
    API_KEY = "api_key"
    WEBHOOK = "webhook"


@dataclass(frozen=True, slots=True)
class SecretFinding:
    """A value that looks secret, at ``text[start:end]``."""

    kind: SecretKind
    start: int
    end: int
