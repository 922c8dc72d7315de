"""The ORM warm-up after the first paint is a head start; its failure costs nothing."""

from __future__ import annotations

import pytest

from delegator.gui.main_window import MainWindow
from delegator.services.task_service import TaskService

from .conftest import OpenWindow, seed


def test_a_failing_warm_up_still_brings_the_editor(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_service: TaskService) -> None:
        raise OSError("no ORM today")

    monkeypatch.setattr(TaskService, "warm_up", fail)
    window: MainWindow = open_window()  # waits for started: the editor is built
    (task_id,) = seed(window, "Rechnungen")
    window.editor.show_task(task_id)
    assert window.editor.title.text() == "Rechnungen"
