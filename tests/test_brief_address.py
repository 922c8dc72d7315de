"""A German brief says "Sie" or "du" to its reader, never both.

Every German "Brief" wording that says "Sie" has a "du" wording in ``BriefInformal``
(text/brief_informal.py); the demo plan, whose own texts say "du", exported with "du"
holds no formal pronoun, and exported with "Sie" the app's wording holds no "du"
(only the user's own texts may).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from delegator.domain.assistant import Assistant, FormOfAddress
from delegator.domain.brief import Brief, BriefOptions
from delegator.domain.clock import Clock
from delegator.domain.model import Decision
from delegator.exchange.brief_markdown import render_markdown
from delegator.runtime import settings
from delegator.runtime.resources import resource
from delegator.services.task_service import NewTask
from delegator.services.template_service import ApplyTemplate
from delegator.services.workspace import Workspace
from delegator.text.brief_informal import SOURCES
from delegator.text.brief_text import BriefText

CATALOGUE = resource("translations", "delegator_de.ts")
FORMAL = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b")
INFORMAL = re.compile(r"\b(du|dich|dir|dein\w*)\b", re.IGNORECASE)
CLOCK = Clock.fixed(dt.datetime(2026, 12, 7, 10, 0), ZoneInfo("Europe/Berlin"))


def catalogue(context: str) -> dict[str, str]:
    """The German of each source of *context* in the catalogue ("" when unfinished)."""
    root = ET.parse(CATALOGUE).getroot()
    entries: dict[str, str] = {}
    for element in root.iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            text = (translation.text or "") if finished and translation is not None else ""
            entries[message.findtext("source") or ""] = text
    return entries


def test_every_brief_wording_that_says_sie_has_one_that_says_du() -> None:
    brief = catalogue("Brief")
    formal = {source for source, german in brief.items() if FORMAL.search(german)}
    informal = catalogue("BriefInformal")

    assert formal, "the German brief says Sie somewhere"
    assert formal <= set(SOURCES), "list them in text/brief_informal.py"
    for source in formal:
        german = informal.get(source, "")
        assert german, f"no German du wording for {source!r}"
        assert not FORMAL.search(german), german
        assert german != brief[source]


def test_every_informal_source_is_a_brief_source() -> None:
    # A source changed in the exporter but not here would be looked up in vain.
    assert set(SOURCES) <= set(catalogue("Brief"))


def test_the_words_follow_the_form_of_address() -> None:
    source = "How to reach me"

    assert BriefText("de")(source) == BriefText("de", FormOfAddress.SIE)(source)
    assert FORMAL.search(BriefText("de")(source))
    assert INFORMAL.search(BriefText("de", FormOfAddress.DU)(source))
    assert BriefText("de", FormOfAddress.DU)("Steps") == BriefText("de")("Steps") != "Steps"
    assert BriefText("en", FormOfAddress.DU)(source) == source


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The German demo plan, made on the test's day."""
    folder = tmp_path_factory.mktemp("demo")
    workspace = Workspace(folder / "delegator.sqlite3", folder / "backups", CLOCK)
    workspace.fill_with_demo("de")
    yield workspace
    workspace.close()


def brief(workspace: Workspace, address: FormOfAddress | None) -> Brief:
    anna = workspace.handover.assistant_named("Anna Keller")
    options = BriefOptions(language="de", address=address)
    return workspace.handover.build(anna, options)


def user_lines(brief: Brief) -> list[str]:
    """Each line of the user's own texts in *brief*'s to-dos."""
    lines: list[str] = []
    for task in brief.tasks:
        for field in fields(task):
            value = getattr(task, field.name)
            for text in value if isinstance(value, tuple) else (value,):
                if isinstance(text, str):
                    lines.extend(line.strip() for line in text.splitlines() if line.strip())
    return lines


def unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def test_the_demo_assistants_are_addressed_as_its_instructions_address_them(
    demo: Workspace,
) -> None:
    assistants = demo.assistants.assistants(include_archived=True)

    assert {a.german_address for a in assistants} == {FormOfAddress.DU}
    made = brief(demo, None)
    assert made.options.address is FormOfAddress.DU
    assert any(INFORMAL.search(line) for line in user_lines(made))


def test_the_demo_brief_with_du_holds_no_sie(demo: Workspace) -> None:
    markdown = render_markdown(brief(demo, FormOfAddress.DU))

    assert "Frag mich, wenn …" in markdown
    assert FORMAL.findall(markdown) == []


