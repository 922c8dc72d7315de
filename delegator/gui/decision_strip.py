"""The editor's line about keep or delegate: for an undecided to-do the key questions of
the triage helper beside the Keep and Delegate buttons, for a decided one the decision
and the buttons that change it. Its height never changes with what it says, so the
fields under it stay where the user is about to click."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from delegator.domain.model import Decision, Task
from delegator.gui.decision_style import decision_icon, decision_label


class SteadyLabel(QLabel):
    """A wrapped label as high as the highest of the texts it may show at its width."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._reserved: list[str] = []

    def reserve(self, texts: list[str]) -> None:
        """Keep room for each of *texts*."""
        self._reserved = texts
        self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        metrics = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        area = QRect(0, 0, inner, 10_000)
        tallest = max(
            (metrics.boundingRect(area, flags, text).height() for text in self._reserved),
            default=0,
        )
        return max(tallest + margins.top() + margins.bottom(), super().heightForWidth(width))


class DecisionStrip(QFrame):
    """Keep or delegate, where the user decides.

    Signals:
        decision_chosen(str): Keep, Delegate or Undecided was clicked (a Decision value).
        questions_requested(): the user wants all of the helper's questions.
    """

    decision_chosen = Signal(str)
    questions_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Decision"))
        self.dot = QLabel(self)
        self.dot.setFixedHeight(self.fontMetrics().height())
        self.text = SteadyLabel(self)
        self.keep = QPushButton(self._button_text(Decision.KEEP, "K"), self)
        self.delegate = QPushButton(self._button_text(Decision.DELEGATE, "D"), self)
        self.undecided = QPushButton(self._button_text(Decision.UNDECIDED, "U"), self)
        self.questions = QPushButton(self.tr("Questions…"), self)
        self.questions.setToolTip(self.tr("All questions of the helper, with its suggestion"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button, key in (
            (self.keep, "K"),
            (self.delegate, "D"),
            (self.undecided, "U"),
            (self.questions, ""),
        ):
            if key:
                button.setToolTip(self.tr("{key} in the list").format(key=key))
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(line)
        layout.addLayout(buttons)
        self.keep.clicked.connect(lambda: self.decision_chosen.emit(Decision.KEEP.value))
        self.delegate.clicked.connect(lambda: self.decision_chosen.emit(Decision.DELEGATE.value))
        self.undecided.clicked.connect(lambda: self.decision_chosen.emit(Decision.UNDECIDED.value))
        self.questions.clicked.connect(self.questions_requested)
        self.text.reserve(
            [
                self._help(self._suggestion_text(Decision.DELEGATE)),
                self._help(self._suggestion_text(Decision.KEEP)),
                self._decided_text(Decision.KEEP),
                self._decided_text(Decision.DELEGATE),
            ]
        )

    def show_task(self, task: Task, suggested: Decision | None) -> None:
        """Show *task*'s decision; *suggested* is what the helper suggests for it."""
        undecided = task.decision is Decision.UNDECIDED
        if undecided:
            self.text.setText(self._help(self._suggestion_text(suggested)))
        else:
            self.text.setText(self._decided_text(task.decision))
        self.keep.setVisible(task.decision is not Decision.KEEP)
        self.delegate.setVisible(task.decision is not Decision.DELEGATE)
        self.undecided.setVisible(not undecided)
        self.questions.setVisible(undecided)
        for button in (self.keep, self.delegate, self.undecided):
            button.setEnabled(not task.archived)
        # The suggested button in bold: the helper points, the user decides.
        for decision, button in ((Decision.KEEP, self.keep), (Decision.DELEGATE, self.delegate)):
            font = button.font()
            font.setBold(undecided and decision is suggested)
            button.setFont(font)
        size = self.fontMetrics().height() * 2 // 3
        self.dot.setPixmap(decision_icon(task.decision, self.palette(), size).pixmap(size, size))
        self.dot.setToolTip(decision_label(task.decision))

    def _help(self, suggestion: str) -> str:
        questions = self.tr(
            "Keep or delegate? Does it need your own expertise or relationships? Could you "
            "explain it in writing in 30 minutes? What would a mistake cost?"
        )
        return f"{questions} {suggestion}".strip()

    def _suggestion_text(self, suggested: Decision | None) -> str:
        if suggested is None:
            return ""
        return self.tr("The helper suggests: {decision}.").format(
            decision=decision_label(suggested)
        )

    def _decided_text(self, decision: Decision) -> str:
        if decision is Decision.KEEP:
            return self.tr("Kept: you do it yourself.")
        return self.tr("Delegated: describe it so that someone new could do it without asking.")

    def _button_text(self, decision: Decision, key: str) -> str:
        return self.tr("{decision} ({key})").format(decision=decision_label(decision), key=key)
