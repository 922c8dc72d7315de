"""The sidebar's load line: hours against capacity, red only when really over."""

from __future__ import annotations

from dataclasses import replace

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision, Frequency
from delegator.gui.main_window import MainWindow

from .conftest import seed


def test_an_assistant_booked_exactly_to_capacity_is_not_shown_over(window: MainWindow) -> None:
    anna, _ = window._workspace.assistants.add(Assistant(0, "Anna", weekly_capacity_hours=10))
    service = window._service
    ids = seed(window, "Post", "Calls", "Invoices", decision=Decision.DELEGATE)
    # 3.3 h + 3.3 h + 3.4 h a week: 10.000000000000002 h in floats.
    for task_id, minutes in zip(ids, (198, 198, 204), strict=True):
        task = replace(
            service.task(task_id),
            assistant_id=anna.id,
            frequency=Frequency.WEEKLY,
            minutes_per_occurrence=minutes,
        )
        window.apply_changes(service.save(task))
    detail = window.sidebar.assistant_detail(anna.id)
    assert detail is not None
    assert detail[0].startswith("10/10 h/week")
    assert detail[1] is False
    extra = seed(window, "One more", decision=Decision.DELEGATE)[0]
    task = replace(service.task(extra), assistant_id=anna.id, frequency=Frequency.WEEKLY)
    window.apply_changes(service.save(replace(task, minutes_per_occurrence=1)))
    detail = window.sidebar.assistant_detail(anna.id)
    assert detail is not None
    assert detail[1] is True
