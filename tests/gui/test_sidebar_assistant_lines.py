"""The sidebar's assistant entry is readable at the window's narrowest: the name, the
hours against capacity and the cost a month each on a line of their own."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant, AssistantLoad
from delegator.gui.sidebar import EntryKind, Sidebar

ANNA = Assistant(7, "Anna Keller", weekly_capacity_hours=10, hourly_rate_cents=3800)


@pytest.mark.usefixtures("typing_locale")
@pytest.mark.parametrize("locale_name", ["en_US", "de_DE"])
def test_hours_and_cost_are_each_on_a_line_that_fits(qtbot: QtBot) -> None:
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.resize(180, 500)  # the sidebar at 800 × 600
    sidebar.show()
    qtbot.waitExposed(sidebar)

    sidebar.set_assistant_loads([AssistantLoad(ANNA, 10, 6.25, 129_500)])

    sidebar.select_entry(EntryKind.ASSISTANT, ANNA.id)
    item = sidebar.currentItem()
    assert item is not None
    index = sidebar.indexFromItem(item)
    option = QStyleOptionViewItem()
    sidebar.initViewItemOption(option)
    height = sidebar.itemDelegate().sizeHint(option, index).height()
    metrics = sidebar.fontMetrics()
    assert height >= 3 * metrics.height()  # the name, the hours, the cost
    detail = sidebar.assistant_detail(ANNA.id)
    assert detail is not None
    hours, cost = detail[0].split(" · ")
    usable = sidebar.visualItemRect(item).width() - 32  # the indent and the margin
    assert metrics.horizontalAdvance(hours) <= usable
    assert metrics.horizontalAdvance(cost) <= usable
    assert hours in item.toolTip()
    assert cost in item.toolTip()
