"""My Agreements and Assistants at the window's smallest (800 × 600, beside the
sidebar): nothing is cut off on the right and nothing scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from delegator.gui.agreements_page import AgreementsPage
from delegator.gui.assistants_page import AssistantsPage
from delegator.services.workspace import Workspace

from .helpers import Recorder

pytestmark = pytest.mark.usefixtures("typing_locale")

NARROW = 590  # 800 less the sidebar and the splitter handle
SHOWN = (QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QAbstractScrollArea)


def cut_off(page: QWidget) -> list[str]:
    """The visible fields and labels whose right edge lies beyond the page's."""
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, SHOWN) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox | QAbstractScrollArea):
            continue  # a part of a field, clipped by it
        right = widget.mapTo(page, widget.rect().topRight()).x()
        if right > page.width():
            found.append(f"{type(widget).__name__} {widget.accessibleName() or ''} at {right}")
    return found


def open_page(qtbot: QtBot, page: QWidget, width: int) -> None:
    qtbot.addWidget(page)
    page.resize(width, 560)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: laid_out(page))  # the layouts follow the size in posted events


def laid_out(page: QWidget) -> bool:
    """Every visible widget's layout fills the widget (a stack places its pages itself)."""
    return all(
        layout.geometry() == widget.rect()
        for widget in [page, *page.findChildren(QWidget)]
        if widget.isVisible()
        and (layout := widget.layout()) is not None
        and not isinstance(layout, QStackedLayout)
    )


@pytest.mark.parametrize("locale_name", ["en_US", "de_DE"])
def test_my_agreements_fit_beside_the_sidebar(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.fill_with_demo("de")
    page = AgreementsPage(workspace.profile, Recorder())

    open_page(qtbot, page, NARROW)

    assert page.scroll_area.horizontalScrollBar().maximum() == 0
    assert cut_off(page) == []
    # One column under the other: the reachability week below the contact channels.
    channels = page.channels_table.mapTo(page.content, page.channels_table.rect().topLeft())
    week = page.reachability.mapTo(page.content, page.reachability.rect().topLeft())
    assert week.y() > channels.y()
    assert week.x() <= channels.x()


def test_my_agreements_stand_side_by_side_where_both_fit(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = AgreementsPage(workspace.profile, Recorder())

    open_page(qtbot, page, 1100)

    channels = page.channels_table.mapTo(page.content, page.channels_table.rect().topLeft())
    week = page.reachability.mapTo(page.content, page.reachability.rect().topLeft())
    assert week.x() > channels.x() + page.channels_table.width()


@pytest.mark.parametrize("locale_name", ["en_US", "de_DE"])
def test_assistants_fit_beside_the_sidebar(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.fill_with_demo("de")
    page = AssistantsPage(workspace.assistants, Recorder())

    open_page(qtbot, page, NARROW)

    for scroll in page.findChildren(QScrollArea):
        assert scroll.horizontalScrollBar().maximum() == 0
    assert cut_off(page) == []
