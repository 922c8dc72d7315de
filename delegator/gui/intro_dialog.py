"""A short introduction for the first start: the three questions and the workflow.

Four calm pages in a QStackedWidget with Back, Next and Skip; the last page's Next
says Start. Enter goes on, Esc skips. Reopenable from the Help menu.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from delegator.gui.form_widgets import HelpText, WrappingLabel

PAGE_WIDTH = 540


def _font(base: QFont, scale: float = 1.0, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(base)
    if scale != 1.0:
        font.setPointSizeF(base.pointSizeF() * scale)
    if weight is not None:
        font.setWeight(weight)
    return font


class IntroPage(QWidget):
    """One screen: a heading, then paragraphs and short lists, top-aligned."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading, self)
        self.heading.setFont(_font(self.font(), 1.5, QFont.Weight.DemiBold))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(heading)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self._layout.addWidget(self.heading)
        self._layout.addSpacing(4)

    def paragraph(self, text: str) -> WrappingLabel:
        label = WrappingLabel(text, self)
        self._layout.addWidget(label)
        return label

    def note(self, text: str) -> HelpText:
        label = HelpText(text, self)
        self._layout.addWidget(label)
        return label

    def items(self, rows: list[tuple[str, str]], *, marker_width: int = 0) -> QGridLayout:
        """A short list: a marker (a number, a key, a question) and its explanation.

        With *marker_width* 0 the marker sits above its text (for long markers)."""
        grid = QGridLayout()
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8 if marker_width else 2)
        strong = _font(self.font(), weight=QFont.Weight.DemiBold)
        line = 0
        for marker, text in rows:
            head = QLabel(marker, self)
            head.setFont(strong)
            head.setTextFormat(Qt.TextFormat.PlainText)
            head.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            body = WrappingLabel(text, self)
            if marker_width:
                head.setMinimumWidth(marker_width)
                grid.addWidget(head, line, 0)
                grid.addWidget(body, line, 1)
                line += 1
            else:
                grid.addWidget(head, line, 0)
                grid.addWidget(body, line + 1, 0)
                grid.setRowMinimumHeight(line + 2, 8)
                line += 3
        grid.setColumnStretch(1 if marker_width else 0, 1)
        self._layout.addLayout(grid)
        return grid

    def finish(self) -> None:
        self._layout.addStretch(1)


