"""The German built-in templates say "Sie" or "du" to the assistant, never both.

Their texts that address the reader are given in both forms ({"sie": …, "du": …});
loaded in one form, no text of any template holds a word of the other (checked word by
word). The du texts hold no sentence that starts with "Sie" meaning "they" (checked by
hand), so every capitalised "Sie" there would be the formal address.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

import pytest

from delegator.domain.assistant import FormOfAddress
from delegator.domain.templates import TaskTemplate
from delegator.exchange.templates import load_builtin_templates
from delegator.runtime.resources import resource
from tests.exchange.test_templates import valid_template, write

BUILTIN = resource("templates", "builtin.json")
WORD = re.compile(r"\w+")
INFORMAL_PRONOUNS = re.compile(r"^(du|dich|dir|dein\w*)$", re.IGNORECASE)
# The du imperatives and verb forms the Sie texts replaced ("Frag mich" → "Fragen Sie mich").
DU_VERBS = {
    "geh", "beantworte", "verschiebe", "lösche", "archiviere", "nutze", "halte", "schick",
    "trag", "ordne", "benenne", "lade", "passe", "verwende", "plane", "biete", "notiere",
    "schreib", "setz", "frag", "bevorzuge", "vergleiche", "empfiehl", "hör", "berichte",
    "schau", "beantwortest", "leg", "sprich", "bleib", "ergänze", "schlag", "buche",
    "aktualisiere", "führe", "postest", "kannst", "bist", "darfst", "anfängst", "hast",
}  # fmt: skip
FORMAL = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"})


def texts(template: TaskTemplate) -> list[str]:
    """Every text of *template*."""
    found: list[str] = []
    for field in fields(template):
        value = getattr(template, field.name)
        found.extend(
            v for v in (value if isinstance(value, tuple) else (value,)) if isinstance(v, str)
        )
    return found


def informal_words(text: str) -> list[str]:
    words = WORD.findall(text)
    return [w for w in words if INFORMAL_PRONOUNS.match(w) or w.casefold() in DU_VERBS]


def formal_words(text: str) -> list[str]:
    return [word for word in WORD.findall(text) if word in FORMAL]


@pytest.mark.parametrize(
    "template", load_builtin_templates(BUILTIN, "de", FormOfAddress.SIE), ids=lambda t: t.id
)
def test_the_sie_templates_hold_no_du(template: TaskTemplate) -> None:
    for text in texts(template):
        assert informal_words(text) == [], text
    assert template.escalation_rule.startswith("Fragen Sie mich, ")
    assert formal_words(template.instructions), "the instructions address the reader"


@pytest.mark.parametrize(
    "template", load_builtin_templates(BUILTIN, "de", FormOfAddress.DU), ids=lambda t: t.id
)
def test_the_du_templates_hold_no_sie(template: TaskTemplate) -> None:
    for text in texts(template):
        assert formal_words(text) == [], text
    assert template.escalation_rule.startswith("Frag mich, ")
    assert informal_words(template.instructions), "the instructions address the reader"


def test_the_forms_differ_only_in_how_they_address_the_reader() -> None:
    sie = load_builtin_templates(BUILTIN, "de", FormOfAddress.SIE)
    du = load_builtin_templates(BUILTIN, "de", FormOfAddress.DU)
    for formal, informal in zip(sie, du, strict=True):
        assert formal.name == informal.name
        assert formal.title == informal.title
        assert formal.steps == informal.steps
        assert formal.acceptance_criteria == informal.acceptance_criteria
        assert formal.instructions != informal.instructions
        assert len(formal.instructions.splitlines()) == len(informal.instructions.splitlines())


def test_english_is_the_same_in_either_form() -> None:
    assert load_builtin_templates(BUILTIN, "en", FormOfAddress.SIE) == load_builtin_templates(
        BUILTIN, "en", FormOfAddress.DU
    )


def test_without_a_form_the_templates_say_sie() -> None:
    assert load_builtin_templates(BUILTIN, "de") == load_builtin_templates(
        BUILTIN, "de", FormOfAddress.SIE
    )


def test_a_text_given_per_form_may_be_any_text_key(tmp_path: Path) -> None:
    template = valid_template()
    template["de"]["name"] = {"sie": "Für Sie", "du": "Für dich"}
    path = write(tmp_path, {"templates": [template]})

    assert load_builtin_templates(path, "de", FormOfAddress.SIE)[0].name == "Für Sie"
    assert load_builtin_templates(path, "de", FormOfAddress.DU)[0].name == "Für dich"


def test_the_bundled_file_gives_only_addressing_texts_per_form() -> None:
    raw = json.loads(BUILTIN.read_text(encoding="utf-8"))["templates"]
    per_form = {key for t in raw for key, value in t["de"].items() if isinstance(value, dict)}

    assert per_form == {"instructions", "escalation_rule"}
