"""The Assistants page: who work is handed to, and what is agreed with each of them."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    QStringListModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.assistant import Assistant
from delegator.gui.form_widgets import (
    CurrencyCombo,
    DateEdit,
    HelpText,
    InlineMessage,
    MoneySpinBox,
    OptionalDoubleSpinBox,
    TagCompleter,
    TimeEdit,
    TimeZoneCombo,
    parse_tags,
    set_text_if_changed,
)
from delegator.gui.undo_commands import Runner
from delegator.services.assistant_service import AssistantService
from delegator.services.edit_operations import AddAssistant, Replace
from delegator.text.formatting import day_name, from_qdate, from_qtime, to_qdate, to_qtime

_IdRole = Qt.ItemDataRole.UserRole + 1
_RoleRole = Qt.ItemDataRole.UserRole + 2
_ArchivedRole = Qt.ItemDataRole.UserRole + 3


# Fields of this page only ---------------------------------------------------


class NotesEdit(QPlainTextEdit):
    """Plain-text notes; Tab moves on.

    Signals:
        editing_finished: the editor lost focus (not to its own context menu).
    """

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editing_finished.emit()


class OptionalDateEdit(QWidget):
    """A date that may be "not set": the check box in front switches it on and off.

    Signals:
        date_edited: the box was ticked or cleared, or a new date was entered.
    """

    date_edited = Signal()
    _NOT_SET = QDate(1900, 1, 1)
    _EARLIEST = QDate(1970, 1, 1)

    def __init__(
        self, name: str, switch_name: str, default: Callable[[], dt.date], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._default = default
        self.check = QCheckBox(self)
        self.check.setAccessibleName(switch_name)
        self.check.setToolTip(switch_name)
        self.edit = DateEdit(self)
        self.edit.setAccessibleName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setKeyboardTracking(False)
        self.edit.setMaximumDate(QDate(2999, 12, 31))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.check)
        self.set_value(None)
        self.check.toggled.connect(self._on_check_toggled)
        self.edit.dateChanged.connect(self._on_edit_date_changed)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        blockers = (QSignalBlocker(self.check), QSignalBlocker(self.edit))
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is None:
            # The earliest date stands for "not set" and shows as such.
            self.edit.setMinimumDate(self._NOT_SET)
            self.edit.setSpecialValueText(self.tr("Not set"))
            self.edit.setDate(self._NOT_SET)
        else:
            self.edit.setSpecialValueText("")
            self.edit.setMinimumDate(self._EARLIEST)
            self.edit.setDate(to_qdate(value))
        del blockers

    def _on_check_toggled(self, checked: bool) -> None:
        self.set_value(self._default() if checked else None)
        self.date_edited.emit()

    def _on_edit_date_changed(self, _date: QDate) -> None:
        # Qt changes the date part by part while it is typed: a typed date counts when
        # the field is left or Enter pressed, a day picked in the calendar at once.
        if not self.edit.hasFocus():
            self.date_edited.emit()

    def _on_edit_editing_finished(self) -> None:
        self.date_edited.emit()


class OptionalTimeRange(QWidget):
    """From–to times that may be "not set": the check box in front switches them on.

    Signals:
        range_edited: the box was ticked or cleared, or a time was entered.
    """

    range_edited = Signal()
    DEFAULT = (dt.time(9, 0), dt.time(17, 0))

    def __init__(
        self, start_name: str, end_name: str, switch_name: str, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setAccessibleName(switch_name)
        self.check.setToolTip(switch_name)
        self.start = TimeEdit(self)
        self.start.setAccessibleName(start_name)
        self.end = TimeEdit(self)
        self.end.setAccessibleName(end_name)
        for edit in (self.start, self.end):
            edit.setKeyboardTracking(False)
        self.to_label = QLabel(self.tr("to"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.start)
        layout.addWidget(self.to_label)
        layout.addWidget(self.end)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.check)
        self.set_value(None, None)
        self.check.toggled.connect(self._on_check_toggled)
        self.start.editingFinished.connect(self.range_edited)
        self.end.editingFinished.connect(self.range_edited)

    def value(self) -> tuple[dt.time | None, dt.time | None]:
        if not self.check.isChecked():
            return None, None
        return from_qtime(self.start.time()), from_qtime(self.end.time())

    def set_value(self, start: dt.time | None, end: dt.time | None) -> None:
        agreed = start is not None and end is not None
        blockers = [QSignalBlocker(w) for w in (self.check, self.start, self.end)]
        self.check.setChecked(agreed)
        for edit, value in ((self.start, start), (self.end, end)):
            edit.setEnabled(agreed)
            edit.setSpecialValueText("" if agreed else self.tr("Not set"))
            edit.setTime(to_qtime(value) if value is not None else QTime(0, 0))
        self.to_label.setEnabled(agreed)
        del blockers

    def _on_check_toggled(self, checked: bool) -> None:
        self.set_value(*(self.DEFAULT if checked else (None, None)))
        self.range_edited.emit()


# The page -----------------------------------------------------------------------


class _AssistantDelegate(QStyledItemDelegate):
    """Draws an assistant as its name over its role (muted); archived ones greyed."""

    _PAD = 6

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.lineSpacing()
        return QSize(size.width(), 2 * line + 2 * self._PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        archived = bool(index.data(_ArchivedRole))
        palette = opt.palette
        if selected:
            main = sub = palette.color(QPalette.ColorRole.HighlightedText)
        elif archived:
            main = sub = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        else:
            main = palette.color(QPalette.ColorRole.Text)
            sub = palette.color(QPalette.ColorRole.PlaceholderText)
        rect = QRect(opt.rect).adjusted(self._PAD + 2, self._PAD, -self._PAD, -self._PAD)
        line = opt.fontMetrics.lineSpacing()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(opt.font)
        for offset, text, colour in ((0, name, main), (line, index.data(_RoleRole) or "", sub)):
            row = QRect(rect.left(), rect.top() + offset, rect.width(), line)
            painter.setPen(colour)
            painter.drawText(
                row,
                flags,
                opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, row.width()),
            )
        painter.restore()


class AssistantsPage(QWidget):
    """The assistants on the left; the selected one's details and agreement on the right.

    Every committed field is stored at once, as one undoable step through *run*; bad
    input is explained under its field and not stored. The window calls ``refresh()``
    after undo, redo and changes made elsewhere.
    """

    def __init__(
        self, assistants: AssistantService, run: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = assistants
        self._run = run
        self._current: Assistant | None = None
        self._loading = False
        self._build_widgets()
        self._set_tab_order()
        self._wire()
        self.refresh()

    # Construction -------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Assistants"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(_AssistantDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.show_archived = QCheckBox(self.tr("Sho&w archived"), self)
        self.new_button = QPushButton(self.tr("&New Assistant"), self)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.archive_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.show_archived)
        left_layout.addLayout(buttons)

        self.empty_hint = QLabel(
            self.tr(
                "No assistants yet. Add the person you want to hand work to with New Assistant."
            )
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._build_form(self.form)
        scroll = QScrollArea()
        scroll.setWidget(self.form_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll = scroll

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_hint)
        self.stack.addWidget(scroll)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _line_edit(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self.form_widget)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build_form(self, form: QFormLayout) -> None:
        parent = self.form_widget
        self.name_edit = self._line_edit(self.tr("Name"))
        self.role_edit = self._line_edit(
            self.tr("Role"), self.tr("e.g. virtual assistant, bookkeeper")
        )
        self.contact_edit = self._line_edit(
            self.tr("Contact"), self.tr("e.g. email address, phone number")
        )
        self.skills_edit = self._line_edit(
            self.tr("Skills"), self.tr("Separated by commas, e.g. bookkeeping, Canva")
        )
        self._skills_model = QStringListModel(self)
        self.skills_edit.setCompleter(TagCompleter(self._skills_model, self.skills_edit))

        self.rate_spin = MoneySpinBox(parent)
        self.rate_spin.setAccessibleName(self.tr("Hourly rate"))
        self.currency_combo = CurrencyCombo(parent)
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_spin)
        rate_row.addWidget(self.currency_combo)
        rate_row.addWidget(QLabel(self.tr("per hour"), parent))
        rate_row.addStretch(1)

        self.capacity_spin = OptionalDoubleSpinBox(parent)
        self.capacity_spin.setAccessibleName(self.tr("Weekly capacity"))
        self.capacity_spin.setRange(0, 168)
        self.capacity_spin.setDecimals(1)
        self.capacity_spin.setSingleStep(0.5)
        self.capacity_spin.setSuffix(self.tr(" h per week"))

        self.day_boxes: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for weekday in range(7):
            box = QCheckBox(day_name(weekday, long=False), parent)
            box.setAccessibleName(day_name(weekday))
            self.day_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)

        self.hours = OptionalTimeRange(
            self.tr("Working hours from"),
            self.tr("Working hours to"),
            self.tr("Working hours agreed"),
            parent,
        )
        self.time_zone_combo = TimeZoneCombo(parent)
        self.time_zone_combo.setAccessibleName(self.tr("Time zone"))
        self.start_date = OptionalDateEdit(
            self.tr("Start date"), self.tr("Start date agreed"), self._service.clock.today, parent
        )
        self.trial_end = OptionalDateEdit(
            self.tr("End of trial period"),
            self.tr("Trial period agreed"),
            self._default_trial_end,
            parent,
        )
        self.notes_edit = NotesEdit(parent)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(
            self.tr("Anything worth remembering: how they like to work, what was agreed …")
        )
        self.notes_edit.setMinimumHeight(90)

        self.name_message = InlineMessage(self.name_edit, parent)
        self.currency_message = InlineMessage(self.currency_combo, parent)
        self.hours_message = InlineMessage(self.hours, parent)
        self.time_zone_message = InlineMessage(self.time_zone_combo, parent)
        self.trial_message = InlineMessage(self.trial_end, parent)

        form.addRow(self.tr("Na&me:"), self.name_edit)
        self.name_message.add_to(form)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Contact:"), self.contact_edit)
        form.addRow(self.tr("S&kills:"), self.skills_edit)
        form.addRow(self._buddy_label(self.tr("Hourl&y rate:"), self.rate_spin), rate_row)
        self.currency_message.add_to(form)
        form.addRow(self.tr("Weekly ca&pacity:"), self.capacity_spin)
        form.addRow(self._buddy_label(self.tr("Working &days:"), self.day_boxes[0]), days_row)
        form.addRow(self.tr("Working ho&urs:"), self.hours)
        self.hours_message.add_to(form)
        form.addRow(self.tr("Time &zone:"), self.time_zone_combo)
        self.time_zone_message.add_to(form)
        form.addRow(self.tr("St&art date:"), self.start_date)
        form.addRow(self.tr("Tria&l period ends:"), self.trial_end)
        self.trial_message.add_to(form)
        form.addRow(
            "",
            HelpText(
                self.tr("A trial period gives you both time to settle in before you judge."),
                parent,
            ),
        )
        form.addRow(self.tr("N&otes:"), self.notes_edit)

    def _buddy_label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self.form_widget)
        label.setBuddy(buddy)
        return label

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.list,
            self.show_archived,
            self.new_button,
            self.archive_button,
            *self.form_fields(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def form_fields(self) -> list[QWidget]:
        """The form's focusable fields, in visual (and tab) order."""
        return [
            self.name_edit,
            self.role_edit,
            self.contact_edit,
            self.skills_edit,
            self.rate_spin,
            self.currency_combo,
            self.capacity_spin,
            *self.day_boxes,
            self.hours.check,
            self.hours.start,
            self.hours.end,
            self.time_zone_combo,
            self.start_date.check,
            self.start_date.edit,
            self.trial_end.check,
            self.trial_end.edit,
            self.notes_edit,
        ]

    def _wire(self) -> None:
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.show_archived.toggled.connect(self._on_show_archived_toggled)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.name_edit.editingFinished.connect(self._on_name_edit_editing_finished)
        self.role_edit.editingFinished.connect(self._on_role_edit_editing_finished)
        self.contact_edit.editingFinished.connect(self._on_contact_edit_editing_finished)
        self.skills_edit.editingFinished.connect(self._on_skills_edit_editing_finished)
        self.rate_spin.editingFinished.connect(self._on_rate_spin_editing_finished)
        self.currency_combo.currency_edited.connect(self._on_currency_combo_currency_edited)
        self.capacity_spin.editingFinished.connect(self._on_capacity_spin_editing_finished)
        for box in self.day_boxes:
            box.toggled.connect(self._on_day_box_toggled)
        self.hours.range_edited.connect(self._on_hours_range_edited)
        self.time_zone_combo.zone_edited.connect(self._on_time_zone_combo_zone_edited)
        self.start_date.date_edited.connect(self._on_start_date_date_edited)
        self.trial_end.date_edited.connect(self._on_trial_end_date_edited)
        self.notes_edit.editing_finished.connect(self._on_notes_edit_editing_finished)

    # Public API -------------------------------------------------------------------

    @property
    def current(self) -> Assistant | None:
        """The assistant shown in the form, as last stored."""
        return self._current

    def refresh(self) -> None:
        """Reload from the service, keeping the selection (or the row it was in)."""
        everyone = self._service.assistants(include_archived=True)
        skills = {skill.casefold(): skill for a in everyone for skill in a.skills}
        self._skills_model.setStringList(sorted(skills.values(), key=str.casefold))
        shown = [a for a in everyone if self.show_archived.isChecked() or not a.archived]
        current_id = self._current.id if self._current is not None else None
        row = max(self.list.currentRow(), 0)
        self._fill_list(shown)
        ids = [a.id for a in shown]
        if current_id in ids:
            row = ids.index(current_id)
        row = min(row, len(shown) - 1)
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(row)
        self._show(shown[row] if shown else None)

    def select_assistant(self, assistant_id: int) -> bool:
        """Select and show this assistant (ticking "Show archived" if needed)."""
        row = self._row_of(assistant_id)
        if row is None and not self.show_archived.isChecked():
            everyone = self._service.assistants(include_archived=True)
            if any(a.id == assistant_id for a in everyone):
                self.show_archived.setChecked(True)
                row = self._row_of(assistant_id)
        if row is None:
            return False
        self.list.setCurrentRow(row)
        return True

    def focus_field(self, name: str) -> bool:
        """Put the cursor on the field for this Assistant field name; False if unknown."""
        widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "role": self.role_edit,
            "contact": self.contact_edit,
            "skills": self.skills_edit,
            "hourly_rate_cents": self.rate_spin,
            "currency": self.currency_combo,
            "weekly_capacity_hours": self.capacity_spin,
            "working_days": self.day_boxes[0],
            "work_start": self.hours.start if self.hours.check.isChecked() else self.hours.check,
            "work_end": self.hours.end if self.hours.check.isChecked() else self.hours.check,
            "time_zone": self.time_zone_combo,
            "start_date": self.start_date.edit
            if self.start_date.check.isChecked()
            else self.start_date.check,
            "trial_end": self.trial_end.edit
            if self.trial_end.check.isChecked()
            else self.trial_end.check,
            "notes": self.notes_edit,
            "archived": self.archive_button,
        }
        widget = widgets.get(name)
        if widget is None or self._current is None:
            return False
        self.form_scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    # List -----------------------------------------------------------------------

    def _fill_list(self, assistants: list[Assistant]) -> None:
        with QSignalBlocker(self.list):
            same = self.list.count() == len(assistants) and all(
                self.list.item(row).data(_IdRole) == a.id for row, a in enumerate(assistants)
            )
            if not same:
                self.list.clear()
                for assistant in assistants:
                    item = QListWidgetItem()
                    item.setData(_IdRole, assistant.id)
                    self.list.addItem(item)
            for row, assistant in enumerate(assistants):
                self._style_item(self.list.item(row), assistant)

    def _style_item(self, item: QListWidgetItem, assistant: Assistant) -> None:
        name = assistant.name
        if assistant.archived:
            name = self.tr("{name} (archived)").format(name=name)
        item.setText(name)
        item.setData(_RoleRole, assistant.role)
        item.setData(_ArchivedRole, assistant.archived)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            ", ".join(part for part in (name, assistant.role) if part),
        )

    def _row_of(self, assistant_id: int) -> int | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_IdRole) == assistant_id:
                return row
        return None

    def _assistant_of(self, item: QListWidgetItem | None) -> Assistant | None:
        if item is None:
            return None
        assistant_id = item.data(_IdRole)
        for assistant in self._service.assistants(include_archived=True):
            if assistant.id == assistant_id:
                return assistant
        return None

    # Form -----------------------------------------------------------------------

    def _show(self, assistant: Assistant | None) -> None:
        """Show *assistant*; on a reload of the same one, keep fields showing a problem."""
        same = (
            assistant is not None and self._current is not None and assistant.id == self._current.id
        )
        self._current = assistant
        self.archive_button.setEnabled(assistant is not None)
        if assistant is None:
            self.stack.setCurrentWidget(self.empty_hint)
            self.archive_button.setText(self.tr("Archive"))
            return
        self.stack.setCurrentWidget(self.form_scroll)
        self.archive_button.setText(
            self.tr("Restore") if assistant.archived else self.tr("Archive")
        )
        self._loading = True
        try:
            self._load_form(assistant, keep_problems=same)
        finally:
            self._loading = False

    def _load_form(self, a: Assistant, *, keep_problems: bool) -> None:
        def fresh(message: InlineMessage) -> bool:
            if keep_problems and message.has_message():
                return False
            message.clear()
            return True

        if fresh(self.name_message):
            set_text_if_changed(self.name_edit, a.name)
        set_text_if_changed(self.role_edit, a.role)
        set_text_if_changed(self.contact_edit, a.contact)
        set_text_if_changed(self.skills_edit, ", ".join(a.skills))
        with QSignalBlocker(self.rate_spin):
            self.rate_spin.set_cents(a.hourly_rate_cents)
        if fresh(self.currency_message):
            self.currency_combo.set_currency(a.currency)
        with QSignalBlocker(self.capacity_spin):
            self.capacity_spin.setValue(a.weekly_capacity_hours or 0)
        for weekday, box in enumerate(self.day_boxes):
            with QSignalBlocker(box):
                box.setChecked(weekday in a.working_days)
        if fresh(self.hours_message):
            self.hours.set_value(a.work_start, a.work_end)
        if fresh(self.time_zone_message):
            self.time_zone_combo.set_zone(a.time_zone)
        if fresh(self.trial_message):
            self.start_date.set_value(a.start_date)
            self.trial_end.set_value(a.trial_end)
        if self.notes_edit.toPlainText() != a.notes:
            self.notes_edit.setPlainText(a.notes)

    def _default_trial_end(self) -> dt.date:
        start = self.start_date.value() or self._service.clock.today()
        return from_qdate(to_qdate(start).addMonths(3))

    def _save(self, **changes: Any) -> bool:
        """Store the shown assistant with *changes*, as one undoable step."""
        before = self._current
        if before is None or self._loading:
            return False
        after = replace(before, **changes)
        if after == before:
            return False
        stored = self._run(self.tr("Edit assistant"), Replace(self._service.save, before, after))
        if stored:
            self._current = after
        self.refresh()
        return stored

    # Slots --------------------------------------------------------------------------

    def _on_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: Any
    ) -> None:
        self._show(self._assistant_of(current))

    def _on_show_archived_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_new_button_clicked(self) -> None:
        operation = AddAssistant(self._service, Assistant(id=0, name=self.tr("New assistant")))
        if not self._run(self.tr("Add assistant"), operation):
            return
        self.refresh()
        self.select_assistant(operation.assistant.id)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def _on_archive_button_clicked(self) -> None:
        before = self._current
        if before is None:
            return
        after = replace(before, archived=not before.archived)
        label = self.tr("Restore assistant") if before.archived else self.tr("Archive assistant")
        if self._run(label, Replace(self._service.save, before, after)):
            self._current = after
        self.refresh()

    def _on_name_edit_editing_finished(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_message.show_message(self.tr("An assistant needs a name."))
            return
        self.name_message.clear()
        self._save(name=name)

    def _on_role_edit_editing_finished(self) -> None:
        self._save(role=self.role_edit.text().strip())

    def _on_contact_edit_editing_finished(self) -> None:
        self._save(contact=self.contact_edit.text().strip())

    def _on_skills_edit_editing_finished(self) -> None:
        self._save(skills=parse_tags(self.skills_edit.text()))

    def _on_rate_spin_editing_finished(self) -> None:
        self._save(hourly_rate_cents=self.rate_spin.cents())

    def _on_currency_combo_currency_edited(self) -> None:
        currency = self.currency_combo.currency()
        if currency is None:
            self.currency_message.show_message(self.currency_combo.problem())
            return
        self.currency_message.clear()
        self._save(currency=currency)

    def _on_capacity_spin_editing_finished(self) -> None:
        self._save(weekly_capacity_hours=self.capacity_spin.value() or None)

    def _on_day_box_toggled(self, _checked: bool) -> None:
        days = tuple(day for day, box in enumerate(self.day_boxes) if box.isChecked())
        self._save(working_days=days)

    def _on_hours_range_edited(self) -> None:
        start, end = self.hours.value()
        if start is not None and end is not None and end <= start:
            self.hours_message.show_message(
                self.tr("The working day must end after it starts. Nothing was saved.")
            )
            return
        self.hours_message.clear()
        self._save(work_start=start, work_end=end)

    def _on_time_zone_combo_zone_edited(self) -> None:
        zone = self.time_zone_combo.checked_zone(self.time_zone_message)
        if zone is not None:
            self._save(time_zone=zone)

    def _on_start_date_date_edited(self) -> None:
        self._save_dates()

    def _on_trial_end_date_edited(self) -> None:
        self._save_dates()

    def _save_dates(self) -> None:
        start, trial_end = self.start_date.value(), self.trial_end.value()
        if start is not None and trial_end is not None and trial_end < start:
            self.trial_message.show_message(
                self.tr("The trial period cannot end before the start date. Nothing was saved.")
            )
            return
        self.trial_message.clear()
        self._save(start_date=start, trial_end=trial_end)

    def _on_notes_edit_editing_finished(self) -> None:
        self._save(notes=self.notes_edit.toPlainText())
