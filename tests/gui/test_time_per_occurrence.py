"""The time per occurrence is written one way in the editor, the describe form and the
"changes since the handover" dialog, in English and in German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from delegator.domain.brief import BriefOptions
from delegator.gui.describe_dialog import DescribeDialog
from delegator.gui.main_window import MainWindow
from delegator.gui.task_fields import minutes_text

from .conftest import OpenWindow
from .locales import default_locale, speaking_german
from .test_describe_dialog import opened
from .test_revision_dialog import delegated, open_revision, plain


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    if request.param == "de":
        with speaking_german(qapp):
            yield "de"
    else:
        with default_locale("en_US"):
            yield "en"


def shown_in_three_places(window: MainWindow, qtbot: QtBot) -> tuple[str, str, str, str]:
    """The time before and after the handover in the revision dialog, then the editor's
    and the describe form's (each only the time, for a to-do handed over at 45 minutes
    that now takes 90)."""
    task_id, anna = delegated(window, "Pay the invoices", "")
    tasks = window.workspace.tasks
    tasks.update(task_id, {"minutes_per_occurrence": 45})
    handover = window.workspace.handover
    handover.record(handover.build(anna, BriefOptions()), anna.id, "md", "out", "digest")
    tasks.update(task_id, {"minutes_per_occurrence": 90})
    revision = open_revision(window, task_id)
    [(before, after)] = revision.sides
    revision.reject()
    editor = window.editor.details.minutes.text()
    window.named_actions["describe_in_a_row"].trigger()
    describe = opened(qtbot, window)
    assert isinstance(describe, DescribeDialog)
    in_form = describe.minutes.text()
    describe.reject()
    return plain(before), plain(after), editor, in_form


def test_the_time_per_occurrence_reads_the_same_everywhere(
    language: str, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window()
    before, after, editor, in_form = shown_in_three_places(window, qtbot)

    assert before.endswith(f": {minutes_text(45)}")
    assert after.endswith(f": {minutes_text(90)}")
    assert editor == in_form == minutes_text(90) == "1:30"
    written = {"en": ["45 min", "2 h", "2:30"], "de": ["45 Min.", "2 Std.", "2:30"]}
    assert [minutes_text(minutes) for minutes in (45, 120, 150)] == written[language]
