from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from delegator.domain.model import DelegationLevel, Frequency
from delegator.domain.secrets import find_secrets
from delegator.domain.templates import TaskTemplate
from delegator.exchange.templates import LIST_KEYS, TEXT_KEYS, load_builtin_templates
from delegator.runtime.resources import resource

BUILTIN = resource("templates", "builtin.json")
RAW: list[dict[str, Any]] = json.loads(BUILTIN.read_text(encoding="utf-8"))["templates"]
LANGUAGES = ("en", "de")
IDS = [template["id"] for template in RAW]
FORMS = ("sie", "du")  # a German text that addresses the reader is given in both


def forms(value: Any) -> list[Any]:
    """Each form of a raw text: itself, or its "sie" and "du" texts."""
    return [value[form] for form in FORMS] if isinstance(value, dict) else [value]


def test_the_common_kinds_of_assistant_work_are_covered() -> None:
    assert len(RAW) >= 8
    for expected in (
        "inbox", "invoic", "receipt", "social", "appointment", "newsletter", "research",
        "support",
    ):  # fmt: skip
        assert any(expected in template_id for template_id in IDS), expected


def test_ids_are_unique_stable_slugs() -> None:
    assert len(set(IDS)) == len(IDS)
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", template_id) for template_id in IDS)


@pytest.mark.parametrize("template", RAW, ids=IDS)
def test_every_template_is_complete_in_both_languages(template: dict[str, Any]) -> None:
    assert set(template) == {"id", "frequency", "minutes_per_occurrence", "level", *LANGUAGES}
    assert template["frequency"] in {f.value for f in Frequency}
    assert isinstance(template["minutes_per_occurrence"], int)
    assert 5 <= template["minutes_per_occurrence"] <= 8 * 60
    assert template["level"] in {int(level) for level in DelegationLevel}
    for language in LANGUAGES:
        texts = template[language]
        assert set(texts) == {*TEXT_KEYS, *LIST_KEYS}, language
        for key in TEXT_KEYS:
            if isinstance(texts[key], dict):
                assert language == "de", key
                assert set(texts[key]) == set(FORMS), (language, key)
            for text in forms(texts[key]):
                assert isinstance(text, str), (language, key)
                assert text.strip(), (language, key)
        for key in LIST_KEYS:
            assert texts[key], (language, key)
            assert all(isinstance(item, str) and item.strip() for item in texts[key])
        for instructions in forms(texts["instructions"]):
            assert 4 <= len(instructions.splitlines()) <= 10, language
        assert 4 <= len(texts["steps"]) <= 8, language
        assert 2 <= len(texts["acceptance_criteria"]) <= 4, language
        assert 2 <= len(texts["skills"]) <= 4, language
        for rule in forms(texts["escalation_rule"]):
            assert rule.startswith(("Ask me ", "Fragen Sie mich", "Frag mich")), language


@pytest.mark.parametrize("template", RAW, ids=IDS)
def test_the_languages_have_the_same_shape(template: dict[str, Any]) -> None:
    english, german = template["en"], template["de"]
    for key in ("steps", "acceptance_criteria", "skills", "tools"):
        assert len(english[key]) == len(german[key]), key


def all_texts(texts: dict[str, Any]) -> list[str]:
    return [text for key in TEXT_KEYS for text in forms(texts[key])] + [
        item for key in LIST_KEYS for item in texts[key]
    ]