class IntroDialog(QDialog):
    """The first-start introduction; Start accepts, Skip (or Esc) rejects.

    Either way the caller may remember that it was shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Delegator"))
        self.stack = QStackedWidget(self)
        for page in self._pages():
            page.finish()
            self.stack.addWidget(page)

        self.position = QLabel(self)
        self.position.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        for button in (self.skip_button, self.back_button):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)
        footer = QHBoxLayout()
        footer.addWidget(self.skip_button)
        footer.addStretch(1)
        footer.addWidget(self.position)
        footer.addSpacing(12)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(18)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)

        self.skip_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self._size_to_pages()
        self._update()
        self.next_button.setFocus()

    # Pages ----------------------------------------------------------------------------

    def _pages(self) -> list[IntroPage]:
        return [self._questions_page(), self._workflow_page(), self._keys_page(), self._last_page()]

    def _questions_page(self) -> IntroPage:
        page = IntroPage(self.tr("Ready to hand over work?"), self)
        page.paragraph(
            self.tr(
                "An assistant can take a lot off your desk, but only when you are ready for "
                "it. Delegator helps you get there with three questions:"
            )
        )
        page.items(
            [
                (
                    self.tr("Do I know what I expect?"),
                    self.tr(
                        "Which tasks, which skills, how many hours a week, what budget, and "
                        "how you will tell that a task was done well."
                    ),
                ),
                (
                    self.tr("Am I a reliable client?"),
                    self.tr(
                        "Clear written instructions, time to answer questions, agreed hours, "
                        "and enough time for every task."
                    ),
                ),
                (
                    self.tr("Can I let go?"),
                    self.tr(
                        "Trust, feedback instead of control, and a little time to get used "
                        "to each other."
                    ),
                ),
            ]
        )
        return page

    def _workflow_page(self) -> IntroPage:
        page = IntroPage(self.tr("From to-do to handover"), self)
        page.paragraph(self.tr("Every to-do takes the same short path:"))
        steps = [
            (self.tr("Capture"), self.tr("Write down everything that is on your mind.")),
            (self.tr("Triage"), self.tr("Decide: keep it, or delegate it.")),
            (self.tr("Describe"), self.tr("Instructions, steps and when it is done.")),
            (self.tr("Check"), self.tr("The readiness check shows what is still missing.")),
            (self.tr("Hand over"), self.tr("Export a brief for your assistant.")),
            (self.tr("Follow up"), self.tr("Check in regularly and give feedback.")),
        ]
        rows = [(f"{number}.  {name}", text) for number, (name, text) in enumerate(steps, 1)]
        page.items(rows, marker_width=self._widest(rows))
        return page

    def _keys_page(self) -> IntroPage:
        page = IntroPage(self.tr("A few keys do most of the work"), self)
        page.paragraph(self.tr("You can do all of it with the mouse, but the keyboard is faster:"))
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        rows = [
            (self.tr("Enter"), self.tr("adds the to-do you typed (in the capture field)")),
            (self.tr("K / D / U"), self.tr("keep, delegate or leave undecided (in the list)")),
            (self.tr("Enter"), self.tr("opens the selected to-do to describe it (in the list)")),
            (self.tr("Esc"), self.tr("goes back from the editor to the list")),
            (undo, self.tr("undoes any change")),
        ]
        page.items(rows, marker_width=self._widest(rows))
        page.note(self.tr("Everything is saved as you go, on this computer only."))
        return page

    def _last_page(self) -> IntroPage:
        page = IntroPage(self.tr("Letting go starts in your head"), self)
        page.paragraph(
            self.tr(
                "Many people who work for themselves find it hard to hand over work they "
                "have always done. The mindset check asks about five thoughts that often "
                "stand in the way. It takes two minutes, and your answers stay private."
            )
        )
        page.paragraph(
            self.tr(
                "Give the collaboration time to settle in. When something goes wrong, say "
                "again what you expect and give constructive feedback instead of giving up."
            )
        )
        page.note(self.tr("You can open this introduction again from the Help menu."))
        return page

    def _widest(self, rows: list[tuple[str, str]]) -> int:
        strong = _font(self.font(), weight=QFont.Weight.DemiBold)
        metrics = QFontMetrics(strong)
        return max(metrics.horizontalAdvance(marker) for marker, _ in rows) + 8

    def _size_to_pages(self) -> None:
        height = 0
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            assert page is not None
            hint = page.heightForWidth(PAGE_WIDTH) if page.hasHeightForWidth() else -1
            height = max(height, hint if hint > 0 else page.sizeHint().height())
        self.stack.setMinimumSize(PAGE_WIDTH, height)

    # Public ---------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.stack.count()

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def next_page(self) -> None:
        """Show the next page; on the last one (Start) accept the dialog."""
        if self.current_page() >= self.page_count() - 1:
            self.accept()
            return
        self.stack.setCurrentIndex(self.current_page() + 1)
        self._update()

    def previous_page(self) -> None:
        if self.current_page() > 0:
            self.stack.setCurrentIndex(self.current_page() - 1)
            self._update()

    # Reacting -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.next_page()
        else:
            super().keyPressEvent(event)  # Esc rejects: the same as Skip

    def _update(self) -> None:
        index = self.current_page()
        last = index == self.page_count() - 1
        self.next_button.setText(self.tr("Start") if last else self.tr("Next"))
        self.back_button.setEnabled(index > 0)
        self.position.setText(
            self.tr("{page} of {count}").format(page=index + 1, count=self.page_count())
        )
        page = self.stack.currentWidget()
        if isinstance(page, IntroPage):
            self.stack.setAccessibleName(page.heading.text())
        if not self.next_button.hasFocus() and not self.back_button.isEnabled():
            self.next_button.setFocus()
