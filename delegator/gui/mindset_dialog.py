"""The mindset check: how much do the five thoughts that keep people from letting go
sound like me today, and how has that changed since the last time?

Answers of 4 and 5 ("agree", "strongly agree") show a coaching hint at once, in a
panel of its own under the statements: nothing above or below a statement moves when
a hint appears, so the next click lands where the user aims. A retake starts from the
last answers. The answers are private: stored locally, never exported.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.clock import Clock
from delegator.domain.mindset import AGREE, MindsetCheck, MindsetStatement, change_since
from delegator.gui.form_widgets import (
    HelpText,
    WrappingLabel,
    frameless_scroll,
    resize_within_screen,
)
from delegator.gui.undo_commands import Runner
from delegator.services.edit_operations import AddMindsetCheck
from delegator.services.readiness_service import ReadinessService
from delegator.text.formatting import short_date
from delegator.text.readiness_text import mindset_statement

SCALE = range(1, 6)
HISTORY_SIZE = 5
_DIGITS = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
    Qt.Key.Key_5: 5,
}


def _heading_font(font: QFont, scale: float) -> QFont:
    heading = QFont(font)
    heading.setPointSizeF(font.pointSizeF() * scale)
    heading.setWeight(QFont.Weight.DemiBold)
    return heading


class AnswerRow(QWidget):
    """Five radio buttons in a row, 1 (strongly disagree) … 5 (strongly agree).

    One Tab stop per row (Qt moves it to the chosen button); the arrow keys move
    within the row and, once an answer is chosen, change it; 1–5 choose directly.

    Signals:
        answered(int): the user (or set_value) chose an answer.
    """

    answered = Signal(int)

    def __init__(self, statement: str, choices: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(statement)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        for value, choice in zip(SCALE, choices, strict=True):
            button = QRadioButton(choice, self)
            button.setAccessibleName(
                self.tr("{answer} ({value} of 5): {statement}").format(
                    answer=choice, value=value, statement=statement
                )
            )
            if value > 1:
                button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button, 0, value - 1)
            layout.setColumnStretch(value - 1, 1)
        self.group.idToggled.connect(self._on_group_id_toggled)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked in SCALE else None

    def set_value(self, value: int) -> None:
        if value not in SCALE:
            raise ValueError("an answer runs from 1 to 5")
        self.group.button(value).setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        value = _DIGITS.get(Qt.Key(event.key()))
        if value is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        self.set_value(value)
        self.group.button(value).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_group_id_toggled(self, value: int, checked: bool) -> None:
        if checked:
            self.answered.emit(value)


class CoachingHint(QWidget):
    """Advice for a statement the user agreed with (named in *heading*), set off by a
    bar in the palette's highlight colour (readable in light and dark mode alike)."""

    def __init__(self, heading: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QFrame(self)
        bar.setFixedWidth(3)
        bar.setAutoFillBackground(True)
        bar.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.heading = QLabel(heading, self)
        strong = QFont(self.heading.font())
        strong.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(strong)
        self.label = WrappingLabel(text, self)
        self.label.setAccessibleName(text)
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.heading)
        words.addWidget(self.label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(8)
        layout.addWidget(bar)
        layout.addLayout(words, 1)

    def text(self) -> str:
        return self.label.text()


class MindsetDialog(QDialog):
    """Answer the five statements; Save stores a MindsetCheck through *run* (undoable).

    ``answers()`` gives what is chosen so far; ``set_answer()`` chooses like a click.
    Cancel (or Esc) stores nothing.
    """

    def __init__(
        self,
        readiness: ReadinessService,
        run: Runner,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._readiness = readiness
        self._run = run
        self._clock = clock or readiness.clock
        earlier = readiness.mindset_checks(limit=HISTORY_SIZE)
        self._previous: MindsetCheck | None = earlier[0][1] if earlier else None
        self.setWindowTitle(self.tr("Mindset Check"))

        self.rows: dict[MindsetStatement, AnswerRow] = {}
        self.change_labels: dict[MindsetStatement, QLabel] = {}
        self.hints: dict[MindsetStatement, CoachingHint] = {}
        self.history_labels: list[QLabel] = []

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(6)
        heading = QLabel(self.tr("Can I let go?"), content)
        heading.setFont(_heading_font(heading.font(), 1.35))
        heading.setAccessibleName(heading.text())
        column.addWidget(heading)
        column.addWidget(
            WrappingLabel(
                self.tr(
                    "Handing over work you have always done yourself is hard. Five thoughts "
                    "often stand in the way. How much does each one sound like you today? "
                    "There are no wrong answers: an honest “agree” shows where to start."
                ),
                content,
            )
        )
        self.privacy_note = HelpText(
            self.tr(
                "Private: your answers stay on this computer. They never appear in a brief "
                "or any other export."
            ),
            content,
        )
        column.addWidget(self.privacy_note)
        if self._previous is not None:
            since = self.tr(
                "Your last check was on {date}. Next to each statement you see how your "
                "answer has changed since then."
            ).format(date=self._local_date_text(self._previous.taken_at))
        else:
            since = self.tr(
                "This is your first check. Take it again after a few weeks of working "
                "together to see what has changed."
            )
        self.previous_note = HelpText(since, content)
        column.addWidget(self.previous_note)
        column.addSpacing(10)

        choices = self._choices()
        for number, statement in enumerate(MindsetStatement, start=1):
            if number > 1:
                column.addSpacing(8)
            column.addWidget(self._statement_block(number, statement, choices, content))

        if earlier:
            column.addSpacing(8)
            column.addWidget(self._history(earlier, content))
        column.addStretch(1)

        self.scroll_area = frameless_scroll(content, self)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Window)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.incomplete_note = HelpText(self.tr("Answer all five statements to save."), self)
        self.incomplete_note.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        footer = QHBoxLayout()
        footer.setContentsMargins(20, 8, 20, 16)
        footer.addWidget(self.incomplete_note, 1)
        footer.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(_separator(self))
        layout.addWidget(self._hint_panel())
        layout.addWidget(_separator(self))
        layout.addLayout(footer)

        self._wire()
        if self._previous is not None:
            for statement, value in self._previous.answers:
                self.rows[statement].set_value(value)  # a retake starts from the last answers
        self._update()
        self._size_to_content(content)
        self.rows[MindsetStatement.DO_IT_BEST_MYSELF].buttons[0].setFocus()

    # Building ------------------------------------------------------------------------

    def _local_date_text(self, taken_at: dt.datetime) -> str:
        """A stored (naive UTC) time as the user's local date, in the locale's format."""
        return short_date(self._clock.local_date(taken_at))

    def _choices(self) -> list[str]:
        return [
            self.tr("Strongly disagree"),
            self.tr("Disagree"),
            self.tr("Neutral"),
            self.tr("Agree"),
            self.tr("Strongly agree"),
        ]

    def statement_text(self, statement: MindsetStatement) -> str:
        return mindset_statement(statement)

    def hint_text(self, statement: MindsetStatement) -> str:
        return {
            MindsetStatement.DO_IT_BEST_MYSELF: self.tr(
                "Maybe you do it best today, after years of practice. Give yourself and "
                "your assistant a settling-in period, and write down what “good” "
                "looks like so someone else can get there too."
            ),
            MindsetStatement.NO_DESIRE_TO_EXPLAIN: self.tr(
                "Explain it once, in writing: goal, steps and when it is done. After "
                "that the task leaves your desk for good, and a template makes the next "
                "one quicker."
            ),
            MindsetStatement.NO_DESIRE_FOR_FEEDBACK: self.tr(
                "Feedback is how your assistant learns what you expect. Schedule a weekly "
                "check-in in your agreements and keep it short: what went well, what "
                "should change."
            ),
            MindsetStatement.COSTS_MORE_IN_THE_END: self.tr(
                "The first weeks do cost extra time. Plan for them, and when something "
                "goes wrong, do not end the collaboration: say again what you expect and "
                "give constructive feedback."
            ),
            MindsetStatement.MUST_CHECK_EVERY_STEP: self.tr(
                "Agree checkpoints and “done when” criteria for each task, and check the "
                "result against them instead of controlling every step."
            ),
        }[statement]

    def _statement_block(
        self, number: int, statement: MindsetStatement, choices: list[str], parent: QWidget
    ) -> QWidget:
        block = QWidget(parent)
        grid = QGridLayout(block)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        text = self.statement_text(statement)
        strong = QFont(block.font())
        strong.setWeight(QFont.Weight.DemiBold)
        number_label = QLabel(f"{number}.", block)
        number_label.setFont(strong)
        number_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        number_label.setMinimumWidth(number_label.fontMetrics().horizontalAdvance("0.") + 2)
        statement_label = WrappingLabel(text, block)
        statement_label.setFont(strong)
        change = QLabel(block)
        change.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        change.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        change.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        row = AnswerRow(text, choices, block)
        grid.addWidget(number_label, 0, 0)
        grid.addWidget(statement_label, 0, 1)
        grid.addWidget(change, 0, 2)
        grid.addWidget(row, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.rows[statement] = row
        self.change_labels[statement] = change
        return block

    def _hint_panel(self) -> QWidget:
        """The coaching hints of the agreed statements, in a scrolled panel of fixed
        height under the statements (so they never move), with the summary."""
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(20, 10, 20, 10)
        column.setSpacing(8)
        self.no_hint_note = HelpText(
            self.tr("Agree with a statement and advice for it appears here."), panel
        )
        column.addWidget(self.no_hint_note)
        for number, statement in enumerate(MindsetStatement, start=1):
            hint = CoachingHint(
                f"{number}. {self.statement_text(statement)}", self.hint_text(statement), panel
            )
            hint.setVisible(False)
            column.addWidget(hint)
            self.hints[statement] = hint
        self.summary = WrappingLabel(
            self.tr(
                "With thoughts like these, even a very good assistant honestly has little "
                "chance to meet your expectations. Start with the hints above; the "
                "readiness check reminds you of them until your answers change."
            ),
            panel,
        )
        self.summary.setVisible(False)
        column.addWidget(self.summary)
        column.addStretch(1)
        self.hint_area = frameless_scroll(panel, self)
        self.hint_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hint_area.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.hint_area.setFixedHeight(self.fontMetrics().lineSpacing() * 7 + 24)
        return self.hint_area

    def _history(self, earlier: list[tuple[int, MindsetCheck]], parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        title = QLabel(self.tr("Earlier checks"), box)
        strong = QFont(title.font())
        strong.setWeight(QFont.Weight.DemiBold)
        title.setFont(strong)
        layout.addWidget(title)
        for _, check in earlier:
            line = QLabel(
                self.tr("{date}: {agreed} of 5 statements agreed").format(
                    date=self._local_date_text(check.taken_at), agreed=len(check.agreed())
                ),
                box,
            )
            line.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(line)
            self.history_labels.append(line)
        return box

    def _size_to_content(self, content: QWidget) -> None:
        """Wide enough for the answers in one row, as tall as the statements, the hint
        panel and the buttons unless the screen is smaller."""
        width = max(640, content.sizeHint().width() + 24)
        height = content.heightForWidth(width) if content.hasHeightForWidth() else -1
        if height < 0:
            height = content.sizeHint().height()
        footer = max(self.buttons.sizeHint().height(), self.incomplete_note.sizeHint().height())
        height += self.hint_area.height() + footer + 24 + 4
        resize_within_screen(self, width, height)

    def _wire(self) -> None:
        for statement, row in self.rows.items():
            row.answered.connect(lambda value, s=statement: self._on_row_answered(s, value))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    # Public ---------------------------------------------------------------------------

    def set_answer(self, statement: MindsetStatement, value: int) -> None:
        """Choose *value* (1–5) for *statement*, as a click on its button would."""
        self.rows[statement].set_value(value)

    def answers(self) -> dict[MindsetStatement, int]:
        """The answers chosen so far, in the article's order."""
        chosen = {statement: row.value() for statement, row in self.rows.items()}
        return {statement: value for statement, value in chosen.items() if value is not None}

    def is_complete(self) -> bool:
        return len(self.answers()) == len(MindsetStatement)

    # Reacting -------------------------------------------------------------------------

    def _on_row_answered(self, statement: MindsetStatement, value: int) -> None:
        self._update()
        if value >= AGREE:
            # Scroll the new hint into view once the layout has made room for it.
            QTimer.singleShot(0, self, lambda: self._reveal(statement))

    def _reveal(self, statement: MindsetStatement) -> None:
        self.hint_area.ensureWidgetVisible(self.hints[statement], 0, 8)

    def _update(self) -> None:
        answers = self.answers()
        current = MindsetCheck(self._clock.utc_stamp(), tuple(answers.items()))
        changes = change_since(current, self._previous)
        for statement in MindsetStatement:
            value = answers.get(statement)
            self.hints[statement].setVisible(value is not None and value >= AGREE)
            self._show_change(statement, value, changes.get(statement))
        agreed = any(value >= AGREE for value in answers.values())
        self.summary.setVisible(agreed)
        self.no_hint_note.setVisible(not agreed)
        complete = self.is_complete()
        self.save_button.setEnabled(complete)
        self.incomplete_note.setVisible(not complete)

    def _show_change(
        self, statement: MindsetStatement, value: int | None, delta: int | None
    ) -> None:
        label = self.change_labels[statement]
        before = self._previous.answer(statement) if self._previous is not None else None
        if before is None:
            text = ""
        elif value is None or delta is None:
            text = self.tr("last time: {before}").format(before=before)
        elif delta < 0:
            text = self.tr("was {before}, now {now} ↓").format(before=before, now=value)
        elif delta > 0:
            text = self.tr("was {before}, now {now} ↑").format(before=before, now=value)
        else:
            text = self.tr("unchanged at {now}").format(now=value)
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))

    def _on_save_button_clicked(self) -> None:
        if not self.is_complete():
            return
        answers = self.answers()
        check = MindsetCheck(
            self._clock.utc_stamp(), tuple((s, answers[s]) for s in MindsetStatement)
        )
        if self._run(self.tr("Take the mindset check"), AddMindsetCheck(self._readiness, check)):
            self.accept()

    def button_for(self, statement: MindsetStatement, value: int) -> QAbstractButton:
        return self.rows[statement].buttons[value - 1]


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
