"""Changes since the handover: field by field, what the assistant last received and what
the to-do says now, the words that changed marked on both sides."""

from __future__ import annotations

import datetime as dt
import difflib
import html
import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.brief import FieldDiff, Revision
from delegator.domain.errors import DelegatorError
from delegator.domain.model import DelegationLevel, Frequency, Priority
from delegator.gui import theme
from delegator.gui.form_widgets import (
    HelpText,
    WrappingLabel,
    frameless_scroll,
    resize_within_screen,
)
from delegator.gui.task_columns import priority_label
from delegator.gui.task_details_form import frequency_name, level_name
from delegator.gui.task_fields import minutes_text
from delegator.services.followup_service import FollowUpService
from delegator.text.field_names import field_name
from delegator.text.formatting import short_date, time_text
from delegator.text.messages import explain

_TOKENS = re.compile(r"\s+|[^\s]+")


def value_text(field: str, value: object) -> str:
    """A field's value as plain text: lists one item a line; "" when it is empty."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, list):
        return "\n".join(f"• {_item_text(item)}" for item in value)
    if field == "due" and isinstance(value, str):
        return short_date(dt.date.fromisoformat(value))
    if field == "frequency" and isinstance(value, str):
        return frequency_name(Frequency(value))
    if field == "priority" and isinstance(value, int):
        return priority_label(Priority(value))
    if field == "level" and isinstance(value, int):
        return f"{value} – {level_name(DelegationLevel(value))}"
    if field == "minutes_per_occurrence" and isinstance(value, int):
        return minutes_text(value)
    return str(value)


def _item_text(item: object) -> str:
    if isinstance(item, dict):
        label, target = str(item.get("label") or ""), str(item.get("target") or "")
        return f"{label} — {target}" if label and target != label else target or label
    return str(item)


def marked(before: str, after: str, removed: str, added: str) -> tuple[str, str]:
    """*before* and *after* as HTML, the words only one of them has marked: struck
    through in *removed* on the left, underlined in *added* on the right."""
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    left: list[str] = []
    right: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part, new_part = "".join(old[i1:i2]), "".join(new[j1:j2])
        if tag == "equal":
            left.append(html.escape(old_part))
            right.append(html.escape(new_part))
            continue
        if old_part:
            left.append(_span(old_part, removed, "line-through"))
        if new_part:
            right.append(_span(new_part, added, "underline"))
    return "".join(left), "".join(right)


def _span(text: str, colour: str, decoration: str) -> str:
    return (
        f'<span style="color:{colour}; text-decoration:{decoration}; font-weight:600">'
        f"{html.escape(text)}</span>"
    )


def _block(body: str) -> str:
    return f'<p style="white-space:pre-wrap">{body}</p>'


class RevisionDialog(QDialog):
    """How the to-do *task_id* (titled *title*) differs from its last handover.

    A to-do never handed over, or unchanged since, says so.
    """

    def __init__(
        self, followup: FollowUpService, task_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes Since Handover"))
        self.revision: Revision | None = None
        problem = ""
        try:
            self.revision = followup.revision(task_id)
        except DelegatorError as error:
            problem = explain(error)
        content = QWidget(self)
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(self.tr("Changes since the handover: “{title}”").format(title=title))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        heading.setWordWrap(True)
        self._column.addWidget(heading)
        self.summary = WrappingLabel(problem or self._summary(), content)
        self._column.addWidget(self.summary)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
        self._column.addLayout(self._grid)
        self._column.addStretch(1)
        self.sides: list[tuple[QLabel, QLabel]] = []
        self._fill()
        scroll = frameless_scroll(content, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        if self.sides:
            resize_within_screen(self, 760, 560)
        else:  # a sentence or two: no empty page around them
            width = 560
            text = self._column.totalHeightForWidth(width - layout.contentsMargins().right())
            footer = layout.spacing() + buttons.sizeHint().height() + 12
            resize_within_screen(self, width, text + footer)

    def _summary(self) -> str:
        revision = self.revision
        if revision is None:
            return self.tr(
                "This to-do has not been handed over yet: there is nothing to compare with."
            )
        when = self.tr("Last handed over on {date} at {time}.").format(
            date=short_date(revision.handed_over.date()),
            time=time_text(revision.handed_over.time()),
        )
        if not revision.fields:
            return when + " " + self.tr("Nothing has changed since: the assistant has it as it is.")
        return (
            when
            + " "
            + self.tr(
                "%n field(s) changed since. Struck through: only in what the assistant "
                "received; underlined: only in the to-do now.",
                "",
                len(revision.fields),
            )
        )

    def _fill(self) -> None:
        """One row per changed field: its name, then before | now."""
        if self.revision is None or not self.revision.fields:
            return
        parent = self._grid.parentWidget()
        self._grid.addWidget(self._column_heading(self.tr("What the assistant received")), 0, 0)
        self._grid.addWidget(self._column_heading(self.tr("Now")), 0, 1)
        row = 1
        for diff in self.revision.fields:
            name = QLabel(field_name(diff.field), parent)
            font = QFont(name.font())
            font.setWeight(QFont.Weight.DemiBold)
            name.setFont(font)
            self._grid.addWidget(name, row, 0, 1, 2)
            before, after = self._side(), self._side()
            self._grid.addWidget(before, row + 1, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(after, row + 1, 1, Qt.AlignmentFlag.AlignTop)
            self.sides.append((before, after))
            row += 2
        self._paint()

    def _column_heading(self, text: str) -> QLabel:
        label = HelpText(text, self._grid.parentWidget())
        label.setAccessibleName(text)
        return label

    def _side(self) -> QLabel:
        label = QLabel(self._grid.parentWidget())
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setAutoFillBackground(True)
        label.setBackgroundRole(QPalette.ColorRole.Base)
        label.setMargin(6)
        return label

    def _paint(self) -> None:
        """Fill both sides of each field in the colours of the current palette."""
        if self.revision is None:
            return
        palette = self.palette()
        removed = theme.colour(theme.ERROR, palette).name()
        added = theme.colour(theme.GOOD, palette).name()
        empty = html.escape(self.tr("(empty)"))
        for diff, (before, after) in zip(self.revision.fields, self.sides, strict=True):
            left, right = self._texts(diff)
            left_html, right_html = marked(left, right, removed, added)
            before.setText(_block(left_html) if left else f"<i>{empty}</i>")
            after.setText(_block(right_html) if right else f"<i>{empty}</i>")
            before.setAccessibleName(
                self.tr("{field}, as received: {text}").format(
                    field=field_name(diff.field), text=left
                )
            )
            after.setAccessibleName(
                self.tr("{field}, now: {text}").format(field=field_name(diff.field), text=right)
            )

    def _texts(self, diff: FieldDiff) -> tuple[str, str]:
        return self._value(diff.field, diff.before), self._value(diff.field, diff.after)

    def _value(self, field: str, value: object) -> str:
        if field == "lead_time_days" and isinstance(value, int):
            return self.tr("%n day(s)", "", value)
        return value_text(field, value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint()
        super().changeEvent(event)
