"""The corpora reviewers wrote without reading the secret detector, in one shape: each
secret with the value that must be found (None: any finding counts), each look-alike,
and the shares the detector must reach on it (issue 14: at least 95 % caught, at most
2 % false alarms; the held-out corpus only keeps the detector from getting worse)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from delegator.domain.secrets import find_secrets

from . import secret_corpus_blind as blind
from . import secret_corpus_blind2 as blind2
from . import secret_corpus_blind3 as blind3
from . import secret_corpus_heldout as heldout


@dataclass(frozen=True)
class BlindCorpus:
    name: str
    secrets: tuple[tuple[str, str | None], ...]  # text, the value to find in it
    harmless: tuple[str, ...]
    least_caught: float = 0.95
    most_flagged: float = 0.02


def is_found(text: str, value: str | None) -> bool:
    """Whether a finding overlaps *value* in *text* (any finding, without a value)."""
    findings = find_secrets(text)
    if value is None:
        return bool(findings)
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(value), text)]
    return any(f.start < end and f.end > start for f in findings for start, end in spans)


def misses(corpus: BlindCorpus) -> list[str]:
    return [text for text, value in corpus.secrets if not is_found(text, value)]


def false_alarms(corpus: BlindCorpus) -> list[tuple[str, list[str]]]:
    """The look-alikes flagged, each with what was taken for a secret."""
    return [
        (text, [text[f.start : f.end] for f in findings])
        for text in corpus.harmless
        if (findings := find_secrets(text))
    ]


CORPORA = (
    BlindCorpus(
        "first blind corpus (secret_corpus_blind.py)",
        tuple((text, None) for text in blind.SECRETS),
        tuple(blind.HARMLESS),
    ),
    BlindCorpus(
        "second blind corpus (secret_corpus_blind2.py)",
        tuple((text, value) for _, text, value in blind2.SECRETS),
        tuple(text for _, text in blind2.HARMLESS),
    ),
    BlindCorpus(
        "third blind corpus (secret_corpus_blind3.py)",
        tuple(zip(blind3.SECRETS, blind3.SECRET_VALUES, strict=True)),
        tuple(blind3.HARMLESS),
    ),
    BlindCorpus(
        "held-out blind corpus, never tuned on (secret_corpus_heldout.py)",
        tuple(zip(heldout.SECRETS, heldout.SECRET_VALUES, strict=True)),
        tuple(heldout.HARMLESS),
        least_caught=0.89,  # measured 89.5 %: the detector must not get worse on it
    ),
)
