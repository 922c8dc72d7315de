"""The services refuse agreements that break the rules, and store nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from delegator.domain.assistant import Assistant
from delegator.domain.errors import InvalidProblem, InvalidValue, WindowsOverlap
from delegator.domain.profile import Profile, ReachabilityWindow
from delegator.services.workspace import Workspace

NINE, NOON, FIVE = dt.time(9), dt.time(12), dt.time(17)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    yield workspace
    workspace.close()


BAD_ASSISTANTS: dict[InvalidProblem, dict[str, Any]] = {
    InvalidProblem.EMPTY_NAME: {"name": " "},
    InvalidProblem.WORK_ENDS_BEFORE_START: {"work_start": FIVE, "work_end": NINE},
    InvalidProblem.TRIAL_ENDS_BEFORE_START: {
        "start_date": dt.date(2026, 3, 2),
        "trial_end": dt.date(2026, 3, 1),
    },
}


@pytest.mark.parametrize("problem", list(BAD_ASSISTANTS))
def test_an_assistant_breaking_a_rule_is_neither_added_nor_saved(
    workspace: Workspace, problem: InvalidProblem
) -> None:
    service = workspace.assistants
    anna, _ = service.add(Assistant(0, "Anna", work_start=NINE, work_end=FIVE))
    bad = replace(anna, **BAD_ASSISTANTS[problem])
    for store in (service.check, service.save, lambda a: service.add(replace(a, id=0))):
        with pytest.raises(InvalidValue) as error:
            store(bad)
        assert error.value.problem == problem
    assert service.assistants() == [anna]


def test_overlapping_windows_are_not_saved(workspace: Workspace) -> None:
    service = workspace.profile
    agreed = Profile(name="Mara", windows=(ReachabilityWindow(0, NINE, NOON),))
    service.save(agreed)
    overlapping = replace(
        agreed, windows=(*agreed.windows, ReachabilityWindow(0, dt.time(11), FIVE))
    )
    for store in (service.check, service.save):
        with pytest.raises(WindowsOverlap) as error:
            store(overlapping)
        assert error.value.window == agreed.windows[0]
    assert service.profile() == agreed


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_demo_keeps_the_rules_so_each_of_its_fields_can_be_edited(
    workspace: Workspace, language: str
) -> None:
    workspace.fill_with_demo(language)
    workspace.profile.check(workspace.profile.profile())
    for assistant in workspace.assistants.assistants(include_archived=True):
        workspace.assistants.check(assistant)
