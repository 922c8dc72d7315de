"""The built-in task templates shipped in ``resources/templates/builtin.json``.

The file holds ``{"version": 1, "templates": [...]}``; each template has a stable
``id``, the language-neutral ``frequency``, ``minutes_per_occurrence`` and ``level``,
and one block of texts per language (``"en"``, ``"de"``). A text that addresses the
reader may be given once per German form of address, ``{"sie": "…", "du": "…"}``, so a
brief says "Sie" or "du" throughout (see domain/assistant.FormOfAddress).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from delegator.domain.assistant import FormOfAddress
from delegator.domain.model import DelegationLevel, Frequency
from delegator.domain.templates import TaskTemplate

FALLBACK_LANGUAGE = "en"
TEXT_KEYS = ("name", "title", "area", "instructions", "escalation_rule")
LIST_KEYS = ("steps", "acceptance_criteria", "skills", "tools")
FORMS = {form.value for form in FormOfAddress}  # the keys of a text given per form


def load_builtin_templates(
    path: Path, language: str, address: FormOfAddress = FormOfAddress.SIE
) -> list[TaskTemplate]:
    """The templates in *language* ("de", "de_DE", "de-AT" …), English when a template
    has no block for it; a text given per form of address in *address*. Raises
    ValueError naming the template and key at fault."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}: not valid JSON, line {error.lineno}: {error.msg}") from error
    entries = data.get("templates") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected an object with a list under 'templates'")
    wanted = language.replace("-", "_").split("_")[0].casefold()
    templates: list[TaskTemplate] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        template = _template(entry, index, wanted, address)
        if template.id in seen:
            raise ValueError(f"template {template.id!r}: the id is used twice")
        seen.add(template.id)
        templates.append(template)
    return templates


def _template(entry: object, index: int, language: str, address: FormOfAddress) -> TaskTemplate:
    if not isinstance(entry, dict):
        raise ValueError(f"template #{index}: expected an object")
    template_id = entry.get("id")
    if not isinstance(template_id, str) or not template_id.strip():
        raise ValueError(f"template #{index}: 'id' must be a non-empty text")
    chosen = language if language in entry else FALLBACK_LANGUAGE
    texts = entry.get(chosen)
    if not isinstance(texts, dict):
        raise ValueError(f"template {template_id!r}: {chosen!r} must be an object of texts")
    where = f"template {template_id!r}, {chosen!r}"
    return TaskTemplate(
        id=template_id,
        name=_text(texts, "name", where, address, required=True),
        title=_text(texts, "title", where, address, required=True),
        area=_text(texts, "area", where, address),
        instructions=_text(texts, "instructions", where, address),
        steps=_texts(texts, "steps", where),
        acceptance_criteria=_texts(texts, "acceptance_criteria", where),
        skills=_texts(texts, "skills", where),
        tools=_texts(texts, "tools", where),
        escalation_rule=_text(texts, "escalation_rule", where, address),
        frequency=_frequency(entry, template_id),
        minutes_per_occurrence=_minutes(entry, template_id),
        level=_level(entry, template_id),
    )


def _text(
    texts: dict[str, Any], key: str, where: str, address: FormOfAddress, *, required: bool = False
) -> str:
    """The text under *key*; of one given per form of address, the one for *address*
    (both are checked)."""
    value = texts.get(key)
    given = value if isinstance(value, dict) and set(value) == FORMS else {address.value: value}
    checked = {
        form: text
        for form, text in given.items()
        if isinstance(text, str) and (text.strip() or not required)
    }
    if len(checked) < len(given):
        kind = f"{'non-empty ' if required else ''}text"
        raise ValueError(f"{where}: {key!r} must be a {kind} (or one per form of address)")
    return checked[address.value]


def _texts(texts: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = texts.get(key)
    if not isinstance(value, list) or not all(
        isinstance(item, str) and item.strip() for item in value
    ):
        raise ValueError(f"{where}: {key!r} must be a list of non-empty texts")
    return tuple(value)


def _frequency(entry: dict[str, Any], template_id: str) -> Frequency | None:
    value = entry.get("frequency")
    if value is None:
        return None
    if not isinstance(value, str) or value not in {f.value for f in Frequency}:
        choices = ", ".join(f.value for f in Frequency)
        raise ValueError(f"template {template_id!r}: 'frequency' must be one of {choices}")
    return Frequency(value)


def _minutes(entry: dict[str, Any], template_id: str) -> int | None:
    value = entry.get("minutes_per_occurrence")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"template {template_id!r}: 'minutes_per_occurrence' must be minutes")
    return value


def _level(entry: dict[str, Any], template_id: str) -> DelegationLevel | None:
    value = entry.get("level")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValueError(f"template {template_id!r}: 'level' must be 1 to 5")
    return DelegationLevel(value)
