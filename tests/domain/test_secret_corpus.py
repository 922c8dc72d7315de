"""The secret detector against the corpus of planted secrets and harmless look-alikes
(issue 14: at least 95 % caught, at most 2 % false alarms), its author's and two blind
reviewers' (secret_corpus_blind.py, secret_corpus_blind2.py, secret_corpus_blind3.py),
each measured on its own."""

from __future__ import annotations

import re
from collections import Counter

from delegator.domain.secrets import find_secrets, is_valid_iban, passes_luhn

from . import secret_corpus_blind as blind
from . import secret_corpus_blind2 as blind2
from . import secret_corpus_blind3 as blind3
from .secret_corpus import LOOK_ALIKES, SECRETS, is_caught

# The networks' published test numbers and the banks' documented example accounts:
# nothing in the corpus can be used.
TEST_CARDS = {
    "4111111111111111", "5555555555554444", "4012888888881881", "378282246310005",
    "6011111111111117", "5105105105105100", "4242424242424242", "3530111333300000",
    "2223003122003222", "4000056655665556",
}  # fmt: skip
EXAMPLE_IBANS = {
    "DE89370400440532013000", "GB82WEST12345698765432", "AT611904300234573201",
    "CH9300762011623852957", "FR1420041010050500013M02606", "NL91ABNA0417164300",
    "ES9121000418450200051332", "IT60X0542811101000000123456", "BE68539007547034",
    "DE02120300000000202051", "DE75512108001245126199", "PL61109010140000071219812874",
}  # fmt: skip


def test_the_corpus_is_big_enough_and_covers_every_kind() -> None:
    kinds = Counter(planted.kind for planted in SECRETS)
    assert len(SECRETS) >= 150
    assert len(LOOK_ALIKES) >= 300
    for kind in (
        "next line", "separator", "no label", "short label", "german label", "card",
        "iban", "webhook", "private key", "vendor key",
    ):  # fmt: skip
        assert kinds[kind] >= 5, kind
    for planted in SECRETS:
        assert planted.value in planted.text, planted


def test_the_corpus_holds_only_fake_cards_and_accounts() -> None:
    for planted in SECRETS:
        if planted.kind == "card" and len(re.sub(r"\D", "", planted.value)) > 4:
            digits = re.sub(r"\D", "", planted.value)
            assert passes_luhn(digits), planted
            assert digits in TEST_CARDS, planted
        if planted.kind == "iban":
            compact = re.sub(r"[ -]", "", planted.value).upper()
            assert is_valid_iban(compact), planted
            assert compact in EXAMPLE_IBANS, planted


def test_at_least_95_percent_of_the_secrets_are_caught() -> None:
    missed = [p for p in SECRETS if not is_caught(p, find_secrets(p.text))]
    share = 1 - len(missed) / len(SECRETS)
    assert share >= 0.95, "missed:\n" + "\n".join(f"{p.kind}: {p.text!r}" for p in missed)


def test_at_most_2_percent_of_the_look_alikes_are_flagged() -> None:
    flagged = [
        (alike, [alike.text[f.start : f.end] for f in findings])
        for alike in LOOK_ALIKES
        if (findings := find_secrets(alike.text))
    ]
    share = len(flagged) / len(LOOK_ALIKES)
    assert share <= 0.02, "flagged:\n" + "\n".join(
        f"{alike.kind}: {alike.text!r} -> {values}" for alike, values in flagged
    )


def test_the_blind_corpus_is_95_percent_caught() -> None:
    missed = [text for text in blind.SECRETS if not find_secrets(text)]
    share = 1 - len(missed) / len(blind.SECRETS)
    assert share >= 0.95, "missed:\n" + "\n".join(map(repr, missed))


def test_the_blind_corpus_has_at_most_2_percent_false_alarms() -> None:
    flagged = [
        (text, [text[f.start : f.end] for f in findings])
        for text in blind.HARMLESS
        if (findings := find_secrets(text))
    ]
    share = len(flagged) / len(blind.HARMLESS)
    assert share <= 0.02, "flagged:\n" + "\n".join(f"{t!r} -> {v}" for t, v in flagged)


def test_the_reviewers_follow_up_probes_are_answered() -> None:
    """Written after reading the code: each of them, not a share."""
    assert [text for text in blind.EXTRA_SECRETS if not find_secrets(text)] == []
    assert [text for text in blind.EXTRA_HARMLESS if find_secrets(text)] == []


def blind2_caught(text: str, value: str) -> bool:
    """The second reviewer's measure: a finding overlaps the value itself."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(value), text)]
    return any(f.start < end and f.end > start for f in find_secrets(text) for start, end in spans)


def test_the_second_blind_corpus_is_95_percent_caught() -> None:
    assert len(blind2.SECRETS) == 166
    missed = [text for _, text, value in blind2.SECRETS if not blind2_caught(text, value)]
    share = 1 - len(missed) / len(blind2.SECRETS)
    assert share >= 0.95, "missed:\n" + "\n".join(map(repr, missed))


def test_the_second_blind_corpus_has_at_most_2_percent_false_alarms() -> None:
    assert len(blind2.HARMLESS) == 355
    flagged = [
        (text, [text[f.start : f.end] for f in findings])
        for _, text in blind2.HARMLESS
        if (findings := find_secrets(text))
    ]
    share = len(flagged) / len(blind2.HARMLESS)
    assert share <= 0.02, "flagged:\n" + "\n".join(f"{t!r} -> {v}" for t, v in flagged)


def test_the_third_blind_corpus_is_95_percent_caught() -> None:
    assert len(blind3.SECRETS) == 207
    pairs = zip(blind3.SECRETS, blind3.SECRET_VALUES, strict=True)
    missed = [text for text, value in pairs if not blind2_caught(text, value)]
    share = 1 - len(missed) / len(blind3.SECRETS)
    assert share >= 0.95, "missed:\n" + "\n".join(map(repr, missed))


def test_the_third_blind_corpus_has_at_most_2_percent_false_alarms() -> None:
    assert len(blind3.HARMLESS) == 394
    flagged = [
        (text, [text[f.start : f.end] for f in findings])
        for text in blind3.HARMLESS
        if (findings := find_secrets(text))
    ]
    share = len(flagged) / len(blind3.HARMLESS)
    assert share <= 0.02, "flagged:\n" + "\n".join(f"{t!r} -> {v}" for t, v in flagged)
