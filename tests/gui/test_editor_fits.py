"""The editor in a small window (800 × 600): every field and button of a section is
whole and inside its pane; the pane scrolls down, never sideways."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from delegator.domain.views import View
from delegator.gui.main_window import MainWindow
from delegator.services.workspace import Workspace

from .conftest import CLOCK, OpenWindow, visible_titles
from .test_followup_list import open_followup_tab, select


@pytest.fixture
def small_demo_window(open_window: OpenWindow, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    workspace.fill_with_demo("en")
    workspace.close()
    window = open_window()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.size().width() == 800)
    window.show_view(View.ALL)
    return window


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize(
    "title",
    [
        "Sort and answer the studio inbox",
        # Changed since its handover: a wrapped line more under the fields.
        "Plan and schedule Instagram and LinkedIn posts",
    ],
)
def test_the_follow_up_section_shows_its_status_box_and_check_in_button_whole(
    small_demo_window: MainWindow, qtbot: QtBot, title: str
) -> None:
    window = small_demo_window
    assert title in visible_titles(window)
    select(window, qtbot, "Review software subscriptions")
    open_followup_tab(window, qtbot)
    select(window, qtbot, title)
    assert_follow_up_fits(window, qtbot)


def test_an_archived_to_do_shows_its_follow_up_section_whole_under_the_hint(
    small_demo_window: MainWindow, qtbot: QtBot
) -> None:
    window = small_demo_window
    select(window, qtbot, "Sort and answer the studio inbox")
    open_followup_tab(window, qtbot)
    select(window, qtbot, "Prepare the December newsletter")
    window.named_actions["archive"].trigger()
    window.show_view(View.ARCHIVE)
    select(window, qtbot, "Prepare the December newsletter")
    # The section stays open, now with the hint above the fields.
    panel = window.editor.followup
    assert panel is not None
    assert panel.isVisible()
    assert panel.hint.text().startswith("Check-ins start when")
    assert_follow_up_fits(window, qtbot)


def assert_follow_up_fits(window: MainWindow, qtbot: QtBot) -> None:
    """The open Follow-up section's fields are whole and inside the pane."""
    page = window.editor.followup_page
    panel = window.editor.followup
    assert isinstance(page, QScrollArea)
    assert panel is not None
    viewport = page.viewport()

    def whole_and_inside() -> None:
        for widget in (panel.status, panel.next_check_in, panel.complete):
            # Not squeezed below the size it needs to show its text ...
            name = widget.accessibleName() or type(widget).__name__
            assert widget.width() >= widget.minimumSizeHint().width(), name
            assert widget.height() >= widget.minimumSizeHint().height(), name
            # ... and within the pane's width (the labels went above the fields).
            shown = rect_in(widget, viewport)
            assert shown.left() >= 0, name
            assert shown.right() < viewport.width(), name

    qtbot.waitUntil(whole_and_inside, timeout=2000)
    assert not page.horizontalScrollBar().isVisible()
    # The window kept its size: the section scrolls rather than growing it.
    assert window.height() == 600


def open_instructions(window: MainWindow, qtbot: QtBot) -> None:
    sections = window.editor.sections
    item = sections.item(0)
    qtbot.mouseClick(
        sections.viewport(), Qt.MouseButton.LeftButton, pos=sections.visualItemRect(item).center()
    )
    assert window.editor.tabs.currentWidget() is window.editor.instructions


def test_in_a_small_window_the_instructions_get_the_whole_width_and_the_preview_waits_below(
    small_demo_window: MainWindow, qtbot: QtBot
) -> None:
    window = small_demo_window
    select(window, qtbot, "Sort and answer the studio inbox")
    open_instructions(window, qtbot)
    instructions = window.editor.instructions
    text = instructions.editor
    qtbot.waitUntil(lambda: not instructions.preview.isVisible())
    # Wide enough for whole words, not two 80-pixel columns of broken syllables.
    assert text.width() >= 170
    assert text.width() >= window.editor.tabs.width() - 4
    assert not text.horizontalScrollBar().isVisible()
    assert instructions.toggle.isVisible()

    qtbot.mouseClick(instructions.toggle, Qt.MouseButton.LeftButton)

    # The preview shows below the text, as wide as it.
    preview = instructions.preview
    assert preview.isVisible()
    assert rect_in(preview, instructions).top() >= rect_in(text, instructions).bottom()
    assert preview.width() == text.width()
    assert "Work through hello@" in preview.toPlainText()


def test_in_a_large_window_the_preview_stays_beside_the_instructions(
    small_demo_window: MainWindow, qtbot: QtBot
) -> None:
    window = small_demo_window
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    select(window, qtbot, "Sort and answer the studio inbox")
    open_instructions(window, qtbot)
    instructions = window.editor.instructions
    qtbot.waitUntil(lambda: instructions.preview.isVisible())
    text, preview = instructions.editor, instructions.preview
    assert rect_in(preview, instructions).left() > rect_in(text, instructions).right()
    assert not instructions.toggle.isVisible()
