"""A rating from 1 to 5 as five toggle buttons, with what the chosen one means."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

RATINGS = range(1, 6)
_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Down: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: 1}


def rating_meaning(rating: int) -> str:
    return {
        1: QCoreApplication.translate("RatingPicker", "Far from the result I expected"),
        2: QCoreApplication.translate("RatingPicker", "Below the result I expected"),
        3: QCoreApplication.translate("RatingPicker", "Partly the result I expected"),
        4: QCoreApplication.translate("RatingPicker", "The result I expected"),
        5: QCoreApplication.translate("RatingPicker", "Better than I expected"),
    }[rating]


class RatingPicker(QWidget):
    """Five buttons 1–5, one of them chosen at most; nothing else can be chosen.

    Keys: 1–5 choose directly, the arrow keys move the choice.

    Signals:
        rated(int): a rating was chosen.
    """

    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Rating"))
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for rating in RATINGS:
            button = QPushButton(str(rating), self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("0") * 2 + 28)
            meaning = rating_meaning(rating)
            button.setToolTip(meaning)
            button.setAccessibleName(
                self.tr("{rating} of 5: {meaning}").format(rating=rating, meaning=meaning)
            )
            button.installEventFilter(self)
            self.group.addButton(button, rating)
            self.buttons.append(button)
            layout.addWidget(button)
        self.meaning = QLabel(self.tr("Choose 1 to 5"), self)
        self.meaning.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(self.meaning, 1)
        self.setFocusProxy(self.buttons[0])
        self.group.idToggled.connect(self._on_group_id_toggled)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked in RATINGS else None

    def set_value(self, rating: int) -> None:
        if rating not in RATINGS:
            raise ValueError("a rating runs from 1 to 5")
        button = self.group.button(rating)
        button.setChecked(True)
        if any(other.hasFocus() for other in self.buttons):
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The buttons' keys: a digit chooses, an arrow moves the choice."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._choose_by_key(event)
        return super().eventFilter(watched, event)

    def _choose_by_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        digit = event.text()
        if digit.isdigit() and int(digit) in RATINGS:
            self.set_value(int(digit))
        elif key in _STEPS:
            current = self.value() or (3 - _STEPS[key])
            self.set_value(min(max(current + _STEPS[key], 1), 5))
        else:
            return False
        return True

    def _on_group_id_toggled(self, rating: int, checked: bool) -> None:
        button = self.group.button(rating)
        font = button.font()
        font.setBold(checked)
        button.setFont(font)
        if checked:
            self.meaning.setText(rating_meaning(rating))
            self.rated.emit(rating)
