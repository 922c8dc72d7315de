"""The editor's line about keep or delegate: for an undecided to-do the key questions of
the triage helper beside the Keep and Delegate buttons, for a decided one the decision
and the buttons that change it. Its height never changes with what it says, so the
fields under it stay where the user is about to click; the room a shorter text leaves
is blank under the strip's frame, not inside it between the text and the buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.model import Decision, Task
from delegator.gui.decision_style import decision_icon, decision_label

DOT_GAP = 6  # between the coloured dot and the text


class BlankBelow(QWidget):
    """The room under the strip that the tallest of its texts would need more than the
    one it shows: with it the strip is always as high as with its tallest text."""

    def __init__(self, text: QLabel, inset: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._text = text
        self._inset = inset  # the strip's width minus the text's
        self._reserved: list[str] = []
        # Measures the texts as the label would lay them out; never shown.
        self._probe = QLabel(parent)
        self._probe.setWordWrap(True)
        self._probe.hide()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def reserve(self, texts: list[str]) -> None:
        """Keep room for each of *texts*."""
        self._reserved = texts
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = max(1, width - self._inset)
        self._probe.setFont(self._text.font())
        tallest = 0
        for text in self._reserved:
            self._probe.setText(text)
            tallest = max(tallest, self._probe.heightForWidth(inner))
        return max(0, tallest - self._text.heightForWidth(inner))

    def sizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(self.width()))


class DecisionStrip(QWidget):
    """Keep or delegate, where the user decides.

    Signals:
        decision_chosen(str): Keep, Delegate or Undecided was clicked (a Decision value).
        questions_requested(): the user wants all of the helper's questions.
    """

    decision_chosen = Signal(str)
    questions_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Decision"))
        self.panel = QFrame(self)
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.dot = QLabel(self.panel)
        self.dot.setFixedSize(self._dot_size(), self.fontMetrics().height())
        self.text = QLabel(self.panel)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.keep = QPushButton(self._button_text(Decision.KEEP, "K"), self.panel)
        self.delegate = QPushButton(self._button_text(Decision.DELEGATE, "D"), self.panel)
        self.undecided = QPushButton(self._button_text(Decision.UNDECIDED, "U"), self.panel)
        self.questions = QPushButton(self.tr("Questions…"), self.panel)
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
        line.setSpacing(DOT_GAP)
        line.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.text, 1)
        inside = QVBoxLayout(self.panel)
        inside.setContentsMargins(8, 6, 8, 6)
        inside.setSpacing(4)
        inside.addLayout(line)
        inside.addLayout(buttons)
        inset = 16 + 2 * self.panel.frameWidth() + self._dot_size() + DOT_GAP
        self.blank = BlankBelow(self.text, inset, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.panel)
        layout.addWidget(self.blank)
        self.keep.clicked.connect(lambda: self.decision_chosen.emit(Decision.KEEP.value))
        self.delegate.clicked.connect(lambda: self.decision_chosen.emit(Decision.DELEGATE.value))
        self.undecided.clicked.connect(lambda: self.decision_chosen.emit(Decision.UNDECIDED.value))
        self.questions.clicked.connect(self.questions_requested)
        self.blank.reserve(
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
        self.blank.updateGeometry()
        self.keep.setVisible(task.decision is not Decision.KEEP)
        self.delegate.setVisible(task.decision is not Decision.DELEGATE)
        self.undecided.setVisible(not undecided)
        self.questions.setVisible(undecided)
        # An archived to-do is read-only until restored (gui/archived_editor.py).
        for button in (self.keep, self.delegate, self.undecided, self.questions):
            button.setEnabled(not task.archived)
        # The suggested button in bold: the helper points, the user decides.
        for decision, button in ((Decision.KEEP, self.keep), (Decision.DELEGATE, self.delegate)):
            font = button.font()
            font.setBold(undecided and decision is suggested)
            button.setFont(font)
        size = self._dot_size()
        self.dot.setPixmap(decision_icon(task.decision, self.palette(), size).pixmap(size, size))
        self.dot.setToolTip(decision_label(task.decision))

    def _dot_size(self) -> int:
        return self.fontMetrics().height() * 2 // 3

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