def test_the_demo_brief_with_sie_says_du_only_in_the_users_own_texts(demo: Workspace) -> None:
    made = brief(demo, FormOfAddress.SIE)
    shown = unescaped(render_markdown(made))
    own = [line for line in user_lines(made) if INFORMAL.search(line)]
    covered = [False] * len(shown)
    for line in own:
        start = shown.find(line)
        while start >= 0:
            covered[start : start + len(line)] = [True] * len(line)
            start = shown.find(line, start + 1)

    assert "Fragen Sie mich, wenn …" in shown
    assert own, "the demo's own texts say du"
    app_says_du = [m.group(0) for m in INFORMAL.finditer(shown) if not covered[m.start()]]
    assert app_says_du == []


def test_the_plan_default_comes_from_the_settings_unless_the_assistant_has_one(
    demo: Workspace,
) -> None:
    anna = demo.handover.assistant_named("Anna Keller")
    before = settings.current()
    try:
        settings.use(replace(before, german_address="du"))
        assert demo.handover.build(None, BriefOptions("de")).options.address is FormOfAddress.DU
        settings.use(replace(before, german_address="sie"))
        unassigned = demo.handover.build(None, BriefOptions("de"))
        own = demo.handover.build(anna, BriefOptions("de"))
        plain = demo.handover.build(replace(anna, german_address=None), BriefOptions("de"))
    finally:
        settings.use(before)
    assert unassigned.options.address is FormOfAddress.SIE
    assert own.options.address is FormOfAddress.DU
    assert plain.options.address is FormOfAddress.SIE


def test_a_stored_form_of_address_comes_back_from_both_readers(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    try:
        service = workspace.assistants
        anna, _changes = service.add(Assistant(id=0, name="Anna"))
        assert anna.german_address is None  # the plan's default
        service.save(replace(anna, german_address=FormOfAddress.DU))
        (plain,) = service.assistants(include_archived=True)  # plain sqlite3
        orm = service.assistant(anna.id)  # SQLAlchemy
    finally:
        workspace.close()
    assert orm.german_address is plain.german_address is FormOfAddress.DU


# --- Built-in templates ---------------------------------------------------------------


def described_by_every_template(workspace: Workspace, assistant: Assistant) -> None:
    """One delegated to-do of *assistant*'s per built-in template, each filled from the
    template as Apply Template offers it for that to-do."""
    for template in workspace.templates.builtin("de"):
        (task_id,), _ = workspace.tasks.add([NewTask(template.title, Decision.DELEGATE)])
        task = workspace.tasks.task(task_id)
        workspace.tasks.save(replace(task, assistant_id=assistant.id))
        task = workspace.tasks.task(task_id)
        (offered,) = [t for t in workspace.templates.for_task("de", task) if t.id == template.id]
        ApplyTemplate(workspace.tasks, task_id, offered).apply()


@pytest.mark.parametrize("address", list(FormOfAddress))
def test_a_brief_from_built_in_templates_keeps_to_one_form_of_address(
    tmp_path: Path, address: FormOfAddress
) -> None:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    try:
        anna, _changes = workspace.assistants.add(
            Assistant(id=0, name="Anna", german_address=address)
        )
        described_by_every_template(workspace, anna)
        made = workspace.handover.build(anna, BriefOptions(language="de"))
    finally:
        workspace.close()
    shown = unescaped(render_markdown(made))

    assert len(made.tasks) == len(workspace.templates.builtin("de"))
    if address is FormOfAddress.SIE:
        assert "Fragen Sie mich, wenn" in shown
        assert INFORMAL.findall(shown) == []
    else:
        assert "Frag mich, wenn" in shown
        assert FORMAL.findall(shown) == []


def test_templates_for_a_to_do_without_an_assistant_follow_the_plan_default(
    tmp_path: Path,
) -> None:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    before = settings.current()
    try:
        (task_id,), _ = workspace.tasks.add([NewTask("Rechnungen", Decision.DELEGATE)])
        task = workspace.tasks.task(task_id)
        plain, _changes = workspace.assistants.add(Assistant(id=0, name="Ben"))
        assigned = replace(task, assistant_id=plain.id)
        settings.use(replace(before, german_address="du"))
        unassigned_du = workspace.templates.for_task("de", task)[0]
        assigned_du = workspace.templates.for_task("de", assigned)[0]
        listed_du = workspace.templates.builtin("de")[0]
        settings.use(replace(before, german_address="sie"))
        unassigned_sie = workspace.templates.for_task("de", task)[0]
        gone = workspace.templates.for_task("de", replace(task, assistant_id=999))[0]
    finally:
        settings.use(before)
        workspace.close()

    assert unassigned_du.escalation_rule.startswith("Frag mich")
    assert assigned_du.escalation_rule.startswith("Frag mich")
    assert listed_du.escalation_rule.startswith("Frag mich")
    assert unassigned_sie.escalation_rule.startswith("Fragen Sie mich")
    assert gone.escalation_rule.startswith("Fragen Sie mich")