@pytest.mark.parametrize("template", RAW, ids=IDS)
def test_the_german_texts_are_really_german(template: dict[str, Any]) -> None:
    english, german = template["en"], template["de"]
    for key in ("name", "title", "instructions", "escalation_rule"):
        assert english[key] not in forms(german[key]), key
    for key in ("steps", "acceptance_criteria"):
        assert not set(english[key]) & set(german[key]), key
    german_words = {"der", "die", "das", "und", "ist", "mit", "für", "nicht", "du", "dich", "mir"}
    english_words = {"the", "and", "is", "with", "for", "not", "you", "your", "me"}
    german_prose = set(re.findall(r"\w+", " ".join(forms(german["instructions"])).casefold()))
    english_prose = set(re.findall(r"\w+", english["instructions"].casefold()))
    assert len(german_prose & german_words) >= 3
    assert len(german_prose & english_words) <= 1
    assert len(english_prose & english_words) >= 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_template_text_looks_like_a_secret(language: str) -> None:
    for template in RAW:
        for text in all_texts(template[language]):
            assert find_secrets(text) == [], (template["id"], text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_loading_gives_typed_templates(language: str) -> None:
    templates = load_builtin_templates(BUILTIN, language)
    assert [t.id for t in templates] == IDS
    for template, raw in zip(templates, RAW, strict=True):
        assert isinstance(template, TaskTemplate)
        assert template.name == raw[language]["name"]
        assert template.steps == tuple(raw[language]["steps"])
        assert isinstance(template.tools, tuple)
        assert template.frequency is Frequency(raw["frequency"])
        assert template.level is DelegationLevel(raw["level"])
        assert template.minutes_per_occurrence == raw["minutes_per_occurrence"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "de"), ("de_DE", "de"), ("de-AT", "de"), ("DE", "de"), ("en_GB", "en"),
     ("fr", "en"), ("", "en")],
)  # fmt: skip
def test_the_language_falls_back_to_english(language: str, expected: str) -> None:
    names = [t.name for t in load_builtin_templates(BUILTIN, language)]
    assert names == [raw[expected]["name"] for raw in RAW]


# --- Malformed files -----------------------------------------------------------------


def write(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "templates.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def valid_template() -> dict[str, Any]:
    template: dict[str, Any] = json.loads(json.dumps(RAW[0]))  # a deep copy
    return template


def test_a_template_without_the_wanted_language_uses_english(tmp_path: Path) -> None:
    template = valid_template()
    del template["de"]
    loaded = load_builtin_templates(write(tmp_path, {"templates": [template]}), "de")
    assert loaded[0].name == RAW[0]["en"]["name"]


def test_unknown_values_may_be_left_open(tmp_path: Path) -> None:
    template = valid_template()
    template.update(frequency=None, minutes_per_occurrence=None, level=None)
    loaded = load_builtin_templates(write(tmp_path, {"templates": [template]}), "en")[0]
    assert (loaded.frequency, loaded.minutes_per_occurrence, loaded.level) == (None, None, None)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t["de"].pop("steps"), r"'inbox-management', 'de'.*'steps'"),
        (lambda t: t["de"].update(steps="one step"), r"'inbox-management', 'de'.*'steps'"),
        (lambda t: t["de"].update(steps=["ok", ""]), r"'steps'"),
        (lambda t: t["de"].update(name=""), r"'inbox-management', 'de'.*'name'"),
        (lambda t: t["de"].update(instructions=None), r"'instructions'"),
        (lambda t: t["de"].update(instructions={"sie": "Nur Sie"}), r"'de'.*'instructions'"),
        (lambda t: t["de"].update(title={"sie": "A", "du": 1}), r"'de'.*'title'"),
        (lambda t: t.update(de="Deutsch"), r"'inbox-management'.*'de'"),
        (lambda t: t.update(frequency="hourly"), r"'inbox-management'.*'frequency'"),
        (lambda t: t.update(level=6), r"'inbox-management'.*'level'"),
        (lambda t: t.update(level=True), r"'level'"),
        (lambda t: t.update(minutes_per_occurrence=-5), r"'minutes_per_occurrence'"),
        (lambda t: t.update(minutes_per_occurrence="30"), r"'minutes_per_occurrence'"),
        (lambda t: t.pop("id"), r"template #1.*'id'"),
    ],
)
def test_a_malformed_template_names_the_template_and_key(
    tmp_path: Path, change: Any, message: str
) -> None:
    template = valid_template()
    change(template)
    with pytest.raises(ValueError, match=message):
        load_builtin_templates(write(tmp_path, {"templates": [template]}), "de")


def test_a_duplicate_id_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, {"templates": [valid_template(), valid_template()]})
    with pytest.raises(ValueError, match=r"'inbox-management'.*twice"):
        load_builtin_templates(path, "en")


@pytest.mark.parametrize("content", [[], {"templates": "none"}, {"other": []}, {"templates": [1]}])
def test_a_file_of_the_wrong_shape_is_refused(tmp_path: Path, content: object) -> None:
    with pytest.raises(ValueError, match=r"templates|template #1"):
        load_builtin_templates(write(tmp_path, content), "en")


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"templates": [\n  {"id": "x",}\n]}', encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        load_builtin_templates(path, "en")
