"""The list read on a worker after the first paint is a head start; its failure costs
nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from delegator.gui.main_window import MainWindow
from delegator.gui.task_table import TaskTableModel

from .conftest import OpenWindow, seed


def test_a_failing_warm_up_still_brings_the_whole_list_and_the_editor(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_loader(_model: TaskTableModel) -> Callable[[], object]:
        def load() -> object:
            raise OSError("no head start today")

        return load

    monkeypatch.setattr(TaskTableModel, "loader", failing_loader)
    window: MainWindow = open_window()  # waits for started: the editor is built
    (task_id,) = seed(window, "Rechnungen")
    window.editor.show_task(task_id)
    assert window.editor.title.text() == "Rechnungen"
    assert [task.title for task in window.model.all_tasks()] == ["Rechnungen"]
